// The output folder, published atomically and rewritten only where it changed.
//
// A build writes into a staging folder beside --out (".<name>.staging") and,
// only when everything succeeded, swaps it with the live output in one rename
// (Linux renameat2 RENAME_EXCHANGE). A failed build therefore leaves the live
// output byte-identical. After the swap the staging folder holds the previous
// output and is kept: the next build updates it in place, writing only files
// whose bytes differ and deleting files no longer produced. That keeps a
// rebuild of a large archive from re-creating and deleting tens of thousands
// of files; the price is a second copy on disk (safe to delete at any time).
//
// Safety: write() accepts only relative paths without "." or ".." segments, so
// nothing outside the output can be written. An existing --out is replaced only
// if gazette wrote it (it holds the marker file), and --out may not be the site
// itself, contain it, or lie inside content/, themes/ or layouts/. Two builds
// into the same --out are serialised by a lock on the staging folder.
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class OutputDir {
 public:
  static constexpr const char* kMarker = ".gazette-output";

  // Throws ContentError when `out` may not be replaced.
  OutputDir(std::filesystem::path out, const std::filesystem::path& site_dir);
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  // Makes staging/<rel> hold `data`; thread-safe for distinct paths.
  void write(std::string_view rel, std::string_view data);
  // Writes every file under `from` (later calls win on equal paths).
  void copy_tree(const std::filesystem::path& from);
  // Deletes what this build did not produce, then swaps staging and out.
  void publish();

  const std::filesystem::path& staging() const { return staging_; }
  const std::filesystem::path& out() const { return out_; }
  size_t files_written() const { return written_; }
  size_t files_unchanged() const { return unchanged_; }

 private:
  void remove_stale();

  std::filesystem::path out_, staging_;
  int lock_fd_ = -1;
  bool fresh_ = false;  // staging started empty: every write is new
  std::mutex mu_;
  std::vector<std::string> produced_;
  std::atomic<size_t> written_{0}, unchanged_{0};
};

// True when `rel` is a safe relative path (no absolute, empty, "." or ".." parts).
bool is_safe_relative_path(std::string_view rel);

}  // namespace gazette
