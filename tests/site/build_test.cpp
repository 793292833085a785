// build_site() in-process: the pipeline from site folder to published output.
#include "site/build.h"

#include <catch2/catch.hpp>
#include <mutex>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

BuildSettings settings_for(const TempDir& dir) {
  BuildSettings s;
  s.site_dir = dir / "site";
  s.out_dir = dir / "out";
  s.jobs = 2;
  return s;
}

}  // namespace

TEST_CASE("build: renders every page of the fixture site and reports what it did", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  BuildSettings s = settings_for(dir);
  std::mutex mu;
  size_t last_done = 0, last_total = 0, calls = 0;
  s.progress = [&](size_t done, size_t total) {
    std::lock_guard lock(mu);
    last_done = done;
    last_total = total;
    ++calls;
  };
  const BuildReport r = build_site(s);
  CHECK(r.articles == 4);
  CHECK(r.editions == 2);
  // home, 404, search, atom.xml, a year, a month, 2 editions, 4 articles and the
  // CSV of one's table, 3 taxonomies, 9 pages of 8 terms and their 8 feeds, a page
  CHECK(r.pages_rendered == 34);
  CHECK(calls >= 1);
  CHECK(last_done == 34);
  CHECK(last_total == 34);

  const auto files = snapshot(dir / "out");
  // Every file written is counted; the marker .gazette-output is not a page.
  CHECK(r.files == files.size() - files.count(".gazette-output"));
  CHECK(r.files_written == r.files);
  for (const char* f :
       {"index.html", "404.html", "2023/index.html", "2023/07/index.html", "2023/07/20/index.html",
        "2023/07/20/huan-wei/index.html", "2023/07/19/jiu-wen/index.html", "tags/index.html",
        "tags/ping-cheng-qu/page/2/index.html", "authors/shang-li/index.html", "about/index.html",
        "atom.xml", "sitemap.xml"}) {
    INFO(f);
    CHECK(files.count(f) == 1);
  }
  CHECK(files.count("2023/07/19/cao-gao/index.html") == 0);  // a draft
  CHECK(files.at("2023/07/20/zhi-yuan/index.html").find("『志愿红』助力旅发大会") !=
        std::string::npos);
  CHECK(r.seconds > 0);
  CHECK_FALSE(r.phases.empty());
}

TEST_CASE("build: a second build of unchanged files renders and writes nothing", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const BuildReport first = build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");
  const BuildReport second = build_site(settings_for(dir));
  CHECK(second.pages_rendered == 0);
  CHECK(second.files_written == 0);
  CHECK(second.files == first.files);
  CHECK(snapshot(dir / "out") == before);

  // One article changed: its page and the pages listing it, not all of them.
  write_text(dir / "site/content/2023/07/19/jiu-wen.md",
             "---\ntitle: 前一天的新闻\npage: 1\npage_name: 要闻\nauthors: [邱东芳]\ntags: "
             "[环卫]\n---\n旧闻正文（有改动）。\n");
  const BuildReport third = build_site(settings_for(dir));
  CHECK(third.pages_rendered > 0);
  CHECK(third.pages_rendered < first.pages_rendered);
  CHECK(read_text(dir / "out/2023/07/19/jiu-wen/index.html").find("旧闻正文（有改动）。") !=
        std::string::npos);
}

TEST_CASE("build: without the cache every page is rendered again, to the same bytes", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const BuildReport first = build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");
  BuildSettings clean = settings_for(dir);
  clean.use_cache = false;
  const BuildReport again = build_site(clean);
  CHECK(again.pages_rendered == first.pages_rendered);
  CHECK(snapshot(dir / "out") == before);
}

TEST_CASE("build: a content error throws and leaves the previous output as it was", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");

  write_text(dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』\ndate: 2023-02-30\n---\n正文\n");
  try {
    build_site(settings_for(dir));
    FAIL("the build succeeded");
  } catch (const ContentErrors& e) {
    REQUIRE(e.all().size() == 1);
    CHECK(e.all()[0].file == "content/2023/07/20/zhi-yuan.md");
    CHECK(e.all()[0].line == 3);
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().file == "content/2023/07/20/zhi-yuan.md");
    CHECK(e.diagnostic().line == 3);
  }
  CHECK(snapshot(dir / "out") == before);

  BuildSettings bad_url = settings_for(dir);
  write_fixture_site(dir / "site");
  bad_url.base_url = "ftp://example.org/";
  CHECK_THROWS_WITH(build_site(bad_url), Catch::StartsWith("--base-url: "));
  CHECK(snapshot(dir / "out") == before);
}

TEST_CASE("build: 'search: false' in site.yml leaves out the search page, its index and forms",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "site/site.yml", read_text(dir / "site/site.yml") + "search: false\n");
  BuildSettings s;
  s.site_dir = dir / "site";
  s.out_dir = dir / "out";
  s.jobs = 2;
  build_site(s);
  CHECK_FALSE(fs::exists(dir / "out/search"));
  const std::string home = read_text(dir / "out/index.html");
  CHECK(home.find("role=\"search\"") == std::string::npos);
  CHECK(home.find("/search/") == std::string::npos);
  // Turned on again, the index appears.
  write_fixture_site(dir / "site");
  build_site(s);
  CHECK(fs::exists(dir / "out/search/meta.json"));
  CHECK(read_text(dir / "out/index.html").find("role=\"search\"") != std::string::npos);
}
