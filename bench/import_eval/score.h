// The scorer: how close an import of a generated page comes to its truth.
//
// Imported articles are matched to truth articles by the raw lines of their
// body text (ingest::BodyBlock::lines; truth.h body lines): a truth article
// is found when at least half of its body lines lie in one imported article,
// one to one (the pairs with the largest overlap first, so of two truth
// articles merged into one, the one with more lines in it is found and the
// other is not). Then, summed over pages:
//   found       truth articles matched                       / truth articles
//   boundaries  matched, imported body lines == truth's       / truth articles
//   joins       cut paragraphs whose whole text is one block
//               (paragraph or list item) of the matched article / cut paragraphs
//   stack       kicker, title and subtitle all equal          / matched articles
//   title       title equal                                   / matched articles
//   reporters   author sets equal              / matched articles with authors on either side
//   photos      (caption, credit) sets equal   / matched articles with photos on either side
//   extra       imported articles matched to none, per 100 truth articles
//   lossless    pages whose lossless check passed             / pages
// Headline fields and photos compare with white space runs folded to one
// space; join texts with white space removed; both after folding the
// punctuation the importer fixes (，↔ , etc., ingest/punctuation.h).
// score_page() never looks at how the page was generated, only at the truth.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/article.h"
#include "truth.h"

namespace gazette::import_eval {

struct Ratio {
  long hit = 0, total = 0;
  void add(bool ok) {
    ++total;
    hit += ok ? 1 : 0;
  }
  double percent() const {
    return total ? 100.0 * static_cast<double>(hit) / static_cast<double>(total) : 100.0;
  }
};

struct Tally {
  long pages = 0, truth_articles = 0, extra = 0;
  Ratio found, boundaries, joins, stack, title, reporters, photos, lossless;
  std::map<std::string, long> misses;  // by kind

  double extra_per_100() const {
    return truth_articles ? 100.0 * static_cast<double>(extra) / static_cast<double>(truth_articles)
                          : 0.0;
  }
  void add(const Tally& other);
};

struct Miss {
  std::string kind;    // "found", "boundary", "join", "stack", "title", "reporters", "photos",
                       // "extra", "lossless"
  std::string detail;  // truth vs got, for --verbose
};

std::vector<Miss> score_page(const PageTruth& truth, const ingest::PageImport& got, bool lossless,
                             const std::string& lossless_message, Tally& tally);

// The targets of the issue, each met or not.
struct TargetResult {
  std::string metric;
  bool met = false;
};
std::vector<TargetResult> check_targets(const Tally& t);

// The same metrics against floors: "metric<TAB>value" lines (a minimum
// percent; for "extra articles per 100" a maximum). Unknown metrics throw.
// A floor file is a ratchet for `make test`: it holds what the importer
// reaches today, so a change that makes any metric worse fails.
std::vector<TargetResult> check_floors(const Tally& t, const std::string& floors_text);

// A Markdown table: metric | <set>… | target | pass, "pass" when every set meets it.
std::string report_table(const std::vector<std::pair<std::string, Tally>>& sets);

// Normalisations (exposed for tests).
std::string fold_spaces(const std::string& s);  // white space runs → one space, trimmed
std::string fold_text(const std::string& s);    // white space removed
std::string line_ranges(const std::vector<int>& sorted_lines);  // "3-7, 29"

}  // namespace gazette::import_eval
