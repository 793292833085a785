// A site copied to another folder with its cache and output (as a CI job
// restores them into a fresh checkout: new paths, inodes and times), one
// article edited: the build parses and renders only what changed, writes
// only that article's pages and the lists that show it, and its output is
// exactly a clean build's.
#include <regex>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

// "N rendered, M written" from the build's summary line.
std::pair<int, int> rendered_written(const std::string& summary) {
  std::smatch m;
  REQUIRE(std::regex_search(summary, m, std::regex(R"((\d+) rendered, (\d+) written)")));
  return {std::stoi(m[1]), std::stoi(m[2])};
}

}  // namespace

TEST_CASE("a site moved with its cache and output rebuilds only what changed", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "a/site");
  auto build = [&](const std::string& root, const std::string& extra = "") {
    return run_gazette("build --jobs 2 --site " + (dir / root / "site").string() + " --out " +
                       (dir / root / "public").string() + " --changes " +
                       (dir / root / "changes.txt").string() + extra);
  };
  const CommandResult first = build("a", " --stats");
  REQUIRE(first.exit_code == 0);
  const std::string from_snapshot = "the last build's snapshot";  // what --stats says then
  CHECK(first.out.find(from_snapshot) == std::string::npos);
  const auto [all_pages, all_files] = rendered_written(first.out);
  REQUIRE(all_pages > 10);

  // Copied elsewhere: every file new to the file system, same bytes.
  fs::copy(dir / "a", dir / "b", fs::copy_options::recursive);
  const CommandResult same = build("b", " --stats");
  INFO(same.out << same.err);
  REQUIRE(same.exit_code == 0);
  CHECK(same.out.find(from_snapshot) != std::string::npos);  // the model was not assembled again
  CHECK(rendered_written(same.out) == std::pair{0, 0});
  CHECK(read_text(dir / "b/changes.txt").empty());

  // One article edited in the copy.
  const fs::path article = dir / "b/site/content/2023/07/19/jiu-wen.md";
  write_text(article, read_text(article) + "\n更正：本文所述时间应为上午。\n");
  const CommandResult edited = build("b", " --stats");
  INFO(edited.out << edited.err);
  REQUIRE(edited.exit_code == 0);
  CHECK(edited.out.find(from_snapshot) != std::string::npos);
  const auto [pages, files] = rendered_written(edited.out);
  CHECK(pages > 0);
  CHECK(pages < all_pages / 2);
  CHECK(files < all_files / 2);
  const std::string changes = read_text(dir / "b/changes.txt");
  CHECK(changes.find("+ 2023/07/19/jiu-wen/index.html\n") != std::string::npos);
  CHECK(changes.find("2023/07/20/zhi-yuan/index.html") == std::string::npos);
  // And it is what a clean build makes.
  CHECK(snapshot(dir / "b/public") == reference_build(dir / "b/site", dir / "ref"));
}
