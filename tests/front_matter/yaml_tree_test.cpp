#include "front_matter/yaml_tree.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace gazette;

namespace {
int error_line(const std::string& yaml) {
  try {
    YamlTree tree(yaml, "a.md", 2);
  } catch (const ContentError& e) {
    return e.diagnostic().line;
  }
  return -1;
}
}  // namespace

TEST_CASE("YAML maps, lists and scalars keep their lines", "[yaml]") {
  YamlTree t(
      "title: 前端收集\ntags: [环卫, 平城区]\nphotos:\n  - {caption: 全路段垃圾收集。, credit: "
      "邱东芳摄}\n",
      "a.md", 2);
  const YamlNode& root = t.root();
  CHECK(root["title"].scalar == "前端收集");
  CHECK(root["title"].line == 2);
  CHECK(t.get_string_list(root, "tags") == std::vector<std::string>{"环卫", "平城区"});
  CHECK(root["tags"].line == 3);
  REQUIRE(root["photos"].is_sequence());
  CHECK(root["photos"].items[0]["credit"].scalar == "邱东芳摄");
  CHECK(root["photos"].items[0].line == 5);
  CHECK_FALSE(root["nothing"]);
}

TEST_CASE("YAML nulls, quoting and block scalars", "[yaml]") {
  YamlTree t("a: ~\nb: \"\"\nc: null\nd: 'null'\ne: |\n  line one\n  line two\nf: 2023-07-20\n",
             "a.md", 1);
  CHECK(t.root()["a"].is_null());
  CHECK(t.root()["b"].is_scalar());  // quoted empty string is text, not null
  CHECK(t.root()["c"].is_null());
  CHECK(t.root()["d"].scalar == "null");
  CHECK(t.root()["e"].scalar == "line one\nline two\n");
  CHECK(t.root()["f"].scalar == "2023-07-20");
}

TEST_CASE("YAML anchors and aliases are resolved", "[yaml]") {
  YamlTree t("base: &who {name: 邱东芳}\ncopy: *who\n", "a.md", 1);
  CHECK(t.root()["copy"]["name"].scalar == "邱东芳");
}

TEST_CASE("libyaml errors name the file line", "[yaml]") {
  CHECK(error_line("title: ok\ntags: [a, b\n") >= 3);
  CHECK(error_line("title: a\ntitle: b\n") == 3);  // duplicate key
  CHECK(error_line("- just\n- a list\n") == 2);    // root must be a map
  CHECK(error_line("a: b\n---\nc: d\n") > 0);      // one document only
}

TEST_CASE("an empty document is an empty map", "[yaml]") {
  YamlTree t("", "a.md", 2);
  CHECK(t.root().is_map());
  CHECK(t.root().entries.empty());
}

TEST_CASE("typed getters report the line of a bad value", "[yaml]") {
  YamlTree t("title: 标题\npage: one\ndraft: perhaps\n", "a.md", 2);
  CHECK(t.get_string(t.root(), "title") == std::optional<std::string>("标题"));
  CHECK_THROWS_WITH(t.get_int(t.root(), "page"), Catch::StartsWith("a.md:3:"));
  CHECK_THROWS_WITH(t.get_bool(t.root(), "draft"), Catch::StartsWith("a.md:4:"));
}

TEST_CASE("yaml tree: nesting and aliases are bounded, with the line", "[yaml]") {
  // Found by fuzzing: ten thousand '[' overflowed the stack.
  const std::string deep = "title: x\nlist: " + std::string(10000, '[') + "\n";
  try {
    YamlTree tree(deep, "content/a.md", 2);
    FAIL("accepted");
  } catch (const gazette::ContentError& e) {
    CHECK(std::string(e.what()).find("content/a.md:3: lists and maps nested deeper than 32") == 0);
  }
  // Thirty-two levels are fine.
  const std::string ok = "list: " + std::string(31, '[') + "1" + std::string(31, ']') + "\n";
  CHECK_NOTHROW(YamlTree(ok, "content/a.md", 2));
  // Each alias copies what it names: nine levels of ten would be a billion values.
  std::string laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    laughs += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) laughs += (k ? ", *a" : "*a") + std::to_string(i - 1);
    laughs += "]\n";
  }
  try {
    YamlTree tree(laughs, "content/b.md", 2);
    FAIL("accepted");
  } catch (const gazette::ContentError& e) {
    CHECK(std::string(e.what()).find("content/b.md:") == 0);
    CHECK(std::string(e.what()).find("front matter too large") != std::string::npos);
  }
}
