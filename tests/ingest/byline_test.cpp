#include "ingest/byline.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("byline: standalone byline lines", "[ingest]") {
  auto a = parse_byline(U"本报记者 纪元");
  REQUIRE(a);
  CHECK(a->text == "本报记者 纪元");
  CHECK(a->authors == std::vector<std::string>{"纪元"});
  CHECK(parse_byline(U"记者 张三 通讯员 李四")->authors.size() == 2);
  CHECK(parse_byline(U"（本报记者 杨海峰）"));
  CHECK(parse_byline(U"文/王五"));
}

TEST_CASE("byline: names without a role, credits and sentences are not bylines", "[ingest]") {
  CHECK_FALSE(parse_byline(U"闫昌"));
  CHECK_FALSE(parse_byline(U"邱东芳摄"));
  CHECK_FALSE(parse_byline(U"本报记者 邱东芳 摄"));
  CHECK_FALSE(parse_byline(U"记者在平城区招商引资中心采访时"));
}

TEST_CASE("byline: a byline appended to the last paragraph is split off", "[ingest]") {
  auto t = split_trailing_byline(U"为全面推进大同“首善之区”建设作出贡献。本报记者 杨海峰");
  REQUIRE(t);
  CHECK(t->paragraph == "为全面推进大同“首善之区”建设作出贡献。");
  CHECK(t->byline.text == "本报记者 杨海峰");
  auto q = split_trailing_byline(U"“干在实处。”（记者 张三）");
  REQUIRE(q);
  CHECK(q->paragraph == "“干在实处。”");
  CHECK_FALSE(split_trailing_byline(U"该中心负责人告诉记者。"));
  CHECK_FALSE(split_trailing_byline(U"记者 张三说，工作很好。"));
}

TEST_CASE("byline: a commentary signed by the paper names no one", "[ingest]") {
  auto b = parse_byline(U"本报评论员");
  REQUIRE(b);
  CHECK(b->text == "本报评论员");
  CHECK(b->authors.empty());
  CHECK(parse_byline(U"本报特约评论员"));
  // A role with a name is read as before; a sentence naming the role is none.
  REQUIRE(parse_byline(U"本报评论员 江澄"));
  CHECK(parse_byline(U"本报评论员 江澄")->authors == std::vector<std::string>{"江澄"});
  CHECK_FALSE(parse_byline(U"本报评论员认为"));
}
