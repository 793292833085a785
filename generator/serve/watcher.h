// Watches a site's inputs for changes (Linux inotify).
//
// Watches site.yml and, recursively, content/, themes/, layouts/ and static/,
// adding watches for folders created later. wait() blocks until something
// changed and then lets the burst settle (editors save files in several
// steps), so one save triggers one rebuild. Changes under the output or
// cache folders are ignored because those are never watched.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace gazette {

class Watcher {
 public:
  explicit Watcher(std::filesystem::path site_dir);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Blocks up to `timeout`; returns the changed paths (empty on timeout or stop()).
  std::vector<std::string> wait(std::chrono::milliseconds timeout,
                                std::chrono::milliseconds settle = std::chrono::milliseconds(40));
  // Wakes a thread blocked in wait(); safe from a signal handler's thread.
  void stop();

 private:
  void add_tree(const std::filesystem::path& dir);
  void add(const std::filesystem::path& dir);
  bool drain(std::vector<std::string>& changed);

  std::filesystem::path site_dir_;
  int fd_ = -1;
  int stop_pipe_[2] = {-1, -1};
  std::unordered_map<int, std::filesystem::path> dirs_;
};

}  // namespace gazette
