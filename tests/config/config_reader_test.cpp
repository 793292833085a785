#include "config/config_reader.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace gazette;

TEST_CASE("site.yml is read with defaults", "[config]") {
  auto c = parse_site_config("title: 平城报\nbase_url: https://example.org/paper\nlogo: x.png\n",
                             "site.yml");
  CHECK(c.title == "平城报");
  CHECK(c.base_url == "https://example.org/paper/");
  CHECK(c.base_path == "/paper/");
  CHECK(c.paginate == 20);
  REQUIRE(c.taxonomies.size() == 3);
  CHECK(c.taxonomies[0].name == "tags");
  REQUIRE(c.params.find("logo"));
  CHECK(c.params.find("logo")->string == "x.png");
}

TEST_CASE("site.yml errors name the line", "[config]") {
  CHECK_THROWS_AS(parse_site_config("base_url: https://x/\n", "site.yml"), ContentError);
  try {
    parse_site_config("title: t\nbase_url: ftp://x\n", "site.yml");
    FAIL("no error");
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().line == 2);
  }
}

TEST_CASE("the importer's banners list is read", "[config]") {
  auto c = parse_site_config("title: t\nbanners: [守护碧水蓝天 共建美丽家园, 民生直通车]\n", "s");
  CHECK(c.banners == std::vector<std::string>{"守护碧水蓝天 共建美丽家园", "民生直通车"});
  CHECK(parse_site_config("title: t\n", "s").banners.empty());
  CHECK_THROWS_WITH(parse_site_config("title: t\nbanners: {a: b}\n", "s"),
                    Catch::Contains("'banners' must be a list"));
}

TEST_CASE("gazetteer lists are read", "[config]") {
  auto c =
      parse_site_config("title: t\ngazetteer:\n  places: [平城区, 大同]\n  topics: [环卫]\n", "s");
  CHECK(c.gazetteer.places.size() == 2);
  CHECK(c.gazetteer.topics == std::vector<std::string>{"环卫"});
}
