#include "ingest/article_writer.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include "front_matter/front_matter.h"

using namespace gazette::ingest;

namespace {

Article sample() {
  Article a;
  a.title = "前端收集全路段形成常态化";
  a.kicker = "平城区环境卫生“提档升级六大战略”系列报道之五";
  a.type = "news";
  a.dateline = "本报讯（记者 邱东芳）";
  a.authors = {"邱东芳"};
  a.photos = {{"全路段垃圾收集。", "邱东芳摄", "邱东芳", 47}};
  a.series = "平城区环境卫生“提档升级六大战略”系列报道";
  a.tags = {"平城区", "环卫"};
  a.source_file = "000_fdc77c6d4c024258.txt";
  a.lines = {41, 43, 51};
  BodyBlock p;
  p.text = "本报讯（记者 邱东芳）完善前端收集体系。";
  a.body.push_back(p);
  return a;
}

}  // namespace

TEST_CASE("article writer: front matter keys in the documented order, empty ones omitted",
          "[ingest]") {
  std::string text = render_article(sample(), {"2023-07-20", 1, "平城头条", 3});
  CHECK(text.rfind("---\ntitle: 前端收集全路段形成常态化\nkicker: ", 0) == 0);
  CHECK(text.find("subtitle:") == std::string::npos);
  CHECK(text.find("byline:") == std::string::npos);
  CHECK(text.find("review: []\n") != std::string::npos);
  auto split = gazette::split_front_matter(text, "a.md");
  YAML::Node fm = YAML::Load(std::string(split.yaml));
  CHECK(fm["page"].as<int>() == 1);
  CHECK(fm["order"].as<int>() == 3);
  CHECK(fm["photos"][0]["credit"].as<std::string>() == "邱东芳摄");
  CHECK(fm["source"]["lines"].as<std::string>() == "41, 43, 51");
  CHECK(fm["tags"][1].as<std::string>() == "环卫");
  CHECK(text.substr(split.body_offset) == "\n本报讯（记者 邱东芳）完善前端收集体系。\n");
}

TEST_CASE("article writer: a fragment has an empty title and its review notes", "[ingest]") {
  Article a = sample();
  a.title.clear();
  a.notes = {{63, "正文开头缺失：首段从句中开始"}};
  std::string text = render_article(a, {"2023-07-20", 1, std::nullopt, 5});
  CHECK(text.find("title: \"\"\n") != std::string::npos);
  CHECK(text.find("review:\n  - 正文开头缺失：首段从句中开始\n") != std::string::npos);
  CHECK(text.find("page_name") == std::string::npos);
}

TEST_CASE("article writer: the import hash detects an editor's change", "[ingest]") {
  std::string text = render_article(sample(), {"2023-07-20", 1, "平城头条", 3});
  CHECK(recorded_import_hash(text));
  CHECK(unchanged_since_import(text));
  std::string edited = text + "编辑补充的一句。\n";
  CHECK_FALSE(unchanged_since_import(edited));
  CHECK_FALSE(unchanged_since_import("---\ntitle: 手写\n---\n正文\n"));
}

TEST_CASE("article writer: line ranges bridge blank lines only", "[ingest]") {
  CHECK(line_ranges({3, 4, 5, 9}) == "3-5, 9");
  std::vector<bool> blank(12, false);
  blank[4] = blank[6] = true;
  CHECK(line_ranges({3, 5, 7, 9}, blank) == "3-7, 9");
}

TEST_CASE("article writer: body blocks as Markdown", "[ingest]") {
  Article a;
  BodyBlock sub, list, lines;
  sub.kind = BodyBlock::Kind::kSubheading;
  sub.text = "党建引领 资源融合";
  list.kind = BodyBlock::Kind::kList;
  list.items = {"1.摸清国家人口。", "2.国之情。"};
  lines.kind = BodyBlock::Kind::kLines;
  lines.items = {"平城区创城办", "2022年3月25日"};
  a.body = {sub, list, lines};
  CHECK(render_body(a) ==
        "### 党建引领 资源融合\n\n- 1.摸清国家人口。\n- "
        "2.国之情。\n\n平城区创城办\\\n2022年3月25日\n");
}
