#include "util/fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>
#include <utility>

#include "util/error.h"
#include "util/filenames.h"
#include "util/parallel.h"

namespace gazette {

MappedFile::MappedFile(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError(path.string(), "cannot read", errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw IoError(path.string(), "cannot read: not a regular file");
  }
  size_ = static_cast<size_t>(st.st_size);
  if (size_ > 0) {
    // Read ahead whole: every byte is checksummed straight after.
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) {
      const int err = errno;
      ::close(fd);
      throw IoError(path.string(), "cannot map", err);
    }
    data_ = p;
  }
  ::close(fd);
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

std::string read_file(const fs::path& path) {
  // Plain POSIX calls: open, fstat, one read of the whole file, close. ifstream
  // adds seeks and fcntls per file, which show up when a build reads 100,000
  // files; asking for one byte more than the size tells EOF without a second read.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError(path.string(), "cannot read", errno);
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  const size_t expected = sized ? static_cast<size_t>(st.st_size) : 0;
  std::string data(expected + 1, '\0');
  size_t got = 0;
  for (;;) {
    if (got == data.size()) data.resize(data.size() * 2 + 4096);  // grew, or no size known
    ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw IoError(path.string(), "read failed", err);
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
    if (sized && got == expected) break;  // all of it, with room to spare: no read() for EOF
  }
  ::close(fd);
  data.resize(got);
  return data;
}

void write_file(const fs::path& path, std::string_view data) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw IoError(path.string(), "cannot write", errno);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.close();
  if (!out) throw IoError(path.string(), "write failed", errno);
}

void write_file_atomic(const fs::path& path, std::string_view data) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  const fs::path tmp = filenames::temp_file(path, rng());
  write_file(tmp, data);
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw IoError(path.string(), "cannot replace file", ec.value());
  }
}

AtomicFileWriter::AtomicFileWriter(const fs::path& path) : path_(path) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  tmp_ = filenames::temp_file(path, rng());
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IoError(tmp_.string(), "cannot write", errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ < 0) return;
  ::close(fd_);
  std::error_code ec;
  fs::remove(tmp_, ec);
}

void AtomicFileWriter::append(std::string_view data) {
  if (fd_ < 0) throw IoError(path_.string(), "write after commit");
  while (!data.empty()) {
    const ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw IoError(tmp_.string(), "write failed", errno);
    data.remove_prefix(static_cast<size_t>(n));
  }
}

void AtomicFileWriter::commit() {
  if (fd_ < 0) throw IoError(path_.string(), "committed twice");
  const int fd = fd_;
  fd_ = -1;
  std::error_code ec;
  if (::close(fd) != 0) {
    const int err = errno;
    fs::remove(tmp_, ec);
    throw IoError(tmp_.string(), "write failed", err);
  }
  fs::rename(tmp_, path_, ec);
  if (ec) {
    fs::remove(tmp_, ec);
    throw IoError(path_.string(), "cannot replace file", ec.value());
  }
}

void remove_stale_temp_files(const fs::path& path) {
  const std::string prefix = filenames::temp_file(path.filename(), 0).string();  // "<name>.tmp-0"
  const std::string stem = prefix.substr(0, prefix.size() - 1);                  // "<name>.tmp-"
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > stem.size() && name.compare(0, stem.size(), stem) == 0)
      fs::remove(entry.path(), ec);
  }
}

namespace {

uint64_t nanoseconds(const timespec& t) {
  return static_cast<uint64_t>(t.tv_sec) * 1000000000ULL + static_cast<uint64_t>(t.tv_nsec);
}

FileStamp stamp_from(const struct stat& st) {
  return FileStamp{static_cast<uint64_t>(st.st_size), nanoseconds(st.st_mtim),
                   nanoseconds(st.st_ctim), static_cast<uint64_t>(st.st_ino)};
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Walks one folder (open as `fd`, which it closes) depth first, names sorted,
// so the output is in path order without sorting whole paths.
class Scanner {
 public:
  Scanner(const fs::path& root, std::string_view suffix) : root_(root), suffix_(suffix) {}

  // Part of a listing, in path order: files already listed, or a folder
  // (open as `fd`) still to walk into `files`.
  struct Slot {
    std::string prefix;
    int depth = 0;
    int fd = -1;
    std::vector<ListedFile> files;
  };
  static constexpr int kSplitDepth = 2;  // folders this deep become slots of their own

  // folder(), but a folder at kSplitDepth is left open in a slot of its own
  // and the files above it go to slots of their own.
  void plan(int fd, const std::string& prefix, int depth, std::vector<Slot>& slots) const {
    walk(fd, prefix, depth, nullptr, &slots);
  }

  void folder(int fd, const std::string& prefix, int depth, std::vector<ListedFile>& out) const {
    walk(fd, prefix, depth, &out, nullptr);
  }

 private:
  // Files to `out`, or (planning) to `slots`.
  void walk(int fd, const std::string& prefix, int depth, std::vector<ListedFile>* out,
            std::vector<Slot>* slots) const {
    struct Closer {
      int fd;
      ~Closer() { ::close(fd); }
    } closer{fd};
    if (depth > 64) fail(prefix, ELOOP);
    std::vector<Name> names;
    read_names(fd, prefix, names);
    std::sort(names.begin(), names.end(),
              [](const Name& a, const Name& b) { return a.name < b.name; });
    for (const auto& [name, is_dir, is_link] : names) {
      const std::string rel = prefix + name;
      if (is_dir) {
        int sub = ::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (sub < 0) fail(rel, errno);
        if (slots && depth + 1 >= kSplitDepth)
          slots->push_back({rel + "/", depth + 1, sub, {}});
        else
          walk(sub, rel + "/", depth + 1, out, slots);
      } else if (ends_with(name, suffix_)) {
        struct stat st {};
        if (::fstatat(fd, name.c_str(), &st, 0) != 0 || !S_ISREG(st.st_mode)) continue;
        ListedFile file{rel, stamp_from(st), is_link};
        if (out) {
          out->push_back(std::move(file));
        } else {
          if (slots->empty() || slots->back().fd >= 0) slots->emplace_back();
          slots->back().files.push_back(std::move(file));
        }
      }
    }
  }

  struct Name {
    std::string name;
    bool is_dir, is_link;
  };

  void read_names(int fd, const std::string& prefix, std::vector<Name>& names) const {
    int dup = ::dup(fd);  // closedir() closes the descriptor it was given
    DIR* dir = dup < 0 ? nullptr : ::fdopendir(dup);
    if (!dir) {
      if (dup >= 0) ::close(dup);
      fail(prefix, errno);
    }
    errno = 0;
    while (const dirent* d = ::readdir(dir)) {
      std::string_view name = d->d_name;
      if (name == "." || name == "..") continue;
      bool is_dir = d->d_type == DT_DIR, is_link = d->d_type == DT_LNK;
      if (d->d_type == DT_UNKNOWN) {  // some file systems do not fill d_type
        struct stat st {};
        const bool known = ::fstatat(fd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0;
        is_dir = known && S_ISDIR(st.st_mode);
        is_link = known && S_ISLNK(st.st_mode);
      }
      if (is_dir || ends_with(name, suffix_)) names.push_back({std::string(name), is_dir, is_link});
    }
    int err = errno;
    ::closedir(dir);
    if (err != 0) fail(prefix, err);
  }

  [[noreturn]] void fail(const std::string& rel, int err) const {
    throw IoError((root_ / rel).string(), "cannot list directory", err);
  }

  fs::path root_;
  std::string_view suffix_;
};

}  // namespace

FileStamp stamp_of(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return stamp_from(st);
}

std::vector<ListedFile> scan_files(const fs::path& root, std::string_view suffix, unsigned jobs) {
  std::vector<ListedFile> out;
  int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return out;
    throw IoError(root.string(), "cannot list directory", errno);
  }
  // The first two levels are listed here; the folders below them (an
  // archive's days) are each walked on the pool, and their files put back
  // in order: one fstatat per file is most of the time of a build that
  // finds nothing changed.
  Scanner scanner(root, suffix);
  std::vector<Scanner::Slot> slots;
  try {
    scanner.plan(fd, "", 0, slots);
  } catch (...) {
    for (auto& slot : slots)
      if (slot.fd >= 0) ::close(slot.fd);
    throw;
  }
  parallel_for(slots.size(), jobs, [&](size_t i) {
    Scanner::Slot& slot = slots[i];
    if (slot.fd < 0) return;
    const int sub = std::exchange(slot.fd, -1);
    scanner.folder(sub, slot.prefix, slot.depth, slot.files);
  });
  size_t total = 0;
  for (const auto& slot : slots) total += slot.files.size();
  out.reserve(total);
  for (auto& slot : slots)
    for (auto& f : slot.files) out.push_back(std::move(f));
  return out;
}

std::vector<fs::path> list_files(const fs::path& root, std::string_view suffix) {
  std::vector<fs::path> out;
  for (const auto& f : scan_files(root, suffix)) out.push_back(root / f.rel);
  return out;
}

std::string display_path(const fs::path& path, const fs::path& base) {
  // Lexical, not fs::relative(): that resolves symlinks with a readlink() per
  // path component, hundreds of thousands of syscalls on a large archive.
  auto rel = path.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return path.generic_string();
  return rel.generic_string();
}

bool resolves_inside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  const fs::path p = fs::canonical(path, ec);
  if (ec) return false;
  const fs::path r = fs::canonical(root, ec);
  if (ec) return false;
  auto i = p.begin();
  for (auto o = r.begin(); o != r.end(); ++o, ++i)
    if (i == p.end() || *i != *o) return false;
  return true;
}

bool lexically_inside(const fs::path& path, const fs::path& root) {
  const fs::path rel = path.lexically_normal().lexically_relative(root.lexically_normal());
  return !rel.empty() && *rel.begin() != "..";
}

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

}  // namespace gazette
