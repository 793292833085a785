#include "search/index_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "search/gzip.h"
#include "search/shard_format.h"
#include "search/tokenizer.h"
#include "text/json.h"
#include "text/utf8.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/parallel.h"

namespace gazette::search {
namespace {

// Shards built at a time from one spill file (a power of two): small enough
// that a group's postings take a few MiB at most.
constexpr size_t kShardsPerGroup = 32;

// A key as a number, for sorting an article's tokens without building
// strings: the kind in the top two bits, then the characters (Han code
// points fit in 21 bits each) or, for a word, a 62-bit hash of its bytes.
// (Single characters are counted apart, in `unigrams`, and need no tag.)
constexpr uint64_t kBigramTag = 2ULL << 62, kWordTag = 3ULL << 62;

uint64_t word_hash(std::string_view w) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ULL;
  return h & ((1ULL << 62) - 1);
}

struct Token {
  uint64_t key;
  uint32_t pos;
  bool operator<(const Token& o) const { return key != o.key ? key < o.key : pos < o.pos; }
};

// Cuts an article into tokens: its headline stack from position 0 (up to
// kHeaderSpan), then its text from kHeaderSpan. Words' bytes by hash.
// An article's tokens: bigrams and words with their positions (sorted by
// key, then position), single characters apart (sorted; they are only
// counted, and sorting 4 bytes each is much cheaper than 16).
struct DocTokens {
  std::vector<Token> positional;
  std::vector<uint32_t> unigrams;
  std::vector<std::pair<uint64_t, std::string>> words;  // a word key's bytes
};

void tokenize_doc(const SearchDoc& d, DocTokens& out) {
  std::vector<Token>& tokens = out.positional;
  std::vector<std::pair<uint64_t, std::string>>& words = out.words;
  tokens.clear();
  words.clear();
  out.unigrams.clear();
  auto emit = [&](const Key& k) {
    uint64_t key = 0;
    switch (k.kind) {
      case KeyKind::kUnigram:
        out.unigrams.push_back(k.a);
        return;
      case KeyKind::kBigram:
        key = kBigramTag | (static_cast<uint64_t>(k.a) << 21) | k.b;
        break;
      case KeyKind::kWord:
        key = kWordTag | word_hash(k.word);
        words.emplace_back(key, std::string(k.word));
        break;
    }
    tokens.push_back({key, k.position});
  };
  uint32_t pos = 0;
  for (const std::string* field : {&d.kicker, &d.title, &d.subtitle}) {
    if (pos >= kHeaderSpan) break;
    pos = tokenize(*field, pos, [&](const Key& k) {
      if (k.position < kHeaderSpan) emit(k);
    });
  }
  tokenize(d.text, kHeaderSpan, emit);
  std::sort(tokens.begin(), tokens.end());
  std::sort(out.unigrams.begin(), out.unigrams.end());
  std::sort(words.begin(), words.end());
}

// The UTF-8 bytes of a numbered key.
std::string bytes_of(uint64_t key, const std::vector<std::pair<uint64_t, std::string>>& words) {
  std::string out;
  switch (key >> 62) {
    case 1:
      append_utf8(out, static_cast<char32_t>(key & 0x1FFFFF));
      break;
    case 2:
      append_utf8(out, static_cast<char32_t>((key >> 21) & 0x1FFFFF));
      append_utf8(out, static_cast<char32_t>(key & 0x1FFFFF));
      break;
    default: {
      auto it = std::lower_bound(words.begin(), words.end(), std::pair(key, std::string()));
      if (it != words.end() && it->first == key) out = it->second;
    }
  }
  return out;
}

std::string fragment(const SearchDoc& d) {
  std::string j = "{\"u\":";
  append_json_string(j, d.url);
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"t", &d.title},
                                    {"k", &d.kicker},
                                    {"s", &d.subtitle},
                                    {"d", &d.date},
                                    {"i", &d.date_iso},
                                    {"n", &d.page_name},
                                    {"y", &d.type},
                                    {"x", &d.text}}) {
    j += ",\"";
    j += name;
    j += "\":";
    append_json_string(j, *value);
  }
  j += ",\"p\":" + std::to_string(d.page) + "}";
  return j;
}

// Calls fn(shard, key bytes, count, first, last) once per distinct key of
// an article: [first, last) are a bigram's or word's tokens (positions);
// both are null for a single character, which is only counted.
template <class Fn>
void for_each_key(const DocTokens& doc, size_t shards, Fn&& fn) {
  const auto& tokens = doc.positional;
  for (size_t i = 0; i < tokens.size();) {
    size_t j = i;
    while (j < tokens.size() && tokens[j].key == tokens[i].key) ++j;
    const std::string bytes = bytes_of(tokens[i].key, doc.words);
    fn(key_hash(bytes) & (shards - 1), bytes, j - i, tokens.data() + i, tokens.data() + j);
    i = j;
  }
  const auto& cps = doc.unigrams;
  std::string bytes;
  for (size_t i = 0; i < cps.size();) {
    size_t j = i;
    while (j < cps.size() && cps[j] == cps[i]) ++j;
    bytes.clear();
    append_utf8(bytes, cps[i]);
    fn(key_hash(bytes) & (shards - 1), bytes, j - i, nullptr, nullptr);
    i = j;
  }
}

// The position deltas of [first, last), encoded (nothing for a unigram).
void put_positions(std::string& out, const Token* first, const Token* last) {
  uint32_t prev = 0;
  for (const Token* t = first; t != last; ++t) {
    put_varint(out, t->pos - prev);
    prev = t->pos;
  }
}

// An article's occurrences of one key, as spilled: the shard (within its
// group), the key's bytes, the article, how many and whether positional,
// then the positions.
void put_record(std::string& out, size_t shard, std::string_view bytes, size_t id, size_t count,
                const Token* first, const Token* last) {
  put_varint(out, shard);
  put_bytes(out, bytes);
  put_varint(out, id);
  put_varint(out, (static_cast<uint64_t>(count) << 1) | (first ? 1 : 0));
  put_positions(out, first, last);
}

void set_bit(std::string& bitmap, size_t bit) {
  bitmap[bit / 8] = static_cast<char>(bitmap[bit / 8] | (1 << (bit % 8)));
}
bool get_bit(std::string_view bitmap, size_t bit) { return bitmap[bit / 8] & (1 << (bit % 8)); }

// Sorts a shard's keys by their bytes and encodes it (the one encoder).
std::string finish_shard(std::unordered_map<std::string_view, PostingList>& keys) {
  ShardContents shard;
  shard.reserve(keys.size());
  for (auto& [key, list] : keys) shard.emplace_back(key, std::move(list));
  std::sort(shard.begin(), shard.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return encode_shard(shard);
}

// Builds a group of shards from its spilled records (in article order) and
// hands each to `done(shard within the group, encoded bytes)`.
template <class Done>
void build_group(std::string_view records, size_t shards, Done&& done) {
  std::vector<std::unordered_map<std::string_view, PostingList>> maps(shards);
  for (size_t i = 0; i < records.size();) {
    const size_t shard = get_varint(records, i);
    const uint64_t len = get_varint(records, i);
    const std::string_view key = records.substr(i, len);
    i += len;
    const uint64_t id = get_varint(records, i);
    const uint64_t c = get_varint(records, i);
    PostingList& p = maps[shard][key];
    p.positional = c & 1;
    p.ids.push_back(static_cast<uint32_t>(id));
    p.counts.push_back(static_cast<uint32_t>(c >> 1));
    const size_t start = i;
    if (p.positional)
      for (uint64_t k = 0; k < (c >> 1); ++k) get_varint(records, i);
    p.positions.push_back(records.substr(start, i - start));
  }
  for (size_t s = 0; s < shards; ++s) {
    std::string encoded = finish_shard(maps[s]);
    maps[s] = {};
    done(s, std::move(encoded));
  }
}

// A temporary file, gone when closed (or when the process ends).
class SpillFile {
 public:
  SpillFile() : f_(std::tmpfile()) {
    if (!f_) throw IoError("a temporary file", "cannot create", errno);
  }
  ~SpillFile() {
    if (f_) std::fclose(f_);
  }
  SpillFile(SpillFile&& o) noexcept : f_(o.f_), size_(o.size_) { o.f_ = nullptr; }
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  void append(std::string_view data) {
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f_) != data.size())
      throw IoError("a temporary file", "write failed", errno);
    size_ += data.size();
  }
  std::string read_all() {
    std::string data(size_, '\0');
    std::rewind(f_);
    if (std::fread(data.data(), 1, data.size(), f_) != data.size())
      throw IoError("a temporary file", "read failed", errno);
    return data;
  }

 private:
  std::FILE* f_;
  size_t size_ = 0;
};

std::string shard_file(const SegmentSpec& spec, size_t s) {
  return spec.key + "/k" + std::to_string(s) + ".gz";
}
std::string fragment_file(const SegmentSpec& spec, size_t id) {
  return spec.key + "/d" + std::to_string(id) + ".gz";
}
std::string docs_file(const SegmentSpec& spec) { return spec.key + "/docs.gz"; }

uint64_t segment_fingerprint(uint64_t inputs, const std::string& key,
                             const std::vector<uint64_t>& docs) {
  Hasher h;
  h.add(inputs).add(static_cast<uint64_t>(kFormatVersion)).add(key);
  h.add(docs.size());
  for (uint64_t f : docs) h.add(f);
  return h.value() | 1;
}
uint64_t segment_fingerprint(const SegmentSpec& spec) {
  return segment_fingerprint(spec.inputs, spec.key, spec.doc_fingerprints);
}

// A fragment's fingerprint: the segment's inputs, the article's and its id.
uint64_t fragment_fingerprint(uint64_t inputs, uint64_t doc, size_t id) {
  return Hasher().add(inputs).add(static_cast<uint64_t>(kFormatVersion)).add(doc).add(id).value() |
         1;
}
uint64_t fragment_fingerprint(const SegmentSpec& spec, size_t id) {
  return fragment_fingerprint(spec.inputs, spec.doc_fingerprints[id], id);
}

// The whole segment from its articles (see write_segment's comment in the
// header for the order of work and the memory it takes).
SegmentState rebuild(const SegmentSpec& spec, SegmentOutput& out, unsigned jobs) {
  const size_t docs = spec.doc_fingerprints.size();
  const size_t shards = shard_count(docs);
  const uint64_t fingerprint = segment_fingerprint(spec);
  SegmentState state{fingerprint, shards, spec.doc_fingerprints,
                     std::vector<std::string>(docs, std::string((shards + 7) / 8, '\0'))};
  // The shards are built a group at a time. While the articles are cut into
  // tokens, each key's record goes to its group's spill file (a temporary
  // file, in article order); then each group's postings are gathered and
  // written. Memory holds a batch of articles' tokens, then a group of
  // shards: never a segment's whole index, whatever its size.
  const size_t per_group = std::min<size_t>(shards, kShardsPerGroup);
  const size_t groups = shards / per_group;
  std::vector<SpillFile> spills;
  for (size_t g = 0; g < groups; ++g) spills.emplace_back();
  constexpr size_t kBatch = 128;
  std::vector<std::vector<std::string>> batch(kBatch);  // per article, per group
  for (size_t first = 0; first < docs; first += kBatch) {
    const size_t n = std::min(kBatch, docs - first);
    parallel_for(n, jobs, [&](size_t k) {
      thread_local DocTokens tokens;
      const size_t id = first + k;
      const SearchDoc d = spec.doc(id);
      tokenize_doc(d, tokens);
      std::vector<std::string>& records = batch[k];
      records.assign(groups, std::string());
      for_each_key(
          tokens, shards,
          [&](size_t shard, std::string_view bytes, size_t count, const Token* a, const Token* b) {
            put_record(records[shard / per_group], shard % per_group, bytes, id, count, a, b);
            set_bit(state.keys[id], shard);
          });
      out.write(fragment_file(spec, id), gzip(fragment(d)), fragment_fingerprint(spec, id));
    });
    for (size_t k = 0; k < n; ++k)
      for (size_t g = 0; g < groups; ++g) spills[g].append(batch[k][g]);
  }
  batch.clear();
  parallel_for(groups, jobs, [&](size_t g) {
    const std::string records = spills[g].read_all();
    build_group(records, per_group, [&](size_t s, std::string encoded) {
      out.write(shard_file(spec, g * per_group + s), gzip(encoded), fingerprint);
    });
  });
  return state;
}

// One changed article's keys, per shard: (key, count, positions).
struct NewKey {
  std::string key;
  uint32_t count = 0;
  bool positional = false;
  std::string positions;
  bool operator==(const NewKey&) const = default;
};
using Cut = std::vector<std::vector<NewKey>>;  // per shard, in key order

// An article cut into its keys, per shard: what it puts in each shard.
Cut cut_doc(const SearchDoc& d, size_t shards, std::string& bitmap) {
  DocTokens tokens;
  tokenize_doc(d, tokens);
  Cut cut(shards);
  for_each_key(
      tokens, shards,
      [&](size_t shard, std::string_view bytes, size_t count, const Token* a, const Token* b) {
        NewKey nk{std::string(bytes), static_cast<uint32_t>(count), a != nullptr, {}};
        put_positions(nk.positions, a, b);
        cut[shard].push_back(std::move(nk));
        set_bit(bitmap, shard);
      });
  return cut;
}

// What the index read from an article, back from the fragment the last
// build wrote for it (only the fields that are cut into keys); nullopt when
// the fragment cannot be read or is not of that article as it was then.
std::optional<SearchDoc> previous_doc(const SegmentSpec& spec, const SegmentState& previous,
                                      size_t id, const SegmentOutput& out) {
  const std::string rel = fragment_file(spec, id);
  if (!out.has(rel, fragment_fingerprint(spec.inputs, previous.docs[id], id))) return std::nullopt;
  try {
    const nlohmann::json j = nlohmann::json::parse(gunzip(out.read(rel)));
    SearchDoc d;
    d.kicker = j.at("k").get<std::string>();
    d.title = j.at("t").get<std::string>();
    d.subtitle = j.at("s").get<std::string>();
    d.text = j.at("x").get<std::string>();
    return d;
  } catch (const std::exception&) {  // unreadable, damaged, not ours: patch without it
    return std::nullopt;
  }
}

// Patches the segment from `previous` and the live files, or returns
// nullopt when that is not possible (or not worth it).
std::optional<SegmentState> patch(const SegmentSpec& spec, const SegmentState& previous,
                                  SegmentOutput& out, unsigned jobs) {
  const size_t docs = spec.doc_fingerprints.size(), old_docs = previous.docs.size();
  const size_t shards = shard_count(docs);
  if (previous.shards != shards || previous.keys.size() != old_docs) return std::nullopt;
  // Made with other inputs (another program, whose tokenizer may cut
  // otherwise; another base URL): every shard may differ.
  if (segment_fingerprint(spec.inputs, spec.key, previous.docs) != previous.fingerprint)
    return std::nullopt;
  for (size_t s = 0; s < shards; ++s)
    if (!out.has(shard_file(spec, s), previous.fingerprint)) return std::nullopt;
  // Articles changed, added or removed (ids are by date: an insertion
  // early in the year shifts every later one, and that is a rebuild).
  std::vector<size_t> changed;
  for (size_t id = 0; id < std::max(docs, old_docs); ++id)
    if (id >= docs || id >= old_docs || spec.doc_fingerprints[id] != previous.docs[id])
      changed.push_back(id);
  if (changed.size() > std::max<size_t>(32, docs / 8)) return std::nullopt;

  const uint64_t fingerprint = segment_fingerprint(spec);
  SegmentState state{fingerprint, shards, spec.doc_fingerprints, {}};
  state.keys.assign(previous.keys.begin(),
                    previous.keys.begin() + static_cast<long>(std::min(docs, old_docs)));
  state.keys.resize(docs, std::string((shards + 7) / 8, '\0'));
  // The shards to patch: those where an article's entries differ from
  // what the live shard holds for it. For an article edited in place that
  // is known from its previous fragment, cut again (an edit to a headline
  // touches the few shards of the keys it changed); without one, every
  // shard it had keys in, and every shard it has keys in now.
  std::string touched((shards + 7) / 8, '\0');
  std::vector<size_t> present;
  for (size_t id : changed)
    if (id < docs) present.push_back(id);
  std::vector<Cut> cuts(present.size());
  std::vector<std::optional<Cut>> before(present.size());
  parallel_for(present.size(), jobs, [&](size_t k) {
    const size_t id = present[k];
    const SearchDoc d = spec.doc(id);
    std::string bitmap((shards + 7) / 8, '\0');
    cuts[k] = cut_doc(d, shards, bitmap);
    state.keys[id] = bitmap;
    if (id < old_docs)
      if (const auto old = previous_doc(spec, previous, id, out)) {
        std::string old_bitmap((shards + 7) / 8, '\0');
        before[k] = cut_doc(*old, shards, old_bitmap);
        if (old_bitmap != previous.keys[id]) before[k].reset();  // not what the shards hold
      }
    out.write(fragment_file(spec, id), gzip(fragment(d)), fragment_fingerprint(spec, id));
  });
  std::vector<bool> known(std::max(docs, old_docs), false);
  for (size_t k = 0; k < present.size(); ++k) {
    known[present[k]] = before[k].has_value();
    for (size_t s = 0; s < shards; ++s)
      if (before[k] ? (*before[k])[s] != cuts[k][s] : !cuts[k][s].empty()) set_bit(touched, s);
  }
  for (size_t id : changed)
    if (id < old_docs && !known[id])
      for (size_t s = 0; s < shards; ++s)
        if (get_bit(previous.keys[id], s)) set_bit(touched, s);
  const std::vector<bool> gone = [&] {
    std::vector<bool> v(std::max(docs, old_docs), false);
    for (size_t id : changed) v[id] = true;
    return v;
  }();
  parallel_for(shards, jobs, [&](size_t s) {
    const std::string rel = shard_file(spec, s);
    if (!get_bit(touched, s)) {
      out.keep(rel, previous.fingerprint, fingerprint);
      return;
    }
    const std::string raw = gunzip(out.read(rel));
    std::unordered_map<std::string_view, PostingList> keys;
    for (auto& [key, old] : decode_shard(raw)) {
      PostingList kept;
      kept.positional = old.positional;
      for (size_t i = 0; i < old.ids.size(); ++i) {
        if (old.ids[i] < gone.size() && gone[old.ids[i]]) continue;
        kept.ids.push_back(old.ids[i]);
        kept.counts.push_back(old.counts[i]);
        kept.positions.push_back(old.positions[i]);
      }
      if (!kept.ids.empty()) keys.emplace(key, std::move(kept));
    }
    // The changed articles' entries, merged in by id.
    for (size_t k = 0; k < present.size(); ++k) {
      for (const NewKey& nk : cuts[k][s]) {
        PostingList& p = keys[nk.key];
        p.positional = nk.positional;
        const auto id = static_cast<uint32_t>(present[k]);
        const auto at = std::lower_bound(p.ids.begin(), p.ids.end(), id) - p.ids.begin();
        p.ids.insert(p.ids.begin() + at, id);
        p.counts.insert(p.counts.begin() + at, nk.count);
        p.positions.insert(p.positions.begin() + at, nk.positions);
      }
    }
    std::string patched = finish_shard(keys);
    if (patched == raw) {  // an edit that changed none of this shard's keys
      out.keep(rel, previous.fingerprint, fingerprint);
      return;
    }
    out.write(rel, gzip(patched), fingerprint);
  });
  // Unchanged articles keep their fragments.
  for (size_t id = 0; id < docs; ++id) {
    if (gone[id]) continue;
    const std::string rel = fragment_file(spec, id);
    const uint64_t f = fragment_fingerprint(spec, id);
    if (out.has(rel, f)) {
      out.keep(rel, f, f);
    } else {  // missing (it should not be): make it
      out.write(rel, gzip(fragment(spec.doc(id))), f);
    }
  }
  return state;
}

}  // namespace

size_t shard_count(size_t docs) {
  size_t n = 1;
  while (n < 4096 && n * 16 < docs) n *= 2;
  return n;
}

SegmentResult update_segment(const SegmentSpec& spec, const SegmentState* previous,
                             SegmentOutput& out, unsigned jobs) {
  const size_t docs = spec.doc_fingerprints.size();
  const size_t shards = shard_count(docs);
  const uint64_t fingerprint = segment_fingerprint(spec);
  SegmentResult result;
  // Nothing changed: every live file stays.
  bool all = out.has(docs_file(spec), fingerprint);
  for (size_t s = 0; all && s < shards; ++s) all = out.has(shard_file(spec, s), fingerprint);
  for (size_t id = 0; all && id < docs; ++id)
    all = out.has(fragment_file(spec, id), fragment_fingerprint(spec, id));
  if (all) {
    out.keep(docs_file(spec), fingerprint, fingerprint);
    for (size_t s = 0; s < shards; ++s) out.keep(shard_file(spec, s), fingerprint, fingerprint);
    for (size_t id = 0; id < docs; ++id) {
      const uint64_t f = fragment_fingerprint(spec, id);
      out.keep(fragment_file(spec, id), f, f);
    }
    result.work = SegmentWork::kKept;
    if (previous && previous->fingerprint == fingerprint) result.state = *previous;
    return result;
  }
  if (previous) {
    try {
      result.state = patch(spec, *previous, out, jobs);
    } catch (const std::runtime_error&) {  // a damaged live shard: build anew
      result.state.reset();
    }
  }
  if (result.state) {
    result.work = SegmentWork::kPatched;
  } else {
    result.state = rebuild(spec, out, jobs);
    result.work = SegmentWork::kRebuilt;
  }
  out.write(docs_file(spec), gzip(encode_docs_table(spec.facets)), fingerprint);
  return result;
}

std::string encode_state(const SegmentState& state) {
  std::string body;
  put_varint(body, state.fingerprint);
  put_varint(body, state.shards);
  put_varint(body, state.docs.size());
  for (size_t i = 0; i < state.docs.size(); ++i) {
    put_varint(body, state.docs[i]);
    body += state.keys[i];
  }
  std::string out = "GZSS";
  put_varint(out, static_cast<uint64_t>(kFormatVersion));
  put_varint(out, hash_bytes(body));  // a damaged file is not trusted
  return out + body;
}

std::optional<SegmentState> decode_state(std::string_view bytes) {
  try {
    if (bytes.substr(0, 4) != "GZSS") return std::nullopt;
    size_t i = 4;
    if (get_varint(bytes, i) != static_cast<uint64_t>(kFormatVersion)) return std::nullopt;
    const uint64_t check = get_varint(bytes, i);
    const std::string_view body = bytes.substr(i);
    if (hash_bytes(body) != check) return std::nullopt;
    size_t j = 0;
    SegmentState s;
    s.fingerprint = get_varint(body, j);
    s.shards = get_varint(body, j);
    const uint64_t docs = get_varint(body, j);
    const size_t width = (s.shards + 7) / 8;
    if (s.shards == 0 || s.shards > 4096 || docs > body.size()) return std::nullopt;
    for (uint64_t k = 0; k < docs; ++k) {
      s.docs.push_back(get_varint(body, j));
      if (width > body.size() - j) return std::nullopt;
      s.keys.emplace_back(body.substr(j, width));
      j += width;
    }
    if (j != body.size()) return std::nullopt;
    return s;
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
}

std::string meta_json(const std::vector<SegmentInfo>& segments) {
  std::string j = "{\"version\":" + std::to_string(kFormatVersion) +
                  ",\"header\":" + std::to_string(kHeaderSpan) + ",\"segments\":[";
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i) j += ',';
    j += "{\"key\":";
    append_json_string(j, segments[i].key);
    j += ",\"docs\":" + std::to_string(segments[i].docs) +
         ",\"shards\":" + std::to_string(shard_count(segments[i].docs)) + "}";
  }
  return j + "]}\n";
}

}  // namespace gazette::search
