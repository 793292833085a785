#include "site/model_snapshot.h"

#include <xxhash.h>

#include <functional>
#include <memory>
#include <new>
#include <stdexcept>

#include "model/codec.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/parallel.h"

namespace gazette {
namespace {

constexpr uint64_t kMagic = 0x31504e534c444f4dULL;         // "MODLSNP1"
constexpr uint64_t kJournalMagic = 0x314c4e524a444f4dULL;  // "MODJRNL1"
constexpr uint64_t kVersion = 3;  // 3: varints (binary_io.h); 2: XXH3 checksums (1: CRC-32)
constexpr size_t kBlock = 2048;   // articles per block (a unit of parallel decoding)

void put_file(BinaryWriter& w, const SnapshotFile& f) {
  w.str(f.rel);
  for (uint64_t v : {f.stamp.size, f.stamp.mtime_ns, f.stamp.ctime_ns, f.stamp.inode}) w.fixed64(v);
  w.var(f.link);
  w.fixed64(f.content_hash);
  w.ivar(f.article);
  w.fixed64(f.placement);
}

SnapshotFile get_file(BinaryReader& r) {
  SnapshotFile f;
  f.rel = r.str();
  f.stamp = FileStamp{r.fixed64(), r.fixed64(), r.fixed64(), r.fixed64()};
  f.link = r.var() != 0;
  f.content_hash = r.fixed64();
  f.article = r.ivar32();
  f.placement = r.fixed64();
  return f;
}

// The bytes before the checksum, when the checksum (the last 8 bytes) holds.
std::optional<std::string_view> checked_body(std::string_view data) {
  if (data.size() < 8) return std::nullopt;
  const std::string_view body = data.substr(0, data.size() - 8);
  if (BinaryReader(data.substr(body.size())).fixed64() != ModelSnapshot::checksum(body))
    return std::nullopt;
  return body;
}

// Passes bytes on to `sink` in pieces of about a megabyte, checksumming them.
class Output {
 public:
  explicit Output(const std::function<void(std::string_view)>& sink)
      : sink_(sink), state_(XXH3_createState()) {
    if (!state_ || XXH3_64bits_reset(state_.get()) != XXH_OK) throw std::bad_alloc();
  }
  BinaryWriter& w() { return w_; }
  void flush(size_t at_least = 1 << 20) {
    if (w_.data().size() < at_least) return;
    XXH3_64bits_update(state_.get(), w_.data().data(), w_.data().size());
    sink_(w_.data());
    w_.data().clear();
  }
  void finish() {
    flush(0);
    w_.fixed64(XXH3_64bits_digest(state_.get()));
    sink_(w_.data());
  }

 private:
  struct FreeState {
    void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
  };
  const std::function<void(std::string_view)>& sink_;
  BinaryWriter w_;
  std::unique_ptr<XXH3_state_t, FreeState> state_;
};

// Every index the Site holds points into it: a snapshot that decodes but
// says otherwise (altered and checksummed again) is refused, not rendered.
void check_indices(const Site& site) {
  auto in = [](int i, size_t n, bool none_ok) {
    if (i == -1 && none_ok) return;
    if (i < 0 || static_cast<size_t>(i) >= n)
      throw std::runtime_error("corrupt model snapshot: an index out of range");
  };
  const size_t articles = site.articles.size(), editions = site.editions.size();
  for (const Article& a : site.articles) {
    in(a.edition, editions, false);
    in(a.prev, articles, true);
    in(a.next, articles, true);
    if (a.term_ids.size() > site.taxonomies.size() || a.terms.size() > site.taxonomies.size())
      throw std::runtime_error("corrupt model snapshot: taxonomies");
    for (size_t t = 0; t < a.term_ids.size(); ++t)
      for (int id : a.term_ids[t]) in(id, site.taxonomies[t].terms.size(), false);
    for (int r : a.related) in(r, articles, false);
  }
  for (const Edition& e : site.editions) {
    in(e.older, editions, true);
    in(e.newer, editions, true);
    for (const EditionPage& p : e.pages)
      for (int i : p.articles) in(i, articles, false);
  }
  for (const Taxonomy& t : site.taxonomies)
    for (const Term& term : t.terms)
      for (int i : term.articles) in(i, articles, false);
}

}  // namespace

// XXH3 (64 bits), which a writer can take piece by piece (Output). An edit
// build checks the whole snapshot (tens of MiB at 50,000 articles) before it
// reads it: CRC-32 took ~5 % of such a build's time.
uint64_t ModelSnapshot::checksum(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

ModelSnapshot::ModelSnapshot(ModelSnapshot&&) noexcept = default;
ModelSnapshot& ModelSnapshot::operator=(ModelSnapshot&&) noexcept = default;
ModelSnapshot::~ModelSnapshot() = default;

std::optional<ModelSnapshot> ModelSnapshot::open(const std::filesystem::path& file,
                                                 const std::filesystem::path& journal, uint64_t key,
                                                 std::vector<std::filesystem::path>& damaged) {
  ModelSnapshot snap;
  try {
    snap.mapped_ = std::make_unique<MappedFile>(file);
  } catch (const IoError&) {  // none yet (or unreadable: then the site is loaded)
    return std::nullopt;
  }
  const auto body = checked_body(snap.mapped_->bytes());
  if (!body) {
    damaged.push_back(file);
    return std::nullopt;
  }
  try {
    BinaryReader r(*body);
    if (r.fixed64() != kMagic || r.fixed64() != kVersion || r.fixed64() != key) return std::nullopt;
    const uint64_t n = r.count();
    snap.files_.reserve(n);
    snap.stored_.reserve(n);
    for (uint64_t k = 0; k < n; ++k) {
      const size_t start = r.offset();
      snap.files_.push_back(get_file(r));
      snap.stored_.push_back(body->substr(start, r.offset() - start));
    }
    snap.site_at_ = r.offset();
    snap.id_ = BinaryReader(snap.mapped_->bytes().substr(body->size())).fixed64();
  } catch (const std::exception&) {
    damaged.push_back(file);
    return std::nullopt;
  }
  // The journal, when it follows this snapshot: all of it or none.
  try {
    auto mapped = std::make_unique<MappedFile>(journal);
    const auto jbody = checked_body(mapped->bytes());
    if (!jbody) throw std::runtime_error("checksum");
    BinaryReader r(*jbody);
    if (r.fixed64() == kJournalMagic && r.fixed64() == kVersion && r.fixed64() == key &&
        r.fixed64() == snap.id_) {
      std::vector<std::pair<size_t, SnapshotFile>> rows;
      for (uint64_t n = r.count(); n > 0; --n) {
        const uint64_t at = r.var();
        if (at >= snap.files_.size()) throw std::runtime_error("row");
        rows.emplace_back(at, get_file(r));
      }
      std::vector<std::pair<size_t, std::string_view>> replaced;
      for (uint64_t n = r.count(); n > 0; --n) {
        const uint64_t at = r.var();
        replaced.emplace_back(at, r.view());
      }
      if (!r.done()) throw std::runtime_error("trailing bytes");
      for (auto& [at, row] : rows) snap.files_[at] = std::move(row);
      snap.replaced_ = std::move(replaced);
      snap.journal_ = std::move(mapped);
    }
  } catch (const IoError&) {  // none
  } catch (const std::exception&) {
    damaged.push_back(journal);
  }
  return snap;
}

std::optional<std::string> ModelSnapshot::encode_journal(uint64_t key,
                                                         const std::vector<SnapshotFile>& files,
                                                         const Site& site) const {
  if (files.size() != stored_.size()) return std::nullopt;
  std::vector<size_t> rows, articles;
  BinaryWriter row;
  for (size_t i = 0; i < files.size(); ++i) {
    row.data().clear();
    put_file(row, files[i]);
    if (row.data() == stored_[i]) continue;
    rows.push_back(i);
    BinaryReader was(stored_[i]);
    if (files[i].content_hash != get_file(was).content_hash && files[i].article >= 0)
      articles.push_back(static_cast<size_t>(files[i].article));
  }
  if (articles.size() > kJournalArticles) return std::nullopt;
  BinaryWriter w;
  w.fixed64(kJournalMagic);
  w.fixed64(kVersion);
  w.fixed64(key);
  w.fixed64(id_);
  w.var(rows.size());
  for (size_t i : rows) {
    w.var(i);
    put_file(w, files[i]);
  }
  w.var(articles.size());
  for (size_t i : articles) {
    BinaryWriter one;
    codec::put_placed_article(one, site.articles.at(i));
    w.var(i);
    w.str(one.data());
  }
  w.fixed64(ModelSnapshot::checksum(w.data()));
  return std::move(w.data());
}

Site ModelSnapshot::site(SiteConfig config, unsigned jobs) const {
  const std::string_view body = mapped_->bytes().substr(0, mapped_->bytes().size() - 8);
  BinaryReader r(body.substr(site_at_));
  Site site;
  const uint64_t articles = r.count();
  const uint64_t blocks = r.count();
  if (blocks != (articles + kBlock - 1) / kBlock)
    throw std::runtime_error("corrupt model snapshot: blocks");
  std::vector<std::string_view> block_bytes;
  for (uint64_t b = 0; b < blocks; ++b) block_bytes.push_back(r.view());
  site.articles.resize(articles);
  parallel_for(blocks, jobs, [&](size_t b) {
    BinaryReader block(block_bytes[b]);
    const size_t end = std::min<size_t>(articles, (b + 1) * kBlock);
    for (size_t i = b * kBlock; i < end; ++i) site.articles[i] = codec::get_placed_article(block);
    if (!block.done()) throw std::runtime_error("corrupt model snapshot: article block");
  });
  for (const auto& [at, bytes] : replaced_) {
    if (at >= site.articles.size()) throw std::runtime_error("corrupt model journal: article");
    BinaryReader one(bytes);
    site.articles[at] = codec::get_placed_article(one);
    if (!one.done()) throw std::runtime_error("corrupt model journal: article");
  }
  for (uint64_t n = r.count(); n > 0; --n) site.editions.push_back(codec::get_placed_edition(r));
  for (uint64_t n = r.count(); n > 0; --n) site.taxonomies.push_back(codec::get_taxonomy(r));
  for (uint64_t n = r.count(); n > 0; --n) {
    StandalonePage p = codec::get_page(r);
    p.url = r.str();
    site.pages.push_back(std::move(p));
  }
  for (uint64_t n = r.count(); n > 0; --n) site.sections.push_back(codec::get_section(r));
  if (!r.done()) throw std::runtime_error("corrupt model snapshot: trailing bytes");
  check_indices(site);
  site.config = std::move(config);
  return site;
}

void ModelSnapshot::emit(uint64_t key, const std::vector<SnapshotFile>& files, const Site& site,
                         const std::function<void(std::string_view)>& sink) {
  Output out(sink);
  BinaryWriter& w = out.w();
  w.fixed64(kMagic);
  w.fixed64(kVersion);
  w.fixed64(key);
  w.var(files.size());
  for (const auto& f : files) {
    put_file(w, f);
    out.flush();
  }
  // Articles a block at a time, each a string (its length first).
  const size_t n = site.articles.size();
  const size_t blocks = (n + kBlock - 1) / kBlock;
  w.var(n);
  w.var(blocks);
  for (size_t b = 0; b < blocks; ++b) {
    BinaryWriter block;
    for (size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i)
      codec::put_placed_article(block, site.articles[i]);
    w.str(block.data());
    out.flush();
  }
  w.var(site.editions.size());
  for (const auto& e : site.editions) {
    codec::put_placed_edition(w, e);
    out.flush();
  }
  w.var(site.taxonomies.size());
  for (const auto& t : site.taxonomies) codec::put_taxonomy(w, t);
  w.var(site.pages.size());
  for (const auto& p : site.pages) {
    codec::put_page(w, p);
    w.str(p.url);
  }
  w.var(site.sections.size());
  for (const auto& s : site.sections) codec::put_section(w, s);
  out.finish();
}

std::string ModelSnapshot::encode(uint64_t key, const std::vector<SnapshotFile>& files,
                                  const Site& site) {
  std::string bytes;
  emit(key, files, site, [&](std::string_view piece) { bytes.append(piece); });
  return bytes;
}

void ModelSnapshot::write(const std::filesystem::path& file, uint64_t key,
                          const std::vector<SnapshotFile>& files, const Site& site) {
  AtomicFileWriter out(file);
  emit(key, files, site, [&](std::string_view piece) { out.append(piece); });
  out.commit();
}

}  // namespace gazette
