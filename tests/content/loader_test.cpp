#include "content/loader.h"
#include "config/config_reader.h"
#include "text/slug.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("the loader classifies files by folder", "[content]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  LoadedContent c = load_content(dir.path(), config, 2);
  CHECK(c.articles.size() == 5);  // drafts are dropped later, by the model
  CHECK(c.editions.size() == 1);
  REQUIRE(c.pages.size() == 1);
  CHECK(c.pages[0].slug == "about");
  CHECK(c.articles[0].source.display == "content/2023/07/19/cao-gao.md");
}

TEST_CASE("the loader reports every bad file at once", "[content]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/2023/07/20/bad-date.md", "---\ntitle: x\ndate: 2023-13-01\n---\n");
  write_text(dir / "content/2023/07/20/bad-yaml.md", "---\ntitle: [x\n---\n");
  write_text(dir / "content/notes.md", "---\ntitle: x\n---\n");
  write_text(dir / "content/2023/07/20/Bad Name.md", "---\ntitle: x\n---\n");
  SiteConfig config = load_site_config(dir.path());
  try {
    load_content(dir.path(), config, 2);
    FAIL("no error");
  } catch (const ContentErrors& e) {
    REQUIRE(e.all().size() == 4);
    std::string all = e.what();
    CHECK(all.find("content/2023/07/20/bad-date.md:3:") != std::string::npos);
    CHECK(all.find("content/2023/07/20/bad-yaml.md:") != std::string::npos);
    CHECK(all.find("content/notes.md") != std::string::npos);
    CHECK(all.find("Bad Name.md") != std::string::npos);
  }
}

TEST_CASE("slugs must be URL-safe", "[content]") {
  CHECK(is_valid_slug("qian-duan-shou-ji-2"));
  CHECK(!is_valid_slug("前端"));
  CHECK(!is_valid_slug("-a"));
  CHECK(!is_valid_slug("a.b"));
  CHECK(!is_valid_slug(""));
}

TEST_CASE("loader: a year's and a month's _index.md are their section files", "[content]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/2023/_index.md", "---\ntitle: 二〇二三年\n---\n导语。\n");
  write_text(dir / "content/2023/07/_index.md", "七月。\n");
  SiteConfig config = load_site_config(dir.path());
  LoadedContent c = load_content(dir.path(), config, 2);
  REQUIRE(c.sections.size() == 2);  // in path order: 2023/07/_index.md first
  CHECK(c.sections[0].year == 2023);
  CHECK(c.sections[0].month == 7);
  CHECK(c.sections[0].title.empty());
  CHECK(c.sections[1].month == 0);
  CHECK(c.sections[1].title == "二〇二三年");
  // Anything else directly under a year or month folder is misplaced.
  write_text(dir / "content/2023/07/note.md", "x\n");
  write_text(dir / "content/2023/13/_index.md", "x\n");
  try {
    load_content(dir.path(), config, 1);
    FAIL("expected errors");
  } catch (const ContentErrors& e) {
    CHECK(e.all().size() == 2);
    CHECK(e.all()[0].message.find("content/YYYY/_index.md") != std::string::npos);
  }
}
