// The gazette commands, as functions of their parsed options.
//
// main.cpp owns the command line (CLI11) and maps it onto these structs; each
// run_* returns the process exit status: 0 success, 1 content or input error
// (the message names file:line), 2 usage error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gazette {

struct BuildOptions {
  std::filesystem::path site = ".";
  std::optional<std::filesystem::path> out;  // default: <site>/public
  std::optional<std::string> base_url;
  unsigned jobs = 0;  // 0: one per core
  bool stats = false;
  bool quiet = false;
  bool no_cache = false;
  // Where to write what the build changed in the output ("+ path" / "- path").
  std::optional<std::filesystem::path> changes;
  // How the program takes its memory (generator/heap.h), shown by --stats.
  std::string heap;
};
int run_build(const BuildOptions& options);

struct CheckOptions {
  std::filesystem::path site = ".";
  std::optional<std::filesystem::path> out;
  unsigned jobs = 0;
};
int run_check(const CheckOptions& options);

struct ImportOptions {
  std::vector<std::filesystem::path> raw_files;
  std::string date;  // YYYY-MM-DD
  // One --page: every raw file is part of that page. Several: one per file,
  // in order (then --page-name is given once per page, or not at all).
  std::vector<int> pages;
  std::vector<std::string> page_names;
  std::optional<int> edition;
  std::filesystem::path site = ".";
  bool force = false;
  bool dry_run = false;
  bool keep_punctuation = false;
};
int run_import(const ImportOptions& options);

struct ServeOptions {
  std::filesystem::path site = ".";
  int port = 1313;
  std::string bind = "127.0.0.1";
  unsigned jobs = 0;
};
int run_serve(const ServeOptions& options);

}  // namespace gazette
