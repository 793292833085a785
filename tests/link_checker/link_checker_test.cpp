#include "link_checker/link_checker.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("internal links resolve to files and broken ones are reported with lines", "[links]") {
  TempDir dir;
  write_text(
      dir / "index.html",
      "<!DOCTYPE html><html><body>\n<a href=\"/p/a/\">ok</a>\n<a href=\"/p/missing/\">bad</a>\n"
      "<a href=\"a/#sec\">fragment ok</a>\n<a href=\"a/#nope\">fragment bad</a>\n"
      "<a href=\"https://elsewhere.org/x\">external</a>\n<img src=\"/p/img/x.png\">\n"
      "<a href=\"https://example.org/p/a/\">absolute ok</a>\n<a href=\"/other/\">outside</a>\n"
      "<a href=\"../../../etc\">climb</a>\n</body></html>");
  write_text(dir / "a/index.html",
             "<html><body><h2 id=\"sec\">x</h2><a href=\"../\">up</a></body></html>");
  write_text(dir / "sitemap.xml",
             "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/p/a/</loc></url>"
             "<url><loc>https://example.org/p/zzz/</loc></url></urlset>");
  LinkReport r = check_links(dir.path(), "https://example.org/p/", 2);
  CHECK(r.files == 3);
  std::vector<std::string> broken;
  for (const auto& b : r.broken)
    broken.push_back(b.file + ":" + std::to_string(b.line) + " " + b.link);
  CHECK(broken == std::vector<std::string>{"index.html:3 /p/missing/", "index.html:5 a/#nope",
                                           "index.html:7 /p/img/x.png", "index.html:9 /other/",
                                           "index.html:10 ../../../etc",
                                           "sitemap.xml:1 https://example.org/p/zzz/"});
}
