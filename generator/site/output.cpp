#include "site/output.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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
  staging_ = out_.parent_path() /
             ("." + out_.filename().string() + ".staging-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(staging_, ec);
  fs::create_directories(staging_, ec);
  if (ec)
    throw ContentError(staging_.string(), 0, "cannot create the staging folder: " + ec.message());
  write(kMarker, "This folder was written by gazette build; it is replaced on every build.\n");
}

OutputDir::~OutputDir() {
  if (published_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

void OutputDir::write(std::string_view rel, std::string_view data) const {
  if (!is_safe_relative_path(rel))
    throw ContentError(std::string(rel), 0, "refusing to write outside the output folder");
  write_file(staging_ / fs::path(std::string(rel)), data);
}

void OutputDir::copy_tree(const fs::path& from) const {
  std::error_code ec;
  fs::copy(from, staging_, fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
  if (ec) throw ContentError(from.string(), 0, "cannot copy static files: " + ec.message());
}

void OutputDir::publish() {
  std::error_code ec;
  if (!fs::exists(out_, ec)) {
    fs::rename(staging_, out_, ec);
    if (ec) throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
    published_ = true;
    return;
  }
  // Swap atomically: readers see either the old or the new site, never a mix.
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) == 0) {
    published_ = true;
    fs::remove_all(staging_, ec);  // now holds the old output
    return;
  }
  // File systems without RENAME_EXCHANGE: two renames, old tree kept until the end.
  fs::path old =
      out_.parent_path() / ("." + out_.filename().string() + ".old-" + std::to_string(::getpid()));
  fs::rename(out_, old, ec);
  if (ec) throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
  fs::rename(staging_, out_, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out_, ignored);
    throw ContentError(out_.string(), 0, "cannot publish: " + ec.message());
  }
  published_ = true;
  fs::remove_all(old, ec);
}

}  // namespace gazette
