// The clean article reader and the two pools (clean_article.h, pool.h).
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "clean_article.h"
#include "pool.h"

using namespace gazette::import_eval;
using Kind = CleanBlock::Kind;

TEST_CASE("a clean article's front matter and blocks are read without Markdown syntax") {
  const std::string text =
      "---\n"
      "title: 关于开展夏季防汛检查的通知\n"
      "kicker: 平城区应急管理局\n"
      "subtitle: ——确保安全度汛\n"
      "type: notice\n"
      "byline: 本报记者 张三\n"
      "authors: [张三]\n"
      "people: [李四]\n"
      "photos:\n"
      "  - caption: 检查现场。\n"
      "    credit: 张三摄\n"
      "review: []\n"
      "---\n"
      "\n"
      "各有关单位：\n"
      "\n"
      "第一行\n"
      "接着写\\*星号\n"
      "\n"
      "### 一、检查范围\n"
      "\n"
      "- 1.河道\n"
      "- 2.桥梁\n"
      "\n"
      "| 序号 | 单位 |\n"
      "| --- | --- |\n"
      "| 1 | 水务局\\|河长办 |\n"
      "\n"
      "平城区应急管理局\\\n"
      "2023年7月20日\n";
  CleanArticle a = read_clean_article(text, "x.md");
  CHECK(a.title == "关于开展夏季防汛检查的通知");
  CHECK(a.kicker == "平城区应急管理局");
  CHECK(a.subtitle == "——确保安全度汛");
  CHECK(a.authors == std::vector<std::string>{"张三"});
  CHECK(a.people == std::vector<std::string>{"李四"});
  REQUIRE(a.photos.size() == 1);
  CHECK(a.photos[0].caption == "检查现场。");
  CHECK(a.photos[0].credit == "张三摄");
  CHECK(a.reviewed);
  CHECK_FALSE(a.signed_with_name());
  REQUIRE(a.body.size() == 6);
  CHECK(a.body[0].text == "各有关单位：");
  CHECK(a.body[1].text == "第一行接着写*星号");
  CHECK(a.body[2].kind == Kind::kSubheading);
  CHECK(a.body[2].text == "一、检查范围");
  CHECK(a.body[3].kind == Kind::kList);
  CHECK(a.body[3].items == std::vector<std::string>{"1.河道", "2.桥梁"});
  CHECK(a.body[4].kind == Kind::kTable);
  CHECK(a.body[4].rows ==
        std::vector<std::vector<std::string>>{{"序号", "单位"}, {"1", "水务局|河长办"}});
  CHECK(a.body[5].kind == Kind::kLines);
  CHECK(a.body[5].items == std::vector<std::string>{"平城区应急管理局", "2023年7月20日"});
}

TEST_CASE("a bare-name byline is a signature; a malformed article is refused with its name") {
  CleanArticle a = read_clean_article("---\ntitle: 题\nbyline: 王朗\n---\n\n正文。\n", "c.md");
  CHECK(a.signed_with_name());
  CHECK_THROWS_WITH(read_clean_article("---\ntitle: 题\n---\n", "empty.md"),
                    Catch::Contains("empty.md") && Catch::Contains("no body"));
  CHECK_THROWS_WITH(
      read_clean_article("---\ntitle: 题\ndateline: 本报讯（记者 张三）\n---\n\n正文。\n", "d.md"),
      Catch::Contains("dateline"));
}

TEST_CASE("banner lists name each line's kind") {
  auto b = read_banners("# comment\npage: 平城要闻\n\nlabel: 民生直通车\nslogan: 甲 乙\n", "b.txt");
  REQUIRE(b.size() == 3);
  CHECK(b[0].kind == Banner::Kind::kPageName);
  CHECK(b[1].text == "民生直通车");
  CHECK(b[2].kind == Banner::Kind::kSlogan);
  CHECK_THROWS_WITH(read_banners("foo\n", "b.txt"), Catch::Contains("b.txt:1"));
}

TEST_CASE("the tune and holdout pools load and share no article and no banner") {
  Pool tune = load_pool("tune", IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR);
  Pool holdout = load_pool("holdout", IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR);
  size_t own = 0, repo = 0;
  for (const auto& a : tune.articles) (a.file.rfind("content/", 0) == 0 ? repo : own)++;
  CHECK(own >= 45);
  CHECK(repo >= 15);  // the sample's reviewed articles
  CHECK(holdout.articles.size() >= 20);
  CHECK(tune.banners.size() >= 25);
  CHECK(holdout.banners.size() >= 12);

  std::set<std::string> titles, banners;
  for (const auto& a : tune.articles) titles.insert(a.title);
  for (const auto& b : tune.banners) banners.insert(b.text);
  for (const auto& a : holdout.articles) CHECK_FALSE(titles.count(a.title));
  for (const auto& b : holdout.banners) CHECK_FALSE(banners.count(b.text));

  // A kicker is never also one of the pool's banners: the truth would be ambiguous.
  for (const Pool* p : {&tune, &holdout}) {
    std::set<std::string> mine;
    for (const auto& b : p->banners) mine.insert(b.text);
    for (const auto& a : p->articles) {
      INFO(a.file);
      CHECK_FALSE(mine.count(a.kicker));
      CHECK_FALSE(mine.count(a.title));
    }
  }
}

TEST_CASE("a pool splits into halves (--half) by each article's path: disjoint, mixed, stable") {
  Pool full = load_pool("tune", IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR);
  Pool h0 = full, h1 = full;
  keep_half(h0, 0);
  keep_half(h1, 1);
  CHECK(h0.articles.size() + h1.articles.size() == full.articles.size());
  std::set<std::string> files0;
  for (const auto& a : h0.articles) files0.insert(a.file);
  for (const auto& a : h1.articles) CHECK_FALSE(files0.count(a.file));
  for (const Pool* p : {&h0, &h1}) {
    size_t own = 0, repo = 0;
    for (const auto& a : p->articles) (a.file.rfind("content/", 0) == 0 ? repo : own)++;
    CHECK(own >= 10);  // each half mixes hand-written and sample articles
    CHECK(repo >= 3);
    CHECK(p->banners.size() == full.banners.size());
    CHECK(p->people.size() <= full.people.size());
  }
  // The half is the path's alone: the same path, the same half, whatever the order.
  CHECK(half_of("bench/import_eval/articles/tune/a.md") ==
        half_of("bench/import_eval/articles/tune/a.md"));
  Pool reversed = full;
  std::reverse(reversed.articles.begin(), reversed.articles.end());
  keep_half(reversed, 0);
  std::set<std::string> again;
  for (const auto& a : reversed.articles) again.insert(a.file);
  CHECK(again == files0);
  CHECK_THROWS(keep_half(h0, 2));
}
