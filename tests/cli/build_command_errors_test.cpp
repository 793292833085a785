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

TEST_CASE("a link in content/, static/, layouts/ or themes/ that leads outside the site is refused",
          "[integration]") {
  Site s;
  // What a runner can read but must never publish.
  write_text(s.dir / "secret.md", "---\ntitle: 机密\n---\n不应发布的机密文字。\n");
  write_text(s.dir / "secret-dir/layouts/article.mustache", "{{article.title}} 机密模板\n");
  const auto no_secret = [&] {
    for (const auto& [rel, bytes] : snapshot(s.dir / "public"))
      CHECK(bytes.find("机密") == std::string::npos);
  };
  fs::create_directories(s.dir / "site/content/2023/05/06");
  fs::create_symlink(s.dir / "secret.md", s.dir / "site/content/2023/05/06/link.md");
  expect_failure_keeps_output(s, "content/2023/05/06/link.md: points outside the site");
  fs::remove(s.dir / "site/content/2023/05/06/link.md");

  fs::create_directories(s.dir / "site/static");
  fs::create_symlink(s.dir / "secret.md", s.dir / "site/static/notes.txt");
  expect_failure_keeps_output(s, "static/notes.txt: points outside the site");
  fs::remove(s.dir / "site/static/notes.txt");

  fs::create_directories(s.dir / "site/layouts");
  fs::create_symlink(s.dir / "secret-dir/layouts/article.mustache",
                     s.dir / "site/layouts/article.mustache");
  expect_failure_keeps_output(s, "layouts/article.mustache: points outside the site");
  fs::remove(s.dir / "site/layouts/article.mustache");

  fs::create_directories(s.dir / "site/themes");
  fs::copy(gazette::testing::source_dir() / "themes/default", s.dir / "secret-dir/theme",
           fs::copy_options::recursive);
  fs::create_symlink(s.dir / "secret-dir/theme", s.dir / "site/themes/outside");
  std::string yml = read_text(s.dir / "site/site.yml");
  yml.replace(yml.find("theme: default"), 14, "theme: outside");
  write_text(s.dir / "site/site.yml", yml);
  expect_failure_keeps_output(s, "themes/outside/layouts/");
  no_secret();

  // A link to a file inside the site is followed.
  yml.replace(yml.find("theme: outside"), 14, "theme: default");
  write_text(s.dir / "site/site.yml", yml);
  fs::create_symlink("../../07/20/zhi-yuan.md", s.dir / "site/content/2023/05/06/again.md");
  CommandResult r = s.build();
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(fs::exists(s.dir / "public/2023/05/06/again/index.html"));
}
