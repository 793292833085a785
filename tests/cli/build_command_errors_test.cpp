// Bad input: a clear "file:line: message", exit status 1, and the previous
// output left byte-identical.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

struct Site {
  TempDir dir;
  Site() {
    write_fixture_site(dir / "site");
    CommandResult r = build();
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  CommandResult build() const {
    return run_gazette("build --site " + (dir / "site").string() + " --out " +
                       (dir / "public").string());
  }
};

void expect_failure_keeps_output(const Site& s, const std::string& where) {
  auto before = snapshot(s.dir / "public");
  CommandResult r = s.build();
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(where) != std::string::npos);
  CHECK(snapshot(s.dir / "public") == before);
}

}  // namespace

TEST_CASE("a malformed front matter fails with file:line and keeps the old site", "[integration]") {
  Site s;
  write_text(s.dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』\ntags: [环卫, 平城区\n---\n正文\n");
  expect_failure_keeps_output(s, "content/2023/07/20/zhi-yuan.md:");
}

TEST_CASE("a bad date fails with file:line", "[integration]") {
  Site s;
  write_text(s.dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: x\ndate: 2023-06-31\n---\n正文\n");
  expect_failure_keeps_output(s, "content/2023/07/20/zhi-yuan.md:3: 'date' must be a real date");
}

TEST_CASE("a missing template or theme fails naming it", "[integration]") {
  Site s;
  fs::create_directories(s.dir / "site/themes/bare/layouts");
  write_text(s.dir / "site/themes/bare/layouts/home.mustache", "x");
  std::string yml = read_text(s.dir / "site/site.yml");
  yml.replace(yml.find("theme: default"), 14, "theme: bare");
  write_text(s.dir / "site/site.yml", yml);
  expect_failure_keeps_output(s, "themes/bare/layouts/404.mustache");
  write_text(s.dir / "site/site.yml", "title: t\ntheme: nosuch\n");
  expect_failure_keeps_output(s, "site.yml:2: theme 'nosuch' not found");
}

TEST_CASE("usage errors exit 2", "[integration]") {
  CHECK(run_gazette("build --no-such-flag").exit_code == 2);
  CHECK(run_gazette("").exit_code == 2);
  CommandResult v = run_gazette("--version");
  CHECK(v.exit_code == 0);
  CHECK(v.out.find("gazette ") == 0);
}

TEST_CASE("a folder gazette did not write is not replaced", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "public/mine.txt", "keep me");
  CommandResult r = run_gazette("build --site " + (dir / "site").string() + " --out " +
                                (dir / "public").string());
  CHECK(r.exit_code == 1);
  CHECK(read_text(dir / "public/mine.txt") == "keep me");
}
