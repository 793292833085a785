// `gazette build --changes FILE`: the output files a build wrote and deleted,
// exactly (checked against the output before and after), and files it did
// not list keep their modification time, so a deploy step can send only
// what the list names.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

// What changed between two snapshots, as the list is written.
std::string expected_changes(const std::map<std::string, std::string>& before,
                             const std::map<std::string, std::string>& after) {
  std::map<std::string, char> lines;
  for (const auto& [rel, bytes] : after)
    if (!before.count(rel) || before.at(rel) != bytes) lines[rel] = '+';
  for (const auto& [rel, bytes] : before)
    if (!after.count(rel)) lines[rel] = '-';
  lines.erase(".gazette-output");
  std::string out;
  for (const auto& [rel, sign] : lines) out += std::string(1, sign) + " " + rel + "\n";
  return out;
}

int64_t mtime_ns(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

TEST_CASE("build --changes lists exactly what the build wrote and deleted", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const fs::path out = dir / "out", list = dir / "changes.txt";
  const std::string build = "build -q --site " + (dir / "site").string() + " --out " +
                            out.string() + " --changes " + list.string();

  // The first build: every file is new.
  REQUIRE(run_gazette(build).exit_code == 0);
  auto before = snapshot(out);
  CHECK(read_text(list) == expected_changes({}, before));

  // Nothing changed: an empty list.
  REQUIRE(run_gazette(build).exit_code == 0);
  CHECK(read_text(list).empty());
  CHECK(snapshot(out) == before);

  // One article edited, one deleted: the list names what differs, and every
  // file not named keeps its modification time.
  std::map<std::string, int64_t> times;
  for (const auto& [rel, bytes] : before) times[rel] = mtime_ns(out / rel);
  const fs::path edited = dir / "site/content/2023/07/20/zhi-yuan.md";
  write_text(edited, read_text(edited) + "\n补充报道：活动持续到周末。\n");
  fs::remove(dir / "site/content/2023/07/20/fa-yuan.md");
  REQUIRE(run_gazette(build).exit_code == 0);
  const auto after = snapshot(out);
  const std::string changes = read_text(list);
  CHECK(changes == expected_changes(before, after));
  CHECK(changes.find("+ 2023/07/20/zhi-yuan/index.html\n") != std::string::npos);
  CHECK(changes.find("- 2023/07/20/fa-yuan/index.html\n") != std::string::npos);
  CHECK(changes.find("2023/07/19/jiu-wen/index.html") == std::string::npos);
  for (const auto& [rel, t] : times) {
    if (rel == ".gazette-output" || changes.find(" " + rel + "\n") != std::string::npos) continue;
    INFO(rel);
    CHECK(mtime_ns(out / rel) == t);
  }

  // Without the cache (the previous output read from disk): the same list.
  before = after;
  write_text(edited, read_text(edited) + "再补一句。\n");
  REQUIRE(run_gazette(build + " --no-cache").exit_code == 0);
  CHECK(read_text(list) == expected_changes(before, snapshot(out)));
}
