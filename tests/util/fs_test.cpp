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

TEST_CASE("scan_files gives the same listing on one thread or many", "[fs]") {
  // An archive's shape: files at every level, the days (two levels down)
  // walked on the pool, their files put back in path order.
  TempDir dir;
  std::vector<std::string> expected;
  for (const char* year : {"2022", "2023"}) {
    write_text(dir / year / "_index.md", "年");
    for (const char* month : {"01", "07", "12"}) {
      write_text(dir / year / month / "_index.md", "月");
      for (const char* day : {"03", "19", "20"})
        for (const char* name : {"_index.md", "a.md", "huan-wei.md", "zhi-yuan.md"})
          write_text(dir / year / month / day / name, "报");
    }
  }
  write_text(dir / "pages/about.md", "关于");
  write_text(dir / "top.md", "顶");
  const std::vector<ListedFile> one = scan_files(dir.path(), ".md", 1);
  CHECK(one.size() == 2 * (1 + 3 * (1 + 3 * 4)) + 2);
  std::vector<fs::path> paths;
  for (const auto& f : one) paths.push_back(f.rel);
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  for (unsigned jobs : {2u, 4u, 16u}) {
    INFO("jobs " << jobs);
    const std::vector<ListedFile> many = scan_files(dir.path(), ".md", jobs);
    REQUIRE(many.size() == one.size());
    for (size_t i = 0; i < one.size(); ++i) {
      CHECK(many[i].rel == one[i].rel);
      CHECK(many[i].stamp == one[i].stamp);
    }
  }
  if (::geteuid() == 0) return;              // root reads every folder
  ::chmod((dir / "2023/07/19").c_str(), 0);  // a day nobody may list: an error, on any thread
  CHECK_THROWS_AS(scan_files(dir.path(), ".md", 4), IoError);
  ::chmod((dir / "2023/07/19").c_str(), 0755);
}

TEST_CASE("MappedFile shows a file's bytes, and keeps them when the file is replaced", "[fs]") {
  TempDir dir;
  write_text(dir / "shard.bin", "甲乙丙\n第二行");
  write_text(dir / "empty.bin", "");
  const MappedFile mapped(dir / "shard.bin");
  CHECK(mapped.bytes() == "甲乙丙\n第二行");
  CHECK(MappedFile(dir / "empty.bin").bytes().empty());
  // Cache files are replaced by rename: the mapping still shows the old bytes.
  write_file_atomic(dir / "shard.bin", "新的内容");
  CHECK(mapped.bytes() == "甲乙丙\n第二行");
  CHECK(MappedFile(dir / "shard.bin").bytes() == "新的内容");
  CHECK_THROWS_AS(MappedFile(dir / "missing.bin"), IoError);
  CHECK_THROWS_AS(MappedFile(dir.path()), IoError);  // a folder
}

TEST_CASE("AtomicFileWriter puts a file written in pieces in place only on commit", "[fs]") {
  TempDir dir;
  write_text(dir / "model.bin", "旧的");
  {
    AtomicFileWriter w(dir / "model.bin");
    w.append("第一块，");
    w.append("第二块");
    CHECK(read_file(dir / "model.bin") == "旧的");  // not yet
    w.commit();
  }
  CHECK(read_file(dir / "model.bin") == "第一块，第二块");
  {
    AtomicFileWriter w(dir / "model.bin");
    w.append("写了一半");
  }  // abandoned (an exception on the way): nothing changes, nothing is left behind
  CHECK(read_file(dir / "model.bin") == "第一块，第二块");
  CHECK(scan_files(dir.path(), "").size() == 1);
  {
    AtomicFileWriter w(dir / "new/deeper/file.bin");  // its folder is made
    w.commit();
  }
  CHECK(read_file(dir / "new/deeper/file.bin").empty());
}

TEST_CASE("remove_stale_temp_files removes what a killed writer left, nothing else", "[fs]") {
  TempDir dir;
  write_text(dir / "model.bin", "快照");
  write_text(dir / "model.bin.tmp-123456", "写了一半");
  write_text(dir / "model.bin.tmp-9", "又一半");
  write_text(dir / "model-edits.bin.tmp-1", "别人的");
  write_text(dir / "model.binary", "无关");
  remove_stale_temp_files(dir / "model.bin");
  std::vector<std::string> left;
  for (const auto& f : scan_files(dir.path(), "")) left.push_back(f.rel);
  CHECK(left == std::vector<std::string>{"model-edits.bin.tmp-1", "model.bin", "model.binary"});
  remove_stale_temp_files(dir / "missing/model.bin");  // no folder: nothing to do
}
