#include "ingest/yaml_writer.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include "front_matter/yaml_tree.h"

using namespace gazette::ingest;

namespace {

const std::vector<std::string> kTricky = {
    "前端收集全路段形成常态化", "——访平城区新华街道党工委负责人周玉芳", "“追忆先烈 文明祭扫”倡议书",
    "『志愿红』助力", "范九柱: 1553426661", "a # b", "- 列表", "2023-07-20", "123", "yes", "null",
    "~", "", " 前后空格 ", "引号\"和\\反斜杠", "多行\n文本", "[方括号]", "{花括号}", "a, b", "@at",
    "`tick`", "%pct", "!bang", "&anchor", "*alias", "|pipe", ">fold", "?q", ":colon",
    "trailing:", "tab\there", "正文开头缺失：首段从句中开始", "\xE2\x80\xA8行分隔", "'single'",
    "#hash",
    // Outside YAML's printable set: escaped.
    "\x01控制\x7F字符", "C1\xC2\x80\xC2\x9F控制", "非字符\xEF\xBF\xBE", "\xC2\x85下一行"};

}  // namespace

TEST_CASE("yaml writer: block scalars read back identically", "[ingest]") {
  for (const auto& s : kTricky) {
    INFO("[" << s << "] as " << yaml_scalar(s));
    YAML::Node n = YAML::Load("key: " + yaml_scalar(s) + "\n");
    REQUIRE(n["key"].IsScalar());
    CHECK(n["key"].as<std::string>() == s);
  }
}

TEST_CASE("yaml writer: flow lists read back identically", "[ingest]") {
  YAML::Node n = YAML::Load("tags: " + yaml_flow_list(kTricky) + "\n");
  REQUIRE(n["tags"].IsSequence());
  REQUIRE(n["tags"].size() == kTricky.size());
  for (size_t i = 0; i < kTricky.size(); ++i) CHECK(n["tags"][i].as<std::string>() == kTricky[i]);
}

TEST_CASE("yaml writer: plain Chinese stays readable", "[ingest]") {
  CHECK(yaml_scalar("前端收集全路段形成常态化") == "前端收集全路段形成常态化");
  CHECK(yaml_flow_list({"平城区", "环卫"}) == "[平城区, 环卫]");
  CHECK(yaml_scalar("2023年") == "\"2023年\"");
}

TEST_CASE("yaml writer: what it writes, the site's own YAML reader reads back", "[ingest]") {
  for (const auto& s : kTricky) {
    INFO("[" << s << "] as " << yaml_scalar(s));
    const gazette::YamlTree tree("key: " + yaml_scalar(s) + "\nlist: " + yaml_flow_list({s}) + "\n",
                                 "a.md", 2);
    CHECK(tree.root()["key"].scalar == s);
    REQUIRE(tree.root()["list"].items.size() == 1);
    CHECK(tree.root()["list"].items[0].scalar == s);
  }
}
