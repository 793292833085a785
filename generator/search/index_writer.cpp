#include "search/index_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unordered_map>

#include "search/gzip.h"
#include "search/tokenizer.h"
#include "text/json.h"
#include "text/utf8.h"
#include "util/error.h"
#include "util/parallel.h"

namespace gazette::search {
namespace {

// Shards built at a time from one spill file (a power of two): small enough
// that a group's postings take a few MiB at most.
constexpr size_t kShardsPerGroup = 32;

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void put_bytes(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out += s;
}

// A key as a number, for sorting an article's tokens without building
// strings: the kind in the top two bits, then the characters (Han code
// points fit in 21 bits each) or, for a word, a 62-bit hash of its bytes.
constexpr uint64_t kUnigramTag = 1ULL << 62, kBigramTag = 2ULL << 62, kWordTag = 3ULL << 62;

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
void tokenize_doc(const SearchDoc& d, std::vector<Token>& tokens,
                  std::vector<std::pair<uint64_t, std::string>>& words) {
  tokens.clear();
  words.clear();
  auto emit = [&](const Key& k) {
    uint64_t key = 0;
    switch (k.kind) {
      case KeyKind::kUnigram:
        key = kUnigramTag | k.a;
        break;
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

// One key's postings while a shard is built: its articles' entries already
// encoded (id delta, count, position deltas), appended in id order.
struct Postings {
  std::string entries;
  uint64_t last_id = 0;
  uint64_t docs = 0;
  bool positional = false;  // unigrams are only counted
};

// The final shard: its keys in byte order, each with the length of its
// block (so a reader can skip it), then the block: article count and
// whether positions follow, and the entries. See docs/search-index.md.
std::string encode_shard(std::unordered_map<std::string_view, Postings>& shard) {
  std::vector<std::pair<std::string_view, Postings*>> keys;
  keys.reserve(shard.size());
  for (auto& [bytes, postings] : shard) keys.emplace_back(bytes, &postings);
  std::sort(keys.begin(), keys.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out = "GZS1";
  put_varint(out, keys.size());
  std::string head;
  for (const auto& [bytes, p] : keys) {
    head.clear();
    put_varint(head, (p->docs << 1) | (p->positional ? 1 : 0));
    put_bytes(out, bytes);
    put_varint(out, head.size() + p->entries.size());
    out += head;
    out += p->entries;
  }
  return out;
}

// An article's occurrences of one key, as spilled: the shard (within its
// group), the key's bytes, the article, how many and whether positions
// follow, then the positions (delta-coded).
void put_record(std::string& out, size_t shard, std::string_view bytes, size_t id,
                const Token* first, const Token* last) {
  const bool positional = (first->key >> 62) != 1;
  put_varint(out, shard);
  put_bytes(out, bytes);
  put_varint(out, id);
  put_varint(out, (static_cast<uint64_t>(last - first) << 1) | (positional ? 1 : 0));
  if (!positional) return;
  uint32_t prev = 0;
  for (const Token* t = first; t != last; ++t) {
    put_varint(out, t->pos - prev);
    prev = t->pos;
  }
}

uint64_t get_varint(std::string_view in, size_t& i) {
  uint64_t v = 0;
  for (int shift = 0; i < in.size(); shift += 7) {
    const auto c = static_cast<unsigned char>(in[i++]);
    v |= static_cast<uint64_t>(c & 0x7F) << shift;
    if (!(c & 0x80)) break;
  }
  return v;
}

// Builds a group of shards from its spilled records (in article order) and
// hands each to `done(shard within the group, encoded bytes)`.
template <class Done>
void build_group(std::string_view records, size_t shards, Done&& done) {
  std::vector<std::unordered_map<std::string_view, Postings>> maps(shards);
  for (size_t i = 0; i < records.size();) {
    const size_t shard = get_varint(records, i);
    const uint64_t len = get_varint(records, i);
    const std::string_view key = records.substr(i, len);
    i += len;
    const uint64_t id = get_varint(records, i);
    const uint64_t c = get_varint(records, i);
    const uint64_t count = c >> 1;
    Postings& p = maps[shard][key];
    p.positional = c & 1;
    put_varint(p.entries, id - p.last_id);
    p.last_id = id;
    ++p.docs;
    put_varint(p.entries, count);
    if (p.positional) {
      const size_t start = i;
      for (uint64_t k = 0; k < count; ++k) get_varint(records, i);
      p.entries.append(records.substr(start, i - start));
    }
  }
  for (size_t s = 0; s < shards; ++s) {
    std::string encoded = encode_shard(maps[s]);
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

std::string docs_table(const std::vector<SearchDoc>& docs) {
  // Page names and types, each listed once in order of first use.
  std::vector<std::string> names, types;
  auto index_of = [](std::vector<std::string>& list, const std::string& s) {
    auto it = std::find(list.begin(), list.end(), s);
    if (it != list.end()) return static_cast<size_t>(it - list.begin());
    list.push_back(s);
    return list.size() - 1;
  };
  std::string rows;
  for (const auto& d : docs) {
    put_varint(rows, index_of(names, d.page_name));
    put_varint(rows, index_of(types, d.type));
    put_varint(rows, static_cast<uint64_t>(d.page));
  }
  std::string out = "GZD1";
  put_varint(out, docs.size());
  for (const auto* list : {&names, &types}) {
    put_varint(out, list->size());
    for (const auto& s : *list) put_bytes(out, s);
  }
  return out + rows;
}

}  // namespace

size_t shard_count(size_t docs) {
  size_t n = 1;
  while (n < 4096 && n * 16 < docs) n *= 2;
  return n;
}

std::vector<std::string> segment_files(std::string_view segment, size_t docs) {
  const std::string dir = std::string(segment) + "/";
  std::vector<std::string> files{dir + "docs.gz"};
  for (size_t k = 0; k < shard_count(docs); ++k)
    files.push_back(dir + "k" + std::to_string(k) + ".gz");
  for (size_t i = 0; i < docs; ++i) files.push_back(dir + "d" + std::to_string(i) + ".gz");
  return files;
}

void write_segment(std::string_view segment, size_t docs,
                   const std::function<SearchDoc(size_t)>& doc, unsigned jobs,
                   const FileSink& sink) {
  const std::string dir = std::string(segment) + "/";
  const size_t shards = shard_count(docs);
  // A segment's index is built a group of shards at a time. While the
  // articles are cut into tokens, each key's record goes to its group's
  // spill file (a temporary file, in article order); then each group's
  // postings are gathered and written. Memory holds a batch of articles'
  // tokens, then a group of shards: never a segment's whole index, whatever
  // its size.
  const size_t per_group = std::min<size_t>(shards, kShardsPerGroup);
  const size_t groups = shards / per_group;
  std::vector<SpillFile> spills;
  for (size_t g = 0; g < groups; ++g) spills.emplace_back();
  std::vector<SearchDoc> facets(docs);
  constexpr size_t kBatch = 128;
  std::vector<std::vector<std::string>> batch(kBatch);  // per article, per group
  for (size_t first = 0; first < docs; first += kBatch) {
    const size_t n = std::min(kBatch, docs - first);
    parallel_for(n, jobs, [&](size_t k) {
      thread_local std::vector<Token> tokens;
      thread_local std::vector<std::pair<uint64_t, std::string>> words;
      const size_t id = first + k;
      SearchDoc d = doc(id);
      tokenize_doc(d, tokens, words);
      std::vector<std::string>& out = batch[k];
      out.assign(groups, std::string());
      for (size_t i = 0; i < tokens.size();) {
        size_t j = i;
        while (j < tokens.size() && tokens[j].key == tokens[i].key) ++j;
        const std::string bytes = bytes_of(tokens[i].key, words);
        const size_t shard = key_hash(bytes) & (shards - 1);
        put_record(out[shard / per_group], shard % per_group, bytes, id, &tokens[i], &tokens[j]);
        i = j;
      }
      sink(dir + "d" + std::to_string(id) + ".gz", gzip(fragment(d)));
      std::string().swap(d.text);  // only the facets are kept (assigning "" keeps the buffer)
      facets[id] = std::move(d);
    });
    for (size_t k = 0; k < n; ++k)
      for (size_t g = 0; g < groups; ++g) spills[g].append(batch[k][g]);
  }
  batch.clear();
  parallel_for(groups, jobs, [&](size_t g) {
    const std::string records = spills[g].read_all();
    build_group(records, per_group, [&](size_t s, std::string encoded) {
      sink(dir + "k" + std::to_string(g * per_group + s) + ".gz", gzip(encoded));
    });
  });
  sink(dir + "docs.gz", gzip(docs_table(facets)));
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
