#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <tuple>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {
Site fixture_site(const TempDir& dir) {
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  return build_model(config, load_content(dir.path(), config, 1));
}
}  // namespace

TEST_CASE("editions are newest first, articles in print order", "[model]") {
  TempDir dir;
  Site site = fixture_site(dir);
  REQUIRE(site.editions.size() == 2);
  CHECK(site.editions[0].date == Date{2023, 7, 20});
  CHECK(site.editions[0].url == "/2023/07/20/");
  CHECK(site.editions[0].older == 1);
  CHECK(site.editions[1].newer == 0);
  CHECK_FALSE(site.editions[1].has_index);  // made from its articles
  REQUIRE(site.articles.size() == 4);       // the draft is gone
  CHECK(site.articles[0].slug == "huan-wei");
  CHECK(site.articles[1].slug == "zhi-yuan");
  CHECK(site.articles[2].slug == "fa-yuan");
  CHECK(site.articles[3].slug == "jiu-wen");
  CHECK(site.articles[0].url == "/2023/07/20/huan-wei/");
}

TEST_CASE("pages group articles and neighbours follow reading order", "[model]") {
  TempDir dir;
  Site site = fixture_site(dir);
  const Edition& e = site.editions[0];
  REQUIRE(e.pages.size() == 2);
  CHECK(e.pages[0].articles == std::vector<int>{0, 1});
  CHECK(e.pages[1].articles == std::vector<int>{2});
  CHECK(site.articles[0].prev == -1);
  CHECK(site.articles[0].next == 1);
  CHECK(site.articles[2].prev == 1);
  CHECK(site.articles[2].next == -1);
  CHECK(site.articles[3].prev == -1);               // never across editions
  CHECK(site.articles[2].page_name == "综合新闻");  // filled from the edition
  CHECK(site.editions[1].pages[0].name == "要闻");  // implicit page named by its article
}

TEST_CASE("a page whose URL the archive uses is an error", "[model]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/pages/tags.md", "---\ntitle: x\n---\n");
  SiteConfig config = load_site_config(dir.path());
  CHECK_THROWS_AS(build_model(config, load_content(dir.path(), config, 1)), ContentError);
}

TEST_CASE("placement_key: every field that places an article, and none of its text", "[model]") {
  Article base;
  base.slug = "huan-wei";
  base.edition_date = base.date = Date{2023, 7, 20};
  base.title = "前端收集全路段形成常态化";
  base.page = 1;
  base.page_name = "要闻";
  base.terms = {{"环卫", "平城区"}, {"邱东芳"}};
  const uint64_t key = placement_key(base);
  auto differs = [&](auto change) {
    Article a = base;
    change(a);
    return placement_key(a) != key;
  };
  CHECK(differs([](Article& a) { a.slug = "huan-wei-2"; }));
  CHECK(differs([](Article& a) { a.edition_date = Date{2023, 7, 19}; }));
  CHECK(differs([](Article& a) { a.date = Date{2023, 7, 21}; }));
  CHECK(differs([](Article& a) { a.page = 2; }));
  CHECK(differs([](Article& a) { a.order = 3; }));
  CHECK(differs([](Article& a) { a.page_name = "综合"; }));
  CHECK(differs([](Article& a) { a.draft = true; }));
  CHECK(differs([](Article& a) { a.tables = 1; }));
  CHECK(differs([](Article& a) { a.terms[0].push_back("垃圾分类"); }));
  CHECK(differs([](Article& a) { a.terms = {{"环卫"}, {"平城区", "邱东芳"}}; }));
  CHECK_FALSE(differs([](Article& a) {
    a.title = "前端收集全路段实现常态化";
    a.kicker = "系列报道之六";
    a.summary = "今年以来，平城区环卫服务中心多措并举。";
    a.photos.push_back(Photo{"全路段垃圾收集。", "邱东芳摄", "邱东芳", ""});
    a.source.content_hash = 42;
  }));
}

TEST_CASE("placed_like: an edited article takes the place its earlier text had", "[model]") {
  TempDir dir;
  Site site = fixture_site(dir);
  const Article& placed = site.articles[1];
  Article parsed;
  parsed.slug = placed.slug;
  parsed.title = "改过的标题";
  const Article now = placed_like(placed, parsed);
  CHECK(now.title == "改过的标题");
  CHECK(now.url == placed.url);
  CHECK(now.edition == placed.edition);
  CHECK(now.prev == placed.prev);
  CHECK(now.next == placed.next);
  CHECK(now.term_ids == placed.term_ids);
  CHECK(now.related == placed.related);
  CHECK(now.page_name == placed.page_name);
}

TEST_CASE("many articles in any order come out in print order, drafts left out", "[model]") {
  // Articles arrive sorted by path; print order is newest edition, page,
  // `order`, slug. 500 of them shuffled (a fixed seed), every seventh a draft:
  // the permutation has long cycles and fixed points.
  const SiteConfig config = parse_site_config("title: t\n", "site.yml");
  LoadedContent content;
  std::vector<std::string> expected;
  for (int i = 0; i < 500; ++i) {
    Article a;
    a.terms.resize(config.taxonomies.size());
    a.edition_date = a.date = Date{2023, 1 + i % 12, 1 + (i * 7) % 28};
    a.page = 1 + (i * 13) % 8;
    a.order = (i * 31) % 5;
    a.slug = "稿件-" + std::to_string(i);
    a.title = "第" + std::to_string(i) + "篇";
    a.draft = i % 7 == 3;
    content.articles.push_back(std::move(a));
  }
  std::vector<const Article*> sorted;
  for (const Article& a : content.articles)
    if (!a.draft) sorted.push_back(&a);
  std::sort(sorted.begin(), sorted.end(), [](const Article* a, const Article* b) {
    return std::tuple(b->edition_date.iso(), a->page, a->order, a->slug) <
           std::tuple(a->edition_date.iso(), b->page, b->order, b->slug);
  });
  for (const Article* a : sorted) expected.push_back(a->slug + a->title);
  std::mt19937 rng(7);
  std::shuffle(content.articles.begin(), content.articles.end(), rng);
  Site site = build_model(config, std::move(content));
  std::vector<std::string> got;
  for (const Article& a : site.articles) got.push_back(a.slug + a.title);
  CHECK(got == expected);
}

TEST_CASE("an assembled article's term names are held once, in the taxonomies", "[model]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  LoadedContent content = load_content(dir.path(), config, 1);
  std::vector<std::vector<std::string>> parsed;  // the first article's, as read
  for (const Article& a : content.articles)
    if (a.source.display == "content/2023/07/20/huan-wei.md") parsed = a.terms;
  REQUIRE_FALSE(parsed.empty());
  const Site site = build_model(config, std::move(content));
  const Article* a = nullptr;
  for (const Article& x : site.articles) {
    CHECK(x.terms.empty());
    if (x.source.display == "content/2023/07/20/huan-wei.md") a = &x;
  }
  REQUIRE(a);
  // The names are still there, through term_ids, in the order the file gives.
  REQUIRE(a->term_ids.size() == parsed.size());
  for (size_t t = 0; t < parsed.size(); ++t) {
    std::vector<std::string> names;
    for (int id : a->term_ids[t]) names.push_back(site.taxonomies[t].terms[id].name);
    CHECK(names == parsed[t]);
  }
  // placed_like leaves a re-read article the same way.
  Article again = placed_like(*a, Article{*a});
  again.terms = parsed;
  CHECK(placed_like(*a, again).terms.empty());
}
