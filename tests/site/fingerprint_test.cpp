#include "site/fingerprint.h"

#include <catch2/catch.hpp>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

Site fixture_model(const fs::path& dir) {
  write_fixture_site(dir);
  SiteConfig config = load_site_config(dir);
  return build_model(config, load_content(dir, config, 1));
}

int index_of(const Site& site, const std::string& slug) {
  for (size_t i = 0; i < site.articles.size(); ++i)
    if (site.articles[i].slug == slug) return static_cast<int>(i);
  FAIL("no article " << slug);
  return -1;
}

}  // namespace

TEST_CASE("fingerprint: an item follows its file's content hash, and only its own", "[site]") {
  TempDir dir;
  const Site site = fixture_model(dir.path());
  const int huan_wei = index_of(site, "huan-wei"), zhi_yuan = index_of(site, "zhi-yuan");
  const Fingerprinter before(site, 7);
  CHECK(Fingerprinter(site, 7).item(huan_wei) == before.item(huan_wei));
  CHECK(before.item(huan_wei) != before.item(zhi_yuan));

  Site edited = site;
  edited.articles[static_cast<size_t>(huan_wei)].source.content_hash ^= 1;
  const Fingerprinter after(edited, 7);
  CHECK(after.item(huan_wei) != before.item(huan_wei));
  CHECK(after.item(zhi_yuan) == before.item(zhi_yuan));
  // The edition that lists it changes with it; the other edition does not.
  CHECK(after.edition(0) != before.edition(0));
  CHECK(after.edition(1) == before.edition(1));
}

TEST_CASE("fingerprint: an item follows the names of its terms", "[site]") {
  TempDir dir;
  const Site site = fixture_model(dir.path());
  const int fa_yuan = index_of(site, "fa-yuan"), zhi_yuan = index_of(site, "zhi-yuan");
  const Fingerprinter before(site, 7);

  Site fewer = site;  // fa-yuan loses its last tag
  fewer.articles[static_cast<size_t>(fa_yuan)].term_ids[0].pop_back();
  CHECK(Fingerprinter(fewer, 7).item(fa_yuan) != before.item(fa_yuan));

  Site renamed = site;  // a term shown in the entry is spelled differently
  const int term = renamed.articles[static_cast<size_t>(zhi_yuan)].term_ids[0].front();
  renamed.taxonomies[0].terms[static_cast<size_t>(term)].name += "（更正）";
  const Fingerprinter after(renamed, 7);
  CHECK(after.item(zhi_yuan) != before.item(zhi_yuan));
  CHECK(after.item(index_of(site, "jiu-wen")) == before.item(index_of(site, "jiu-wen")));
}

TEST_CASE("fingerprint: an edition follows its page names and neighbours", "[site]") {
  TempDir dir;
  const Site site = fixture_model(dir.path());
  const Fingerprinter before(site, 7);
  CHECK(before.edition(0) != before.edition(1));

  Site renamed = site;
  renamed.editions[0].pages[1].name = "经济新闻";
  CHECK(Fingerprinter(renamed, 7).edition(0) != before.edition(0));
  CHECK(Fingerprinter(renamed, 7).edition(1) == before.edition(1));

  Site banner = site;
  banner.editions[0].pages[1].banners.push_back("综合新闻");
  CHECK(Fingerprinter(banner, 7).edition(0) != before.edition(0));
}

TEST_CASE("fingerprint: every fingerprint starts from the global one", "[site]") {
  TempDir dir;
  const Site site = fixture_model(dir.path());
  const PageData data(site);
  const uint64_t g = global_fingerprint(site, data, 1, 2);
  CHECK(global_fingerprint(site, data, 1, 2) == g);
  CHECK(global_fingerprint(site, data, 1, 3) != g);  // theme templates
  CHECK(global_fingerprint(site, data, 9, 2) != g);  // site.yml

  Site moved = site;
  moved.config.base_url = "https://example.org/ribao/";
  CHECK(global_fingerprint(moved, PageData(moved), 1, 2) != g);

  Site about = site;  // the navigation lists standalone pages by title
  about.pages.at(0).title = "关于我们";
  CHECK(global_fingerprint(about, PageData(about), 1, 2) != g);

  const Fingerprinter a(site, g), b(site, g + 1);
  CHECK(a.global() == g);
  CHECK(a.item(0) != b.item(0));
  CHECK(a.edition(1) != b.edition(1));
}
