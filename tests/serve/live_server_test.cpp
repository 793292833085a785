// LiveServer in-process: the reload script, and serving the built site over HTTP.
#include "serve/live_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;
using namespace std::chrono_literals;

namespace {

const std::string kScript = inject_reload_script("");

// A port nobody listens on right now (the kernel's choice), for the server to bind.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  close(fd);
  return ntohs(addr.sin_port);
}

httplib::Result get(int port, const std::string& path) {
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(1s);
  c.set_read_timeout(5s);
  return c.Get(path);
}

// Runs a LiveServer on the fixture site until the end of the scope.
struct Running {
  TempDir dir;
  int port = free_port();
  std::unique_ptr<LiveServer> server;
  std::future<int> result;

  Running() {
    write_fixture_site(dir / "site");
    write_text(dir / "secret.txt", "不应被读到的文件");
    ServeSettings s;
    s.site_dir = dir / "site";
    s.port = port;
    s.jobs = 2;
    server = std::make_unique<LiveServer>(s);
    result = std::async(std::launch::async, [this] { return server->run(); });
  }
  ~Running() {
    if (result.valid()) {
      server->stop();
      result.wait();
    }
  }
  bool ready() const {
    for (int i = 0; i < 200; ++i) {
      if (get(port, "/")) return true;
      if (result.wait_for(50ms) == std::future_status::ready) return false;  // run() ended
    }
    return false;
  }
};

}  // namespace

TEST_CASE("live server: the reload script goes before </body>, or at the end", "[serve]") {
  CHECK(kScript == "<script src=\"/__gazette/reload.js\"></script>");
  CHECK(inject_reload_script("<html><body><p>测试报</p></body></html>") ==
        "<html><body><p>测试报</p>" + kScript + "</body></html>");
  // The last </body>, should the text mention one earlier.
  CHECK(inject_reload_script("<body><pre>&lt;/body&gt; </body></pre></body>") ==
        "<body><pre>&lt;/body&gt; </body></pre>" + kScript + "</body>");
  CHECK(inject_reload_script("<p>没有 body 的片段</p>") == "<p>没有 body 的片段</p>" + kScript);
}

TEST_CASE("live server: serves the built site with the reload script, 404 for unknown paths",
          "[serve]") {
  Running r;
  INFO("port " << r.port);
  REQUIRE(r.ready());
  CHECK(r.server->generation() == 1);

  auto home = get(r.port, "/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(home->body.find("<title>测试报") != std::string::npos);
  CHECK(home->body.find(kScript + "</body>") != std::string::npos);
  // Links carry the server's own base URL, not site.yml's.
  CHECK(home->body.find("href=\"/2023/07/20/\"") != std::string::npos);

  // The script is a file (the theme's Content-Security-Policy forbids inline scripts).
  CHECK(kScript.find("src=\"/__gazette/reload.js\"") != std::string::npos);
  auto reload = get(r.port, "/__gazette/reload.js");
  REQUIRE(reload);
  CHECK(reload->status == 200);
  CHECK(reload->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(reload->body.find("new EventSource(\"/__gazette/events\")") != std::string::npos);

  auto article = get(r.port, "/2023/07/20/zhi-yuan/");
  REQUIRE(article);
  CHECK(article->status == 200);
  CHECK(article->body.find("『志愿红』助力旅发大会") != std::string::npos);

  auto folder = get(r.port, "/2023/07/20");
  REQUIRE(folder);
  CHECK(folder->status == 301);
  CHECK(folder->get_header_value("Location") == "/2023/07/20/");

  auto feed = get(r.port, "/atom.xml");
  REQUIRE(feed);
  CHECK(feed->status == 200);
  CHECK(feed->get_header_value("Content-Type") == "application/xml; charset=utf-8");
  CHECK(feed->body.find("__gazette") == std::string::npos);  // only HTML gets the script

  auto missing = get(r.port, "/2023/07/20/mei-you/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->body.find("页面未找到") != std::string::npos);
}

namespace {

// Listens to the server's reload events on a thread of its own, collecting
// their data lines ("reload", "reload /a/ /b/").
struct EventLog {
  std::mutex mu;
  std::vector<std::string> events;
  std::atomic<bool> connected{false}, done{false};
  std::thread thread;

  explicit EventLog(int port) {
    thread = std::thread([this, port] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(30s);
      c.Get("/__gazette/events", [this](const char* data, size_t len) {
        std::string chunk(data, len);
        if (chunk.find(": connected") != std::string::npos) connected = true;
        for (size_t at = 0; (at = chunk.find("data: ", at)) != std::string::npos; at += 6) {
          std::lock_guard lock(mu);
          events.push_back(chunk.substr(at + 6, chunk.find('\n', at) - at - 6));
        }
        return !done;
      });
    });
    while (!connected) std::this_thread::sleep_for(1ms);
  }
  ~EventLog() {
    done = true;
    thread.join();  // ends at the server's next event or ping (stop() in Running)
  }
  // Waits until `n` events have come; all of them.
  std::vector<std::string> wait_for(size_t n) {
    for (int i = 0; i < 3000; ++i) {
      {
        std::lock_guard lock(mu);
        if (events.size() >= n) return events;
      }
      std::this_thread::sleep_for(10ms);
    }
    std::lock_guard lock(mu);
    return events;
  }
};

}  // namespace

TEST_CASE("live server: an edited article's page is served first, then the pages listing it",
          "[serve]") {
  Running r;
  REQUIRE(r.ready());
  const fs::path file = r.dir / "site/content/2023/07/20/zhi-yuan.md";
  std::string text = read_text(file);
  const std::string old_title = "『志愿红』助力旅发大会";
  text.replace(text.find(old_title), old_title.size(), "『志愿红』点亮旅发大会");
  {
    EventLog log(r.port);
    write_text(file, text);
    const auto events = log.wait_for(2);
    REQUIRE(events.size() >= 2);
    // First the article itself, then the other pages whose bytes changed
    // (its neighbours, its edition, the lists it is in) — not every page.
    CHECK(events[0] == "reload /2023/07/20/zhi-yuan/");
    CHECK(events[1].find(" /2023/07/20/ ") != std::string::npos);
    CHECK(events[1].find(" /2023/07/20/huan-wei/") != std::string::npos);  // its neighbour
    CHECK(events[1].find(" /2023/07/20/zhi-yuan/") == std::string::npos);  // already shown
    CHECK(events[1].find(" /2023/07/19/jiu-wen/") == std::string::npos);   // unrelated
    r.server->stop();
  }
  for (const char* page : {"2023/07/20/zhi-yuan/index.html", "2023/07/20/index.html"}) {
    INFO(page);
    CHECK(read_text(r.dir / "site/.gazette-cache/serve/public" / page)
              .find("『志愿红』点亮旅发大会") != std::string::npos);
  }
}

TEST_CASE("live server: a change that is not an article's text reloads every page", "[serve]") {
  Running r;
  REQUIRE(r.ready());
  EventLog log(r.port);
  write_text(r.dir / "site/content/2023/07/20/xin-wen.md",
             "---\ntitle: 新到的稿件\npage: 2\n---\n正文。\n");
  const auto events = log.wait_for(1);
  REQUIRE(events.size() == 1);
  CHECK(events[0] == "reload");
  auto page = get(r.port, "/2023/07/20/xin-wen/");
  REQUIRE(page);
  CHECK(page->body.find("新到的稿件") != std::string::npos);
  r.server->stop();
}

TEST_CASE("live server: no path leads out of the output folder", "[serve]") {
  Running r;
  REQUIRE(r.ready());
  // The output is <site>/.gazette-cache/serve/public: secret.txt is four levels up.
  for (const char* path :
       {"/../../../../secret.txt", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/2023/..%2f..%2f..%2f..%2f..%2fsecret.txt", "/../../../site.yml", "//etc/passwd"}) {
    INFO(path);
    auto res = get(r.port, path);
    if (!res) continue;  // the client refused to send it: nothing was served either
    CHECK(res->status != 200);
    CHECK(res->body.find("不应被读到的文件") == std::string::npos);
    CHECK(res->body.find("base_url") == std::string::npos);
    CHECK(res->body.find("root:") == std::string::npos);
  }
}

namespace {

// Sends `target` exactly as given (no client normalises it) and returns the
// whole response, or "" when the server closed the connection.
std::string raw_get(int port, const std::string& target) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  timeval timeout{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  const std::string request =
      "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  (void)!write(fd, request.data(), request.size());
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;)
    response.append(buf, static_cast<size_t>(n));
  close(fd);
  return response;
}

}  // namespace

TEST_CASE("live server: backslashes, NUL and overlong paths never leave the output folder",
          "[serve]") {
  Running r;
  REQUIRE(r.ready());
  const std::string overlong = "/" + std::string(9000, 'a') + "/../../../../../secret.txt";
  std::string deep;
  for (int i = 0; i < 3000; ++i) deep += "/..";
  for (const std::string& target :
       {std::string("/..\\..\\..\\..\\secret.txt"),
        std::string("/%5c..%5c..%5c..%5c..%5csecret.txt"),
        std::string("/%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5csecret.txt"),
        std::string("/.%2e/.%2e/.%2e/.%2e/secret.txt"), std::string("/%00/../../../../secret.txt"),
        std::string("/../../../../secret.txt%00.html"), std::string("/%2e%2e%00/secret.txt"),
        overlong, deep + "/secret.txt",
        std::string("/%252e%252e/%252e%252e/%252e%252e/%252e%252e/secret.txt")}) {
    INFO(target.substr(0, 80));
    const std::string response = raw_get(r.port, target);
    CHECK(response.find("不应被读到的文件") == std::string::npos);
    CHECK(response.rfind("HTTP/1.1 200", 0) != 0);
  }
  // And it still serves.
  auto home = get(r.port, "/");
  REQUIRE(home);
  CHECK(home->status == 200);
}

TEST_CASE("live server: stop() ends run() with status 0", "[serve]") {
  Running r;
  REQUIRE(r.ready());
  r.server->stop();
  REQUIRE(r.result.wait_for(10s) == std::future_status::ready);
  CHECK(r.result.get() == 0);
  CHECK_FALSE(get(r.port, "/"));  // no longer listening
  CHECK(fs::exists(r.dir / "site/.gazette-cache/serve/public/index.html"));
  CHECK_FALSE(fs::exists(r.dir / "site/public"));
}

TEST_CASE("live server: a stop() before it listens still ends run()", "[serve]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  ServeSettings s;
  s.site_dir = dir / "site";
  s.port = free_port();
  LiveServer server(s);
  server.stop();  // Ctrl-C during the first build
  auto result = std::async(std::launch::async, [&] { return server.run(); });
  REQUIRE(result.wait_for(20s) == std::future_status::ready);
  CHECK(result.get() == 0);
}

TEST_CASE("live server: a request path is decoded once", "[serve]") {
  Running r;
  write_text(r.dir / "site/static/a%41.txt", "percent");
  write_text(r.dir / "site/static/aA.txt", "letter");
  REQUIRE(r.ready());
  // The static files arrive with the next build; wait for it.
  for (int i = 0; i < 100 && !fs::exists(r.dir / "site/.gazette-cache/serve/public/aA.txt"); ++i)
    std::this_thread::sleep_for(50ms);
  auto res = get(r.port, "/a%2541.txt");  // the name "a%41.txt", encoded
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body == "percent");
  auto bad = get(r.port, "/%zz");
  REQUIRE(bad);
  CHECK(bad->status != 500);
}

namespace {

// This process's resident memory, KiB.
long resident_kib() {
  long pages = 0, resident = 0;
  std::ifstream("/proc/self/statm") >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

}  // namespace

TEST_CASE("live server: memory stays flat over 500 rebuilds", "[serve]") {
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer keeps freed memory in quarantine: resident memory grows
  // by design. The release build measures it.
  WARN("skipped under AddressSanitizer");
  return;
#endif
  Running r;
  REQUIRE(r.ready());
  const fs::path article = r.dir / "site/content/2023/07/20/zhi-yuan.md";
  long at10 = 0;
  for (int i = 1; i <= 500; ++i) {
    const uint64_t before = r.server->generation();
    write_text(article, "---\ntitle: 第" + std::to_string(i) + "次修改\npage: 1\n---\n正文。\n");
    for (int wait = 0; wait < 1000 && r.server->generation() == before; ++wait)
      std::this_thread::sleep_for(10ms);
    REQUIRE(r.server->generation() > before);
    if (i == 10) at10 = resident_kib();
  }
  const long at500 = resident_kib();
  INFO("resident after 10 rebuilds: " << at10 << " KiB, after 500: " << at500 << " KiB");
  // A leak of the size once seen (a theme's templates kept per rebuild) adds
  // over 100 MiB here; allocator noise a few.
  CHECK(at500 <= at10 + 10 * 1024);
}
