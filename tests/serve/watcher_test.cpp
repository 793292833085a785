#include "serve/watcher.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;
using namespace std::chrono_literals;

namespace {

bool contains(const std::vector<std::string>& changed, const fs::path& path) {
  return std::find(changed.begin(), changed.end(), path.string()) != changed.end();
}

}  // namespace

TEST_CASE("watcher: a file saved in a folder made after it started is reported", "[serve]") {
  TempDir dir;
  write_fixture_site(dir.path());
  Watcher w(dir.path());
  const fs::path day = dir / "content/2023/07/21";
  fs::create_directories(day);
  std::vector<std::string> changed = w.wait(2000ms);
  CHECK(contains(changed, dir / "content/2023/07/21"));  // the new folder, now watched

  write_text(day / "xin-wen.md", "---\ntitle: 新的一天\n---\n正文。\n");
  changed = w.wait(2000ms);
  CHECK(contains(changed, day / "xin-wen.md"));

  write_text(dir / "site.yml", read_text(dir / "site.yml") + "home_recent: 5\n");
  CHECK(contains(w.wait(2000ms), dir / "site.yml"));
}

TEST_CASE("watcher: a burst of saves is one wakeup, output, caches and temp files are ignored",
          "[serve]") {
  TempDir dir;
  write_fixture_site(dir.path());
  fs::create_directories(dir / "layouts");
  Watcher w(dir.path());
  write_text(dir / "content/2023/07/20/huan-wei.md", "---\ntitle: 改过的标题\n---\n正文。\n");
  write_text(dir / "layouts/summary.mustache", "<li>{{display_title}}</li>");
  std::vector<std::string> changed = w.wait(2000ms, 200ms);
  CHECK(contains(changed, dir / "content/2023/07/20/huan-wei.md"));
  CHECK(contains(changed, dir / "layouts/summary.mustache"));

  write_text(dir / "public/index.html", "<p>旧的</p>");
  write_text(dir / ".gazette-cache/pinyin.txt", "平 ping\n");
  write_text(dir / "notes.txt", "编辑笔记");
  write_text(dir / "content/2023/07/20/.huan-wei.md.swp", "x");
  write_text(dir / "content/2023/07/20/huan-wei.md~", "x");
  CHECK(w.wait(300ms).empty());
}

TEST_CASE("watcher: wait returns empty after its timeout, and stop() wakes it", "[serve]") {
  TempDir dir;
  write_fixture_site(dir.path());
  Watcher w(dir.path());
  auto start = std::chrono::steady_clock::now();
  CHECK(w.wait(150ms).empty());
  CHECK(std::chrono::steady_clock::now() - start >= 140ms);

  auto waiting = std::async(std::launch::async, [&] { return w.wait(30000ms); });
  std::this_thread::sleep_for(100ms);
  start = std::chrono::steady_clock::now();
  w.stop();
  REQUIRE(waiting.wait_for(5s) == std::future_status::ready);
  CHECK(waiting.get().empty());
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}
