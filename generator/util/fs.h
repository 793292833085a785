// Small file-system helpers used at the edges of the pipeline.
//
// All functions throw IoError naming the path on failure, so a caller never
// has to check errno. Paths are std::filesystem paths; contents are bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path);

// A whole file mapped read-only into memory (empty files map to an empty
// view): what reads a large cache file without copying it. The view stays
// valid, and the bytes unchanged, while the object lives, as long as the
// file is replaced by rename, never rewritten in place: gazette's own cache
// writers rename, under the site lock. A file truncated in place by another
// program while mapped (`cp` over it, `rsync --inplace`, a cache restored
// into .gazette-cache/ during a build) ends the process with SIGBUS when
// the lost bytes are read: restore caches between builds, not during one.
class MappedFile {
 public:
  explicit MappedFile(const fs::path& path);  // throws IoError
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

// Writes `data` to `path`, creating parent directories as needed.
void write_file(const fs::path& path, std::string_view data);

// Writes via a temporary file in the same directory and renames it over `path`,
// so readers never see a half-written file.
void write_file_atomic(const fs::path& path, std::string_view data);

// write_file_atomic() piece by piece, for a file too large to hold whole:
// the pieces go to a temporary file beside `path`, which commit() renames over
// it; destroyed without commit() (an error, an exception), the temporary file
// is removed and `path` is untouched. Throws IoError.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(const fs::path& path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
  void append(std::string_view data);
  void commit();

 private:
  fs::path path_, tmp_;
  int fd_ = -1;
};

// Removes the temporary files a writer of `path` (write_file_atomic,
// AtomicFileWriter) killed on the way left beside it. Only while nothing else
// may be writing `path` (the site lock held). Errors are ignored.
void remove_stale_temp_files(const fs::path& path);

// What tells a rebuild that a file changed without reading it: size, times and
// inode (the inode catches editors that save by replacing the file).
struct FileStamp {
  uint64_t size = 0, mtime_ns = 0, ctime_ns = 0, inode = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of a file; all zero when it cannot be stat'ed.
FileStamp stamp_of(const fs::path& path);

struct ListedFile {
  std::string rel;    // relative to the listed root, '/'-separated: "2023/07/20/a.md"
  FileStamp stamp;    // of the file itself, or of what a link points to
  bool link = false;  // a symbolic link (to a regular file)
};

// Regular files under `root` (recursively; symlinked files are followed and
// marked `link`, symlinked folders are not entered) whose name ends with `suffix`, with their
// stamps, in path order (component by component) so that every later stage sees them in a stable
// order. Empty when `root` is not a folder. One open per folder and one fstatat per entry, relative
// to the folder: a 50,000-file archive is listed without resolving a full path per file.
// Folders two levels down are walked on `jobs` threads (util/parallel.h).
std::vector<ListedFile> scan_files(const fs::path& root, std::string_view suffix,
                                   unsigned jobs = 0);

// scan_files() as full paths (root / rel).
std::vector<fs::path> list_files(const fs::path& root, std::string_view suffix);

// `path` made relative to `base` as a generic string ("content/2023/07/20/a.md").
std::string display_path(const fs::path& path, const fs::path& base);

// Whether `path` resolves (all links followed) to a place inside `root`
// (resolved too); false when it points outside or cannot be resolved.
bool resolves_inside(const fs::path& path, const fs::path& root);

// Whether `path` is `root` or below it, by their names alone.
bool lexically_inside(const fs::path& path, const fs::path& root);

// What a build says of a file in the site that a link makes it read from
// outside the site (content/, static/, layouts/, themes/): it refuses.
inline constexpr const char* kPointsOutsideSite =
    "points outside the site: gazette follows links only to files inside the site folder";

// True when `rel` is a safe relative path: not absolute, and no empty, ".",
// ".." or NUL-containing parts. Output files and served paths must be.
bool is_safe_relative_path(std::string_view rel);

}  // namespace gazette
