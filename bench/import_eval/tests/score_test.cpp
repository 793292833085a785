// The scorer (score.h): a perfect import scores 100%; known mistakes score
// exactly what they should.
#include <catch2/catch.hpp>

#include "layout.h"
#include "score.h"

using namespace gazette::import_eval;
using gazette::ingest::Article;
using gazette::ingest::BodyBlock;
using gazette::ingest::PageImport;

namespace {

TruthBlock para(std::string text, std::vector<int> lines, bool split = false) {
  TruthBlock b;
  b.text = std::move(text);
  b.lines = std::move(lines);
  b.split = split;
  return b;
}

TruthArticle truth_article(std::string title, std::vector<std::string> authors,
                           std::vector<TruthBlock> body, std::vector<int> headline) {
  TruthArticle a;
  a.title = std::move(title);
  a.authors = std::move(authors);
  a.body = std::move(body);
  a.headline_lines = std::move(headline);
  return a;
}

BodyBlock block(std::string text, std::vector<int> lines) {
  BodyBlock b;
  b.text = std::move(text);
  b.lines = std::move(lines);
  return b;
}

// What an importer that gets everything right returns.
PageImport perfect(const PageTruth& truth) {
  PageImport page;
  for (const auto& t : truth.articles) {
    Article a;
    a.title = t.title;
    a.kicker = t.kicker;
    a.subtitle = t.subtitle;
    a.authors = t.authors;
    a.headless = t.fragment;
    for (const auto& p : t.photos) a.photos.push_back({p.caption, p.credit, "", 0});
    for (const auto& b : t.body) {
      BodyBlock x;
      x.text = b.text;
      x.items = b.items;
      x.lines = b.lines;
      if (b.kind == CleanBlock::Kind::kList) x.kind = BodyBlock::Kind::kList;
      a.body.push_back(x);
    }
    a.lines = t.all_lines();
    page.articles.push_back(a);
  }
  for (const auto& b : truth.banners) page.banners.push_back(b.text);
  return page;
}

// 甲 (a photo, a cut paragraph), 乙 and 丙, one after the other.
PageTruth three_articles() {
  PageTruth t;
  t.articles.push_back(truth_article("甲", {"张三"},
                                     {para("本报讯（记者 张三）开头。", {5}),
                                      para("前半，后半。", {7, 11}, true), para("结尾。", {13})},
                                     {3}));
  t.articles[0].photos.push_back({"图片说明。", "张三摄"});
  t.articles[0].photo_lines = {9};
  t.articles.push_back(
      truth_article("乙", {"李四"}, {para("乙一。", {17}), para("乙二。", {19})}, {15}));
  t.articles.push_back(truth_article("丙", {}, {para("丙一。", {23}), para("丙二。", {25})}, {21}));
  return t;
}

}  // namespace

TEST_CASE("a perfect import scores 100% and no extra article") {
  PageTruth truth = three_articles();
  Tally t;
  auto misses = score_page(truth, perfect(truth), true, "", t);
  CHECK(misses.empty());
  CHECK(t.found.hit == 3);
  CHECK(t.found.total == 3);
  CHECK(t.boundaries.hit == 3);
  CHECK(t.joins.hit == 1);
  CHECK(t.joins.total == 1);
  CHECK(t.stack.hit == 3);
  CHECK(t.title.hit == 3);
  CHECK(t.reporters.hit == 2);  // 丙 has no author on either side: not counted
  CHECK(t.reporters.total == 2);
  CHECK(t.photos.hit == 1);
  CHECK(t.photos.total == 1);
  CHECK(t.extra == 0);
  CHECK(t.lossless.hit == 1);
  for (const auto& r : check_targets(t)) CHECK(r.met);
}

TEST_CASE("generated pages imported perfectly score 100%") {
  Pool pool = load_pool("tune", IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR);
  Tally t;
  for (uint64_t seed = 0; seed < 30; ++seed) {
    GeneratedPage page = layout_page(pool, seed);
    CHECK(score_page(page.truth, perfect(page.truth), true, "", t).empty());
  }
  CHECK(t.found.hit == t.found.total);
  CHECK(t.joins.total > 0);
  CHECK(t.joins.hit == t.joins.total);
  CHECK(t.stack.hit == t.stack.total);
  CHECK(t.extra == 0);
}

TEST_CASE("merged articles, a wrong title, a missing join and an extra article") {
  PageTruth truth = three_articles();
  PageImport got = perfect(truth);
  // 甲: wrong title; its cut paragraph left in two.
  got.articles[0].title = "甲乙";
  got.articles[0].body = {block("本报讯（记者 张三）开头。", {5}), block("前半，", {7}),
                          block("后半。", {11}), block("结尾。", {13})};
  // 乙 and 丙 read as one article (乙's headline).
  for (auto& b : got.articles[2].body) got.articles[1].body.push_back(b);
  got.articles.erase(got.articles.begin() + 2);
  // And an article made of lines no truth article has.
  Article extra;
  extra.title = "多出来的";
  extra.body = {block("多余。", {27})};
  got.articles.push_back(extra);

  Tally t;
  auto misses = score_page(truth, got, true, "", t);
  CHECK(t.found.hit == 2);  // 乙 keeps the merged article (ties go to the earlier); 丙 is lost
  CHECK(t.found.total == 3);
  CHECK(t.boundaries.hit == 1);  // 甲 only: 乙 has 丙's lines too
  CHECK(t.boundaries.total == 3);
  CHECK(t.joins.hit == 0);
  CHECK(t.joins.total == 1);
  CHECK(t.title.hit == 1);  // of the 2 matched
  CHECK(t.title.total == 2);
  CHECK(t.stack.hit == 1);
  CHECK(t.reporters.hit == 2);
  CHECK(t.photos.hit == 1);
  CHECK(t.extra == 1);
  CHECK(t.extra_per_100() == Approx(100.0 / 3));
  CHECK(t.misses ==
        std::map<std::string, long>{
            {"boundary", 1}, {"extra", 1}, {"found", 1}, {"join", 1}, {"stack", 1}, {"title", 1}});
  bool merged_named = false;
  for (const auto& m : misses)
    if (m.kind == "found") merged_named = m.detail.find("matched to another") != std::string::npos;
  CHECK(merged_named);
}

TEST_CASE("wrong reporters, photos, stacks and a failed lossless check are each counted") {
  PageTruth truth = three_articles();
  truth.articles[1].kicker = "引题";
  truth.articles[1].subtitle = "副题";
  PageImport got = perfect(truth);
  got.articles[0].authors = {"张三", "李四"};
  got.articles[0].photos[0].credit = "李四摄";
  got.articles[1].kicker = "";
  got.articles[1].subtitle = "引题 副题";
  got.articles[2].authors = {"王五"};  // 丙 has none in truth: now counted, and wrong
  Tally t;
  score_page(truth, got, false, "「物」 raw 3, output 2", t);
  CHECK(t.reporters.hit == 1);
  CHECK(t.reporters.total == 3);
  CHECK(t.photos.hit == 0);
  CHECK(t.photos.total == 1);
  CHECK(t.title.hit == 3);
  CHECK(t.stack.hit == 2);
  CHECK(t.lossless.hit == 0);
  CHECK(t.lossless.total == 1);
  bool lossless_failed = false;
  for (const auto& r : check_targets(t))
    if (r.metric == "lossless pages") lossless_failed = !r.met;
  CHECK(lossless_failed);
}

TEST_CASE("texts compare with white space and the fixed punctuation folded") {
  CHECK(fold_spaces("  甲 \t 乙（丙）, ") == "甲 乙(丙),");
  CHECK(fold_spaces("甲,乙") == fold_spaces("甲，乙"));
  CHECK(fold_text("本报讯 (记者 张三) 开头,") == fold_text("本报讯（记者张三）开头，"));
  CHECK(line_ranges({3, 4, 5, 9, 11, 12}) == "3-5, 9, 11-12");
  CHECK(line_ranges({}) == "none");
}

TEST_CASE("the table shows each set and whether every set meets the target") {
  Tally good, bad;
  good.found = {10, 10};
  bad.found = {9, 10};
  bad.truth_articles = 10;
  bad.extra = 1;
  std::string table = report_table({{"tune", good}, {"holdout", bad}});
  CHECK(table.find("| metric | tune | holdout | target | pass |") != std::string::npos);
  CHECK(table.find("| articles found | 100.0% (10/10) | 90.0% (9/10) | 100% | **no** |") !=
        std::string::npos);
  CHECK(table.find("| extra articles per 100 | 0.0 (0) | 10.0 (1) | ≤ 2 | **no** |") !=
        std::string::npos);
}

TEST_CASE("floors: each metric held to its own minimum, extra articles to a maximum") {
  PageTruth truth = three_articles();
  PageImport got = perfect(truth);
  got.articles[0].title = "甲乙";  // one title of three wrong: 66.7%
  Tally t;
  score_page(truth, got, true, "", t);
  auto met = [&](const std::string& floors) {
    std::vector<bool> out;
    for (const auto& r : check_floors(t, floors)) out.push_back(r.met);
    return out;
  };
  CHECK(met("# comment\ntitle exactly\t66\nboundaries\t100\n") == std::vector<bool>{true, true});
  CHECK(met("title exactly\t67\n") == std::vector<bool>{false});
  CHECK(met("extra articles per 100\t0\n") == std::vector<bool>{true});
  CHECK_THROWS(check_floors(t, "no such metric\t1\n"));
  CHECK_THROWS(check_floors(t, "title exactly 66\n"));
}
