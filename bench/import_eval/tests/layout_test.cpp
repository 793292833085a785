// The page generator (layout.h): deterministic, honest truth, every artefact.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

#include "ingest/chars.h"
#include "layout.h"
#include "score.h"

using namespace gazette::import_eval;
using gazette::ingest::to_u32;

namespace {

const Pool& pool(const std::string& name) {
  static std::map<std::string, Pool> pools;
  auto it = pools.find(name);
  if (it == pools.end())
    it = pools.emplace(name, load_pool(name, IMPORT_EVAL_DIR, GAZETTE_SOURCE_DIR)).first;
  return it->second;
}

std::vector<std::string> raw_lines(const std::string& raw) {
  std::vector<std::string> out{""};  // 1-based
  std::istringstream in(raw);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

TEST_CASE("a page is the same for the same seed and differs between seeds") {
  for (const char* set : {"tune", "holdout"}) {
    GeneratedPage a = layout_page(pool(set), 42), b = layout_page(pool(set), 42);
    CHECK(a.raw == b.raw);
    CHECK(truth_json(a.truth) == truth_json(b.truth));
    CHECK(a.known_banners == b.known_banners);
    CHECK(a.page_name == b.page_name);
    CHECK(a.artefacts == b.artefacts);
    CHECK(layout_page(pool(set), 43).raw != a.raw);
  }
}

TEST_CASE("the truth owns every non-blank raw line exactly once") {
  for (const char* set : {"tune", "holdout"})
    for (uint64_t seed = 0; seed < 50; ++seed) {
      GeneratedPage page = layout_page(pool(set), seed);
      INFO(set << " seed " << seed);
      std::vector<std::string> lines = raw_lines(page.raw);
      std::map<int, int> owned;
      for (const auto& b : page.truth.banners) ++owned[b.line];
      for (const auto& a : page.truth.articles)
        for (int l : a.all_lines()) ++owned[l];
      for (size_t n = 1; n < lines.size(); ++n) {
        INFO("line " << n << ": " << lines[n]);
        CHECK(owned[static_cast<int>(n)] == (blank(lines[n]) ? 0 : 1));
      }
      CHECK(owned.rbegin()->first < static_cast<int>(lines.size()));
      for (const auto& a : page.truth.articles) {
        CHECK_FALSE(a.body.empty());
        for (const auto& b : a.body) CHECK_FALSE(b.lines.empty());
        CHECK(a.fragment == a.title.empty());
      }
    }
}

TEST_CASE("a cut paragraph prints its whole text, never cut right after a sentence's end") {
  size_t cuts = 0;
  for (uint64_t seed = 0; seed < 50; ++seed) {
    GeneratedPage page = layout_page(pool("tune"), seed);
    std::vector<std::string> lines = raw_lines(page.raw);
    for (const auto& a : page.truth.articles)
      for (const auto& b : a.body) {
        if (b.kind != CleanBlock::Kind::kParagraph) continue;
        INFO("seed " << seed << " lines " << line_ranges(b.lines));
        std::string printed;
        for (int l : b.lines) printed += lines[static_cast<size_t>(l)];
        // The printed text is the paragraph, plus a run-in byline at the end.
        CHECK(fold_text(printed).rfind(fold_text(b.text), 0) == 0);
        CHECK(b.split == (b.lines.size() == 2));
        if (!b.split) continue;
        ++cuts;
        std::u32string first = to_u32(lines[static_cast<size_t>(b.lines[0])]);
        while (!first.empty() &&
               std::u32string_view(U"”’」』）)").find(first.back()) != std::u32string_view::npos)
          first.pop_back();
        REQUIRE_FALSE(first.empty());
        CHECK(std::u32string_view(U"。！？；：…!?;:").find(first.back()) ==
              std::u32string_view::npos);
      }
  }
  CHECK(cuts > 50);
}

TEST_CASE("the truth of a whole article is its clean text") {
  const Pool& p = pool("tune");
  for (uint64_t seed = 0; seed < 20; ++seed) {
    GeneratedPage page = layout_page(p, seed);
    for (const auto& t : page.truth.articles) {
      if (t.fragment) continue;
      const CleanArticle* a = nullptr;
      for (const auto& c : p.articles)
        if (c.file == t.source) a = &c;
      REQUIRE(a);
      CHECK(t.title == a->title);
      CHECK(t.kicker == a->kicker);
      CHECK(t.subtitle == a->subtitle);
      CHECK(t.authors == a->authors);
      REQUIRE(t.body.size() == a->body.size());
      for (size_t k = 0; k < t.body.size(); ++k) CHECK(t.body[k].text == a->body[k].text);
    }
  }
}

TEST_CASE("every kind of artefact appears within 200 pages of each set") {
  for (const char* set : {"tune", "holdout"}) {
    std::set<std::string> seen;
    for (uint64_t seed = 0; seed < 200; ++seed) {
      GeneratedPage page = layout_page(pool(set), seed);
      seen.insert(page.artefacts.begin(), page.artefacts.end());
      for (const auto& a : page.artefacts)
        CHECK(std::count(artefact_kinds().begin(), artefact_kinds().end(), a) == 1);
    }
    // (A kicker on two lines needs a long one with a space in the pool.)
    const bool breakable =
        std::any_of(pool(set).articles.begin(), pool(set).articles.end(),
                    [](const CleanArticle& a) { return kicker_breaks_in_two(a); });
    for (const auto& kind : artefact_kinds()) {
      if (kind == "stack-kicker-on-two-lines" && !breakable) continue;
      INFO(set << ": " << kind);
      CHECK(seen.count(kind));
    }
  }
}

TEST_CASE("known banners are printed banners the page marks known, plus others of the paper") {
  for (uint64_t seed = 0; seed < 30; ++seed) {
    GeneratedPage page = layout_page(pool("tune"), seed);
    std::set<std::string> printed, all;
    for (const auto& b : page.truth.banners)
      if (b.known) printed.insert(b.text);
    for (const auto& b : pool("tune").banners) all.insert(b.text);
    for (const auto& p : printed)
      CHECK(std::count(page.known_banners.begin(), page.known_banners.end(), p) == 1);
    for (const auto& k : page.known_banners) CHECK(all.count(k));
  }
}
