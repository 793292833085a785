// Builds the repository's sample site with the gazette binary and checks, by
// parsing the HTML, that every page kind of docs/content-format.md exists with the right
// title and links. The checks derive from the content (through the library's
// loader), so they hold whatever the sample archive contains.
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "link_checker/link_checker.h"
#include "support/html.h"
#include "support/test_support.h"
#include "text/collate.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

bool has_link(const HtmlPage& page, const std::string& href) {
  return std::any_of(page.links.begin(), page.links.end(),
                     [&](const HtmlLink& l) { return l.href == href; });
}

bool ascii_slug_url(const std::string& url) {
  return std::all_of(url.begin(), url.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
  });
}

struct Built {
  TempDir dir;
  Site site;
  HtmlPage page(const std::string& url) const {
    return parse_html(read_text(dir.path() / "public" / (url.substr(1) + "index.html")));
  }
};

const Built& sample() {
  static const std::unique_ptr<Built> built = [] {
    auto owned = std::make_unique<Built>();
    Built& b = *owned;
    CommandResult r = run_gazette("build --site " + source_dir().string() + " --out " +
                                  (b.dir / "public").string());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    SiteConfig config = load_site_config(source_dir());
    b.site = build_model(config, load_content(source_dir(), config, 1));
    return owned;
  }();
  return *built;
}

}  // namespace

TEST_CASE("sample: home, calendars, 404 exist and parse", "[integration]") {
  const Built& b = sample();
  REQUIRE(!b.site.editions.empty());
  HtmlPage home = b.page("/");
  CHECK(home.parsed);
  CHECK(home.lang == "zh-CN");
  CHECK(home.title == b.site.config.title);
  CHECK(has_link(home, b.site.editions.front().url));
  for (const auto& e : b.site.editions) {
    const std::string year = "/" + std::to_string(e.date.year) + "/";
    CHECK(has_link(b.page(year), e.url));
    char month[16];
    std::snprintf(month, sizeof month, "/%04d/%02d/", e.date.year, e.date.month);
    HtmlPage m = b.page(month);
    CHECK(m.title.find(std::to_string(e.date.month) + "月") != std::string::npos);
    CHECK(has_link(m, e.url));
  }
  HtmlPage missing = parse_html(read_text(b.dir / "public/404.html"));
  CHECK(missing.parsed);
  CHECK(missing.title.find("页面未找到") == 0);
}

TEST_CASE("sample: every edition lists its articles by page and every article has its page",
          "[integration]") {
  const Built& b = sample();
  for (const auto& e : b.site.editions) {
    HtmlPage ed = b.page(e.url);
    CHECK(ed.title.find(e.date.chinese()) == 0);
    for (const auto& p : e.pages)
      for (int i : p.articles) CHECK(has_link(ed, b.site.articles[static_cast<size_t>(i)].url));
  }
  for (const auto& a : b.site.articles) {
    HtmlPage page = b.page(a.url);
    INFO(a.url);
    REQUIRE(page.parsed);
    if (!a.title.empty()) {
      CHECK(page.title == a.title + " - " + b.site.config.title);
      CHECK(page.h1 == a.title);
    }
    CHECK(has_link(page, b.site.editions[static_cast<size_t>(a.edition)].url));
    if (a.next >= 0) CHECK(has_link(page, b.site.articles[static_cast<size_t>(a.next)].url));
  }
}

TEST_CASE("sample: taxonomy indexes are in pinyin order with ASCII URLs", "[integration]") {
  const Built& b = sample();
  for (const auto& tax : b.site.taxonomies) {
    HtmlPage index = b.page(tax.url);
    CHECK(index.title.find(tax.config.title) == 0);
    std::vector<std::string> listed;
    for (const auto& l : index.links)
      if (l.href.rfind(tax.url, 0) == 0 && l.href != tax.url) listed.push_back(l.text);
    std::vector<std::string> sorted = listed;
    std::stable_sort(sorted.begin(), sorted.end(), collate_less);
    CHECK(listed == sorted);
    CHECK(listed.size() == tax.terms.size());
    for (const auto& term : tax.terms) {
      CHECK(ascii_slug_url(term.url));
      HtmlPage page = b.page(term.url);
      CHECK(page.title.find(term.name) == 0);
      for (int i : term.articles)
        if (i < 20) CHECK(has_link(page, b.site.articles[static_cast<size_t>(i)].url));
    }
  }
}

TEST_CASE("sample: atom.xml and sitemap.xml list every article and no link is broken",
          "[integration]") {
  const Built& b = sample();
  const std::string atom = read_text(b.dir / "public/atom.xml");
  const std::string sitemap = read_text(b.dir / "public/sitemap.xml");
  for (const auto& a : b.site.articles) {
    const std::string permalink = b.site.config.base_url + a.url.substr(1);
    CHECK(atom.find("<id>" + permalink + "</id>") != std::string::npos);
    CHECK(sitemap.find("<loc>" + permalink + "</loc>") != std::string::npos);
  }
  LinkReport r = check_links(b.dir / "public", b.site.config.base_url, 2);
  for (const auto& x : r.broken)
    UNSCOPED_INFO(x.file << ":" << x.line << " " << x.link << " " << x.reason);
  CHECK(r.broken.empty());
  CHECK(r.links > 100);
  CommandResult check = run_gazette("check --site " + source_dir().string() + " --out " +
                                    (b.dir / "public").string());
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find(" 0 broken") != std::string::npos);
}

TEST_CASE("fixture: term pages paginate and the base path prefixes every link", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  CommandResult r =
      run_gazette("build --site " + (dir / "site").string() + " --out " + (dir / "out").string());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // paginate: 2 and three articles tagged 平城区
  HtmlPage first = parse_html(read_text(dir / "out/tags/ping-cheng-qu/index.html"));
  HtmlPage second = parse_html(read_text(dir / "out/tags/ping-cheng-qu/page/2/index.html"));
  CHECK(first.title.find("平城区") == 0);
  CHECK(has_link(first, "/paper/tags/ping-cheng-qu/page/2/"));
  CHECK(has_link(second, "/paper/tags/ping-cheng-qu/"));
  CHECK(has_link(second, "/paper/2023/07/20/fa-yuan/"));
  CHECK_FALSE(fs::exists(dir / "out/2023/07/19/cao-gao"));  // draft
  const std::string article = read_text(dir / "out/2023/07/20/huan-wei/index.html");
  CHECK(article.find("<script>alert") == std::string::npos);  // raw HTML filtered
  CHECK(article.find("<td>云中街</td>") != std::string::npos);
  CHECK(article.find("\"@type\":\"NewsArticle\"") != std::string::npos);
  LinkReport links = check_links(dir / "out", "https://example.org/paper/", 1);
  CHECK(links.broken.empty());
}
