// The home page, the 404 page and standalone pages (site/pages/site_pages.cpp).
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

void set_home_recent(const fs::path& site, int n) {
  std::string yml = read_text(site / "site.yml");
  write_text(site / "site.yml", yml + "home_recent: " + std::to_string(n) + "\n");
}

}  // namespace

TEST_CASE("home page: the newest edition and the newest articles", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  set_home_recent(dir.path(), 3);
  SiteModel m(dir.path());
  const RenderJob job = m.job(PageKind::kHome);
  CHECK(job.where.url == "/");
  CHECK(job.where.path == "index.html");
  CHECK(job.where.lastmod == "2023-07-20");
  CHECK(job.where.in_sitemap);
  const mustache::data d = m.page_data(job);
  CHECK(render("{{page.kind}}|{{page.title}}|{{page.url}}", d) == "home|测试报|/paper/");
  CHECK(render("{{#recent}}{{display_title}}/{{/recent}}", d) ==
        "前端收集全路段形成常态化/『志愿红』助力旅发大会/主动问需解难 助力企业发展/");
  CHECK(render("{{edition.date}}|{{#edition.pages}}{{name}};{{/edition.pages}}", d) ==
        "2023年7月20日|平城头条;综合新闻;");
}

TEST_CASE("home page: the fingerprint follows the articles it lists, not older ones", "[site]") {
  auto correct_old_article = [](const fs::path& site) {
    write_text(site / "content/2023/07/19/jiu-wen.md",
               "---\ntitle: 前一天的新闻（更正）\npage: 1\npage_name: 要闻\n---\n旧闻正文。\n");
  };
  auto home = [](const fs::path& site) {
    SiteModel m(site);
    return m.fingerprint(m.job(PageKind::kHome));
  };
  TempDir all, two;
  write_fixture_site(all.path());  // home_recent 20: all four articles listed
  write_fixture_site(two.path());
  set_home_recent(two.path(), 2);
  const uint64_t all_before = home(all.path());
  const uint64_t two_before = home(two.path());
  CHECK(home(all.path()) == all_before);

  correct_old_article(all.path());
  correct_old_article(two.path());
  CHECK(home(all.path()) != all_before);
  CHECK(home(two.path()) == two_before);

  // An article of the newest edition, shown there and in the recent list.
  write_text(two / "content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』助力旅发大会（图）\npage: 1\norder: 2\n---\n正文。\n");
  CHECK(home(two.path()) != two_before);
}

TEST_CASE("404 page: a file of its own, outside the sitemap, with a constant fingerprint",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  const RenderJob job = before.job(PageKind::kNotFound);
  CHECK(job.where.path == "404.html");
  CHECK(job.where.url.empty());
  CHECK_FALSE(job.where.in_sitemap);
  CHECK(render("{{page.kind}}|{{page.title}}|{{#page.is_404}}yes{{/page.is_404}}",
               before.page_data(job)) == "404|页面未找到|yes");
  write_text(dir / "content/2023/07/21/xin.md", "---\ntitle: 新的一天\npage: 1\n---\n正文。\n");
  SiteModel after(dir.path());
  CHECK(after.fingerprint(after.job(PageKind::kNotFound)) == before.fingerprint(job));
  // ... but it is not the fingerprint of another kind with the same inputs.
  CHECK(after.fingerprint(after.job(PageKind::kNotFound)) !=
        after.fingerprint(after.job(PageKind::kHome)));
}

TEST_CASE("standalone page: its slug's URL, its body, a fingerprint that follows its file",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  REQUIRE(before.site.pages.size() == 1);
  const RenderJob job = before.job(PageKind::kPage, 0);
  CHECK(job.where.url == "/about/");
  CHECK(job.where.path == "about/index.html");
  CHECK(job.where.in_sitemap);
  const mustache::data d = before.page_data(job);
  CHECK(render("{{page.kind}}|{{page.title}}|{{page.url}}", d) == "page|关于本站|/paper/about/");
  CHECK(render("{{{content}}}", d).find("<p>本站简介。</p>") != std::string::npos);

  CHECK(SiteModel(dir.path()).fingerprint(job) == before.fingerprint(job));
  write_text(dir / "content/pages/about.md", "---\ntitle: 关于本站\n---\n本站简介（修订）。\n");
  SiteModel after(dir.path());
  CHECK(after.fingerprint(after.job(PageKind::kPage, 0)) != before.fingerprint(job));
  CHECK(render("{{{content}}}", after.page_data(after.job(PageKind::kPage, 0)))
            .find("本站简介（修订）。") != std::string::npos);
}
