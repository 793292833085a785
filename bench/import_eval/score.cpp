#include "score.h"

#include <sstream>
#include <stdexcept>

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "ingest/chars.h"
#include "ingest/punctuation.h"

namespace gazette::import_eval {
namespace {

using ingest::Article;
using ingest::BodyBlock;

std::u32string fold_punct(const std::string& s) {
  std::u32string u = ingest::to_u32(s);
  for (char32_t& c : u) c = ingest::ascii_of(c);
  return u;
}

std::vector<int> body_lines(const Article& a) {
  std::vector<int> out;
  for (const auto& b : a.body) out.insert(out.end(), b.lines.begin(), b.lines.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t overlap(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

std::vector<int> minus(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::string quoted(const std::string& s) { return "「" + s + "」"; }

std::string head(const std::string& s, size_t chars) {
  std::u32string u = ingest::to_u32(s);
  if (u.size() <= chars) return s;
  return ingest::to_utf8(std::u32string_view(u).substr(0, chars)) + "…";
}

std::string names(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out + "]";
}

std::string stack_of(const std::string& kicker, const std::string& title,
                     const std::string& subtitle) {
  return "kicker " + quoted(kicker) + " title " + quoted(title) + " subtitle " + quoted(subtitle);
}

std::string label(const TruthArticle& t) {
  return t.fragment ? "fragment " + quoted(head(t.body.front().text, 12)) : quoted(t.title);
}

std::string label(const Article& a) {
  if (!a.title.empty()) return quoted(a.title);
  for (const auto& b : a.body)
    if (!b.text.empty()) return "untitled " + quoted(head(b.text, 12));
  return "untitled";
}

std::set<std::string> name_set(const std::vector<std::string>& v) {
  std::set<std::string> out;
  for (const auto& n : v) out.insert(fold_spaces(n));
  return out;
}

std::multiset<std::pair<std::string, std::string>> photo_set(
    const std::vector<std::pair<std::string, std::string>>& v) {
  std::multiset<std::pair<std::string, std::string>> out;
  for (const auto& [caption, credit] : v) out.insert({fold_spaces(caption), fold_spaces(credit)});
  return out;
}

std::string photos_text(const std::vector<std::pair<std::string, std::string>>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i)
    out += (i ? ", " : "") + quoted(v[i].first) + "/" + quoted(v[i].second);
  return out + "]";
}

bool block_holds(const BodyBlock& b, const std::string& folded) {
  if (!b.text.empty() && fold_text(b.text) == folded) return true;
  for (const auto& item : b.items)
    if (fold_text(item) == folded) return true;
  return false;
}

}  // namespace

std::string fold_spaces(const std::string& s) {
  std::u32string in = fold_punct(s), out;
  bool space = false;
  for (char32_t c : in) {
    if (ingest::is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += U' ';
    space = false;
    out += c;
  }
  return ingest::to_utf8(out);
}

std::string fold_text(const std::string& s) {
  std::u32string out;
  for (char32_t c : fold_punct(s))
    if (!ingest::is_space(c)) out += c;
  return ingest::to_utf8(out);
}

std::string line_ranges(const std::vector<int>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(lines[i]) +
           (j > i ? "-" + std::to_string(lines[j]) : "");
    i = j + 1;
  }
  return out.empty() ? "none" : out;
}

void Tally::add(const Tally& o) {
  pages += o.pages;
  truth_articles += o.truth_articles;
  extra += o.extra;
  for (auto [mine, theirs] : {std::pair{&found, &o.found},
                              {&boundaries, &o.boundaries},
                              {&joins, &o.joins},
                              {&stack, &o.stack},
                              {&title, &o.title},
                              {&reporters, &o.reporters},
                              {&photos, &o.photos},
                              {&lossless, &o.lossless}}) {
    mine->hit += theirs->hit;
    mine->total += theirs->total;
  }
  for (const auto& [k, n] : o.misses) misses[k] += n;
}

std::vector<Miss> score_page(const PageTruth& truth, const ingest::PageImport& got, bool lossless,
                             const std::string& lossless_message, Tally& tally) {
  std::vector<Miss> misses;
  auto miss = [&](const std::string& kind, std::string detail) {
    ++tally.misses[kind];
    misses.push_back({kind, std::move(detail)});
  };
  ++tally.pages;
  tally.lossless.add(lossless);
  if (!lossless) miss("lossless", lossless_message);

  const auto& arts = got.articles;
  std::vector<std::vector<int>> t_lines, g_lines;
  for (const auto& t : truth.articles) t_lines.push_back(t.body_lines());
  for (const auto& a : arts) g_lines.push_back(body_lines(a));

  // Candidate pairs: at least half of the truth article's body lines.
  std::vector<std::tuple<size_t, size_t, size_t>> pairs;  // overlap, truth, got
  for (size_t t = 0; t < t_lines.size(); ++t)
    for (size_t g = 0; g < g_lines.size(); ++g) {
      size_t o = overlap(t_lines[t], g_lines[g]);
      if (o > 0 && 2 * o >= t_lines[t].size()) pairs.emplace_back(o, t, g);
    }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
    return std::get<0>(x) != std::get<0>(y) ? std::get<0>(x) > std::get<0>(y) : x < y;
  });
  std::vector<int> match(truth.articles.size(), -1);
  std::vector<bool> taken(arts.size(), false);
  for (const auto& [o, t, g] : pairs) {
    if (match[t] >= 0 || taken[g]) continue;
    match[t] = static_cast<int>(g);
    taken[g] = true;
  }

  for (size_t t = 0; t < truth.articles.size(); ++t) {
    const TruthArticle& ta = truth.articles[t];
    ++tally.truth_articles;
    tally.found.add(match[t] >= 0);
    std::string who = label(ta) + " (body lines " + line_ranges(t_lines[t]) + ")";
    if (match[t] < 0) {
      std::string best;
      size_t best_o = 0;
      for (size_t g = 0; g < arts.size(); ++g)
        if (size_t o = overlap(t_lines[t], g_lines[g]); o > best_o) {
          best_o = o;
          best = label(arts[g]) + " with " + std::to_string(o) + " of " +
                 std::to_string(t_lines[t].size()) + " lines" +
                 (taken[g] ? ", matched to another" : "");
        }
      miss("found", who + ": not found" + (best.empty() ? "" : "; most in " + best));
      tally.boundaries.add(false);
      for (const auto& b : ta.body)
        if (b.split) {
          tally.joins.add(false);
          miss("join", who + ": cut paragraph (" + b.cut + ") at lines " + line_ranges(b.lines) +
                           " (article not found)");
        }
      continue;
    }
    const Article& ga = arts[static_cast<size_t>(match[t])];
    const std::vector<int>& gl = g_lines[static_cast<size_t>(match[t])];

    bool same = gl == t_lines[t];
    tally.boundaries.add(same);
    if (!same) {
      std::vector<int> lost = minus(t_lines[t], gl), extra = minus(gl, t_lines[t]);
      miss("boundary", who + " got " + label(ga) + ": missing lines " + line_ranges(lost) +
                           ", extra lines " + line_ranges(extra));
    }

    for (const auto& b : ta.body) {
      if (!b.split) continue;
      std::string folded = fold_text(b.text);
      bool joined = std::any_of(ga.body.begin(), ga.body.end(),
                                [&](const BodyBlock& x) { return block_holds(x, folded); });
      tally.joins.add(joined);
      if (!joined) {
        std::string pieces;
        for (const auto& x : ga.body)
          for (int l : b.lines)
            if (std::find(x.lines.begin(), x.lines.end(), l) != x.lines.end()) {
              pieces +=
                  " " +
                  quoted(head(x.text.empty() && !x.items.empty() ? x.items.front() : x.text, 16)) +
                  " (lines " + line_ranges(x.lines) + ")";
              break;
            }
        miss("join", who + ": cut paragraph (" + b.cut + ") at lines " + line_ranges(b.lines) +
                         " " + quoted(head(b.text, 16)) + " not joined; got" +
                         (pieces.empty() ? " none" : pieces));
      }
    }

    bool title = fold_spaces(ta.title) == fold_spaces(ga.title);
    bool stack = title && fold_spaces(ta.kicker) == fold_spaces(ga.kicker) &&
                 fold_spaces(ta.subtitle) == fold_spaces(ga.subtitle);
    tally.title.add(title);
    tally.stack.add(stack);
    std::string versus = "truth " + stack_of(ta.kicker, ta.title, ta.subtitle) + " | got " +
                         stack_of(ga.kicker, ga.title, ga.subtitle);
    if (!title) miss("title", who + ": " + versus);
    if (!stack) miss("stack", who + ": " + versus);

    if (!ta.authors.empty() || !ga.authors.empty()) {
      bool ok = name_set(ta.authors) == name_set(ga.authors);
      tally.reporters.add(ok);
      if (!ok)
        miss("reporters", who + ": truth " + names(ta.authors) + " | got " + names(ga.authors) +
                              " (byline " + quoted(ga.byline) + ")");
    }
    std::vector<std::pair<std::string, std::string>> tp, gp;
    for (const auto& p : ta.photos) tp.push_back({p.caption, p.credit});
    for (const auto& p : ga.photos) gp.push_back({p.caption, p.credit});
    if (!tp.empty() || !gp.empty()) {
      bool ok = photo_set(tp) == photo_set(gp);
      tally.photos.add(ok);
      if (!ok) miss("photos", who + ": truth " + photos_text(tp) + " | got " + photos_text(gp));
    }
  }

  for (size_t g = 0; g < arts.size(); ++g) {
    if (taken[g]) continue;
    ++tally.extra;
    miss("extra", label(arts[g]) + " (body lines " + line_ranges(g_lines[g]) + ", all lines " +
                      line_ranges(arts[g].lines) + ")");
  }
  return misses;
}

namespace {

struct Target {
  const char* metric;
  const Ratio Tally::*ratio;  // nullptr: extra articles per 100
  double goal;                // minimum percent, or maximum extra per 100
  const char* shown;
};

const std::vector<Target>& targets() {
  static const std::vector<Target> t = {
      {"articles found", &Tally::found, 100.0, "100%"},
      {"boundaries", &Tally::boundaries, 95.0, "≥ 95%"},
      {"joins", &Tally::joins, 95.0, "≥ 95%"},
      {"headline stacks", &Tally::stack, 95.0, "≥ 95%"},
      {"title exactly", &Tally::title, 90.0, "≥ 90%"},
      {"reporters", &Tally::reporters, 95.0, "≥ 95%"},
      {"photos", &Tally::photos, 95.0, "≥ 95%"},
      {"extra articles per 100", nullptr, 2.0, "≤ 2"},
      {"lossless pages", &Tally::lossless, 100.0, "100%"},
  };
  return t;
}

bool met(const Target& target, const Tally& t) {
  if (!target.ratio) return t.extra_per_100() <= target.goal + 1e-9;
  const Ratio& r = t.*target.ratio;
  return r.total == 0 || (target.goal >= 100.0 ? r.hit == r.total : r.percent() >= target.goal);
}

std::string cell(const Target& target, const Tally& t) {
  char buf[64];
  if (!target.ratio) {
    std::snprintf(buf, sizeof buf, "%.1f (%ld)", t.extra_per_100(), t.extra);
  } else {
    const Ratio& r = t.*target.ratio;
    std::snprintf(buf, sizeof buf, "%.1f%% (%ld/%ld)", r.percent(), r.hit, r.total);
  }
  return buf;
}

}  // namespace

std::vector<TargetResult> check_targets(const Tally& t) {
  std::vector<TargetResult> out;
  for (const auto& target : targets()) out.push_back({target.metric, met(target, t)});
  return out;
}

std::vector<TargetResult> check_floors(const Tally& t, const std::string& floors_text) {
  std::vector<TargetResult> out;
  std::istringstream in(floors_text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("floors: no tab in '" + line + "'");
    std::string metric = line.substr(0, tab);
    double value = std::stod(line.substr(tab + 1));
    const Target* target = nullptr;
    for (const auto& x : targets())
      if (metric == x.metric) target = &x;
    if (!target) throw std::runtime_error("floors: unknown metric '" + metric + "'");
    Target floor = *target;
    floor.goal = value;
    // A floor of 100% means every one, like the target.
    out.push_back({metric, met(floor, t)});
  }
  return out;
}

std::string report_table(const std::vector<std::pair<std::string, Tally>>& sets) {
  std::string out = "| metric |";
  std::string rule = "| --- |";
  for (const auto& [name, t] : sets) {
    out += " " + name + " |";
    rule += " ---: |";
  }
  out += " target | pass |\n" + rule + " ---: | :---: |\n";
  for (const auto& target : targets()) {
    out += std::string("| ") + target.metric + " |";
    bool all = true;
    for (const auto& [name, t] : sets) {
      out += " " + cell(target, t) + " |";
      all = all && met(target, t);
    }
    out += std::string(" ") + target.shown + " | " + (all ? "yes" : "**no**") + " |\n";
  }
  return out;
}

}  // namespace gazette::import_eval
