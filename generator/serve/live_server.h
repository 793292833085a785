// `gazette serve`: a local preview that rebuilds on every save.
//
// Builds the site into <site>/.gazette-cache/serve/ (never into public/), serves
// it over HTTP (cpp-httplib) with "dir/" meaning "dir/index.html" and the
// theme's 404 page for unknown paths, watches the inputs (Watcher), rebuilds
// after a change and tells open pages to reload through server-sent events
// (/__gazette/events; a small script is added to every HTML response). When a
// build fails, HTML requests get a page listing the errors instead, which
// reloads itself once the error is fixed; the server never exits on a content
// error. stop() (Ctrl-C) ends run() cleanly.
//
// The site stays in memory between builds (BuildSession): when a save only
// edits articles' text, the edited articles' own pages are rendered first and
// served from memory, and the pages showing them are told to reload (an
// event names the paths to reload, or none for all); then the rest of the
// site is brought up to date as a build would, and the other pages that
// changed are told to reload. Any other change is a whole build.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace gazette {

class BuildSession;

struct ServeSettings {
  std::filesystem::path site_dir = ".";
  std::string bind = "127.0.0.1";
  int port = 1313;
  unsigned jobs = 0;
  std::function<void(const std::string&)> log;  // one line per event; may be empty
};

class LiveServer {
 public:
  explicit LiveServer(ServeSettings settings);
  ~LiveServer();

  // Builds, listens and watches until stop(). Returns 0, or 1 when the port
  // cannot be bound.
  int run();
  void stop();

  // The number of builds so far (successful or not); for tests and logs.
  uint64_t generation() const { return generation_.load(); }

 private:
  struct Impl;
  BuildSession& session();
  // `changed`: the files the watcher saw change; empty for the first build.
  void rebuild(const std::vector<std::string>& changed);
  bool quick_rebuild(const std::vector<std::string>& changed);  // false: not possible
  // Tells the open pages at `paths` (" /a/ /b/") to reload; "" for all.
  void announce(std::string paths);
  std::string current_error() const;
  bool fresh_page(const std::string& rel, std::string& bytes) const;
  static constexpr size_t kKeptEvents = 64;

  ServeSettings settings_;
  std::filesystem::path out_dir_;
  std::unique_ptr<Impl> impl_;
  mutable std::mutex mu_;
  std::condition_variable changed_;
  std::string error_;  // of the last build; empty when it succeeded
  std::atomic<uint64_t> generation_{0};
  // Pages rendered ahead of the build that publishes them, by output path.
  std::map<std::string, std::string> overlay_;
  std::deque<std::pair<uint64_t, std::string>> events_;  // (number, paths), the latest
  uint64_t event_seq_ = 0;
  std::atomic<bool> stopping_{false};
};

// Adds the live-reload script before </body> (or at the end).
std::string inject_reload_script(std::string html);

}  // namespace gazette
