#include "util/site_lock.h"

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <thread>

#include "support/test_support.h"
#include "util/filenames.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

// Waits up to 10 s for `flag`; whether it was set.
bool eventually(const std::atomic<bool>& flag) {
  for (int i = 0; i < 1000 && !flag; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return flag;
}

}  // namespace

TEST_CASE("a second lock on a site waits until the first is released") {
  TempDir dir;
  std::optional<SiteLock> first = SiteLock::acquire(dir.path());
  REQUIRE(first->held());
  CHECK(fs::exists(filenames::lock_file(dir.path())));
  CHECK(std::stol(read_text(filenames::lock_file(dir.path()))) == static_cast<long>(getpid()));

  std::atomic<bool> waiting{false}, acquired{false};
  std::atomic<long> holder{-1};
  std::thread second([&] {
    // flock(2) locks belong to an open file, so a second open in this
    // process conflicts as another process would.
    SiteLock lock = SiteLock::acquire(dir.path(), [&](long pid) {
      holder = pid;
      waiting = true;
    });
    acquired = lock.held();
  });
  REQUIRE(eventually(waiting));
  CHECK(holder == static_cast<long>(getpid()));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK_FALSE(acquired);  // cannot happen while the first is held, however slow the machine
  first.reset();
  second.join();
  CHECK(acquired);
}

TEST_CASE("a free lock is taken without waiting, and again after release") {
  TempDir dir;
  bool waited = false;
  for (int i = 0; i < 2; ++i) {
    SiteLock lock = SiteLock::acquire(dir.path(), [&](long) { waited = true; });
    CHECK(lock.held());
    SiteLock moved = std::move(lock);
    CHECK(moved.held());
    CHECK_FALSE(lock.held());  // NOLINT(bugprone-use-after-move): moved-from is empty
  }
  CHECK_FALSE(waited);
}

TEST_CASE("no site folder, no lock and nothing created") {
  TempDir dir;
  const SiteLock lock = SiteLock::acquire(dir / "missing");
  CHECK_FALSE(lock.held());
  CHECK_FALSE(fs::exists(dir / "missing"));
}
