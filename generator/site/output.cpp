#include "site/output.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <unordered_set>

#include "util/error.h"
#include "util/fs.h"

namespace gazette {
namespace {

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i)
    if (i == inner.end() || *i != *o) return false;
  return true;
}

fs::path absolute_clean(const fs::path& p) { return fs::weakly_canonical(fs::absolute(p)); }

void check_replaceable(const fs::path& out, const fs::path& site_dir) {
  const fs::path site = absolute_clean(site_dir);
  if (is_within(site, out))
    throw ContentError(out.string(), 0, "--out must not be the site folder or contain it");
  if (is_within(out, site / "content") || is_within(out, site / "themes") ||
      is_within(out, site / "layouts"))
    throw ContentError(out.string(), 0, "--out must not be inside content/, themes/ or layouts/");
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  if (!fs::is_directory(out, ec))
    throw ContentError(out.string(), 0, "--out exists and is not a folder");
  if (fs::is_empty(out, ec) || fs::exists(out / OutputDir::kMarker, ec)) return;
  throw ContentError(out.string(), 0,
                     "refusing to replace a folder gazette did not write (no " +
                         std::string(OutputDir::kMarker) +
                         " in it); remove it or choose another --out");
}

// True when the file at `path` holds exactly `data` (cheap size check first).
bool same_content(const fs::path& path, std::string_view data) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<size_t>(st.st_size) != data.size())
    return false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string buf(data.size(), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t n = ::read(fd, buf.data() + got, buf.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  return got == data.size() && buf == data;
}

void write_all(const fs::path& path, std::string_view data, bool fresh) {
  // In a fresh tree most pages sit in a folder of their own that does not
  // exist yet: create it first instead of failing an open() per page.
  if (fresh) ::mkdir(path.parent_path().c_str(), 0755);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    // Usually only the page's own folder is missing ("<slug>/"): one mkdir.
    // create_directories() would stat every ancestor on every page.
    const fs::path parent = path.parent_path();
    if (::mkdir(parent.c_str(), 0755) != 0 && errno != EEXIST) {
      std::error_code ec;
      fs::create_directories(parent, ec);
    }
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd < 0)
    throw ContentError(path.string(), 0, std::string("cannot write: ") + std::strerror(errno));
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      throw ContentError(path.string(), 0, std::string("write failed: ") + std::strerror(err));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0)
    throw ContentError(path.string(), 0, std::string("write failed: ") + std::strerror(errno));
}

}  // namespace

bool is_safe_relative_path(std::string_view rel) {
  if (rel.empty() || rel.front() == '/') return false;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t end = rel.find('/', start);
    if (end == std::string_view::npos) end = rel.size();
    std::string_view part = rel.substr(start, end - start);
    if (part.empty() || part == "." || part == ".." || part.find('\0') != std::string_view::npos)
      return false;
    start = end + 1;
  }
  return true;
}

OutputDir::OutputDir(fs::path out, const fs::path& site_dir) : out_(absolute_clean(out)) {
  check_replaceable(out_, site_dir);
  staging_ = out_.parent_path() / ("." + out_.filename().string() + ".staging");
  std::error_code ec;
  if (fs::exists(staging_, ec) && !fs::is_directory(staging_, ec)) fs::remove(staging_, ec);
  fresh_ = !fs::exists(staging_, ec) || fs::is_empty(staging_, ec);  // nothing to compare with
  fs::create_directories(staging_, ec);
  if (ec)
    throw ContentError(staging_.string(), 0, "cannot create the staging folder: " + ec.message());
  lock_fd_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX) != 0)
    throw ContentError(staging_.string(), 0,
                       std::string("cannot lock the staging folder: ") + std::strerror(errno));
  write(kMarker, "This folder was written by gazette build; it is replaced on every build.\n");
}

OutputDir::~OutputDir() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the lock
}

void OutputDir::write(std::string_view rel, std::string_view data) {
  if (!is_safe_relative_path(rel))
    throw ContentError(std::string(rel), 0, "refusing to write outside the output folder");
  const fs::path path = staging_ / fs::path(std::string(rel));
  if (!fresh_ && same_content(path, data)) {
    ++unchanged_;
  } else {
    write_all(path, data, fresh_);
    ++written_;
  }
  std::lock_guard lock(mu_);
  produced_.emplace_back(rel);
}

void OutputDir::copy_tree(const fs::path& from) {
  for (const auto& file : list_files(from, ""))
    write(file.lexically_relative(from).generic_string(), read_file(file));
}

void OutputDir::remove_stale() {
  std::unordered_set<std::string> keep(produced_.begin(), produced_.end());
  std::vector<fs::path> dirs;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(staging_, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_directory(ec)) {
      dirs.push_back(it->path());
    } else if (!keep.count(it->path().lexically_relative(staging_).generic_string())) {
      fs::remove(it->path(), ec);
    }
  }
  // Deepest first, so emptied parents go too.
  for (auto d = dirs.rbegin(); d != dirs.rend(); ++d)
    if (fs::is_empty(*d, ec)) fs::remove(*d, ec);
}

void OutputDir::publish() {
  if (!fresh_) remove_stale();  // a fresh tree holds only what this build wrote
  std::error_code ec;
  if (!fs::exists(out_, ec)) {
    fs::rename(staging_, out_, ec);
    if (ec) throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
    return;
  }
  // Swap atomically: readers see either the old or the new site, never a mix.
  // The old output stays in staging_ for the next build to update.
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) == 0) return;
  // File systems without RENAME_EXCHANGE: two renames, the old tree kept as staging.
  fs::path old = out_.parent_path() / ("." + out_.filename().string() + ".old");
  fs::remove_all(old, ec);
  fs::rename(out_, old, ec);
  if (ec) throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
  fs::rename(staging_, out_, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out_, ignored);
    throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
  }
  fs::rename(old, staging_, ec);
}

}  // namespace gazette
