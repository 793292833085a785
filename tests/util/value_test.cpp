#include "util/value.h"

#include <catch2/catch.hpp>

using namespace gazette;

namespace {

Value str(const std::string& s) {
  Value v;
  v.kind = Value::Kind::kString;
  v.string = s;
  return v;
}

}  // namespace

TEST_CASE("value: a default value is null", "[util]") {
  Value v;
  CHECK(v.is_null());
  CHECK(v.kind == Value::Kind::kNull);
  CHECK_FALSE(str("").is_null());  // an empty string is still a value
  CHECK(v.find("anything") == nullptr);
}

TEST_CASE("value: find looks a key up in a map and keeps the written order", "[util]") {
  Value m;
  m.kind = Value::Kind::kMap;
  m.map.emplace_back("来源", str("大同日报"));
  m.map.emplace_back("责任编辑", str("王芳"));
  Value list;
  list.kind = Value::Kind::kList;
  list.list = {str("一版"), str("二版")};
  m.map.emplace_back("版面", list);

  REQUIRE(m.find("责任编辑"));
  CHECK(m.find("责任编辑")->string == "王芳");
  REQUIRE(m.find("版面"));
  CHECK(m.find("版面")->list.size() == 2);
  CHECK(m.find("版面")->list[1].string == "二版");
  CHECK(m.find("编辑") == nullptr);  // no prefix or partial matches
  CHECK(m.find("") == nullptr);
  CHECK(m.map.front().first == "来源");
  CHECK(m.map.back().first == "版面");
}

TEST_CASE("value: find returns the first of repeated keys and ignores list items", "[util]") {
  Value m;
  m.kind = Value::Kind::kMap;
  m.map.emplace_back("作者", str("邱东芳"));
  m.map.emplace_back("作者", str("尚丽"));
  REQUIRE(m.find("作者"));
  CHECK(m.find("作者")->string == "邱东芳");

  Value list;
  list.kind = Value::Kind::kList;
  list.list = {str("作者")};
  CHECK(list.find("作者") == nullptr);  // only maps have keys
}
