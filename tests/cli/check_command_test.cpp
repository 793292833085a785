// `gazette check`: content lint and the links of the built site.
#include <algorithm>
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

struct Built {
  TempDir dir;
  Built() {
    write_fixture_site(dir / "site");
    CommandResult r = run_gazette("build --quiet --site " + site() + " --out " + out());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::string site() const { return (dir / "site").string(); }
  std::string out() const { return (dir / "out").string(); }
  CommandResult check() const { return run_gazette("check --site " + site() + " --out " + out()); }
};

// The 1-based line of the first occurrence of `needle` in `text`.
int line_of(const std::string& text, const std::string& needle) {
  const size_t pos = text.find(needle);
  REQUIRE(pos != std::string::npos);
  return 1 +
         static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

}  // namespace

TEST_CASE("check: a freshly built site has no errors and no broken links", "[cli]") {
  Built b;
  CommandResult r = b.check();
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("content: 4 articles, 0 errors") != std::string::npos);
  CHECK(r.out.find(" 0 broken") != std::string::npos);
  CHECK(r.err.empty());
}

TEST_CASE("check: a deleted page breaks the links to it, named by file and line", "[cli]") {
  Built b;
  const std::string linking = read_text(b.dir / "out/2023/07/20/zhi-yuan/index.html");
  const int line = line_of(linking, "href=\"/paper/2023/07/20/fa-yuan/\"");
  fs::remove(b.dir / "out/2023/07/20/fa-yuan/index.html");
  CommandResult r = b.check();
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(b.out() + "/2023/07/20/zhi-yuan/index.html:" + std::to_string(line) +
                   ": broken link '/paper/2023/07/20/fa-yuan/'") != std::string::npos);
  CHECK(r.err.find(b.out() + "/2023/07/20/index.html:") != std::string::npos);  // the edition
  CHECK(r.out.find(" 0 broken") == std::string::npos);
}

TEST_CASE("check: a taxonomy key the site does not define is a content error", "[cli]") {
  Built b;
  write_text(b.dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』助力旅发大会\npage: 1\norder: 2\nauthors: [尚丽]\ntags: "
             "[志愿服务, 平城区]\ncategories: [社会]\n---\n本报讯（记者 尚丽）连日来。\n");
  CommandResult r = b.check();
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("content/2023/07/20/zhi-yuan.md: 'categories' is not a taxonomy of this site") !=
        std::string::npos);
  CHECK(r.out.find("1 errors") != std::string::npos);
  CHECK(r.out.find(" 0 broken") != std::string::npos);  // the links are still checked
}

TEST_CASE("check: without a built site it says to build first", "[cli]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  CommandResult r = run_gazette("check --site " + (dir / "site").string());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("run 'gazette build' first") != std::string::npos);
}
