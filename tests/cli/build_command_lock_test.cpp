// Builds of one site never interleave: a second build waits for the first
// and says so, and builds started together leave one complete build.
#include <unistd.h>

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
  const int pid = spawn_gazette(build, dir / "log");
  // It says it waits (however long it takes to start on a busy machine),
  // and cannot publish while the lock is held.
  const std::string waiting =
      "gazette: waiting for another build of this site to finish (process " +
      std::to_string(getpid()) + ")";
  for (int i = 0; i < 600 && read_text(dir / "log/err").find(waiting) == std::string::npos; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(read_text(dir / "log/err").find(waiting) != std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK_FALSE(fs::exists(dir / "out"));
  held.reset();
  CHECK(wait_for(pid) == 0);
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
