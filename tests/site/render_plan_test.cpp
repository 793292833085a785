#include "site/render_plan.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "model/urls.h"
#include "support/site_model.h"
#include "templates/theme.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

std::map<PageKind, int> count_kinds(const std::vector<RenderJob>& jobs) {
  std::map<PageKind, int> n;
  for (const auto& j : jobs) ++n[j.kind];
  return n;
}

}  // namespace

TEST_CASE("render plan: every kind of page, one job per article and edition", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const std::vector<RenderJob> jobs = plan_pages(m.site, m.data);
  std::map<PageKind, int> n = count_kinds(jobs);
  CHECK(n[PageKind::kHome] == 1);
  CHECK(n[PageKind::kNotFound] == 1);
  CHECK(n[PageKind::kYear] == 1);
  CHECK(n[PageKind::kMonth] == 1);
  CHECK(n[PageKind::kEdition] == 2);
  CHECK(n[PageKind::kArticle] == 4);  // the draft has none
  CHECK(n[PageKind::kTaxonomy] == 3);
  CHECK(n[PageKind::kPage] == 1);
  // tags: 环卫 2, 平城区 3 (two pages of 2), 营商环境 1, 志愿服务 1;
  // authors: 邱东芳 2, 尚丽 1, 郝雨 1; series: 环境卫生系列报道 1.
  CHECK(n[PageKind::kTerm] == 9);
  CHECK(jobs.front().kind == PageKind::kHome);

  std::set<std::string> articles;
  for (const auto& j : jobs)
    if (j.kind == PageKind::kArticle) articles.insert(j.where.url);
  CHECK(articles == std::set<std::string>{"/2023/07/20/huan-wei/", "/2023/07/20/zhi-yuan/",
                                          "/2023/07/20/fa-yuan/", "/2023/07/19/jiu-wen/"});
}

TEST_CASE("render plan: a term gets a job per page of `paginate` articles", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  std::string yml = read_text(dir / "site.yml");
  yml.replace(yml.find("paginate: 2"), 11, "paginate: 1");
  write_text(dir / "site.yml", yml);
  SiteModel m(dir.path());
  const auto [tags, ping_cheng] = m.term("tags", "平城区");
  std::vector<std::string> pages;
  for (const auto& j : plan_pages(m.site, m.data))
    if (j.kind == PageKind::kTerm && j.a == tags && j.b == ping_cheng)
      pages.push_back(std::to_string(j.c) + " " + j.where.url);
  CHECK(pages == std::vector<std::string>{"1 /tags/ping-cheng-qu/", "2 /tags/ping-cheng-qu/page/2/",
                                          "3 /tags/ping-cheng-qu/page/3/"});
  CHECK(count_kinds(plan_pages(m.site, m.data))[PageKind::kTerm] ==
        12);  // a page per article of each term
}

TEST_CASE("render plan: every page has its own file and URL", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  std::set<std::string> paths, seen_urls;
  size_t with_url = 0;
  for (const auto& j : plan_pages(m.site, m.data)) {
    INFO(j.where.path);
    CHECK(paths.insert(j.where.path).second);
    CHECK(j.where.path == (j.where.url.empty() ? "404.html" : urls::output_file(j.where.url)));
    if (j.where.url.empty()) continue;
    ++with_url;
    CHECK(seen_urls.insert(j.where.url).second);
  }
  CHECK(with_url + 1 == paths.size());  // only the 404 page has no URL
}

TEST_CASE("render plan: the theme must provide every kind's template and 'summary'", "[site]") {
  const std::vector<std::string>& names = required_templates();
  CHECK(std::set<std::string>(names.begin(), names.end()) ==
        std::set<std::string>{"home", "404", "year", "month", "edition", "article", "taxonomy",
                              "term", "page", "search", "summary"});
  CHECK(names.size() == 11);
  // Feeds and CSV tables are written by gazette itself, not by the theme.
  CHECK(page_kind(PageKind::kTermFeed).template_name == nullptr);
  CHECK(page_kind(PageKind::kTable).template_name == nullptr);
  CHECK(std::string(page_kind(PageKind::kArticle).template_name) == "article");
  CHECK(std::string(page_kind(PageKind::kNotFound).template_name) == "404");
  CHECK(std::string(page_kind(PageKind::kPage).template_name) == "page");
}

TEST_CASE("render plan: page_at, read_body and render_page", "[site]") {
  PageLocation loc = page_at("/2023/07/", "2023-07-20");
  CHECK(loc.path == "2023/07/index.html");
  CHECK(loc.url == "/2023/07/");
  CHECK(loc.lastmod == "2023-07-20");
  CHECK(loc.in_sitemap);

  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const SourceRef& about = m.site.pages.at(0).source;
  CHECK(read_body(m.site, about) == "本站简介。\n");
  SourceRef shrunk = about;
  shrunk.body_offset = read_text(dir.path() / about.display).size() + 1;  // the file got shorter
  CHECK_THROWS_WITH(read_body(m.site, shrunk),
                    "content/pages/about.md: changed while the site was being built");

  const Theme theme = Theme::load(dir.path(), m.site.config, required_templates());
  const std::string html = render_page(m.job(PageKind::kPage, 0), m.ctx, theme, m.data.site_data());
  CHECK(html.find("<title>关于本站") != std::string::npos);
  CHECK(html.find("本站简介。") != std::string::npos);
}

TEST_CASE("render plan: a kind's `lists` names every list entry its page data shows", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  std::string yml = read_text(dir / "site.yml");
  yml.replace(yml.find("paginate: 2"), 11, "paginate: 1");  // terms over several pages
  write_text(dir / "site.yml", yml);
  SiteModel m(dir.path());
  PageData data(m.site);
  std::multiset<int> asked;
  const std::string html = "<li>entry</li>";
  data.use_item_html(
      [&](int i) -> const std::string& {
        asked.insert(i);
        return html;
      },
      false);
  const PageContext ctx{m.site, data, &m.fingerprints};
  int listing = 0;
  for (const RenderJob& job : plan_pages(m.site, data)) {
    const PageKindDef& kind = page_kind(job.kind);
    if (!kind.data) continue;
    asked.clear();
    kind.data(job, ctx);
    std::vector<int> listed;
    if (kind.lists) kind.lists(job, m.site, listed);
    INFO("page " << job.where.path);
    CHECK(asked == std::multiset<int>(listed.begin(), listed.end()));
    if (!listed.empty()) ++listing;
  }
  CHECK(listing >= 1 + 2 + 8);  // home, both editions, every term page
}
