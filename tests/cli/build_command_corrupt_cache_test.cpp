// Every cache file, damaged at random (cut short, a bit flipped, emptied,
// swapped for another cache file), is detected, reported in one line, and
// the build falls back to what it cannot trust: the output is byte-identical
// to a --no-cache build, and no URL changes.
#include <catch2/catch.hpp>

#include <random>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

std::vector<fs::path> cache_files(const fs::path& cache) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(cache))
    if (e.is_regular_file() && e.path().filename().string().find(".tmp-") == std::string::npos &&
        e.path().string().find("/serve/") == std::string::npos &&
        e.path().filename() != "lock")  // not a cache: who builds (util/site_lock.h)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a damaged cache file is reported and changes nothing but speed", "[integration]") {
  const uint64_t seed = test_seed("corrupt cache");
  std::mt19937_64 rng(seed);
  INFO("seed " << seed << " (GAZETTE_TEST_SEED=" << seed << " replays it)");
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string site = (dir / "site").string();
  const auto reference = reference_build(dir / "site", dir / "ref");
  const std::string build = "build -q --site " + site + " --out " + (dir / "out").string();
  REQUIRE(run_gazette(build).exit_code == 0);
  REQUIRE(run_gazette(build).exit_code == 0);  // both trees known: every kind of cache file exists
  const auto files = cache_files(dir / "site/.gazette-cache");
  INFO("cache files: " << files.size());
  REQUIRE(files.size() >= 4);  // content shards, pinyin, the manifest, a search segment state

  for (int round = 0; round < 24; ++round) {
    const auto now = cache_files(dir / "site/.gazette-cache");
    REQUIRE(!now.empty());
    const fs::path victim = now[rng() % now.size()];
    std::string bytes = read_text(victim);
    std::string how;
    switch (round % 4) {
      case 0:
        bytes.resize(bytes.empty() ? 0 : rng() % bytes.size());
        how = "cut to " + std::to_string(bytes.size()) + " bytes";
        break;
      case 1:
        if (!bytes.empty()) {
          const size_t at = rng() % bytes.size();
          bytes[at] = static_cast<char>(bytes[at] ^ (1 << (rng() % 8)));
          how = "a bit flipped at " + std::to_string(at);
        }
        break;
      case 2:
        bytes.clear();
        how = "emptied";
        break;
      case 3:
        bytes = read_text(now[(rng() % now.size())]);
        how = "replaced by another cache file";
        break;
    }
    const bool damaged = round % 4 != 3 && bytes != read_text(victim);
    write_text(victim, bytes);
    INFO("round " << round << ": " << victim.filename().string() << " " << how);
    // A draft added or removed: a build with nothing changed stops before
    // reading any cache (site/up_to_date.h), one after an article's edit
    // starts from the model snapshot (site/model_snapshot.h); a file more or
    // less makes this one read them all, and changes nothing published.
    const fs::path draft = dir / "site/content/2023/07/20/cao-gao.md";
    if (round % 2 == 0)
      write_text(draft, "---\ntitle: 未定稿\ndraft: true\n---\n\n草稿正文。\n");
    else
      fs::remove(draft);
    CommandResult r = run_gazette(build);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // Whatever was damaged, the output is the clean build's.
    const auto got = snapshot(dir / "out");
    std::vector<std::string> differ;
    for (const auto& [path, b] : reference)
      if (!got.count(path) || got.at(path) != b) differ.push_back(path);
    for (const auto& [path, b] : got)
      if (!reference.count(path) && path != ".gazette-output") differ.push_back(path + " (extra)");
    INFO("differing: " << differ.size() << (differ.empty() ? "" : " first " + differ.front()));
    CHECK(differ.empty());
    // A file that was damaged (not merely replaced by another valid one of
    // its kind) is reported in one line naming it.
    if (damaged) CHECK(r.err.find(victim.filename().string()) != std::string::npos);
  }
}
