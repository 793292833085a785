#include "search/index_writer.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "search/gzip.h"
#include "search/tokenizer.h"
#include "text/json.h"
#include "util/parallel.h"

namespace gazette::search {
namespace {

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
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

void put_bytes(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out += s;
}

// One key of one article, as the article's tokens are grouped.
struct Occurrences {
  std::string key;  // UTF-8 bytes
  bool positional = false;
  std::vector<uint32_t> positions;  // ascending; for unigrams only counted
};

// Every key of an article with its positions, in key order.
std::vector<Occurrences> index_doc(const SearchDoc& d) {
  std::map<std::string, Occurrences, std::less<>> keys;
  std::string bytes;
  auto emit = [&](const Key& k) {
    bytes = key_bytes(k);
    auto it = keys.find(bytes);
    if (it == keys.end()) {
      it = keys.emplace(bytes, Occurrences{bytes, k.kind != KeyKind::kUnigram, {}}).first;
    }
    it->second.positions.push_back(k.position);
  };
  uint32_t pos = 0;
  for (const std::string* field : {&d.kicker, &d.title, &d.subtitle}) {
    if (pos >= kHeaderSpan) break;
    pos = tokenize(*field, pos, [&](const Key& k) {
      if (k.position < kHeaderSpan) emit(k);
    });
  }
  tokenize(d.text, kHeaderSpan, emit);
  std::vector<Occurrences> out;
  out.reserve(keys.size());
  for (auto& [k, occ] : keys) out.push_back(std::move(occ));
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

// A shard's records, appended article by article (ids ascending):
// key, id, count, then the positions (delta-coded) when positional.
void put_record(std::string& out, const Occurrences& o, size_t id) {
  put_bytes(out, o.key);
  put_varint(out, id);
  put_varint(out, (o.positions.size() << 1) | (o.positional ? 1 : 0));
  if (!o.positional) return;
  uint32_t last = 0;
  for (uint32_t p : o.positions) {
    put_varint(out, p - last);
    last = p;
  }
}

struct Record {
  std::string_view key;
  uint64_t id = 0, count = 0;
  bool positional = false;
  std::string_view positions;  // the encoded deltas
};

// The final shard: its keys in byte order; per key its articles (ids as
// deltas) with counts and positions. See docs/search-index.md.
std::string encode_shard(std::string_view records) {
  std::vector<Record> all;
  for (size_t i = 0; i < records.size();) {
    Record r;
    const uint64_t klen = get_varint(records, i);
    r.key = records.substr(i, klen);
    i += klen;
    r.id = get_varint(records, i);
    const uint64_t c = get_varint(records, i);
    r.count = c >> 1;
    r.positional = c & 1;
    const size_t start = i;
    if (r.positional)
      for (uint64_t k = 0; k < r.count; ++k) get_varint(records, i);
    r.positions = records.substr(start, i - start);
    all.push_back(r);
  }
  // Stable: each key's articles stay in id order.
  std::stable_sort(all.begin(), all.end(),
                   [](const Record& a, const Record& b) { return a.key < b.key; });
  std::string out = "GZS1";
  size_t keys = 0;
  for (size_t i = 0; i < all.size(); ++i) keys += (i == 0 || all[i].key != all[i - 1].key);
  put_varint(out, keys);
  std::string block;
  for (size_t i = 0; i < all.size();) {
    size_t j = i;
    while (j < all.size() && all[j].key == all[i].key) ++j;
    block.clear();
    put_varint(block, (j - i) << 1 | (all[i].positional ? 1 : 0));
    uint64_t last = 0;
    for (size_t k = i; k < j; ++k) {
      put_varint(block, all[k].id - last);
      last = all[k].id;
      put_varint(block, all[k].count);
      block += all[k].positions;
    }
    put_bytes(out, all[i].key);
    put_bytes(out, block);  // its length lets a reader skip keys it does not need
    i = j;
  }
  return out;
}

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
  std::vector<std::string> shard_records(shards);
  std::vector<SearchDoc> facets(docs);
  // Articles in batches: each batch is indexed in parallel, then its records
  // are appended to the shards in id order, so memory holds one batch's
  // tokens at a time besides the shards.
  constexpr size_t kBatch = 256;
  std::vector<std::vector<std::string>> batch(kBatch);
  for (size_t first = 0; first < docs; first += kBatch) {
    const size_t n = std::min(kBatch, docs - first);
    parallel_for(n, jobs, [&](size_t k) {
      const size_t id = first + k;
      SearchDoc d = doc(id);
      std::vector<std::string>& per_shard = batch[k];
      per_shard.assign(shards, std::string());
      for (const Occurrences& o : index_doc(d))
        put_record(per_shard[key_hash(o.key) & (shards - 1)], o, id);
      sink(dir + "d" + std::to_string(id) + ".gz", gzip(fragment(d)));
      d.text.clear();  // only the facets are kept
      facets[id] = std::move(d);
    });
    for (size_t k = 0; k < n; ++k)
      for (size_t s = 0; s < shards; ++s) shard_records[s] += batch[k][s];
  }
  batch.clear();
  parallel_for(shards, jobs, [&](size_t s) {
    std::string encoded = encode_shard(shard_records[s]);
    shard_records[s] = std::string();
    sink(dir + "k" + std::to_string(s) + ".gz", gzip(encoded));
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
