#include "util/fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>

#include "util/error.h"

namespace gazette {

std::string read_file(const fs::path& path) {
  // Plain POSIX calls: one open, fstat, read(s), close. ifstream adds seeks and
  // fcntls per file, which show up when a build reads 100,000 files.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw ContentError(path.string(), 0, std::string("cannot read: ") + std::strerror(errno));
  struct stat st {};
  std::string data;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw ContentError(path.string(), 0, std::string("read failed: ") + std::strerror(err));
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return data;
}

void write_file(const fs::path& path, std::string_view data) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    throw ContentError(path.string(), 0, std::string("cannot write: ") + std::strerror(errno));
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) throw ContentError(path.string(), 0, "write failed");
}

void write_file_atomic(const fs::path& path, std::string_view data) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(rng());
  write_file(tmp, data);
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw ContentError(path.string(), 0, "cannot replace file: " + ec.message());
  }
}

std::vector<fs::path> list_files(const fs::path& root, std::string_view suffix) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const std::string name = it->path().filename().string();
    if (name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(it->path());
  }
  if (ec) throw ContentError(root.string(), 0, "cannot list directory: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

std::string display_path(const fs::path& path, const fs::path& base) {
  // Lexical, not fs::relative(): that resolves symlinks with a readlink() per
  // path component, hundreds of thousands of syscalls on a large archive.
  auto rel = path.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return path.generic_string();
  return rel.generic_string();
}

}  // namespace gazette
