// Small file-system helpers used at the edges of the pipeline.
//
// All functions throw ContentError naming the path on failure, so a caller never
// has to check errno. Paths are std::filesystem paths; contents are bytes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path);

// Writes `data` to `path`, creating parent directories as needed.
void write_file(const fs::path& path, std::string_view data);

// Writes via a temporary file in the same directory and renames it over `path`,
// so readers never see a half-written file.
void write_file_atomic(const fs::path& path, std::string_view data);

// Regular files under `root` (recursively) whose name ends with `suffix`,
// sorted by path so that every later stage sees them in a stable order.
std::vector<fs::path> list_files(const fs::path& root, std::string_view suffix);

// `path` made relative to `base` as a generic string ("content/2023/07/20/a.md").
std::string display_path(const fs::path& path, const fs::path& base);

}  // namespace gazette
