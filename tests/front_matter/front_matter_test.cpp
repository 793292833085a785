#include "front_matter/front_matter.h"

#include <catch2/catch.hpp>

#include "ingest/yaml_reader.h"
#include "util/error.h"

using namespace gazette;

TEST_CASE("front matter is split from the body with line numbers", "[front_matter]") {
  std::string text = "---\ntitle: 标题\npage: 1\n---\n正文第一段。\n";
  auto s = split_front_matter(text, "a.md");
  CHECK(s.has_front_matter);
  CHECK(s.yaml == "title: 标题\npage: 1\n");
  CHECK(s.body_line == 5);
  CHECK(text.substr(s.body_offset) == "正文第一段。\n");
}

TEST_CASE("BOM and CRLF are accepted", "[front_matter]") {
  std::string text = "\xEF\xBB\xBF---\r\ntitle: x\r\n---\r\nbody";
  auto s = split_front_matter(text, "a.md");
  CHECK(s.has_front_matter);
  CHECK(text.substr(s.body_offset) == "body");
}

TEST_CASE("a file without front matter is all body", "[front_matter]") {
  auto s = split_front_matter("只有正文", "a.md");
  CHECK(!s.has_front_matter);
  CHECK(s.body_offset == 0);
}

TEST_CASE("an unclosed front matter names line 1", "[front_matter]") {
  try {
    split_front_matter("---\ntitle: x\n", "content/a.md");
    FAIL("no error");
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().line == 1);
    CHECK(std::string(e.what()).find("content/a.md:1:") == 0);
  }
}

TEST_CASE("YAML errors name the file line", "[front_matter]") {
  try {
    YamlDoc doc("title: ok\ntags: [a, b\n", "a.md", 2);
    FAIL("no error");
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().file == "a.md");
    CHECK(e.diagnostic().line >= 3);
  }
}
