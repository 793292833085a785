#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {
Site fixture_site(const TempDir& dir) {
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  return build_model(config, load_content(dir.path(), config, 1));
}
}  // namespace

TEST_CASE("editions are newest first, articles in print order", "[model]") {
  TempDir dir;
  Site site = fixture_site(dir);
  REQUIRE(site.editions.size() == 2);
  CHECK(site.editions[0].date == Date{2023, 7, 20});
  CHECK(site.editions[0].url == "/2023/07/20/");
  CHECK(site.editions[0].older == 1);
  CHECK(site.editions[1].newer == 0);
  CHECK_FALSE(site.editions[1].has_index);  // made from its articles
  REQUIRE(site.articles.size() == 4);       // the draft is gone
  CHECK(site.articles[0].slug == "huan-wei");
  CHECK(site.articles[1].slug == "zhi-yuan");
  CHECK(site.articles[2].slug == "fa-yuan");
  CHECK(site.articles[3].slug == "jiu-wen");
  CHECK(site.articles[0].url == "/2023/07/20/huan-wei/");
}

TEST_CASE("pages group articles and neighbours follow reading order", "[model]") {
  TempDir dir;
  Site site = fixture_site(dir);
  const Edition& e = site.editions[0];
  REQUIRE(e.pages.size() == 2);
  CHECK(e.pages[0].articles == std::vector<int>{0, 1});
  CHECK(e.pages[1].articles == std::vector<int>{2});
  CHECK(site.articles[0].prev == -1);
  CHECK(site.articles[0].next == 1);
  CHECK(site.articles[2].prev == 1);
  CHECK(site.articles[2].next == -1);
  CHECK(site.articles[3].prev == -1);               // never across editions
  CHECK(site.articles[2].page_name == "综合新闻");  // filled from the edition
  CHECK(site.editions[1].pages[0].name == "要闻");  // implicit page named by its article
}

TEST_CASE("a page whose URL the archive uses is an error", "[model]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/pages/tags.md", "---\ntitle: x\n---\n");
  SiteConfig config = load_site_config(dir.path());
  CHECK_THROWS_AS(build_model(config, load_content(dir.path(), config, 1)), ContentError);
}
