#include "templates/page_data.h"
#include "config/config_reader.h"
#include "content/loader.h"

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
