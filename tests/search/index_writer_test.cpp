#include "search/index_writer.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <map>
#include <mutex>

#include "util/binary_io.h"

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

// An output folder in memory: the "live" files of the previous update and
// the files this one produced (with their fingerprints).
struct MemoryOutput : SegmentOutput {
  struct File {
    std::string bytes;
    uint64_t fingerprint = 0;
  };
  std::map<std::string, File> live, produced;
  size_t written = 0;
  std::mutex mu;

  void write(const std::string& rel, std::string bytes, uint64_t fingerprint) override {
    std::lock_guard lock(mu);
    produced[rel] = {std::move(bytes), fingerprint};
    ++written;
  }
  bool has(const std::string& rel, uint64_t fingerprint) const override {
    auto it = live.find(rel);
    return it != live.end() && it->second.fingerprint == fingerprint;
  }
  void keep(const std::string& rel, uint64_t old_fp, uint64_t new_fp) override {
    std::lock_guard lock(mu);
    REQUIRE(has(rel, old_fp));
    produced[rel] = {live.at(rel).bytes, new_fp};
  }
  std::string read(const std::string& rel) const override {
    if (rel.find("/k") != std::string::npos) ++shard_reads;
    return live.at(rel).bytes;
  }
  mutable std::atomic<size_t> shard_reads{0};
  // The next update sees this one's files as live.
  void publish() {
    live = std::move(produced);
    produced.clear();
    written = 0;
  }
  std::map<std::string, std::string> bytes() const {
    std::map<std::string, std::string> out;
    for (const auto& [rel, f] : produced) out[rel] = f.bytes;
    return out;
  }
};

SegmentSpec spec_of(const std::vector<SearchDoc>& docs) {
  SegmentSpec spec;
  spec.key = "2023";
  spec.inputs = 7;
  for (const auto& d : docs) {
    spec.doc_fingerprints.push_back(gazette::hash_bytes(d.url + d.title + d.text));
    spec.facets.push_back({d.page_name, d.type, d.page});
  }
  spec.doc = [docs](size_t i) { return docs[i]; };
  return spec;
}

std::map<std::string, std::string> build(const std::vector<SearchDoc>& docs, unsigned jobs) {
  MemoryOutput out;
  const SegmentResult r = update_segment(spec_of(docs), nullptr, out, jobs);
  CHECK(r.work == SegmentWork::kRebuilt);
  return out.bytes();
}

}  // namespace

TEST_CASE("a segment's shards hold every key with articles and positions", "[search]") {
  const auto docs = sample_docs(3);
  const auto files = build(docs, 2);
  // A docs table, the shards, a fragment per article.
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  CHECK(names == std::vector<std::string>{"2023/d0.gz", "2023/d1.gz", "2023/d2.gz", "2023/docs.gz",
                                          "2023/k0.gz"});
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

TEST_CASE("an edited article patches its segment: the same bytes as a rebuild", "[search]") {
  auto docs = sample_docs(300);
  MemoryOutput out;
  SegmentResult first = update_segment(spec_of(docs), nullptr, out, 2);
  REQUIRE(first.state);
  out.publish();
  // Nothing changed: everything kept, nothing written.
  SegmentResult again = update_segment(spec_of(docs), &*first.state, out, 2);
  CHECK(again.work == SegmentWork::kKept);
  CHECK(out.written == 0);
  out.publish();

  docs[17].text = "改写的正文：孙秀兰再次受邀。\n";
  SegmentResult edited = update_segment(spec_of(docs), &*first.state, out, 2);
  CHECK(edited.work == SegmentWork::kPatched);
  CHECK(out.written < 32 + 2);  // some shards, the article's fragment, the docs table
  CHECK(out.bytes() == build(docs, 1));
  out.publish();

  // Two new articles at the end (a new edition), then one removed from the end.
  docs.push_back(docs[3]);
  docs.back().url = "/paper/2023/07/21/new/";
  docs.push_back(docs[4]);
  docs.back().url = "/paper/2023/07/21/new2/";
  SegmentResult appended = update_segment(spec_of(docs), &*edited.state, out, 2);
  CHECK(appended.work == SegmentWork::kPatched);
  CHECK(out.bytes() == build(docs, 1));
  out.publish();
  docs.pop_back();
  SegmentResult removed = update_segment(spec_of(docs), &*appended.state, out, 2);
  CHECK(removed.work == SegmentWork::kPatched);
  CHECK(out.bytes() == build(docs, 1));
  out.publish();

  // An article inserted at the start shifts every id: built anew.
  docs.insert(docs.begin(), docs[5]);
  docs.front().url = "/paper/2023/07/01/first/";
  SegmentResult shifted = update_segment(spec_of(docs), &*removed.state, out, 2);
  CHECK(shifted.work == SegmentWork::kRebuilt);
  CHECK(out.bytes() == build(docs, 1));
}

TEST_CASE("an edit patches only the shards where the article's keys changed", "[search]") {
  auto docs = sample_docs(300);
  // An article long enough to have keys in most of the 32 shards.
  docs[40].text =
      "区委书记来到平城区环卫所，看望慰问一线环卫工人，详细了解环卫工作运行情况。"
      "他强调，要关心关爱环卫工人，改善工作条件，提高待遇保障，让城市更加干净整洁。"
      "随后，他还察看了垃圾分类收运体系建设和公厕改造提升工程的进展。\n";
  MemoryOutput out;
  SegmentResult first = update_segment(spec_of(docs), nullptr, out, 2);
  out.publish();
  auto shards_of = [](const SegmentState& state, size_t id) {
    size_t n = 0;
    for (size_t s = 0; s < 32; ++s) n += (state.keys[id][s / 8] >> (s % 8)) & 1;
    return n;
  };
  const size_t had = shards_of(*first.state, 40);
  REQUIRE(had > 24);

  // A headline edit (新闻 -> 要闻): the body's keys and positions are as they
  // were; only the shards of the few keys it changed are read.
  docs[40].title = "平城区要闻40";
  SegmentResult title = update_segment(spec_of(docs), &*first.state, out, 2);
  CHECK(title.work == SegmentWork::kPatched);
  CHECK(out.shard_reads <= 8);
  CHECK(out.bytes() == build(docs, 1));
  out.publish();

  // Text inserted before the body moves every position after it: the
  // shards of all the body's keys are patched.
  out.shard_reads = 0;
  docs[40].text = "本报讯 " + docs[40].text;
  SegmentResult body = update_segment(spec_of(docs), &*title.state, out, 2);
  CHECK(body.work == SegmentWork::kPatched);
  CHECK(out.shard_reads > had * 3 / 4);
  CHECK(out.bytes() == build(docs, 1));
  out.publish();

  // The article's previous fragment damaged or missing: it cannot say what
  // the shards hold, so every shard the article had keys in is patched.
  for (const bool missing : {false, true}) {
    const std::string rel = "2023/d40.gz";
    if (missing)
      out.live.erase(rel);
    else
      out.live[rel].bytes = gzip("{\"t\":");
    out.shard_reads = 0;
    docs[40].title = missing ? "环卫工人的一天" : "区委书记看望慰问环卫工人";
    const SegmentState& last = *body.state;
    SegmentResult r = update_segment(spec_of(docs), &last, out, 2);
    CHECK(r.work == SegmentWork::kPatched);
    CHECK(out.shard_reads >= shards_of(last, 40));
    CHECK(out.bytes() == build(docs, 1));
    out.publish();
    body = std::move(r);
  }
}

TEST_CASE("a segment made with other inputs is built anew, not patched", "[search]") {
  // Another program (its tokenizer may cut otherwise) or base URL: the
  // articles' own fingerprints are the same, the shards may not be.
  auto docs = sample_docs(100);
  MemoryOutput out;
  SegmentResult first = update_segment(spec_of(docs), nullptr, out, 2);
  out.publish();
  docs[3].title = "平城区要闻3";
  SegmentSpec spec = spec_of(docs);
  spec.inputs = 8;
  SegmentResult r = update_segment(spec, &*first.state, out, 2);
  CHECK(r.work == SegmentWork::kRebuilt);
  CHECK(out.written > 100);  // every fragment and shard
}

TEST_CASE("a damaged live shard or state makes a rebuild, never a wrong index", "[search]") {
  auto docs = sample_docs(40);
  MemoryOutput out;
  SegmentResult first = update_segment(spec_of(docs), nullptr, out, 1);
  out.publish();
  for (auto& [rel, f] : out.live)
    if (rel.find("/k") != std::string::npos) f.bytes = gzip("GZS1\x05garbage");
  docs[2].text = "新的正文。\n";
  SegmentResult r = update_segment(spec_of(docs), &*first.state, out, 1);
  CHECK(r.work == SegmentWork::kRebuilt);
  CHECK(out.bytes() == build(docs, 1));

  const std::string state = encode_state(*first.state);
  REQUIRE(decode_state(state));
  CHECK(decode_state(state)->docs == first.state->docs);
  CHECK(decode_state(state)->keys == first.state->keys);
  CHECK_FALSE(decode_state(state.substr(0, state.size() / 2)));
  std::string flipped = state;
  flipped[flipped.size() - 3] ^= 0x10;
  CHECK_FALSE(decode_state(flipped));
  CHECK_FALSE(decode_state(""));
}
