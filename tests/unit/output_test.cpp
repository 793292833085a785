#include "site/output.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("only safe relative paths are written", "[output]") {
  CHECK(is_safe_relative_path("2023/07/20/a/index.html"));
  CHECK_FALSE(is_safe_relative_path("../etc/passwd"));
  CHECK_FALSE(is_safe_relative_path("a/../../b"));
  CHECK_FALSE(is_safe_relative_path("/abs"));
  CHECK_FALSE(is_safe_relative_path("a//b"));
  CHECK_FALSE(is_safe_relative_path(""));
  TempDir dir;
  OutputDir out(dir / "public", dir / "site");
  CHECK_THROWS_AS(out.write("../x", "data"), ContentError);
}

TEST_CASE("publish swaps the whole tree and an unpublished build changes nothing", "[output]") {
  TempDir dir;
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "old");
    out.write("gone/index.html", "old page");
    out.publish();
  }
  CHECK(read_text(dir / "public/index.html") == "old");
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "half-built");
    // destroyed without publish(), as when a build throws
  }
  CHECK(read_text(dir / "public/index.html") == "old");
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "new");
    out.publish();
  }
  CHECK(read_text(dir / "public/index.html") == "new");
  CHECK_FALSE(fs::exists(dir / "public/gone"));
}

TEST_CASE("unchanged files are not rewritten and stale ones are removed", "[output]") {
  TempDir dir;
  auto build = [&](std::vector<std::pair<std::string, std::string>> files) {
    OutputDir out(dir / "public", dir / "site");
    for (const auto& [rel, data] : files) out.write(rel, data);
    out.publish();
    return std::make_pair(out.files_written(), out.files_unchanged());
  };
  build({{"a/index.html", "A"}, {"b/index.html", "B"}});
  build({{"a/index.html", "A"}, {"b/index.html", "B"}});  // fills the second buffer
  auto [written, unchanged] = build({{"a/index.html", "A"}, {"c/index.html", "C"}});
  CHECK(written == 1);    // only c/index.html
  CHECK(unchanged == 1);  // a/index.html
  CHECK(read_text(dir / "public/c/index.html") == "C");
  CHECK_FALSE(fs::exists(dir / "public/b"));  // stale file and its folder removed
}

TEST_CASE("a folder gazette did not write is never replaced", "[output]") {
  TempDir dir;
  write_text(dir / "public/notes.txt", "an editor's file");
  CHECK_THROWS_WITH(OutputDir(dir / "public", dir / "site"), Catch::Contains("refusing"));
  CHECK(read_text(dir / "public/notes.txt") == "an editor's file");
  CHECK_THROWS_AS(OutputDir(dir / "site", dir / "site"), ContentError);
  CHECK_THROWS_AS(OutputDir(dir.path(), dir / "site"), ContentError);
  CHECK_THROWS_AS(OutputDir(dir / "site/content/out", dir / "site"), ContentError);
}
