// A taxonomy's index and its terms' pages (site/pages/taxonomy_pages.cpp).
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("taxonomy pages: the index and each page of a term have their own URL", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());  // paginate: 2
  SiteModel m(dir.path());
  const auto [tags, ping_cheng] = m.term("tags", "平城区");
  const RenderJob index = m.job(PageKind::kTaxonomy, tags);
  CHECK(index.where.url == "/tags/");
  CHECK(index.where.path == "tags/index.html");
  const RenderJob first = m.job(PageKind::kTerm, tags, ping_cheng, 1);
  CHECK(first.where.url == "/tags/ping-cheng-qu/");
  CHECK(first.where.path == "tags/ping-cheng-qu/index.html");
  CHECK(first.where.in_sitemap);
  const RenderJob second = m.job(PageKind::kTerm, tags, ping_cheng, 2);
  CHECK(second.where.url == "/tags/ping-cheng-qu/page/2/");
  CHECK(second.where.path == "tags/ping-cheng-qu/page/2/index.html");
  CHECK_FALSE(second.where.in_sitemap);  // the first page stands for the term
}

TEST_CASE("taxonomy pages: the index lists terms in pinyin order with their counts", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const mustache::data d = m.page_data(m.job(PageKind::kTaxonomy, m.term("tags", "环卫").first));
  CHECK(render("{{page.kind}}|{{page.title}}|{{taxonomy.count}}", d) == "taxonomy|标签|4");
  CHECK(render("{{#taxonomy.terms}}{{name}}({{count}}){{url}} {{/taxonomy.terms}}", d) ==
        "环卫(2)/paper/tags/huan-wei/ 平城区(3)/paper/tags/ping-cheng-qu/ "
        "营商环境(1)/paper/tags/ying-shang-huan-jing/ 志愿服务(1)/paper/tags/zhi-yuan-fu-wu/ ");
}

TEST_CASE("taxonomy pages: a term's pages split its articles and link each other", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const auto [tags, ping_cheng] = m.term("tags", "平城区");
  const char* const tmpl =
      "{{page.title}}|{{term.name}} {{term.count}} {{term.taxonomy_title}}|"
      "{{#articles}}{{display_title}}/{{/articles}}|{{pager.number}}/{{pager.total}} "
      "<{{pager.prev_url}}>{{pager.next_url}}";
  CHECK(render(tmpl, m.page_data(m.job(PageKind::kTerm, tags, ping_cheng, 1))) ==
        "平城区|平城区 3 标签|前端收集全路段形成常态化/『志愿红』助力旅发大会/|1/2 "
        "<>/paper/tags/ping-cheng-qu/page/2/");
  CHECK(render(tmpl, m.page_data(m.job(PageKind::kTerm, tags, ping_cheng, 2))) ==
        "平城区（第2页）|平城区 3 标签|主动问需解难 助力企业发展/|2/2 "
        "</paper/tags/ping-cheng-qu/>");
}

TEST_CASE("taxonomy pages: a term page's fingerprint follows the articles on that page", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel before(dir.path());
  auto term_page = [](const SiteModel& m, const std::string& name, int page) {
    const auto [t, k] = m.term("tags", name);
    return m.fingerprint(m.job(PageKind::kTerm, t, k, page));
  };
  auto index = [](const SiteModel& m) {
    return m.fingerprint(m.job(PageKind::kTaxonomy, m.term("tags", "环卫").first));
  };
  {
    SiteModel same(dir.path());
    CHECK(term_page(same, "平城区", 1) == term_page(before, "平城区", 1));
    CHECK(term_page(same, "平城区", 2) == term_page(before, "平城区", 2));
    CHECK(index(same) == index(before));
  }
  // fa-yuan is on page 2 of 平城区 only: a new body changes that page alone.
  write_text(dir / "content/2023/07/20/fa-yuan.md",
             "---\ntitle: 主动问需解难 助力企业发展\npage: 2\nauthors: [郝雨]\ntags: [平城区, "
             "营商环境]\n---\n本报讯（记者 郝雨）平城区人民法院走访企业二十余家。\n");
  SiteModel body(dir.path());
  CHECK(term_page(body, "平城区", 2) != term_page(before, "平城区", 2));
  CHECK(term_page(body, "平城区", 1) == term_page(before, "平城区", 1));
  CHECK(index(body) == index(before));  // the counts did not change

  // zhi-yuan gains the tag 环卫: 环卫 lists one article more, and the index shows the count.
  write_text(
      dir / "content/2023/07/20/zhi-yuan.md",
      "---\ntitle: 『志愿红』助力旅发大会\npage: 1\norder: 2\nauthors: [尚丽]\ntags: "
      "[志愿服务, 平城区, 环卫]\n---\n本报讯（记者 尚丽）连日来，志愿者在古城内开展服务。\n");
  SiteModel tagged(dir.path());
  CHECK(term_page(tagged, "环卫", 1) != term_page(body, "环卫", 1));
  CHECK(index(tagged) != index(body));
  CHECK(term_page(tagged, "营商环境", 1) == term_page(body, "营商环境", 1));
}
