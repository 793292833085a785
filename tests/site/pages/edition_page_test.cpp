// The edition page kind (kEditionPage): an edition's pages (版面) and articles.
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

const char* const kPages =
    "{{#edition.pages}}{{number}}:{{name}}[{{#banners}}{{.}}{{/banners}}]"
    "{{#articles}}/{{display_title}}{{/articles}};{{/edition.pages}}";

void write_index(const fs::path& site, const std::string& second_page_name,
                 const std::string& body = "") {
  write_text(site / "content/2023/07/20/_index.md",
             "---\ndate: 2023-07-20\nedition: 1234\npages:\n  - {number: 1, name: 平城头条, "
             "banners: [平城头条]}\n  - {number: 2, name: " +
                 second_page_name + "}\n---\n" + body);
}

}  // namespace

TEST_CASE("edition page: goes to the edition's date with the date as lastmod", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const RenderJob job = m.job(PageKind::kEdition, m.edition("2023-07-20"));
  CHECK(job.where.url == "/2023/07/20/");
  CHECK(job.where.path == "2023/07/20/index.html");
  CHECK(job.where.lastmod == "2023-07-20");
  CHECK(job.where.in_sitemap);
}

TEST_CASE("edition page: lists each page's name, banners and articles in print order", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_index(dir.path(), "综合新闻", "本期共两个版面。\n");
  SiteModel m(dir.path());
  const mustache::data d = m.page_data(m.job(PageKind::kEdition, m.edition("2023-07-20")));
  CHECK(render("{{page.kind}}|{{page.title}}|{{edition.weekday}}|{{edition.number}}", d) ==
        "edition|2023年7月20日|星期四|1234");
  CHECK(render(kPages, d) ==
        "1:平城头条[平城头条]/前端收集全路段形成常态化/『志愿红』助力旅发大会;"
        "2:综合新闻[]/主动问需解难 助力企业发展;");
  CHECK(render("{{edition.older.date}}|{{#edition.newer}}newer{{/edition.newer}}", d) ==
        "2023年7月19日|");
  CHECK(render("{{{content}}}", d).find("本期共两个版面。") != std::string::npos);

  // Without an _index.md the page names come from the articles.
  const mustache::data old = m.page_data(m.job(PageKind::kEdition, m.edition("2023-07-19")));
  CHECK(render(kPages, old) == "1:要闻[]/前一天的新闻;");
  CHECK(render("{{#edition.number}}No.{{/edition.number}}{{edition.newer.date}}", old) ==
        "2023年7月20日");
}

TEST_CASE("edition page: the fingerprint follows a page name and stays when nothing changed",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  SiteModel same(dir.path());
  const int today = before.edition("2023-07-20"), yesterday = before.edition("2023-07-19");
  CHECK(before.fingerprint(before.job(PageKind::kEdition, today)) ==
        same.fingerprint(same.job(PageKind::kEdition, today)));

  write_index(dir.path(), "经济新闻");
  SiteModel after(dir.path());
  CHECK(render(kPages, after.page_data(after.job(PageKind::kEdition, today))).find("2:经济新闻") !=
        std::string::npos);
  CHECK(before.fingerprint(before.job(PageKind::kEdition, today)) !=
        after.fingerprint(after.job(PageKind::kEdition, today)));
  CHECK(before.fingerprint(before.job(PageKind::kEdition, yesterday)) ==
        after.fingerprint(after.job(PageKind::kEdition, yesterday)));
}

TEST_CASE("edition page: the fingerprint follows the articles listed on it", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  write_text(dir / "content/2023/07/19/xin-wen.md",
             "---\ntitle: 又一条旧闻\npage: 1\n---\n正文。\n");
  SiteModel after(dir.path());
  const int today = before.edition("2023-07-20"), yesterday = before.edition("2023-07-19");
  CHECK(before.fingerprint(before.job(PageKind::kEdition, yesterday)) !=
        after.fingerprint(after.job(PageKind::kEdition, yesterday)));
  CHECK(before.fingerprint(before.job(PageKind::kEdition, today)) ==
        after.fingerprint(after.job(PageKind::kEdition, today)));
}
