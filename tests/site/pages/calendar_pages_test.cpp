// Year and month pages (site/pages/calendar_pages.cpp): calendars of the editions.
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("calendar pages: a year and a month go to their own folders", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const RenderJob year = m.job(PageKind::kYear, 2023);
  CHECK(year.where.url == "/2023/");
  CHECK(year.where.path == "2023/index.html");
  CHECK(year.where.in_sitemap);
  const RenderJob month = m.job(PageKind::kMonth, 2023, 7);
  CHECK(month.where.url == "/2023/07/");
  CHECK(month.where.path == "2023/07/index.html");
  CHECK(month.where.in_sitemap);
}

TEST_CASE("calendar pages: a year shows twelve months, links only those with editions", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const mustache::data d = m.page_data(m.job(PageKind::kYear, 2023));
  CHECK(render("{{page.kind}}|{{page.title}}|{{year.year}}", d) == "year|2023年|2023");
  CHECK(render("{{#year.months}}{{name}}{{#url}}@{{url}}{{/url}} {{/year.months}}", d) ==
        "1月 2月 3月 4月 5月 6月 7月@/paper/2023/07/ 8月 9月 10月 11月 12月 ");
  // July 2023 begins on a Saturday: five blanks, then the 1st.
  CHECK(render("{{#year.months}}{{#url}}{{#weeks}}{{#days}}{{#blank}}_{{/blank}}{{day}}"
               "{{#has_edition}}*{{/has_edition}} {{/days}}|{{/weeks}}{{/url}}{{/year.months}}",
               d)
            .rfind("_ _ _ _ _ 1 2 |3 4 5 6 7 8 9 |10 11 12 13 14 15 16 |17 18 19* 20* 21 22 23 |",
                   0) == 0);
}

TEST_CASE("calendar pages: a month lists its editions with their article counts", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const mustache::data d = m.page_data(m.job(PageKind::kMonth, 2023, 7));
  CHECK(render("{{page.kind}}|{{page.title}}|{{month.name}}|{{month.count}}", d) ==
        "month|2023年7月|7月|2");
  CHECK(render("{{#month.editions}}{{date}} {{weekday}} {{articles}}篇;{{/month.editions}}", d) ==
        "2023年7月20日 星期四 3篇;2023年7月19日 星期三 1篇;");
}

TEST_CASE("calendar pages: fingerprints follow the editions of their month or year", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  auto month = [](const SiteModel& m, int mo) {
    return m.fingerprint(m.job(PageKind::kMonth, 2023, mo));
  };
  auto year = [](const SiteModel& m) { return m.fingerprint(m.job(PageKind::kYear, 2023)); };
  {
    SiteModel same(dir.path());
    CHECK(month(same, 7) == month(before, 7));
    CHECK(year(same) == year(before));
  }
  // An article more in an existing edition: the month's count changes.
  write_text(dir / "content/2023/07/19/bu-chong.md",
             "---\ntitle: 补充报道\npage: 2\n---\n正文。\n");
  SiteModel more(dir.path());
  CHECK(month(more, 7) != month(before, 7));
  // A new edition in August: the year's calendar changes, July's page does not.
  write_text(dir / "content/2023/08/01/ba-yue.md",
             "---\ntitle: 八月的新闻\npage: 1\n---\n正文。\n");
  SiteModel august(dir.path());
  CHECK(year(august) != year(more));
  CHECK(month(august, 7) == month(more, 7));
  CHECK(august.job(PageKind::kMonth, 2023, 8).where.url == "/2023/08/");
}

TEST_CASE("calendar pages: a year's and a month's _index.md give title and intro", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/2023/_index.md",
             "---\ntitle: 二〇二三年合订本\nnote: x\n---\n这一年的**报纸**。\n");
  write_text(dir / "content/2023/07/_index.md", "七月的报纸。\n");
  SiteModel m(dir.path());
  REQUIRE(m.site.sections.size() == 2);
  const mustache::data year = m.page_data(m.job(PageKind::kYear, 2023));
  CHECK(render("{{page.title}}|{{{content}}}|{{params.note}}", year) ==
        "二〇二三年合订本|<p>这一年的<strong>报纸</strong>。</p>\n|x");
  const mustache::data month = m.page_data(m.job(PageKind::kMonth, 2023, 7));
  CHECK(render("{{page.title}}|{{{content}}}", month) == "2023年7月|<p>七月的报纸。</p>\n");
  // The intro is part of each page's inputs.
  const uint64_t before = m.fingerprint(m.job(PageKind::kYear, 2023));
  write_text(dir / "content/2023/_index.md", "---\ntitle: 二〇二三年\n---\n");
  SiteModel after(dir.path());
  CHECK(after.fingerprint(after.job(PageKind::kYear, 2023)) != before);
}

TEST_CASE("calendar pages: a year's fingerprint follows its editions' article counts", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  const auto year = [&] {
    SiteModel m(dir.path());
    return m.fingerprint(m.job(PageKind::kYear, 2023));
  };
  const uint64_t before = year();
  // One more article in an existing edition: the calendars show the count.
  write_text(dir / "content/2023/07/19/xin-wen.md", "---\ntitle: 又一篇\npage: 1\n---\n正文。\n");
  CHECK(year() != before);
}
