// One build of a site at a time.
//
// `gazette build` and every rebuild of `gazette serve` hold an exclusive
// lock on <site>/.gazette-cache/lock (filenames::lock_file) from before they
// read the caches until they have published, so two builds of one site never
// interleave their caches or their output: a second build waits for the
// first, and its output is always one complete build. The lock is an
// advisory flock(2) on an open file: the kernel drops it when its holder
// exits, however it exits (a SIGKILL leaves no stale lock). The file holds
// the holder's process id, for the message a waiting build shows.
#pragma once

#include <filesystem>
#include <functional>

namespace gazette {

class SiteLock {
 public:
  // Called once, before waiting, with the process id that holds the lock
  // (0 when unknown).
  using Waiting = std::function<void(long holder_pid)>;

  // Takes the lock of the site in `site_dir`, waiting as long as another
  // process holds it. When the lock file cannot be created (a read-only
  // site folder), there is nothing to share, so nothing is locked.
  static SiteLock acquire(const std::filesystem::path& site_dir, const Waiting& waiting = {});

  SiteLock() = default;
  SiteLock(SiteLock&& other) noexcept;
  SiteLock& operator=(SiteLock&& other) noexcept;
  SiteLock(const SiteLock&) = delete;
  SiteLock& operator=(const SiteLock&) = delete;
  ~SiteLock();

  bool held() const { return fd_ >= 0; }

 private:
  explicit SiteLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace gazette
