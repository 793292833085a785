// Drives `gazette serve` as a user would: fetch a page, edit a file, get the
// reload event and the new page, see a build error in the page, stop with
// Ctrl-C (SIGINT).
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "support/test_support.h"

extern char** environ;

using namespace gazette::testing;
using namespace std::chrono_literals;

namespace {

struct ServeProcess {
  pid_t pid = -1;
  int port = 0;

  ServeProcess(const fs::path& site, const fs::path& log) {
    std::mt19937 rng{std::random_device{}()};
    port = 20000 + static_cast<int>(rng() % 30000);
    std::string bin = GAZETTE_BIN, p = std::to_string(port), s = site.string();
    std::vector<char*> argv = {bin.data(), const_cast<char*>("serve"),  const_cast<char*>("--site"),
                               s.data(),   const_cast<char*>("--port"), p.data(),
                               nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
  }
  ~ServeProcess() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
  int interrupt() {
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
};

httplib::Result get(int port, const std::string& path) {
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(1s);
  return c.Get(path);
}

bool wait_ready(int port) {
  for (int i = 0; i < 100; ++i) {
    if (auto r = get(port, "/")) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

// Subscribes to the reload events, waits for the server's greeting (so the
// subscription is live), runs `edit` and waits for one "data: reload" event.
bool reload_after(int port, const std::function<void()>& edit) {
  std::atomic<bool> connected{false}, got{false};
  std::thread listener([&] {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(10s);
    c.Get("/__gazette/events", [&](const char* data, size_t len) {
      const std::string chunk(data, len);
      if (chunk.find(": connected") != std::string::npos) connected = true;
      if (chunk.find("data: reload") != std::string::npos) {
        got = true;
        return false;
      }
      return true;
    });
  });
  for (int i = 0; i < 500 && !connected; ++i) std::this_thread::sleep_for(10ms);
  const bool greeted = connected;
  edit();  // even without the greeting, so the listener ends
  listener.join();
  return greeted && got;
}

}  // namespace

TEST_CASE("serve rebuilds on save, pushes a reload, shows errors and stops on Ctrl-C",
          "[integration][serve]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  ServeProcess serve(dir / "site", dir / "serve.log");
  INFO(read_text(dir / "serve.log"));
  REQUIRE(wait_ready(serve.port));

  auto home = get(serve.port, "/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->body.find("测试报") != std::string::npos);
  CHECK(home->body.find("/__gazette/reload.js") != std::string::npos);
  CHECK(get(serve.port, "/no/such/page/")->status == 404);

  const fs::path article = dir / "site/content/2023/07/20/zhi-yuan.md";
  CHECK(reload_after(serve.port, [&] {
    write_text(article, "---\ntitle: 改过的标题\npage: 1\n---\n新的正文。\n");
  }));
  auto changed = get(serve.port, "/2023/07/20/zhi-yuan/");
  REQUIRE(changed);
  CHECK(changed->body.find("改过的标题") != std::string::npos);

  CHECK(reload_after(serve.port,
                     [&] { write_text(article, "---\ntitle: x\ndate: 2023-02-30\n---\n"); }));
  auto broken = get(serve.port, "/");
  REQUIRE(broken);
  CHECK(broken->status == 500);
  CHECK(broken->body.find("content/2023/07/20/zhi-yuan.md:3") != std::string::npos);

  CHECK(serve.interrupt() == 0);
  CHECK(fs::exists(dir / "site/.gazette-cache/serve/public/index.html"));
  CHECK_FALSE(fs::exists(dir / "site/public"));  // serve never touches public/
}
