// A full disk: the build stops with a clear error naming the file it could
// not write, the previous output stays as it was, and once there is room
// again the next build publishes. The site and its output live on a small
// tmpfs that the test mounts, so it runs only as root (CI runs as root);
// elsewhere it is skipped with a message.
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

// A tmpfs of `bytes` at `dir` while in scope.
class Tmpfs {
 public:
  Tmpfs(const fs::path& dir, size_t bytes) : dir_(dir) {
    fs::create_directories(dir);
    const std::string opts = "size=" + std::to_string(bytes) + ",mode=0755";
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, opts.c_str()) == 0;
    if (!mounted_) error_ = std::strerror(errno);
  }
  ~Tmpfs() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  Tmpfs(const Tmpfs&) = delete;
  Tmpfs& operator=(const Tmpfs&) = delete;
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }

 private:
  fs::path dir_;
  bool mounted_ = false;
  std::string error_;
};

// Fills the file system holding `path` until a write fails; the file is `path`.
void fill(const fs::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  std::setvbuf(f, nullptr, _IONBF, 0);
  const std::string block(4096, 'x');
  while (std::fwrite(block.data(), 1, block.size(), f) == block.size()) {
  }
  // Then byte by byte, until not one more fits.
  while (std::fwrite("x", 1, 1, f) == 1) {
  }
  std::fclose(f);
}

}  // namespace

TEST_CASE("a full disk stops the build and keeps the previous output", "[integration]") {
  if (geteuid() != 0) {
    WARN("skipped: needs root to mount a small tmpfs (run the tests as root to include it)");
    return;
  }
  TempDir dir;
  Tmpfs disk(dir / "disk", 16u << 20);
  if (!disk.mounted()) {
    WARN("skipped: cannot mount a tmpfs here: " + disk.error());
    return;
  }
  const fs::path site = dir / "disk/site", out = dir / "disk/public";
  write_fixture_site(site);
  const std::string build = "build -q --site " + site.string() + " --out " + out.string();
  REQUIRE(run_gazette(build).exit_code == 0);
  const auto before = snapshot(out);
  REQUIRE(before.count("index.html") == 1);

  // An editor's change, then the disk fills up.
  const fs::path article = site / "content/2023/07/20/huan-wei.md";
  const std::string edited = read_text(article) + "\n新增的一段文字，让这篇文章的页面必须重写。\n";
  write_text(article, edited);
  fill(dir / "disk/filler");

  const CommandResult r = run_gazette(build);
  INFO(r.err);
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("No space left on device") != std::string::npos);
  CHECK(r.err.find("the previous output is unchanged") != std::string::npos);
  CHECK(snapshot(out) == before);
  CHECK(read_text(article) == edited);  // the editor's text is never touched

  // Room again: the next build publishes the change.
  fs::remove(dir / "disk/filler");
  const CommandResult again = run_gazette(build);
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  const auto after = snapshot(out);
  CHECK(after != before);
  bool found = false;
  for (const auto& [rel, bytes] : after)
    if (bytes.find("新增的一段文字") != std::string::npos) found = true;
  CHECK(found);
}
