#include "ingest/edition_index.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("edition index: a new file lists the page and its banners", "[ingest]") {
  std::string text = merge_edition_index(std::nullopt, "_index.md", "2023-07-20", 1234,
                                         {1, "平城头条", {"平城头条"}});
  CHECK(text ==
        "---\ndate: 2023-07-20\nedition: 1234\npages:\n  - number: 1\n    name: 平城头条\n"
        "    banners: [平城头条]\n---\n");
  CHECK(page_banners(text, 1) == std::vector<std::string>{"平城头条"});
}

TEST_CASE("edition index: importing another page keeps the others, sorted", "[ingest]") {
  std::string one =
      merge_edition_index(std::nullopt, "_index.md", "2023-07-20", 7, {2, "要闻", {}});
  one += "编辑写的说明。\n";
  std::string both = merge_edition_index(one, "_index.md", "2023-07-20", std::nullopt,
                                         {1, "平城头条", {"平城头条", "做好“六稳”, 落实“六保”"}});
  YAML::Node fm = YAML::Load(both.substr(4, both.find("\n---\n") - 4));
  CHECK(fm["edition"].as<int>() == 7);
  REQUIRE(fm["pages"].size() == 2);
  CHECK(fm["pages"][0]["number"].as<int>() == 1);
  CHECK(fm["pages"][0]["banners"][1].as<std::string>() == "做好“六稳”, 落实“六保”");
  CHECK(fm["pages"][1]["name"].as<std::string>() == "要闻");
  CHECK(both.find("编辑写的说明。") != std::string::npos);
}

TEST_CASE("edition index: re-importing a page replaces its entry, keeps its name and extras",
          "[ingest]") {
  std::string old =
      "---\ndate: 2023-07-20\ntitle: 特刊\npages:\n  - number: 1\n    name: 平城头条\n"
      "    banners: [旧横幅]\n    pdf: p1.pdf\n---\n";
  std::string text = merge_edition_index(old, "_index.md", "2023-07-20", std::nullopt,
                                         {1, std::nullopt, {"新横幅"}});
  YAML::Node fm = YAML::Load(text.substr(4, text.find("\n---\n") - 4));
  CHECK(fm["title"].as<std::string>() == "特刊");
  CHECK(fm["pages"].size() == 1);
  CHECK(fm["pages"][0]["name"].as<std::string>() == "平城头条");
  CHECK(fm["pages"][0]["banners"][0].as<std::string>() == "新横幅");
  CHECK(fm["pages"][0]["pdf"].as<std::string>() == "p1.pdf");
}

TEST_CASE("edition index: every page's banners of an edition file", "[ingest]") {
  CHECK(edition_banners(
            "---\ndate: 2023-07-20\npages:\n  - number: 1\n    banners: [平城头条, "
            "民生直通车]\n  - number: 2\n    banners: [守护碧水蓝天 共建美丽家园]\n---\n") ==
        std::vector<std::string>{"平城头条", "民生直通车", "守护碧水蓝天 共建美丽家园"});
  CHECK(edition_banners("no front matter\n").empty());
  CHECK(edition_banners("---\npages: [unclosed\n---\n").empty());
  CHECK(edition_banners("---\npages: {a: 1}\n---\n").empty());
}
