#include "ingest/enumeration.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("enumeration: numbered items in their styles", "[ingest]") {
  CHECK(parse_enumerator(U"一、传承红色基因")->value == 1);
  CHECK(parse_enumerator(U"十二、其他")->value == 12);
  CHECK(parse_enumerator(U"1.摸清国家人口")->value == 1);
  CHECK(parse_enumerator(U"15.普查依靠人民")->value == 15);
  CHECK(parse_enumerator(U"（三）加强领导")->value == 3);
  CHECK(parse_enumerator(U"(2)做好服务")->value == 2);
  CHECK(parse_enumerator(U"③落实")->value == 3);
  CHECK(parse_enumerator(U"一、")->style != parse_enumerator(U"（一）")->style);
}

TEST_CASE("enumeration: numbers that are not items", "[ingest]") {
  CHECK_FALSE(parse_enumerator(U"1.8万家商铺"));
  CHECK_FALSE(parse_enumerator(U"2021年以来"));
  CHECK_FALSE(parse_enumerator(U"一是开设加工坊"));
  CHECK_FALSE(parse_enumerator(U"（见本版右下角）"));
}

TEST_CASE("enumeration: runs must count 1, 2, 3 in one style", "[ingest]") {
  CHECK(is_numbered_run({U"一、甲", U"二、乙", U"三、丙"}));
  CHECK_FALSE(is_numbered_run({U"一、甲"}));
  CHECK_FALSE(is_numbered_run({U"一、甲", U"三、丙"}));
  CHECK_FALSE(is_numbered_run({U"二、乙", U"三、丙"}));
  CHECK_FALSE(is_numbered_run({U"一、甲", U"2.乙"}));
}

TEST_CASE("enumeration: Markdown list markers", "[ingest]") {
  CHECK(strip_list_marker(U"- 1.摸清国家人口") == std::u32string(U"1.摸清国家人口"));
  CHECK_FALSE(strip_list_marker(U"-3℃"));
  CHECK_FALSE(strip_list_marker(U"——访"));
}
