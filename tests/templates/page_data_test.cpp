#include "templates/page_data.h"
#include "config/config_reader.h"
#include "content/loader.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "assemble/build_model.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("links carry the base path and permalinks are absolute", "[templates]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  Site site = build_model(config, load_content(dir.path(), config, 1));
  PageData data(site);
  CHECK(data.link("/2023/07/20/huan-wei/") == "/paper/2023/07/20/huan-wei/");
  CHECK(data.permalink("/tags/") == "https://example.org/paper/tags/");
  CHECK(data.years() == std::vector<int>{2023});
  CHECK(data.months_of(2023) == std::vector<int>{7});
  REQUIRE(data.editions_in_month(2023, 7));
  CHECK(data.editions_in_month(2023, 7)->size() == 2);
  CHECK(data.editions_in_month(2023, 8) == nullptr);
}

TEST_CASE("empty text is false so sections hide", "[templates]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  Site site = build_model(config, load_content(dir.path(), config, 1));
  PageData data(site);
  mustache::mustache t(
      "{{#kicker}}K:{{kicker}}{{/kicker}}{{#subtitle}}S{{/subtitle}}|{{display_title}}");
  CHECK(t.render(data.article_summary(site.articles[0])) ==
        "K:系列报道之五|前端收集全路段形成常态化");
  CHECK(t.render(data.article_summary(site.articles[1])) == "|『志愿红』助力旅发大会");
}

TEST_CASE("list entries carry their HTML, related entries only when asked", "[templates]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  Site site = build_model(config, load_content(dir.path(), config, 1));
  const auto with_related = std::find_if(site.articles.begin(), site.articles.end(),
                                         [](const Article& a) { return !a.related.empty(); });
  REQUIRE(with_related != site.articles.end());
  std::vector<std::string> html;
  for (size_t i = 0; i < site.articles.size(); ++i)
    html.push_back("<li>条目" + std::to_string(i) + "</li>");
  PageData data(site);
  mustache::mustache entry("{{{html}}}|{{display_title}}");
  mustache::mustache related("{{#related}}[{{{html}}}{{url}}]{{/related}}");
  const auto item = [&](int i) -> const std::string& { return html[static_cast<size_t>(i)]; };
  const int r = with_related->related.front();
  const std::string url = data.link(site.articles[static_cast<size_t>(r)].url);

  data.use_item_html(item);
  CHECK(entry.render(data.article_item(1)) ==
        "<li>条目1</li>|" + std::string(display_title(site.articles[1])));
  CHECK(related.render(data.article_full(*with_related, ""))
            .find("[<li>条目" + std::to_string(r) + "</li>" + url + "]") == 0);
  data.use_item_html(item, false);
  CHECK(entry.render(data.article_item(1)).find("<li>条目1</li>") == 0);
  CHECK(related.render(data.article_full(*with_related, "")).find("[" + url + "]") == 0);
}

TEST_CASE("list_of keeps its entries in order", "[templates]") {
  std::vector<mustache::data> entries;
  for (const char* s : {"甲", "乙", "丙"}) entries.emplace_back(std::string(s));
  mustache::data page;
  put(page, "xs", list_of(std::move(entries)));
  CHECK(mustache::mustache("{{#xs}}{{.}},{{/xs}}").render(page) == "甲,乙,丙,");
}
