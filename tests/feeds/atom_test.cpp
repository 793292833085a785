#include <catch2/catch.hpp>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "feeds/atom.h"
#include "support/html.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("atom.xml is well-formed and lists articles with authors", "[feeds]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  config.title = "测试报 <&>";  // must be escaped
  Site site = build_model(config, load_content(dir.path(), config, 1));
  std::string atom = render_atom(site, site_feed(site));
  CHECK(xml_well_formed(atom));
  CHECK(count_of(atom, "<entry>") == site.articles.size());
  CHECK(atom.find("https://example.org/paper/2023/07/20/huan-wei/") != std::string::npos);
  CHECK(atom.find("<name>邱东芳</name>") != std::string::npos);
  CHECK(atom.find("测试报 &lt;&amp;&gt;") != std::string::npos);
}

TEST_CASE("a term's feed lists only that term's articles and links to the term", "[feeds]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  Site site = build_model(config, load_content(dir.path(), config, 1));
  const Taxonomy& authors = site.taxonomies[1];
  REQUIRE(authors.config.name == "authors");
  const Term& term = authors.terms.front();
  FeedSpec feed = term_feed(site, term);
  CHECK(feed.self_url == term.url + "atom.xml");
  CHECK(feed.articles == term.articles);
  std::string atom = render_atom(site, feed);
  CHECK(xml_well_formed(atom));
  CHECK(count_of(atom, "<entry>") == term.articles.size());
  CHECK(atom.find("<title>" + term.name + " - ") != std::string::npos);
  CHECK(atom.find("rel=\"self\" href=\"https://example.org/paper" + term.url + "atom.xml\"") !=
        std::string::npos);
  site.config.feed_limit = 1;
  CHECK(term_feed(site, term).articles.size() == 1);
}
