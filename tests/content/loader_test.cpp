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

TEST_CASE("loader: load_file parses one file exactly as the whole load does", "[content]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  const LoadedContent all = load_content(dir.path(), config, 2);
  const Article* whole = nullptr;
  for (const auto& a : all.articles)
    if (a.source.display == "content/2023/07/20/huan-wei.md") whole = &a;
  REQUIRE(whole);
  const ParsedDoc one = load_file(dir.path(), "2023/07/20/huan-wei.md", config);
  const auto* a = std::get_if<Article>(&one);
  REQUIRE(a);
  CHECK(a->title == "前端收集全路段形成常态化");
  CHECK(a->slug == whole->slug);
  CHECK(a->edition_date == whole->edition_date);
  CHECK(a->source.display == whole->source.display);
  CHECK(a->source.content_hash == whole->source.content_hash);
  CHECK(a->source.body_offset == whole->source.body_offset);
  CHECK(a->summary == whole->summary);
  CHECK(a->terms == whole->terms);
  CHECK(a->tables == whole->tables);
  CHECK(std::holds_alternative<Edition>(load_file(dir.path(), "2023/07/20/_index.md", config)));

  // The same checks as a whole load: where it lives, its name, links.
  write_text(dir / "content/notes.md", "---\ntitle: 笔记\n---\n");
  CHECK_THROWS_AS(load_file(dir.path(), "notes.md", config), ContentError);
  write_text(dir / "content/2023/07/20/Bad Name.md", "---\ntitle: x\n---\n");
  CHECK_THROWS_AS(load_file(dir.path(), "2023/07/20/Bad Name.md", config), ContentError);
  write_text(dir / "content/2023/07/20/bad-yaml.md", "---\ntitle: [x\n---\n");
  CHECK_THROWS_AS(load_file(dir.path(), "2023/07/20/bad-yaml.md", config), ContentError);
  TempDir elsewhere;
  write_text(elsewhere / "secret.md", "---\ntitle: 私人笔记\n---\n不应发布。\n");
  fs::create_symlink(elsewhere / "secret.md", dir / "content/2023/07/20/secret.md");
  CHECK_THROWS_AS(load_file(dir.path(), "2023/07/20/secret.md", config), ContentError);
  CHECK_THROWS_AS(load_file(dir.path(), "2023/07/20/gone.md", config), IoError);
}
