#include "serve/watcher.h"
#include "util/filenames.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace gazette {
namespace {

constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_DELETE_SELF | IN_MODIFY;

}  // namespace

Watcher::Watcher(std::filesystem::path site_dir) : site_dir_(std::move(site_dir)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) throw std::runtime_error(std::string("inotify: ") + std::strerror(errno));
  if (pipe2(stop_pipe_, O_CLOEXEC | O_NONBLOCK) != 0)
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  add(site_dir_);  // for site.yml and folders created later at the top
  for (auto sub : {filenames::kContentDir, filenames::kThemesDir, filenames::kLayoutsDir,
                   filenames::kStaticDir})
    add_tree(site_dir_ / sub);
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
  for (int p : stop_pipe_)
    if (p >= 0) close(p);
}

void Watcher::add(const std::filesystem::path& dir) {
  int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd >= 0) dirs_[wd] = dir;
}

void Watcher::add_tree(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return;
  add(dir);
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::end(it); it.increment(ec))
    if (it->is_directory(ec)) add(it->path());
}

void Watcher::stop() {
  char c = 1;
  [[maybe_unused]] auto n = write(stop_pipe_[1], &c, 1);
}

// Reads pending events; returns false when there were none.
bool Watcher::drain(std::vector<std::string>& changed) {
  alignas(inotify_event) char buf[16384];
  bool any = false;
  for (;;) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) return any;
    for (ssize_t off = 0; off < n;) {
      auto* ev = reinterpret_cast<inotify_event*>(buf + off);
      off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
      auto dir = dirs_.find(ev->wd);
      if (dir == dirs_.end()) continue;
      std::filesystem::path path = ev->len ? dir->second / ev->name : dir->second;
      std::string name = path.filename().string();
      const bool top = dir->second == site_dir_;
      // At the top level only site.yml and the watched folders matter.
      if (top && name != filenames::kSiteConfig && name != filenames::kContentDir &&
          name != filenames::kThemesDir && name != filenames::kLayoutsDir &&
          name != filenames::kStaticDir)
        continue;
      if (!name.empty() && (name[0] == '.' || name.back() == '~')) continue;  // editor temp files
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO))) add_tree(path);
      changed.push_back(path.string());
      any = true;
    }
  }
}

std::vector<std::string> Watcher::wait(std::chrono::milliseconds timeout,
                                       std::chrono::milliseconds settle) {
  std::vector<std::string> changed;
  pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
  if (poll(fds, 2, static_cast<int>(timeout.count())) <= 0 || (fds[1].revents & POLLIN))
    return changed;
  drain(changed);
  // Let a burst of saves settle before reporting it.
  while (poll(fds, 2, static_cast<int>(settle.count())) > 0) {
    if (fds[1].revents & POLLIN) return {};
    drain(changed);
  }
  return changed;
}

}  // namespace gazette
