#include "templates/theme.h"
#include "config/config_reader.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {
SiteConfig config_with_theme(const std::string& theme) {
  return parse_site_config("title: t\ntheme: " + theme + "\n", "site.yml");
}
mustache::data obj(const std::string& k, const std::string& v) {
  mustache::data d;
  d.set(k, v);
  return d;
}
}  // namespace

TEST_CASE("site layouts override the theme and partials are inlined", "[templates]") {
  TempDir dir;
  write_text(dir / "themes/t/layouts/home.mustache", "{{> head}}[{{title}}]");
  write_text(dir / "themes/t/layouts/partials/head.mustache", "<h>{{site}}</h>\n");
  write_text(dir / "layouts/partials/head.mustache", "<mine {{site}}>\n");
  Theme theme = Theme::load(dir.path(), config_with_theme("t"), {"home"});
  CHECK(theme.render("home", obj("site", "S"), obj("title", "<T>")) == "<mine S>[&lt;T&gt;]");
}

TEST_CASE("page variables shadow site variables", "[templates]") {
  TempDir dir;
  write_text(dir / "themes/t/layouts/home.mustache", "{{a}}{{b}}");
  Theme theme = Theme::load(dir.path(), config_with_theme("t"), {"home"});
  mustache::data site = obj("a", "site-a");
  site.set("b", "site-b");
  CHECK(theme.render("home", site, obj("a", "page-a")) == "page-asite-b");
}

TEST_CASE("mentions() finds a variable in any kind of tag, partials included", "[templates]") {
  TempDir dir;
  write_text(dir / "themes/t/layouts/partials/list.mustache",
             "{{#related}}{{{ html }}}{{/related}}");
  write_text(dir / "themes/t/layouts/a.mustache", "<html>{{> list}}</html>");
  write_text(dir / "themes/t/layouts/b.mustache", "<html lang=\"{{html_lang}}\">{{xhtml}}</html>");
  write_text(dir / "themes/t/layouts/c.mustache", "{{#item.html}}x{{/item.html}}");
  write_text(dir / "themes/t/layouts/d.mustache", "{{&html}}");
  write_text(dir / "themes/t/layouts/e.mustache", "{{=<% %>=}}<%html%>");
  Theme theme = Theme::load(dir.path(), config_with_theme("t"), {"a", "b", "c", "d", "e"});
  CHECK(theme.mentions("a", "html"));        // through a partial, spaces inside the tag
  CHECK_FALSE(theme.mentions("b", "html"));  // an HTML tag and other names are not it
  CHECK(theme.mentions("c", "html"));        // the last part of a dotted name
  CHECK(theme.mentions("d", "html"));
  CHECK(theme.mentions("e", "html"));        // other delimiters: cannot tell, so yes
  CHECK(theme.mentions("missing", "html"));  // not loaded: cannot tell
  CHECK_FALSE(theme.mentions("a", "title"));
}

TEST_CASE("missing theme, template or partial is an error naming the file", "[templates]") {
  TempDir dir;
  try {
    Theme::load(dir.path(), parse_site_config("title: t\ntheme: nosuch\n", "site.yml"), {"home"});
    FAIL("no error");
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().line == 2);
    CHECK(std::string(e.what()).find("nosuch") != std::string::npos);
  }
  write_text(dir / "themes/t/layouts/home.mustache", "{{> nothere}}");
  CHECK_THROWS_WITH(Theme::load(dir.path(), config_with_theme("t"), {"article"}),
                    Catch::Contains("article.mustache"));
  CHECK_THROWS_WITH(Theme::load(dir.path(), config_with_theme("t"), {"home"}),
                    Catch::Contains("nothere"));
  write_text(dir / "themes/t/layouts/partials/loop.mustache", "{{> loop}}");
  write_text(dir / "themes/t/layouts/page.mustache", "{{> loop}}");
  CHECK_THROWS_WITH(Theme::load(dir.path(), config_with_theme("t"), {"page"}),
                    Catch::Contains("itself"));
  write_text(dir / "themes/t/layouts/bad.mustache", "{{#open}}");
  CHECK_THROWS_WITH(Theme::load(dir.path(), config_with_theme("t"), {"bad"}),
                    Catch::Contains("bad.mustache"));
}

TEST_CASE("the shipped default theme has every template", "[templates]") {
  TempDir dir;
  Theme theme = Theme::load(dir.path(), config_with_theme("default"),
                            {"home", "404", "year", "month", "edition", "article", "taxonomy",
                             "term", "page", "summary"});
  CHECK(theme.static_dirs().size() == 1);
}

namespace {
// Resident memory of this process, in KiB (Linux).
long resident_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}
}  // namespace

TEST_CASE("a thread rendering with theme after theme keeps one theme's templates", "[templates]") {
  // `gazette serve` loads a new Theme for every rebuild and renders on the
  // same thread: memory must not grow with the number of rebuilds.
  TempDir dir;
  std::string big;
  for (int i = 0; i < 2000; ++i)
    big += "<p>{{#items}}{{name}}{{/items}} 第" + std::to_string(i) + "段</p>\n";
  write_text(dir / "themes/t/layouts/home.mustache", big);
  write_text(dir / "themes/t/layouts/page.mustache", big + "{{title}}");
  const auto render_once = [&] {
    Theme theme = Theme::load(dir.path(), config_with_theme("t"), {"home", "page"});
    return theme.render("home", obj("site", "S"), obj("title", "T")).size() +
           theme.render("page", obj("site", "S"), obj("title", "T")).size();
  };
  for (int i = 0; i < 20; ++i) render_once();
  const long after_20 = resident_kib();
  for (int i = 0; i < 300; ++i) render_once();
  const long after_320 = resident_kib();
  INFO("resident after 20 themes " << after_20 << " KiB, after 320 " << after_320 << " KiB");
  CHECK(after_320 - after_20 < 8 * 1024);
}
