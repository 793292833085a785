// The output folder, written atomically.
//
// A build writes into a fresh staging folder beside --out and, only when
// everything succeeded, swaps it with the old output in one rename (Linux
// renameat2 RENAME_EXCHANGE), then deletes the old tree. A failed or
// interrupted build leaves the previous output byte-identical.
//
// Safety: write() accepts only relative paths without "." or ".." segments,
// so nothing outside the output can be written. An existing --out is replaced
// only if gazette wrote it (it holds the marker file), and --out may not be
// the site itself or contain it, so a typo cannot delete an editor's files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace gazette {

class OutputDir {
 public:
  static constexpr const char* kMarker = ".gazette-output";

  // Throws ContentError when `out` may not be replaced.
  OutputDir(std::filesystem::path out, const std::filesystem::path& site_dir);
  ~OutputDir();  // removes the staging folder unless published
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  // Writes staging/<rel>; thread-safe for distinct paths.
  void write(std::string_view rel, std::string_view data) const;
  // Copies a folder's tree into the staging root (later copies win).
  void copy_tree(const std::filesystem::path& from) const;
  void publish();

  const std::filesystem::path& staging() const { return staging_; }
  const std::filesystem::path& out() const { return out_; }

 private:
  std::filesystem::path out_, staging_;
  bool published_ = false;
};

// True when `rel` is a safe relative path (no absolute, empty, "." or ".." parts).
bool is_safe_relative_path(std::string_view rel);

}  // namespace gazette
