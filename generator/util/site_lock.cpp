#include "util/site_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <utility>

#include "util/error.h"
#include "util/filenames.h"

namespace gazette {

namespace {

long read_pid(int fd) {
  char buf[32] = {};
  const ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  return std::strtol(buf, nullptr, 10);
}

void write_pid(int fd) {
  const std::string pid = std::to_string(static_cast<long>(getpid())) + "\n";
  if (ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const ssize_t n = pwrite(fd, pid.data(), pid.size(), 0);
  }
}

}  // namespace

SiteLock SiteLock::acquire(const std::filesystem::path& site_dir, const Waiting& waiting) {
  std::error_code ec;
  // No site, no lock (and no folder made where the user named none: the
  // build reports the missing site).
  if (!std::filesystem::is_directory(site_dir, ec)) return SiteLock();
  const std::filesystem::path path = filenames::lock_file(site_dir);
  std::filesystem::create_directories(path.parent_path(), ec);
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EROFS || errno == EACCES || errno == EPERM) return SiteLock();
    throw IoError(path.string(), "cannot open the lock file", errno);
  }
  SiteLock lock(fd);
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) {
      throw IoError(path.string(), "cannot lock", errno);
    }
    if (waiting) waiting(read_pid(fd));
    while (flock(fd, LOCK_EX) != 0) {
      if (errno != EINTR) throw IoError(path.string(), "cannot lock", errno);
    }
  }
  write_pid(fd);
  return lock;
}

SiteLock::SiteLock(SiteLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

SiteLock& SiteLock::operator=(SiteLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

SiteLock::~SiteLock() {
  // Closing the file releases the lock; the file stays (removing it would
  // race with a process that has opened it and waits).
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace gazette
