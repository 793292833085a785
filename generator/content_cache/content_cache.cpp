#include "content_cache/content_cache.h"

#include <algorithm>
#include <set>

#include "model/codec.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"
#include "util/parallel.h"

namespace gazette {
using namespace codec;
namespace {

constexpr uint64_t kMagic = 0x3143544e455a4147ULL;  // "GAZENTC1"
constexpr uint64_t kVersion = 9;                    // 9: varints (binary_io.h)

}  // namespace

std::string ContentCache::encode(const ParsedDoc& doc) {
  BinaryWriter w;
  if (const auto* a = std::get_if<Article>(&doc)) {
    w.var(1);
    put_article(w, *a);
  } else if (const auto* e = std::get_if<Edition>(&doc)) {
    w.var(2);
    put_edition(w, *e);
  } else if (const auto* p = std::get_if<StandalonePage>(&doc)) {
    w.var(3);
    put_page(w, *p);
  } else if (const auto* s = std::get_if<SectionIndex>(&doc)) {
    w.var(4);
    put_section(w, *s);
  }
  // Held for every file until the cache is saved: without the slack a
  // growing string leaves (up to half of it; ~15 MiB at 50,000 articles).
  w.data().shrink_to_fit();
  return std::move(w.data());
}

ParsedDoc ContentCache::decode(std::string_view encoded) {
  BinaryReader r(encoded);
  ParsedDoc doc;
  switch (r.var()) {
    case 1:
      doc = get_article(r);
      break;
    case 2:
      doc = get_edition(r);
      break;
    case 3:
      doc = get_page(r);
      break;
    case 4:
      doc = get_section(r);
      break;
    default:
      throw std::runtime_error("corrupt cache: document kind");
  }
  if (!r.done()) throw std::runtime_error("corrupt cache: trailing bytes in a document");
  return doc;
}

std::string ContentCache::shard_of(std::string_view display) {
  const size_t slash = display.rfind('/');
  std::string_view dir = slash == std::string_view::npos ? "" : display.substr(0, slash);
  size_t end = std::string_view::npos, from = 0;
  for (int parts = 0; parts < 3; ++parts) {
    end = dir.find('/', from);
    if (end == std::string_view::npos) break;
    from = end + 1;
  }
  return std::string(dir.substr(0, end));
}

namespace {

struct ShardEntry {
  std::string display;
  FileStamp stamp;
  std::string_view encoded;
};

struct Foreign {};  // a shard of another version or configuration: not damage

// Reads one shard file: throws Foreign for a shard another program or
// site.yml wrote, std::runtime_error when it is damaged (the checksum over
// everything before it, in its last 8 bytes, disagrees).
std::string read_shard(std::string_view data, uint64_t config_hash, std::vector<ShardEntry>& out) {
  // The checksum first: a bit flipped in the header must not pass for a
  // file of another version (which is ignored without a word).
  if (data.size() < 32) throw std::runtime_error("corrupt cache: truncated");
  const std::string_view body = data.substr(0, data.size() - 8);
  if (BinaryReader(data.substr(body.size())).fixed64() != hash_bytes(body))
    throw std::runtime_error("corrupt cache: checksum");
  BinaryReader r(body);
  if (r.fixed64() != kMagic || r.fixed64() != kVersion || r.fixed64() != config_hash)
    throw Foreign{};
  std::string key = r.str();
  for (uint64_t n = r.count(); n > 0; --n) {
    ShardEntry e;
    e.display = r.str();
    e.stamp = FileStamp{r.fixed64(), r.fixed64(), r.fixed64(), r.fixed64()};
    e.encoded = r.view();
    if (e.encoded.empty() || ContentCache::shard_of(e.display) != key)
      throw std::runtime_error("corrupt cache: misplaced entry");
    out.push_back(std::move(e));
  }
  if (!r.done()) throw std::runtime_error("corrupt cache: trailing bytes");
  return key;
}

}  // namespace

ContentCache ContentCache::load(const std::filesystem::path& dir, uint64_t config_hash,
                                unsigned jobs) {
  ContentCache cache;
  cache.config_hash_ = config_hash;
  cache.dir_ = dir;
  std::vector<fs::path> files;
  try {
    files = list_files(dir, ".bin");
  } catch (const IoError&) {
    return cache;
  }
  // Each shard read and checked on the pool (most of the time is reading and
  // checksumming), then put together in file order.
  struct Read {
    std::shared_ptr<const MappedFile> data;
    std::vector<ShardEntry> entries;
    std::string key;
    bool damaged = false;
  };
  std::vector<Read> reads(files.size());
  parallel_for(files.size(), jobs, [&](size_t i) {
    Read& r = reads[i];
    try {
      r.data = std::make_shared<const MappedFile>(files[i]);
      r.key = read_shard(r.data->bytes(), config_hash, r.entries);
    } catch (const Foreign&) {  // another version's or configuration's: parsed again
      r = Read();
    } catch (const std::exception&) {  // damaged: parsed again, and said so
      r = Read();
      r.damaged = true;
    }
  });
  size_t total = 0;
  for (const auto& r : reads) total += r.entries.size();
  cache.entries_.reserve(total);
  for (size_t i = 0; i < files.size(); ++i) {
    Read& r = reads[i];
    if (r.damaged) cache.damaged_.push_back(files[i]);
    if (!r.data) continue;
    if (files[i].filename() != filenames::content_shard_file(r.key) || cache.shards_.count(r.key))
      continue;
    cache.shards_[r.key].loaded = r.entries.size();
    for (auto& e : r.entries)
      cache.entries_[std::move(e.display)] = Entry{e.stamp, e.encoded, r.data};
  }
  return cache;
}

const ContentCache::Entry* ContentCache::find(const std::string& display,
                                              const FileStamp& stamp) const {
  auto it = entries_.find(display);
  if (it == entries_.end() || !(it->second.stamp == stamp) || stamp.size == 0) return nullptr;
  return &it->second;
}

const ContentCache::Entry* ContentCache::find_any(const std::string& display) const {
  auto it = entries_.find(display);
  return it == entries_.end() ? nullptr : &it->second;
}

ContentCache ContentCache::successor() const {
  ContentCache next;
  next.config_hash_ = config_hash_;
  next.dir_ = dir_;
  for (const auto& [key, s] : shards_) next.shards_[key].loaded = s.loaded;
  return next;
}

ContentCache::Shard& ContentCache::shard(std::string_view display) {
  const std::string key = shard_of(display);
  auto it = shards_.find(key);
  return it != shards_.end() ? it->second : shards_[key];
}

void ContentCache::keep(const std::string& display, const Entry& entry) {
  auto [it, added] = entries_.insert_or_assign(display, entry);
  Shard& s = shard(display);
  if (added) ++s.now;
}

void ContentCache::put(const std::string& display, const FileStamp& stamp, std::string encoded) {
  if (encoded.empty()) return;
  auto bytes = std::make_shared<const std::string>(std::move(encoded));
  auto [it, added] = entries_.insert_or_assign(display, Entry{stamp, *bytes, bytes});
  Shard& s = shard(display);
  if (added) ++s.now;
  s.changed = true;
}

bool ContentCache::dirty() const {
  if (saved_shards_) return true;
  for (const auto& [key, s] : shards_)
    if (s.changed || s.now != s.loaded) return true;
  return false;
}

namespace {

using EntryRef = const std::pair<const std::string, ContentCache::Entry>*;

// Writes one shard file (atomically): its entries sorted by name, so that a
// shard's bytes depend on its files only.
void write_shard(const std::filesystem::path& dir, std::string_view key, uint64_t config_hash,
                 std::vector<EntryRef>& list) {
  std::sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->first < b->first; });
  BinaryWriter w;
  w.fixed64(kMagic);
  w.fixed64(kVersion);
  w.fixed64(config_hash);
  w.str(key);
  w.var(list.size());
  for (const auto* kv : list) {
    w.str(kv->first);
    const FileStamp& st = kv->second.stamp;
    for (uint64_t v : {st.size, st.mtime_ns, st.ctime_ns, st.inode}) w.fixed64(v);
    w.str(kv->second.encoded);
  }
  w.fixed64(hash_bytes(w.data()));  // checksum: a damaged shard is never trusted
  try {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    write_file_atomic(dir / filenames::content_shard_file(key), w.data());
  } catch (const std::exception&) {
  }
}

}  // namespace

void ContentCache::save_shard(const std::string& key) {
  auto s = shards_.find(key);
  if (dir_.empty() || s == shards_.end()) return;
  std::vector<EntryRef> list;
  std::vector<std::string> names;
  for (const auto& kv : entries_)
    if (shard_of(kv.first) == key) list.push_back(&kv);
  if (s->second.changed || s->second.now != s->second.loaded) {
    if (s->second.now == 0) return;  // left for save() to remove
    write_shard(dir_, key, config_hash_, list);
    saved_shards_ = true;
  }
  for (const auto* kv : list) names.push_back(kv->first);
  for (const auto& name : names) entries_.erase(name);
  s->second.loaded = s->second.now;
  s->second.changed = false;
}

void ContentCache::save(const std::filesystem::path& dir) const {
  std::map<std::string_view, std::vector<EntryRef>> by_shard;
  for (const auto& kv : entries_) {
    const std::string key = shard_of(kv.first);
    auto s = shards_.find(key);
    if (s != shards_.end() && (s->second.changed || s->second.now != s->second.loaded))
      by_shard[s->first].push_back(&kv);
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  for (auto& [key, list] : by_shard) write_shard(dir, key, config_hash_, list);
  // Shards now empty, left by another configuration or damaged: gone.
  std::set<std::string> wanted;
  for (const auto& [key, s] : shards_)
    if (s.now > 0) wanted.insert(filenames::content_shard_file(key));
  try {
    for (const auto& f : scan_files(dir, ""))
      if (!wanted.count(f.rel)) std::filesystem::remove(dir / f.rel, ec);
  } catch (const IoError&) {
  }
}

}  // namespace gazette
