#include <catch2/catch.hpp>

#include "config/config_reader.h"
#include "feeds/sitemap.h"
#include "support/html.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("sitemaps split at the protocol's limit", "[feeds]") {
  Site site;
  site.config = parse_site_config("title: t\nbase_url: https://e.org/\n", "s");
  std::vector<SitemapUrl> urls;
  for (int i = 0; i < 5; ++i) urls.push_back({"/a" + std::to_string(i) + "/", "2023-07-20"});
  auto one = render_sitemaps(site, urls, 10);
  REQUIRE(one.size() == 1);
  CHECK(xml_well_formed(one[0].second));
  CHECK(count_of(one[0].second, "<loc>") == 5);
  auto split = render_sitemaps(site, urls, 2);
  REQUIRE(split.size() == 4);
  CHECK(split[0].first == "sitemap.xml");
  CHECK(split[0].second.find("<sitemapindex") != std::string::npos);
  CHECK(count_of(split[0].second, "<loc>") == 3);
  CHECK(split[3].first == "sitemap-3.xml");
  CHECK(count_of(split[3].second, "<loc>") == 1);
  // The builder decides from the names alone whether the live sitemaps can stay.
  for (size_t per_file : {10, 5, 4, 2, 1}) {
    std::vector<std::string> names;
    for (const auto& [name, xml] : render_sitemaps(site, urls, per_file)) names.push_back(name);
    CHECK(sitemap_file_names(urls.size(), per_file) == names);
  }
}
