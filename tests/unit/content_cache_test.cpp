#include "rebuild/content_cache.h"

#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/loader.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("the content cache round-trips parsed documents", "[rebuild]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  ContentCache cache;
  cache.set_config_hash(42);
  LoadedContent first = load_content(dir.path(), config, 1, &cache);
  CHECK(cache.size() == 7);
  cache.save(dir / "cache.bin");

  ContentCache again = ContentCache::load(dir / "cache.bin", 42);
  REQUIRE(again.size() == 7);
  LoadedContent second = load_content(dir.path(), config, 1, &again);
  REQUIRE(second.articles.size() == first.articles.size());
  for (size_t i = 0; i < first.articles.size(); ++i) {
    CHECK(second.articles[i].title == first.articles[i].title);
    CHECK(second.articles[i].terms == first.articles[i].terms);
    CHECK(second.articles[i].summary == first.articles[i].summary);
    CHECK(second.articles[i].source.content_hash == first.articles[i].source.content_hash);
  }
  CHECK(second.editions[0].pages.size() == 2);
}

TEST_CASE("a changed file is parsed again", "[rebuild]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  ContentCache cache;
  load_content(dir.path(), config, 1, &cache);
  write_text(dir / "content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 新标题，长度也变了\npage: 1\n---\n正文。\n");
  LoadedContent c = load_content(dir.path(), config, 1, &cache);
  bool found = false;
  for (const auto& a : c.articles) found = found || a.title == "新标题，长度也变了";
  CHECK(found);
}

TEST_CASE("a damaged or foreign cache is ignored", "[rebuild]") {
  TempDir dir;
  write_text(dir / "cache.bin", "not a cache at all");
  CHECK(ContentCache::load(dir / "cache.bin", 1).size() == 0);
  write_fixture_site(dir / "site");
  SiteConfig config = load_site_config(dir / "site");
  ContentCache cache;
  cache.set_config_hash(1);
  load_content(dir / "site", config, 1, &cache);
  cache.save(dir / "good.bin");
  CHECK(ContentCache::load(dir / "good.bin", 2).size() == 0);  // another site.yml
  std::string bytes = read_text(dir / "good.bin");
  write_text(dir / "cut.bin", bytes.substr(0, bytes.size() / 2));
  CHECK(ContentCache::load(dir / "cut.bin", 1).size() == 0);
}
