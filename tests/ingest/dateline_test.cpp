#include "ingest/dateline.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("dateline: full- and half-width brackets, spaces as printed", "[ingest]") {
  auto a = parse_dateline(U"本报讯（记者 孙露）记者日前从平城区获悉");
  REQUIRE(a);
  CHECK(a->text == "本报讯（记者 孙露）");
  CHECK(a->authors == std::vector<std::string>{"孙露"});
  auto b = parse_dateline(U"本报讯 （记者 张鑫） 为扮靓城市环境");
  REQUIRE(b);
  CHECK(b->text == "本报讯 （记者 张鑫）");
  auto c = parse_dateline(U"本报讯(记者 郝雨)近日");
  REQUIRE(c);
  CHECK(c->text == "本报讯(记者 郝雨)");
}

TEST_CASE("dateline: several reporters and correspondents, other heads", "[ingest]") {
  auto a = parse_dateline(U"本报讯（记者 邱东芳 通讯员 李明 王强）近日");
  REQUIRE(a);
  CHECK(a->authors == std::vector<std::string>{"邱东芳", "李明", "王强"});
  auto b = parse_dateline(U"新华社北京7月19日电（记者 张三）");
  REQUIRE(b);
  CHECK(b->authors == std::vector<std::string>{"张三"});
  auto c = parse_dateline(U"本报7月19日讯（通讯员 王五）");
  REQUIRE(c);
  CHECK(c->text == "本报7月19日讯（通讯员 王五）");
  auto d = parse_dateline(U"本报讯 近日，平城区");
  REQUIRE(d);
  CHECK(d->text == "本报讯");
  CHECK(d->authors.empty());
}

TEST_CASE("dateline: ordinary sentences have none", "[ingest]") {
  CHECK_FALSE(parse_dateline(U"通讯员王五说，今年"));
  CHECK_FALSE(parse_dateline(U"在日常生活中，呼叫中心无处不在。"));
  CHECK_FALSE(parse_dateline(U"据了解，这些志愿者来自各行各业"));
}
