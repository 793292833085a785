#include "util/fs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {
std::vector<std::string> rels(const std::vector<ListedFile>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.rel);
  return out;
}
}  // namespace

TEST_CASE("scan_files lists matching files in path order with stamps", "[fs]") {
  TempDir dir;
  write_text(dir / "a/b.md", "12345");
  write_text(dir / "a.md", "x");
  write_text(dir / "a-b/c.md", "x");
  write_text(dir / "a/notes.txt", "ignored");
  write_text(dir / "z/y/x/w.md", "deep");
  fs::create_directories(dir / "empty");
  auto files = scan_files(dir.path(), ".md");
  // Component by component, as std::filesystem::path compares: "a" < "a-b" < "a.md".
  CHECK(rels(files) == std::vector<std::string>{"a/b.md", "a-b/c.md", "a.md", "z/y/x/w.md"});
  std::vector<fs::path> as_paths = list_files(dir.path(), ".md");
  CHECK(std::is_sorted(as_paths.begin(), as_paths.end()));
  CHECK(as_paths.front() == dir / "a/b.md");

  const FileStamp& st = files.front().stamp;
  CHECK(st.size == 5);
  CHECK(st.inode != 0);
  CHECK(st == stamp_of(dir / "a/b.md"));
  write_text(dir / "a/b.md", "123456");
  CHECK_FALSE(st == stamp_of(dir / "a/b.md"));
  CHECK(stamp_of(dir / "missing.md") == FileStamp{});
}

TEST_CASE("scan_files follows symlinked files but not symlinked folders", "[fs]") {
  TempDir dir;
  write_text(dir / "real/x.md", "x");
  write_text(dir / "outside/y.md", "y");
  fs::create_symlink(dir / "outside/y.md", dir / "real/link.md");
  fs::create_symlink(dir / "outside", dir / "real/folder");
  CHECK(rels(scan_files(dir / "real", ".md")) == std::vector<std::string>{"link.md", "x.md"});
}

TEST_CASE("scan_files on a missing root is empty, an unreadable folder an error", "[fs]") {
  TempDir dir;
  CHECK(scan_files(dir / "nothing", "").empty());
  write_text(dir / "file", "x");
  CHECK(scan_files(dir / "file", "").empty());
  if (::geteuid() == 0) return;  // root reads every folder
  write_text(dir / "locked/inner/a.md", "x");
  ::chmod((dir / "locked/inner").c_str(), 0);
  CHECK_THROWS_AS(scan_files(dir / "locked", ".md"), IoError);
  ::chmod((dir / "locked/inner").c_str(), 0755);
}

TEST_CASE("read_file reads regular, empty and size-less files whole", "[fs]") {
  TempDir dir;
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "平城报第" + std::to_string(i) + "期\n";
  write_text(dir / "big.md", big);
  write_text(dir / "empty.md", "");
  CHECK(read_file(dir / "big.md") == big);
  CHECK(read_file(dir / "empty.md").empty());
  // /proc files report size 0 but have content.
  CHECK(read_file("/proc/self/status").find("Name:") != std::string::npos);
  CHECK_THROWS_AS(read_file(dir / "missing.md"), IoError);
}
