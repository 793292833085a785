#include "content_cache/content_cache.h"

#include <catch2/catch.hpp>
#include <map>

#include "config/config_reader.h"
#include "content/loader.h"
#include "support/test_support.h"
#include "util/error.h"
#include "util/fs.h"

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
  write_text(dir / "cache.bin", "not a cache folder at all");
  CHECK(ContentCache::load(dir / "cache.bin", 1).size() == 0);
  write_fixture_site(dir / "site");
  SiteConfig config = load_site_config(dir / "site");
  ContentCache cache;
  cache.set_config_hash(1);
  load_content(dir / "site", config, 1, &cache);
  cache.save(dir / "good");
  CHECK(ContentCache::load(dir / "good", 1).size() == 7);
  CHECK(ContentCache::load(dir / "good", 2).size() == 0);  // another site.yml

  // A damaged shard costs only its own files: the other shard still loads.
  const fs::path july = dir / "good" / list_files(dir / "good", ".bin").front().filename();
  std::string bytes = read_text(july);
  ContentCache before = ContentCache::load(dir / "good", 1);
  for (size_t cut : {bytes.size() / 2, size_t{9}, bytes.size() - 1}) {
    write_text(july, bytes.substr(0, cut));
    const ContentCache damaged = ContentCache::load(dir / "good", 1);
    CHECK(damaged.size() < before.size());
    CHECK(damaged.size() > 0);
    CHECK(damaged.damaged() == std::vector<fs::path>{july});  // and said so
  }
  // One bit flipped anywhere (inside a title, say) is caught by the checksum.
  for (size_t at : {size_t{40}, bytes.size() / 2, bytes.size() - 2}) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x04);
    write_text(july, flipped);
    CHECK(ContentCache::load(dir / "good", 1).damaged().size() == 1);
  }
  // Another program's or site's shard is not damage: silently not used.
  write_text(july, bytes);
  CHECK(ContentCache::load(dir / "good", 2).damaged().empty());
}

TEST_CASE("the cache is sharded by month folder", "[rebuild]") {
  CHECK(ContentCache::shard_of("content/2023/07/20/a.md") == "content/2023/07");
  CHECK(ContentCache::shard_of("content/pages/about.md") == "content/pages");
  CHECK(ContentCache::shard_of("content/x.md") == "content");
  CHECK(ContentCache::shard_of("a.md") == "");
}

namespace {

// The fixture site (2023/07 and pages) with an edition of 2022/03 beside it:
// three shards.
void write_two_month_site(const fs::path& site) {
  write_fixture_site(site);
  write_text(site / "content/2022/03/29/_index.md", "---\npages:\n  - number: 1\n---\n");
  write_text(site / "content/2022/03/29/jiu.md", "---\ntitle: 旧闻\npage: 1\n---\n正文。\n");
}

}  // namespace

TEST_CASE("a build rewrites only the shards that changed", "[rebuild]") {
  TempDir dir;
  write_two_month_site(dir / "site");
  SiteConfig config = load_site_config(dir / "site");
  const fs::path store = dir / "cache";
  auto build = [&] {
    ContentCache cache = ContentCache::load(store, 9);
    load_content(dir / "site", config, 1, &cache);
    const bool dirty = cache.dirty();
    if (dirty) cache.save(store);
    return dirty;
  };
  auto stamps = [&] {
    std::map<std::string, FileStamp> m;
    for (const auto& f : scan_files(store, "")) m[f.rel] = f.stamp;
    return m;
  };
  CHECK(build());
  auto first = stamps();
  REQUIRE(first.size() == 3);  // 2023/07, 2022/03, pages
  CHECK_FALSE(build());        // nothing changed: nothing to write
  CHECK(stamps() == first);

  write_text(dir / "site/content/2022/03/29/jiu.md", "---\ntitle: 旧闻改\npage: 1\n---\n正文。\n");
  CHECK(build());
  auto second = stamps();
  REQUIRE(second.size() == 3);
  int rewritten = 0;
  for (const auto& [name, st] : second) rewritten += first.at(name) == st ? 0 : 1;
  CHECK(rewritten == 1);

  // A folder emptied of content takes its shard with it.
  fs::remove_all(dir / "site/content/2022");
  CHECK(build());
  CHECK(stamps().size() == 2);
  ContentCache after = ContentCache::load(store, 9);
  CHECK(after.size() == 7);
}

TEST_CASE("the loader writes each shard once its files are loaded and lets it go", "[rebuild]") {
  TempDir dir;
  write_two_month_site(dir / "site");
  SiteConfig config = load_site_config(dir / "site");
  const fs::path store = dir / "cache";
  ContentCache cache = ContentCache::load(store, 9);
  load_content(dir / "site", config, 1, &cache);
  // On disk before save(), and no longer held in memory.
  CHECK(scan_files(store, "").size() == 3);
  CHECK(cache.size() == 0);
  CHECK(ContentCache::load(store, 9).size() == 9);
  // save() leaves them as written, and still clears what is stale.
  std::map<std::string, FileStamp> before;
  for (const auto& f : scan_files(store, "")) before[f.rel] = f.stamp;
  write_text(store / "shard-stale.bin", "left by a folder since deleted");
  REQUIRE(cache.dirty());
  cache.save(store);
  std::map<std::string, FileStamp> after;
  for (const auto& f : scan_files(store, "")) after[f.rel] = f.stamp;
  CHECK(after == before);

  // A file that fails to load is left out of its shard; the rest are kept.
  fs::remove_all(store);
  write_text(dir / "site/content/2022/03/29/huai.md", "---\ntitle: [不成\n---\n正文。\n");
  ContentCache again = ContentCache::load(store, 9);
  CHECK_THROWS_AS(load_content(dir / "site", config, 1, &again), ContentErrors);
  ContentCache kept = ContentCache::load(store, 9);
  CHECK(kept.size() == 9);
  CHECK(kept.find_any("content/2022/03/29/jiu.md") != nullptr);
  CHECK(kept.find_any("content/2022/03/29/huai.md") == nullptr);
}
