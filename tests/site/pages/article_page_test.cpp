// The article page kind (kArticlePage): where it goes, what its template gets,
// and which inputs its fingerprint follows.
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

const char* const kZhiYuan = "content/2023/07/20/zhi-yuan.md";

void retitle_zhi_yuan(const fs::path& site, const std::string& title) {
  write_text(site / kZhiYuan,
             "---\ntitle: " + title +
                 "\npage: 1\norder: 2\nauthors: [尚丽]\ntags: [志愿服务, "
                 "平城区]\n---\n本报讯（记者 尚丽）连日来，志愿者在古城内开展服务。\n");
}

}  // namespace

TEST_CASE("article page: goes to its dated URL with the article's date as lastmod", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  RenderJob job = m.job(PageKind::kArticle, m.article("huan-wei"));
  CHECK(job.where.url == "/2023/07/20/huan-wei/");
  CHECK(job.where.path == "2023/07/20/huan-wei/index.html");
  CHECK(job.where.lastmod == "2023-07-20");
  CHECK(job.where.in_sitemap);
  CHECK(m.job(PageKind::kArticle, m.article("jiu-wen")).where.lastmod == "2023-07-19");
}

TEST_CASE("article page: the template gets the article, its body, neighbours and edition",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const mustache::data d = m.page_data(m.job(PageKind::kArticle, m.article("zhi-yuan")));
  CHECK(render("{{page.kind}}|{{page.title}}|{{page.url}}", d) ==
        "article|『志愿红』助力旅发大会|/paper/2023/07/20/zhi-yuan/");
  CHECK(render("{{page.permalink}}", d) == "https://example.org/paper/2023/07/20/zhi-yuan/");
  CHECK(render("{{article.title}}|{{#article.authors}}{{name}}{{/article.authors}}", d) ==
        "『志愿红』助力旅发大会|尚丽");
  CHECK(render("{{#article.tags}}{{name}},{{/article.tags}}", d) ==
        "志愿服务,平城区,");  // as written
  CHECK(render("{{{article.content}}}", d)
            .find("<p>本报讯（记者 尚丽）连日来，志愿者在古城内开展服务。</p>") !=
        std::string::npos);
  CHECK(render("{{article.prev.title}}|{{article.next.title}}", d) ==
        "前端收集全路段形成常态化|主动问需解难 助力企业发展");
  CHECK(render("{{article.edition.date}}|{{article.edition.number}}|{{{article.edition.page_url}}}",
               d) == "2023年7月20日|1234|/paper/2023/07/20/#page-1");
  CHECK(render("{{article.page_name}}", d) == "平城头条");

  const mustache::data first = m.page_data(m.job(PageKind::kArticle, m.article("huan-wei")));
  CHECK(render("{{article.kicker}}|{{#article.prev}}has prev{{/article.prev}}", first) ==
        "系列报道之五|");
  const std::string body = render("{{{article.content}}}", first);
  CHECK(body.find("<td>云中街</td>") != std::string::npos);
  CHECK(body.find("<script>") == std::string::npos);
}

TEST_CASE("article page: the fingerprint follows the neighbours' titles and nothing else",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  SiteModel same(dir.path());
  for (const char* slug : {"huan-wei", "zhi-yuan", "fa-yuan", "jiu-wen"}) {
    INFO(slug);
    CHECK(before.fingerprint(before.job(PageKind::kArticle, before.article(slug))) ==
          same.fingerprint(same.job(PageKind::kArticle, same.article(slug))));
  }

  retitle_zhi_yuan(dir.path(), "『志愿红』再助旅发大会");
  SiteModel after(dir.path());
  auto changed = [&](const char* slug) {
    return before.fingerprint(before.job(PageKind::kArticle, before.article(slug))) !=
           after.fingerprint(after.job(PageKind::kArticle, after.article(slug)));
  };
  CHECK(changed("zhi-yuan"));       // its own title
  CHECK(changed("huan-wei"));       // shows it as "next"
  CHECK(changed("fa-yuan"));        // shows it as "prev"
  CHECK_FALSE(changed("jiu-wen"));  // another edition: nothing of it shown
}

TEST_CASE("article page: the fingerprint follows the edition number it shows", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  const fs::path index = dir / "content/2023/07/20/_index.md";
  std::string text = read_text(index);
  text.replace(text.find("edition: 1234"), 13, "edition: 1235");
  write_text(index, text);
  SiteModel after(dir.path());
  const RenderJob job = after.job(PageKind::kArticle, after.article("fa-yuan"));
  CHECK(render("{{article.edition.number}}", after.page_data(job)) == "1235");
  CHECK(before.fingerprint(before.job(PageKind::kArticle, before.article("fa-yuan"))) !=
        after.fingerprint(job));
  CHECK(before.fingerprint(before.job(PageKind::kArticle, before.article("jiu-wen"))) ==
        after.fingerprint(after.job(PageKind::kArticle, after.article("jiu-wen"))));
}

TEST_CASE("article page: tables scroll in a box and link their CSV copy", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const int a = m.article("huan-wei");
  REQUIRE(m.site.articles[static_cast<size_t>(a)].tables == 1);
  const std::string body =
      render("{{{article.content}}}", m.page_data(m.job(PageKind::kArticle, a)));
  CHECK(
      body.find("<div class=\"table-wrap\" role=\"region\" aria-label=\"表格1\" tabindex=\"0\">") !=
      std::string::npos);
  CHECK(body.find("href=\"/paper/2023/07/20/huan-wei/table-1.csv\" download") != std::string::npos);
  const RenderJob csv = m.job(PageKind::kTable, a, 1);
  CHECK(csv.where.path == "2023/07/20/huan-wei/table-1.csv");
  CHECK_FALSE(csv.where.in_sitemap);
  CHECK(page_kind(PageKind::kTable).raw(csv, m.ctx) == "\xEF\xBB\xBF序号,路段\r\n一,云中街\r\n");
}

TEST_CASE("article page: related articles and the edition's pages", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const int a = m.article("huan-wei");
  const mustache::data d = m.page_data(m.job(PageKind::kArticle, a));
  // Shares 平城区 with two articles of its edition and 环卫 (rarer) with the
  // one of the day before: that one first.
  CHECK(render("{{#article.related}}{{display_title}}|{{/article.related}}", d) ==
        "前一天的新闻|『志愿红』助力旅发大会|主动问需解难 助力企业发展|");
  CHECK(render("{{#article.edition.pages}}{{number}}{{name}}{{#current}}*{{/current}} "
               "{{/article.edition.pages}}",
               d) == "1平城头条* 2综合新闻 ");
  // Related articles are part of the page's inputs.
  const uint64_t before = m.fingerprint(m.job(PageKind::kArticle, a));
  write_text(
      dir / "content/2023/07/19/jiu-wen.md",
      "---\ntitle: 前一天的新闻（更正）\npage: 1\nauthors: [邱东芳]\ntags: [环卫]\n---\n正文。\n");
  SiteModel after(dir.path());
  CHECK(after.fingerprint(after.job(PageKind::kArticle, after.article("huan-wei"))) != before);
}
