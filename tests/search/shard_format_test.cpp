#include "search/shard_format.h"

#include <catch2/catch.hpp>

using namespace gazette::search;

TEST_CASE("varints round-trip and refuse to run past the end", "[search]") {
  std::string s;
  for (uint64_t v : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 1ULL << 40}) put_varint(s, v);
  size_t i = 0;
  for (uint64_t v : {0ULL, 1ULL, 127ULL, 128ULL, 300ULL, 1ULL << 40}) CHECK(get_varint(s, i) == v);
  CHECK(i == s.size());
  CHECK(s.substr(0, 5) == std::string("\x00\x01\x7f\x80\x01", 5));
  std::string cut = "\x80";
  i = 0;
  CHECK_THROWS_AS(get_varint(cut, i), std::runtime_error);
}

TEST_CASE("a shard encodes keys in order with their articles and positions", "[search]") {
  std::string pos1, pos2;
  put_varint(pos1, 1024);
  put_varint(pos1, 7);
  put_varint(pos2, 3);
  PostingList bigram{true, {2, 9}, {2, 1}, {pos1, pos2}};
  PostingList unigram{false, {0, 2, 9}, {1, 3, 1}, {"", "", ""}};
  const ShardContents shard = {{"孙", unigram}, {"孙秀", bigram}};
  const std::string raw = encode_shard(shard);
  CHECK(raw.substr(0, 4) == "GZS1");
  const ShardContents back = decode_shard(raw);
  REQUIRE(back.size() == 2);
  CHECK(back[0].first == "孙");
  CHECK_FALSE(back[0].second.positional);
  CHECK(back[0].second.ids == std::vector<uint32_t>{0, 2, 9});
  CHECK(back[0].second.counts == std::vector<uint32_t>{1, 3, 1});
  CHECK(back[1].first == "孙秀");
  CHECK(back[1].second.positional);
  CHECK(back[1].second.ids == std::vector<uint32_t>{2, 9});
  CHECK(back[1].second.positions[0] == pos1);
  CHECK(encode_shard(back) == raw);  // canonical: read back and written again, the same bytes
}

TEST_CASE("a key without positions may occur more often than its block has bytes", "[search]") {
  // One article that says 平城 forty times: the count is all the block holds.
  const ShardContents shard = {{"平城", PostingList{false, {3}, {40}, {""}}}};
  const ShardContents back = decode_shard(encode_shard(shard));
  REQUIRE(back.size() == 1);
  CHECK(back[0].second.counts == std::vector<uint32_t>{40});
  // With positions, a count beyond the bytes left is damage.
  std::string one;
  put_varint(one, 5);
  std::string raw = encode_shard({{"平城", PostingList{true, {3}, {1}, {one}}}});
  raw[raw.size() - 2] = 40;  // the count: 1 -> 40, with one position byte after it
  CHECK_THROWS_AS(decode_shard(raw), std::runtime_error);
}

TEST_CASE("a damaged shard is refused, whatever is cut or changed", "[search]") {
  std::string pos;
  put_varint(pos, 5);
  const std::string raw = encode_shard({{"环卫", PostingList{true, {1}, {1}, {pos}}}});
  for (size_t n = 0; n < raw.size(); ++n) CHECK_THROWS(decode_shard(raw.substr(0, n)));
  CHECK_THROWS(decode_shard(raw + "x"));
  CHECK_THROWS(decode_shard("GZD1" + raw.substr(4)));
  // Keys must ascend by their bytes: 甲 (U+7532) comes after 乙 (U+4E59).
  const std::string descending = encode_shard(
      {{"甲", PostingList{false, {1}, {1}, {""}}}, {"乙", PostingList{false, {1}, {1}, {""}}}});
  CHECK_THROWS(decode_shard(descending));
}

TEST_CASE("the docs table lists names and types once, then each article", "[search]") {
  const std::string t =
      encode_docs_table({{"平城头条", "news", 1}, {"要闻", "notice", 2}, {"平城头条", "news", 1}});
  CHECK(t.substr(0, 4) == "GZD1");
  size_t i = 4;
  CHECK(get_varint(t, i) == 3);  // articles
  CHECK(get_varint(t, i) == 2);  // page names
  CHECK(t.find("平城头条") != std::string::npos);
  CHECK(t.find("要闻") != std::string::npos);
  CHECK(t.substr(t.size() - 9) == std::string("\x00\x00\x01\x01\x01\x02\x00\x00\x01", 9));
}

TEST_CASE("a number is read only in its shortest form, so a shard has one encoding", "[search]") {
  // Found by fuzzing: "9f a0 00" (a padded 4127) decoded, and wrote back as "9f 20".
  size_t i = 0;
  CHECK_THROWS_WITH(get_varint(std::string("\x9f\xa0\x00", 3), i),
                    Catch::Contains("shortest form"));
  i = 0;
  CHECK_THROWS(get_varint(std::string("\x80\x00", 2), i));
  i = 0;
  CHECK_THROWS(get_varint(std::string(9, '\xff') + "\x02", i));  // beyond 64 bits
  i = 0;
  CHECK(get_varint(std::string(9, '\xff') + "\x01", i) == UINT64_MAX);
  const std::string padded("GZS1\x01\x06\xe7\x8e\xaf\xe5\x8d\xab\x05\x03\x9f\xa0\x00\x00", 18);
  CHECK_THROWS(decode_shard(padded));
}
