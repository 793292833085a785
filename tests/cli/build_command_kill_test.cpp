// A build killed (SIGKILL) at a random moment loses nothing: every file of
// the output is whole (as one build or the other wrote it, never half), and
// the next build, not killed, publishes exactly what a clean build would.
//
// (Every file is replaced whole; the set of files is switched in one rename
// except when a build updates a folder in place: publish/output_dir.h. So a
// kill during that last step may leave some pages of the new build beside
// others of the old one; the next build completes it.)
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "support/test_support.h"

using namespace gazette::testing;

TEST_CASE("a build killed at any moment leaves whole files, and the next build completes",
          "[integration]") {
  const uint64_t seed = test_seed("build kill loop");
  std::mt19937_64 rng(seed);
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string site = (dir / "site").string();
  const fs::path article = dir / "site/content/2023/07/20/huan-wei.md";
  const std::string text_a = read_text(article);
  const std::string text_b = text_a + "\n记者随后又走访了三个小区。\n";
  // The two outputs the loop alternates between.
  const auto ref_a = reference_build(dir / "site", dir / "ref-a");
  write_text(article, text_b);
  const auto ref_b = reference_build(dir / "site", dir / "ref-b");
  REQUIRE(ref_a != ref_b);

  const std::string build = "build -q --site " + site + " --out " + (dir / "out").string();
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(run_gazette(build).exit_code == 0);
  const auto full =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
          .count();
  int killed = 0;
  for (int round = 0; round < 30; ++round) {
    const bool b = round % 2 == 0;
    write_text(article, b ? text_a : text_b);
    const int pid = spawn_gazette(build, dir / "log");
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % (full + 1)));
    ::kill(pid, SIGKILL);
    if (wait_for(pid) == -SIGKILL) ++killed;
    INFO("round " << round << ", seed " << seed);
    for (const auto& [rel, bytes] : snapshot(dir / "out")) {
      INFO(rel);
      const auto in_a = ref_a.find(rel), in_b = ref_b.find(rel);
      CHECK(((in_a != ref_a.end() && in_a->second == bytes) ||
             (in_b != ref_b.end() && in_b->second == bytes)));
    }
    if (round % 5 == 4) {  // and now and then, a build that is not killed
      REQUIRE(run_gazette(build).exit_code == 0);
      const auto now = snapshot(dir / "out");
      const auto& want = b ? ref_a : ref_b;
      for (const auto& [rel, bytes] : want) {  // name the files that differ
        INFO(rel);
        CHECK((now.count(rel) && now.at(rel) == bytes));
      }
      CHECK(now.size() == want.size());
    }
  }
  INFO("seed " << seed);
  CHECK(killed > 0);  // the loop did kill builds, not only watch them end
  write_text(article, text_a);
  REQUIRE(run_gazette(build).exit_code == 0);
  CHECK(snapshot(dir / "out") == ref_a);
}
