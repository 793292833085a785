// The same input gives byte-identical output whatever --jobs is.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

TEST_CASE("builds with --jobs 1 and --jobs 2 are byte-identical", "[integration]") {
  for (const fs::path& site : {source_dir()}) {
    TempDir dir;
    CommandResult one = run_gazette("build --quiet --jobs 1 --site " + site.string() + " --out " +
                                    (dir / "a").string());
    CommandResult two = run_gazette("build --quiet --jobs 2 --site " + site.string() + " --out " +
                                    (dir / "b").string());
    REQUIRE(one.exit_code == 0);
    REQUIRE(two.exit_code == 0);
    auto a = snapshot(dir / "a");
    auto b = snapshot(dir / "b");
    CHECK(a.size() > 10);
    CHECK(a == b);
    CommandResult again = run_gazette("build --quiet --jobs 2 --site " + site.string() + " --out " +
                                      (dir / "a").string());
    REQUIRE(again.exit_code == 0);
    CHECK(snapshot(dir / "a") == a);
  }
}
