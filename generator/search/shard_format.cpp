#include "search/shard_format.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace gazette::search {

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

uint64_t get_varint(std::string_view in, size_t& i) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (i >= in.size()) throw std::runtime_error("search index: a number runs past the end");
    const auto c = static_cast<unsigned char>(in[i++]);
    // One way to write each number (found by fuzzing: a padded one, "9f a0
    // 00", decoded and wrote back shorter): no zero last byte after the first,
    // no bits beyond 64.
    if ((shift > 0 && c == 0) || (shift == 63 && c > 1))
      throw std::runtime_error("search index: a number is not in its shortest form");
    v |= static_cast<uint64_t>(c & 0x7F) << shift;
    if (!(c & 0x80)) return v;
  }
  throw std::runtime_error("search index: a number is too long");
}

void put_bytes(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out += s;
}

std::string encode_shard(const ShardContents& shard) {
  std::string out = "GZS1";
  put_varint(out, shard.size());
  std::string block;
  for (const auto& [key, p] : shard) {
    block.clear();
    put_varint(block, (static_cast<uint64_t>(p.ids.size()) << 1) | (p.positional ? 1 : 0));
    uint32_t last = 0;
    for (size_t k = 0; k < p.ids.size(); ++k) {
      put_varint(block, p.ids[k] - last);
      last = p.ids[k];
      put_varint(block, p.counts[k]);
      if (p.positional) block += p.positions[k];
    }
    put_bytes(out, key);
    put_bytes(out, block);  // its length lets a reader skip keys it does not need
  }
  return out;
}

ShardContents decode_shard(std::string_view raw) {
  if (raw.substr(0, 4) != "GZS1") throw std::runtime_error("search index: not a shard");
  size_t i = 4;
  ShardContents out;
  const uint64_t keys = get_varint(raw, i);
  if (keys > raw.size()) throw std::runtime_error("search index: bad key count");
  out.reserve(keys);
  auto take = [&](uint64_t n) {
    if (n > raw.size() - i) throw std::runtime_error("search index: a string runs past the end");
    std::string_view s = raw.substr(i, n);
    i += n;
    return s;
  };
  for (uint64_t k = 0; k < keys; ++k) {
    const std::string_view key = take(get_varint(raw, i));
    const std::string_view block = take(get_varint(raw, i));
    PostingList p;
    size_t j = 0;
    const uint64_t head = get_varint(block, j);
    p.positional = head & 1;
    uint64_t id = 0;
    for (uint64_t d = head >> 1; d > 0; --d) {
      id += get_varint(block, j);
      const uint64_t count = get_varint(block, j);
      // Each position takes a byte at least; a key without positions may
      // occur more often than its block has bytes.
      if (count > UINT32_MAX || (p.positional && count > block.size() - j))
        throw std::runtime_error("search index: bad count");
      if (id > UINT32_MAX) throw std::runtime_error("search index: an article number out of range");
      p.ids.push_back(static_cast<uint32_t>(id));
      p.counts.push_back(static_cast<uint32_t>(count));
      const size_t start = j;
      if (p.positional)
        for (uint64_t c = 0; c < count; ++c) get_varint(block, j);
      p.positions.push_back(block.substr(start, j - start));
    }
    if (j != block.size()) throw std::runtime_error("search index: trailing bytes in a key");
    if (!out.empty() && !(out.back().first < key))
      throw std::runtime_error("search index: keys out of order");
    out.emplace_back(key, std::move(p));
  }
  if (i != raw.size()) throw std::runtime_error("search index: trailing bytes in a shard");
  return out;
}

std::string encode_docs_table(const std::vector<DocFacets>& docs) {
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

}  // namespace gazette::search
