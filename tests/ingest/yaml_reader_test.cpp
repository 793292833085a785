#include "ingest/yaml_reader.h"

#include <catch2/catch.hpp>

using namespace gazette;

namespace {

std::string error_of(const std::string& yaml, int first_line) {
  try {
    YamlDoc doc(yaml, "content/2023/07/20/_index.md", first_line);
  } catch (const ContentError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("yaml reader: a front matter parses into a map of nodes", "[ingest]") {
  YamlDoc doc("date: 2023-07-20\nedition: 1234\npages:\n  - {number: 1, name: 平城头条}\n",
              "content/2023/07/20/_index.md", 2);
  const YAML::Node& root = doc.root();
  REQUIRE(root.IsMap());
  CHECK(root["edition"].as<int>() == 1234);
  REQUIRE(root["pages"].IsSequence());
  CHECK(root["pages"][0]["name"].as<std::string>() == "平城头条");
}

TEST_CASE("yaml reader: line_of gives the file line, offset by where the YAML starts", "[ingest]") {
  // The front matter starts on line 2 of the file, after "---".
  YamlDoc doc("date: 2023-07-20\nedition: 1234\npages:\n  - {number: 2, name: 综合新闻}\n",
              "content/2023/07/20/_index.md", 2);
  CHECK(doc.line_of(doc.root()["date"]) == 2);
  CHECK(doc.line_of(doc.root()["edition"]) == 3);
  CHECK(doc.line_of(doc.root()["pages"][0]) == 5);
  CHECK(doc.line_of(YAML::Node()) == 2);  // a node without a mark: the first line
  YamlDoc later("a: 1\nb: 2\n", "x.md", 10);
  CHECK(later.line_of(later.root()["b"]) == 11);
}

TEST_CASE("yaml reader: empty YAML is an empty map, a list or scalar is refused", "[ingest]") {
  YamlDoc empty("", "content/2023/07/20/_index.md", 2);
  CHECK(empty.root().IsMap());
  CHECK(empty.root().size() == 0);
  CHECK(error_of("- 平城头条\n- 综合新闻\n", 2) ==
        "content/2023/07/20/_index.md:2: expected key: value pairs");
}

TEST_CASE("yaml reader: a syntax error names the file and its line", "[ingest]") {
  const std::string msg = error_of("date: 2023-07-20\npages: [平城头条, 综合新闻\nedition: 1\n", 2);
  INFO(msg);
  // yaml-cpp gives up on the unclosed list at the next key: file line 4.
  CHECK(msg.rfind("content/2023/07/20/_index.md:4: invalid YAML", 0) == 0);
}

TEST_CASE("yaml reader: fail() throws with the node's line", "[ingest]") {
  YamlDoc doc("date: 2023-07-20\nedition: 第一期\n", "content/2023/07/20/_index.md", 2);
  CHECK_THROWS_WITH(doc.fail(doc.root()["edition"], "'edition' must be a number"),
                    "content/2023/07/20/_index.md:3: 'edition' must be a number");
}
