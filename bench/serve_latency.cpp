// serve_latency GAZETTE SITE [EDITS]: how long `gazette serve` takes to show
// an edit. Starts `gazette serve` on SITE, waits for its first build, then
// EDITS times (default 5): subscribes to the reload events, changes the title
// of one article (spread over the archive), and measures from the write to
// (a) the reload event that reloads the article's page (one naming it, or
// one for all pages: the served reload script's rule), (b) the article page
// served with the new title — what an editor sees in the browser — and (c)
// the last reload event (the other pages showing the article updated). Prints each edit and the medians; every
// edited file is restored at the end. A measuring tool, not a test.
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// Articles: content/YYYY/MM/DD/<slug>.md, not _index.md.
std::vector<fs::path> articles_of(const fs::path& site) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(site / "content"))
    if (e.is_regular_file() && e.path().extension() == ".md" &&
        e.path().filename() != "_index.md" &&
        e.path().parent_path().parent_path().parent_path().parent_path().filename() == "content")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string url_of(const fs::path& article) {
  const fs::path day = article.parent_path(), month = day.parent_path(), year = month.parent_path();
  return "/" + year.filename().string() + "/" + month.filename().string() + "/" +
         day.filename().string() + "/" + article.stem().string() + "/";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: serve_latency GAZETTE SITE [EDITS]\n");
    return 2;
  }
  const std::string gazette = argv[1];
  const fs::path site = argv[2];
  const int edits = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  const int port = 20000 + static_cast<int>(::getpid() % 30000);
  const std::vector<fs::path> articles = articles_of(site);
  if (articles.empty()) {
    std::fprintf(stderr, "serve_latency: no articles under %s/content\n", site.c_str());
    return 1;
  }

  std::string port_text = std::to_string(port), site_text = site.string();
  std::vector<char*> args = {const_cast<char*>(gazette.c_str()),
                             const_cast<char*>("serve"),
                             const_cast<char*>("--site"),
                             site_text.data(),
                             const_cast<char*>("--port"),
                             port_text.data(),
                             nullptr};
  const fs::path log = fs::temp_directory_path() / ("serve-latency-" + port_text + ".log");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  if (posix_spawn(&pid, gazette.c_str(), &actions, nullptr, args.data(), environ) != 0) {
    std::fprintf(stderr, "serve_latency: cannot start %s\n", gazette.c_str());
    return 1;
  }
  posix_spawn_file_actions_destroy(&actions);
  struct Stop {
    pid_t pid;
    ~Stop() {
      ::kill(pid, SIGINT);
      ::waitpid(pid, nullptr, 0);
    }
  } stop{pid};

  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(1s);
  const auto started = Clock::now();
  while (!client.Get("/")) {
    if (Clock::now() - started > 30min) {
      std::fprintf(stderr, "serve_latency: no answer on port %d (log: %s)\n", port, log.c_str());
      return 1;
    }
    std::this_thread::sleep_for(100ms);
  }
  std::printf("first build and answer: %.1f s\n", ms(Clock::now() - started) / 1000);

  std::vector<double> to_event, to_page, to_site;
  std::vector<std::pair<fs::path, std::string>> originals;
  int failures = 0;
  for (int k = 0; k < edits; ++k) {
    const fs::path file = articles[(articles.size() * static_cast<size_t>(2 * k + 1)) /
                                   static_cast<size_t>(2 * edits)];
    const std::string before = read_all(file);
    originals.emplace_back(file, before);
    const std::string marker = "延迟测试" + std::to_string(k) + "-" + std::to_string(::getpid());
    const size_t title = before.find("\ntitle: ");
    if (title == std::string::npos) continue;
    std::string after = before;
    after.insert(after.find('\n', title + 1), marker);

    std::atomic<int> state{0};  // 1 connected, 2 reload of the page seen
    Clock::time_point event_at, last_at;
    std::atomic<Clock::rep> last_event{0};
    const std::string path = url_of(file);
    // The events that would reload a browser showing the page: "reload" (all
    // pages) or "reload /a/ /b/" naming it (the served reload script's rule).
    auto reloads_page = [&](std::string_view data) {
      const std::string paths(data.substr(std::string_view("data: reload").size()));
      return paths.empty() || paths[0] == '\n' || (" " + paths + " ").find(" " + path + " ") != std::string::npos ||
             paths.find(" " + path + "\n") != std::string::npos;
    };
    httplib::Client events("127.0.0.1", port);
    events.set_read_timeout(60s);
    std::thread listener([&] {
      events.Get("/__gazette/events", [&](const char* data, size_t len) {
        std::string_view chunk(data, len);
        if (chunk.find(": connected") != std::string::npos) state = 1;
        for (size_t at = 0; (at = chunk.find("data: reload", at)) != std::string::npos; ++at) {
          last_event = Clock::now().time_since_epoch().count();
          if (state != 2 && reloads_page(chunk.substr(at))) {
            event_at = Clock::now();
            state = 2;
          }
        }
        return true;
      });
    });
    while (state == 0) std::this_thread::sleep_for(1ms);
    const auto t0 = Clock::now();
    write_all(file, after);
    while (state != 2 && Clock::now() - t0 < 60s) std::this_thread::sleep_for(1ms);
    auto page = client.Get(path);
    const auto t2 = Clock::now();
    // Then the rest of the site: the events that follow, until none for 1.5 s.
    while (state == 2 &&
           Clock::now() - Clock::time_point(Clock::duration(last_event.load())) < 1500ms)
      std::this_thread::sleep_for(10ms);
    events.stop();
    listener.join();
    if (state != 2) {
      ++failures;
      continue;
    }
    last_at = Clock::time_point(Clock::duration(last_event.load()));
    const bool shown = page && page->body.find(marker) != std::string::npos;
    if (!shown) ++failures;
    to_event.push_back(ms(event_at - t0));
    to_page.push_back(ms(t2 - t0));
    to_site.push_back(ms(last_at - t0));
    std::printf("edit %d %s: reload event %.0f ms, page with the change %.0f ms, last reload event "
                "%.0f ms%s\n",
                k + 1, path.c_str(), to_event.back(), to_page.back(), to_site.back(),
                shown ? "" : " (change NOT shown)");
    std::fflush(stdout);
    std::this_thread::sleep_for(300ms);
  }
  for (const auto& [file, text] : originals) write_all(file, text);
  std::printf(
      "median: reload event %.0f ms, page with the change %.0f ms, whole site updated %.0f ms (%zu "
      "edits, %zu articles)\n",
      median(to_event), median(to_page), median(to_site), to_page.size(), articles.size());
  return failures == 0 ? 0 : 1;
}
