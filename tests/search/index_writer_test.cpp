#include "search/index_writer.h"

#include <catch2/catch.hpp>

#include <map>
#include <mutex>

#include "search/gzip.h"
#include "search/tokenizer.h"

using namespace gazette::search;

namespace {

// A reader of the shard format (docs/search-index.md), as the page's script
// reads it: key -> [(id, count, positions)].
struct Posting {
  uint64_t id, count;
  std::vector<uint64_t> positions;
};

uint64_t varint(const std::string& s, size_t& i) {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    const auto c = static_cast<unsigned char>(s.at(i++));
    v |= static_cast<uint64_t>(c & 0x7F) << shift;
    if (!(c & 0x80)) return v;
  }
}

std::map<std::string, std::vector<Posting>> read_shard(const std::string& bytes) {
  REQUIRE(bytes.substr(0, 4) == "GZS1");
  std::map<std::string, std::vector<Posting>> out;
  size_t i = 4;
  std::string last;
  for (uint64_t n = varint(bytes, i); n > 0; --n) {
    const uint64_t klen = varint(bytes, i);
    std::string key = bytes.substr(i, klen);
    i += klen;
    CHECK(key > last);  // keys in byte order
    last = key;
    const uint64_t blen = varint(bytes, i);
    const std::string block = bytes.substr(i, blen);
    i += blen;
    size_t j = 0;
    const uint64_t head = varint(block, j);
    uint64_t id = 0;
    auto& list = out[key];
    for (uint64_t d = head >> 1; d > 0; --d) {
      Posting p{id += varint(block, j), varint(block, j), {}};
      uint64_t pos = 0;
      if (head & 1)
        for (uint64_t k = 0; k < p.count; ++k) p.positions.push_back(pos += varint(block, j));
      list.push_back(p);
    }
    CHECK(j == block.size());
  }
  CHECK(i == bytes.size());
  return out;
}

std::vector<SearchDoc> sample_docs(size_t n) {
  std::vector<SearchDoc> docs;
  for (size_t i = 0; i < n; ++i) {
    SearchDoc d;
    d.url = "/paper/2023/07/20/a" + std::to_string(i) + "/";
    d.title = i == 1 ? "环卫工孙秀兰走进街道" : "平城区新闻" + std::to_string(i);
    d.kicker = "引题";
    d.date = "2023年7月20日";
    d.date_iso = "2023-07-20";
    d.page = 1 + static_cast<int>(i % 2);
    d.page_name = i % 2 ? "要闻" : "平城头条";
    d.type = "news";
    d.text = i == 2 ? "全国劳动模范孙秀兰受邀。孙秀兰说。\n" : "正文，环卫工作。\n";
    docs.push_back(d);
  }
  return docs;
}

std::map<std::string, std::string> build(const std::vector<SearchDoc>& docs, unsigned jobs) {
  std::map<std::string, std::string> files;
  std::mutex mu;
  write_segment(
      "2023", docs.size(), [&](size_t i) { return docs[i]; }, jobs,
      [&](const std::string& rel, std::string bytes) {
        std::lock_guard lock(mu);
        CHECK(files.emplace(rel, std::move(bytes)).second);
      });
  return files;
}

}  // namespace

TEST_CASE("a segment's shards hold every key with articles and positions", "[search]") {
  const auto docs = sample_docs(3);
  const auto files = build(docs, 2);
  // Exactly the files segment_files() promises.
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  auto expected = segment_files("2023", docs.size());
  std::sort(expected.begin(), expected.end());
  CHECK(names == expected);
  REQUIRE(shard_count(3) == 1);
  const auto shard = read_shard(gunzip(files.at("2023/k0.gz")));
  // 孙秀 occurs in the title of article 1 (a headline position) and twice
  // in the body of article 2 (positions from kHeaderSpan on).
  const auto& sx = shard.at("孙秀");
  REQUIRE(sx.size() == 2);
  CHECK(sx[0].id == 1);
  CHECK(sx[0].positions.front() < kHeaderSpan);
  CHECK(sx[1].id == 2);
  CHECK(sx[1].count == 2);
  CHECK(sx[1].positions.front() >= kHeaderSpan);
  CHECK(shard.at("秀兰")[1].positions.front() == sx[1].positions.front() + 1);
  // Single characters: every article that has one, counted, no positions.
  CHECK(shard.at("环").size() == 2);  // articles 0 (body) and 1 (title)
  CHECK(shard.at("环")[0].positions.empty());
  CHECK(shard.count("孙兰") == 0);
}

TEST_CASE("a fragment carries what a result shows, as JSON", "[search]") {
  const auto files = build(sample_docs(3), 1);
  const std::string d1 = gunzip(files.at("2023/d1.gz"));
  CHECK(d1.find("\"u\":\"/paper/2023/07/20/a1/\"") != std::string::npos);
  CHECK(d1.find("\"t\":\"环卫工孙秀兰走进街道\"") != std::string::npos);
  CHECK(d1.find("\"n\":\"要闻\"") != std::string::npos);
  CHECK(d1.find("\"p\":2") != std::string::npos);
  const std::string table = gunzip(files.at("2023/docs.gz"));
  CHECK(table.substr(0, 4) == "GZD1");
  CHECK(table.find("平城头条") != std::string::npos);
}

TEST_CASE("the index does not depend on the number of threads", "[search]") {
  const auto docs = sample_docs(300);  // more than one batch, several shards
  CHECK(shard_count(300) == 32);
  CHECK(build(docs, 1) == build(docs, 3));
}

TEST_CASE("shard counts grow with the segment and meta.json lists segments", "[search]") {
  CHECK(shard_count(0) == 1);
  CHECK(shard_count(16) == 1);
  CHECK(shard_count(17) == 2);
  CHECK(shard_count(5000) == 512);
  CHECK(shard_count(10'000'000) == 4096);
  CHECK(meta_json({{"2023", 12}, {"2022", 40}}) ==
        "{\"version\":1,\"header\":1024,\"segments\":[{\"key\":\"2023\",\"docs\":12,\"shards\":1},"
        "{\"key\":\"2022\",\"docs\":40,\"shards\":4}]}\n");
}
