// import_eval: generates pages with known truth (layout.h), imports each with
// the real importer (run_import.h), scores the result (score.h) and prints a
// Markdown table against the issue's targets.
//
//   import_eval [--set tune|holdout|both] [--pages N] [--seed S] [--only I]
//               [--half 0|1] [--check] [--floors FILE] [--verbose]
//               [--write DIR]
//
// Page i of a set has the seed S·1,000,000 + i (tune) or S·1,000,000 +
// 500,000 + i (holdout): the sets never share a seed, nor an article or a
// banner (pool.h). --check exits 1 when a scored set misses a target;
// --floors FILE when it falls below a floor (score.h check_floors);
// bad usage or unreadable articles exit 2. --verbose prints every miss;
// --write DIR keeps, per page, the raw text, the truth (JSON), the Markdown
// the import would write and the misses. The pages of a set are imported in
// order into one archive, so that banners recorded on earlier pages are
// known on later ones (run_import.h); --only I still imports the pages
// before I, unscored. --half H draws the pages from half H of the set's
// articles only (pool.h keep_half: a stable hash of each article's file
// path, so each half mixes hand-written and content/ articles): a rule that
// helps on one half and not on the other is fitted to that half's articles.
// Banners, seeds and scoring are the same as without it.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "layout.h"
#include "pool.h"
#include "run_import.h"
#include "score.h"

namespace fs = std::filesystem;
using namespace gazette::import_eval;

namespace {

constexpr uint64_t kSeedStride = 1000000, kHoldoutOffset = 500000;

uint64_t page_seed(const std::string& set, uint64_t seed, uint64_t index) {
  return seed * kSeedStride + (set == "holdout" ? kHoldoutOffset : 0) + index;
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error(p.string() + ": cannot write");
}

// The evaluation's archive: one per set, pages imported into it in order
// (run_import.h); removed again at exit.
class Archive {
 public:
  Archive() {
    std::string tmpl = (fs::temp_directory_path() / "import-eval-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = tmpl;
  }
  ~Archive() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct Options {
  std::string set = "both";
  long pages = 200;
  uint64_t seed = 1;
  long only = -1;
  int half = -1;  // -1: the whole pool
  bool check = false, verbose = false;
  std::string floors;
  std::string write;
};

Tally run_set(const std::string& name, const Options& o, const fs::path& site) {
  Pool pool = load_pool(name, IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR);
  if (o.half >= 0) keep_half(pool, o.half);
  Tally tally;
  for (long i = 0; i < o.pages; ++i) {
    if (o.only >= 0 && i > o.only) break;
    uint64_t seed = page_seed(name, o.seed, static_cast<uint64_t>(i));
    GeneratedPage page = layout_page(pool, seed);
    ImportOutcome got = import_generated(page, site, static_cast<int>(i));
    if (o.only >= 0 && i != o.only) continue;  // imported for the archive, not scored
    std::vector<Miss> misses = score_page(page.truth, got.page, got.lossless, got.message, tally);
    std::string where = name + " #" + std::to_string(i) + " (seed " + std::to_string(seed) + ")";
    std::string log;
    for (const auto& m : misses) log += "[" + where + "] " + m.kind + ": " + m.detail + "\n";
    if (o.verbose) std::cout << log;
    if (!o.write.empty()) {
      fs::path dir = fs::path(o.write) / name;
      fs::create_directories(dir);
      std::string base = std::to_string(seed);
      std::string settings =
          "<!-- page_name: " + page.page_name.value_or("(none)") + "; known banners:";
      for (const auto& b : page.known_banners) settings += " 「" + b + "」";
      settings += "; artefacts:";
      for (const auto& x : page.artefacts) settings += " " + x;
      write_file(dir / (base + ".txt"), page.raw);
      write_file(dir / (base + ".truth.json"), truth_json(page.truth));
      write_file(dir / (base + ".import.md"), settings + " -->\n" + got.markdown);
      write_file(dir / (base + ".misses.txt"), log);
    }
  }
  return tally;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Scores `gazette import` on generated pages with known truth"};
  // The last of a repeated option wins, so that bench/import-eval's defaults can be overridden.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.add_option("--set", o.set, "tune, holdout or both")
      ->check(CLI::IsMember({"tune", "holdout", "both"}));
  app.add_option("--pages", o.pages, "pages per set")->check(CLI::Range(1L, 500000L));
  app.add_option("--seed", o.seed, "base seed");
  app.add_option("--only", o.only, "score only page I of each set (0-based)");
  app.add_option("--half", o.half, "draw articles from half 0 or 1 of the set's pool only")
      ->check(CLI::Range(0, 1));
  app.add_flag("--check", o.check, "exit 1 if a target is missed");
  app.add_option("--floors", o.floors,
                 "exit 1 if a metric falls below its floor in FILE (metric<TAB>value lines)");
  app.add_flag("--verbose", o.verbose, "print every miss");
  app.add_option("--write", o.write, "write each page, its truth and its import here");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help: 0; a usage error: 2
  }

  try {
    std::vector<std::pair<std::string, Tally>> results;
    auto start = std::chrono::steady_clock::now();
    for (const std::string name : {"tune", "holdout"})
      if (o.set == "both" || o.set == name) {
        Archive archive;  // each set learns its banners on its own
        results.emplace_back(name, run_set(name, o, archive.path()));
      }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::cout << "\n" << report_table(results) << "\n";
    for (const auto& [name, t] : results) {
      std::cout << name << ": " << t.pages << " pages, " << t.truth_articles
                << " articles; misses by kind:";
      for (const auto& [kind, n] : t.misses) std::cout << " " << kind << " " << n;
      std::cout << "\n";
    }
    std::printf("(%.1f s)\n", seconds);
    int missed = 0;
    if (o.check)
      for (const auto& [name, t] : results)
        for (const auto& r : check_targets(t))
          if (!r.met) {
            std::cout << "import_eval: target missed on the " << name << " set: " << r.metric
                      << "\n";
            ++missed;
          }
    if (!o.floors.empty()) {
      std::ifstream in(o.floors, std::ios::binary);
      if (!in) throw std::runtime_error(o.floors + ": cannot read");
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      for (const auto& [name, t] : results)
        for (const auto& r : check_floors(t, text))
          if (!r.met) {
            std::cout << "import_eval: below its floor on the " << name << " set: " << r.metric
                      << " (" << o.floors << ")\n";
            ++missed;
          }
    }
    return missed ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "import_eval: " << e.what() << "\n";
    return 2;
  }
}
