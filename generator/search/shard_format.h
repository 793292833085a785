// The bytes of the search index's binary files (docs/search-index.md):
// varints, shards and docs tables, written and read back. One encoder for a
// shard, used both when a segment is built and when it is patched, so the
// two give the same bytes for the same postings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::search {

void put_varint(std::string& out, uint64_t v);
// Reads a varint at in[i] and advances i; throws std::runtime_error when the
// input ends inside it.
uint64_t get_varint(std::string_view in, size_t& i);
void put_bytes(std::string& out, std::string_view s);  // length, then the bytes

// One key's postings: per article, ids ascending, how often the key occurs
// and, when positional, its positions as encoded (deltas, the first from 0).
struct PostingList {
  bool positional = false;
  std::vector<uint32_t> ids, counts;
  std::vector<std::string_view> positions;  // empty views when not positional
};

// A shard's keys, in byte order, each with its postings.
using ShardContents = std::vector<std::pair<std::string_view, PostingList>>;

// The shard file's bytes (before gzip). Keys must be sorted by their bytes.
std::string encode_shard(const ShardContents& shard);

// Reads a shard back; views point into `raw`. Throws std::runtime_error when
// it is damaged.
ShardContents decode_shard(std::string_view raw);

// What the search page's filters need of an article.
struct DocFacets {
  std::string page_name, type;
  int page = 0;
};

std::string encode_docs_table(const std::vector<DocFacets>& docs);

}  // namespace gazette::search
