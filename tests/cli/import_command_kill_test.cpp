// An import killed (SIGKILL) at a random moment leaves every article file
// and the edition's _index.md whole: as the import before wrote it or as
// this one would have, never half.
#include <signal.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

// Only the Markdown files: what an editor and the build read.
std::map<std::string, std::string> markdown(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (auto& [rel, bytes] : snapshot(root))
    if (rel.ends_with(".md")) out[rel] = bytes;
  return out;
}

}  // namespace

TEST_CASE("an import killed at any moment leaves every article old or new, never half",
          "[ingest]") {
  const uint64_t seed = test_seed("import kill loop");
  std::mt19937_64 rng(seed);
  TempDir dir;
  const std::string page = read_text(source_dir() / "tests/data/raw/000_fdc77c6d4c024258.txt");
  // The page as printed, then corrected: text changed all over it, so the
  // second import rewrites many articles and the edition.
  std::string corrected = page;
  for (size_t at = 0; (at = corrected.find("记者", at)) != std::string::npos; at += 6)
    corrected.replace(at, 6, "記者");
  REQUIRE(corrected != page);
  write_text(dir / "old.txt", page);
  write_text(dir / "new.txt", corrected);
  const std::string yml = read_text(source_dir() / "tests/data/ingest/site.yml");
  auto import = [&](const fs::path& site, const char* raw) {
    return "import '" + (dir / raw).string() +
           "' --date 2023-07-20 --page 1 --page-name 平城头条 --force --site '" + site.string() +
           "'";
  };
  // The two states every file may be in.
  for (const char* name : {"old", "new"}) {
    write_text(dir / name / "site.yml", yml);
    REQUIRE(run_gazette(import(dir / name, "old.txt")).exit_code == 0);
  }
  const auto t0 = std::chrono::steady_clock::now();
  REQUIRE(run_gazette(import(dir / "new", "new.txt")).exit_code == 0);
  const auto full =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
          .count();
  const auto old_files = markdown(dir / "old/content"), new_files = markdown(dir / "new/content");
  REQUIRE(old_files != new_files);

  int killed = 0;
  for (int round = 0; round < 30; ++round) {
    INFO("round " << round << ", seed " << seed << " (GAZETTE_TEST_SEED=" << seed
                  << " replays it)");
    const fs::path site = dir / ("run" + std::to_string(round));
    fs::create_directories(site);
    fs::copy(dir / "old", site, fs::copy_options::recursive);
    const int pid = spawn_gazette(import(site, "new.txt"), dir / "log");
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % (full + 1)));
    ::kill(pid, SIGKILL);
    if (wait_for(pid) == -SIGKILL) ++killed;
    for (const auto& [rel, bytes] : markdown(site / "content")) {
      INFO(rel);
      const auto o = old_files.find(rel), n = new_files.find(rel);
      CHECK(((o != old_files.end() && o->second == bytes) ||
             (n != new_files.end() && n->second == bytes)));
    }
    // The edition index, whichever it is, reads back: a build of the site works.
    CHECK(run_gazette("build -q --no-cache --site '" + site.string() + "' --out '" +
                      (site / "public").string() + "'")
              .exit_code == 0);
    // And an import run to its end after the kill gives the new state.
    REQUIRE(run_gazette(import(site, "new.txt")).exit_code == 0);
    CHECK(markdown(site / "content") == new_files);
    fs::remove_all(site);
  }
  CHECK(killed > 0);
}
