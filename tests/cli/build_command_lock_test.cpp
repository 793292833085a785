// Builds of one site never interleave: a second build waits for the first
// and says so, and builds started together leave one complete build.
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <thread>

#include "support/test_support.h"
#include "util/site_lock.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("a build waits while another build of the site holds its lock", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string build =
      "build -q --site " + (dir / "site").string() + " --out " + (dir / "out").string();
  std::optional<SiteLock> held = SiteLock::acquire(dir / "site");
  REQUIRE(held->held());
  std::atomic<bool> done{false};
  CommandResult r;
  std::thread other([&] {
    r = run_gazette(build);
    done = true;
  });
  // However long we wait, the build cannot publish while the lock is held.
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK_FALSE(done);
  CHECK_FALSE(fs::exists(dir / "out"));
  held.reset();
  other.join();
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("gazette: waiting for another build of this site to finish (process " +
                   std::to_string(getpid()) + ")") != std::string::npos);
  CHECK(fs::exists(dir / "out/index.html"));
}

TEST_CASE("builds started together each publish one complete build", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string site = (dir / "site").string();
  const auto reference = reference_build(dir / "site", dir / "ref");
  const std::string build = "build -q --site " + site + " --out " + (dir / "out").string();
  for (int round = 0; round < 3; ++round) {
    CommandResult a, b;
    std::thread ta([&] { a = run_gazette(build); });
    std::thread tb([&] { b = run_gazette(build); });
    ta.join();
    tb.join();
    CHECK(a.exit_code == 0);
    CHECK(b.exit_code == 0);
    CHECK(snapshot(dir / "out") == reference);
    fs::remove_all(dir / "site/.gazette-cache");  // next round: both parse and write the caches
  }
}
