// Helpers shared by tests: temporary folders, running the gazette binary,
// snapshots of a folder tree, and a small fixture site.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace gazette::testing {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  fs::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs the built gazette binary with `args` (a shell-quoted string).
CommandResult run_gazette(const std::string& args);

// Starts the built gazette binary with `args` (a shell-quoted string) and
// returns at once: its process id (the binary itself, so a signal reaches
// it). Its output goes to `log_dir`/out and `log_dir`/err.
int spawn_gazette(const std::string& args, const fs::path& log_dir);
// Waits for a process started by spawn_gazette(): its exit code, or minus
// the number of the signal that ended it.
int wait_for(int pid);

// A clean build (--no-cache) of `site` into `out`, which must succeed: every
// file of it, for tests that compare other builds with it.
std::map<std::string, std::string> reference_build(const fs::path& site, const fs::path& out);

// Every file under `root` (relative path -> bytes).
std::map<std::string, std::string> snapshot(const fs::path& root);

void write_text(const fs::path& path, const std::string& text);
std::string read_text(const fs::path& path);

// Writes a small site (two editions, four articles, a page) into `dir`.
void write_fixture_site(const fs::path& dir);

fs::path source_dir();  // the repository root

// The seed of a randomised test: GAZETTE_TEST_SEED when set (to replay a
// failure), else `fallback`, else a fresh random one. Printed to stderr as
// "<test>: seed N (GAZETTE_TEST_SEED=N replays it)", which CTest shows with
// the output of a failed test.
uint64_t test_seed(const char* test);
uint64_t test_seed(const char* test, uint64_t fallback);

}  // namespace gazette::testing
