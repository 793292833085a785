#include "ingest/headline_stack.h"

#include <algorithm>

#include "ingest/chars.h"
#include "ingest/heading.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

struct Candidate {
  HeadlineLine line;
  int level = 0;  // 0: unmarked
};

// 平城头条, 要闻, 综合新闻, 文化副刊 …: a page name even without --page-name.
bool looks_like_page_name(std::u32string_view s) {
  if (s.size() > 6) return false;
  for (std::u32string_view end :
       {U"头条", U"要闻", U"新闻", U"综合", U"专刊", U"专版", U"副刊", U"视点"})
    if (ends_with(s, end)) return true;
  return false;
}

void resolve_marked(std::vector<Candidate>& lines, HeadlineStack& st) {
  int best = 7;
  for (const auto& c : lines)
    if (c.level > 0) best = std::min(best, c.level);
  size_t t = 0;
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].level == best) t = i;
  bool kicker_started = false;
  for (size_t i = 0; i < t; ++i) {
    const Candidate& c = lines[i];
    if (c.level == best || (c.level == 0 && !kicker_started)) {
      st.banners.push_back(c.line);
    } else {
      kicker_started = true;
      st.kicker.push_back(c.line);
    }
  }
  st.title = lines[t].line;
  for (size_t i = t + 1; i < lines.size(); ++i) {
    const Candidate& c = lines[i];
    bool last = i + 1 == lines.size();
    if (c.level > 0) {
      st.lead_subheadings.push_back(c.line);
    } else if (auto names = looks_like_signature(to_u32(c.line.text)); last && names) {
      st.signature = c.line;
      st.signature_names = *names;
    } else {
      st.subtitle.push_back(c.line);
    }
  }
}

void resolve_unmarked(std::vector<Candidate>& lines, HeadlineStack& st) {
  if (lines.size() >= 2) {
    if (auto names = looks_like_signature(to_u32(lines.back().line.text))) {
      st.signature = lines.back().line;
      st.signature_names = *names;
      lines.pop_back();
    }
  }
  while (lines.size() >= 2 && is_subtitle_dash(to_u32(lines.back().line.text))) {
    st.subtitle.insert(st.subtitle.begin(), lines.back().line);
    lines.pop_back();
  }
  st.title = lines.back().line;
  lines.pop_back();
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string s = to_u32(lines[i].line.text);
    bool more_kicker_follows = i + 1 < lines.size();
    bool banner_like = s.size() <= 6 && s.find(U"系列") == std::u32string::npos;
    if (st.kicker.empty() && ((more_kicker_follows && banner_like) || looks_like_page_name(s)))
      st.banners.push_back(lines[i].line);
    else
      st.kicker.push_back(lines[i].line);
  }
}

}  // namespace

std::string join_lines(const std::vector<HeadlineLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : " ") + l.text;
  return out;
}

HeadlineStack resolve_stack(const std::vector<const Unit*>& run,
                            const std::optional<std::string>& page_name) {
  HeadlineStack st;
  std::vector<Candidate> lines;
  for (const Unit* u : run) {
    switch (u->kind) {
      case Unit::Kind::kPhoto:
        st.photos.push_back(u->photo);
        break;
      case Unit::Kind::kByline:
        st.bylines.push_back(u);
        break;
      case Unit::Kind::kHeading:
      case Unit::Kind::kShort:
      case Unit::Kind::kDate:
      case Unit::Kind::kBanner:
        if (u->kind == Unit::Kind::kDate || u->kind == Unit::Kind::kBanner ||
            (page_name && u->text == *page_name))
          st.banners.push_back({u->text, u->line});
        else
          lines.push_back({{u->text, u->line}, u->kind == Unit::Kind::kHeading ? u->level : 0});
        break;
      default:
        break;
    }
  }
  if (lines.empty()) {
    std::stable_sort(st.banners.begin(), st.banners.end(),
                     [](const HeadlineLine& a, const HeadlineLine& b) { return a.line < b.line; });
    return st;
  }
  bool marked =
      std::any_of(lines.begin(), lines.end(), [](const Candidate& c) { return c.level > 0; });
  if (marked)
    resolve_marked(lines, st);
  else
    resolve_unmarked(lines, st);
  std::stable_sort(st.banners.begin(), st.banners.end(),
                   [](const HeadlineLine& a, const HeadlineLine& b) { return a.line < b.line; });
  return st;
}

}  // namespace gazette::ingest
