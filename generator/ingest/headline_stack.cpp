#include "ingest/headline_stack.h"

#include <algorithm>

#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/heading.h"
#include "ingest/names.h"
#include "ingest/sentence.h"
#include "ingest/stack_cues.h"

namespace gazette::ingest {
namespace {

struct Candidate {
  HeadlineLine line;
  int level = 0;  // 0: unmarked
};

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

bool has_space(std::u32string_view s) { return without_spaces(s).size() != s.size(); }

bool banner_like(std::u32string_view s) {
  return s.size() <= 6 && !is_series_line(s) && s.find(U"系列") == std::u32string_view::npos;
}

// The line is a kicker and a title merged by OCR: three parts or more, the
// first two a slogan pair that split_merged_kicker() cuts off; or a kicker by
// its own shape (an occasion, a series, a column, a body) and its title
// ("写在“119”消防宣传月之际 警铃响起之后") — not a series and the name of
// its subject, or a series and a body, one kicker.
bool merged_kicker(const HeadlineLine& line) {
  const std::u32string s = to_u32(line.text);
  auto cut = split_merged_kicker(s);
  if (!cut || cut->second.empty()) return false;
  const std::u32string& k = cut->first;
  return is_slogan_pair(k) ||
         ((is_theme_line(k) || is_series_line(k) || is_column_name(k) || is_organisation_line(k)) &&
          !is_series_and_subject(s) && !is_organisation_line(cut->second));
}

// Without markers: signature, page names, dash subtitles, then the roles by
// count and cues (stack_cues.h).
void resolve_unmarked(std::vector<Candidate>& lines, HeadlineStack& st, const std::string& below) {
  if (lines.size() >= 2) {
    if (auto names = looks_like_signature(to_u32(lines.back().line.text))) {
      st.signature = lines.back().line;
      st.signature_names = *names;
      lines.pop_back();
    }
  }
  std::vector<HeadlineLine> rest;
  for (auto& c : lines) {
    if (rest.empty() && lines.size() >= 2 && is_page_name_like(to_u32(c.line.text)) &&
        &c != &lines.back())
      st.banners.push_back(c.line);
    else
      rest.push_back(c.line);
  }
  while (rest.size() >= 2 && is_subtitle_dash(to_u32(rest.back().text))) {
    st.subtitle.insert(st.subtitle.begin(), rest.back());
    rest.pop_back();
  }
  if (st.subtitle.empty()) {
    if (auto cut = split_dash_subtitle(to_u32(rest.back().text))) {
      st.subtitle.push_back({to_utf8(cut->second), rest.back().line});
      rest.back().text = to_utf8(cut->first);
    }
  }
  auto text = [](const HeadlineLine& l) { return to_u32(l.text); };
  if (st.subtitle.empty()) {
    // No dash: the last line may still be the subtitle.
    // A short first line over a title and a subtitle that reads as one (it
    // states figures: "新增摊位180个 改造面积1.2万平方米") completes a full
    // stack: it is the kicker ("实事惠民生"), not a banner — also when the
    // title states figures too ("屋顶装上光伏板 村民年增收3000元").
    // A column label in the middle ("数字平城" over its title) is the title's
    // kicker, never a title over a subtitle: the line above it is a banner.
    auto label_in_middle = [&] {
      return rest.size() == 3 &&
             is_column_label_over(trim(text(rest[1])), letter_count(text(rest[2])));
    };
    // So does a last line in two parts under a longer middle line: the title
    // is the longest line, and two parts under it its subtitle ("民生一线" /
    // "区政府常务会议审议通过《平城区物业服务收费管理办法》" / "物业费分五级定价
    // 业主可“看单付费”").
    auto full_stack = [&] {
      return rest.size() == 3 &&
             (states_figures(text(rest[2])) || is_quoted_voice(text(rest[2])) ||
              (has_space(text(rest[2])) && !has_space(text(rest[1])) &&
               letter_count(text(rest[1])) >= letter_count(text(rest[2])) + 3 &&
               !is_theme_line(text(rest[1])) && !is_column_name(text(rest[1])))) &&
             !label_in_middle();
    };
    while (rest.size() >= 4 ||
           (rest.size() == 3 && (banner_like(text(rest[0])) || label_in_middle()) &&
            !full_stack() && !is_organisation_line(text(rest[0])) &&
            !is_organisation_line(text(rest[1])) && !is_series_line(text(rest[1])))) {
      st.banners.push_back(rest.front());
      rest.erase(rest.begin());
    }
    // Two matching halves over a line longer than both together: a kicker
    // printed on two lines at its space ("依托“六新”“六最”" / "致力“六稳”“六保”"
    // over the title), not kicker, title and subtitle.
    bool split_kicker =
        rest.size() == 3 && !has_space(text(rest[0])) && !has_space(text(rest[1])) &&
        is_slogan_pair(text(rest[0]) + U" " + text(rest[1])) && !states_figures(text(rest[2])) &&
        letter_count(text(rest[2])) >= letter_count(text(rest[0])) + letter_count(text(rest[1]));
    if (split_kicker) {
      // kicker, kicker, title: nothing to take off the end.
    } else if (rest.size() == 3 && !is_organisation_line(text(rest[1])) &&
               !is_series_line(text(rest[1]))) {
      st.subtitle.push_back(rest.back());
      rest.pop_back();
    } else if (rest.size() == 2 && merged_kicker(rest[0])) {
      // A slogan pair merged into the title on the first line ("保护文化遗产
      // 赓续历史文脉 文物普查新发现17处遗存"): the pair is the kicker and the
      // line below, the subtitle.
      st.subtitle.push_back(rest.back());
      rest.pop_back();
    } else if (rest.size() == 2) {
      TwoLineDecision d = decide_two_lines(text(rest[0]), text(rest[1]), below);
      if (d.shape == TwoLineShape::kTitleSubtitle) {
        st.subtitle.push_back(rest.back());
        rest.pop_back();
      }
      if (!d.decided_by_cue) st.doubt = true;
    }
  }
  st.title = rest.back();
  rest.pop_back();
  for (size_t i = 0; i < rest.size(); ++i) {
    bool more_kicker_follows = i + 1 < rest.size();
    // Over a line that is a kicker by its own shape (a series, a column, a
    // body, a theme: "“走进老字号”系列报道之三", "街谈巷议"), the first line is
    // the page's banner, not a kicker's first half.
    // (Unless it is one too: "“创城，环卫在行动”系列报道（二）" over
    // "平城区环卫服务中心".)
    auto kicker_shaped = [&](const HeadlineLine& l) {
      return is_series_line(text(l)) || is_column_name(text(l)) || is_theme_line(text(l)) ||
             is_organisation_line(text(l)) ||
             is_column_label_over(trim(text(l)), letter_count(text(*st.title)));
    };
    bool kicker_below =
        more_kicker_follows && kicker_shaped(rest[i + 1]) && !kicker_shaped(rest[i]);
    if (st.kicker.empty() && more_kicker_follows && (banner_like(text(rest[i])) || kicker_below))
      st.banners.push_back(rest[i]);
    else
      st.kicker.push_back(rest[i]);
  }
  if (st.kicker.empty()) {
    auto cut = split_merged_kicker(text(*st.title));
    if (!cut) cut = split_echoed_kicker(text(*st.title), below);
    if (cut) {
      st.kicker.push_back({to_utf8(cut->first), st.title->line});
      st.title->text = to_utf8(cut->second);
    } else {
      st.two_part_title = may_hold_merged_kicker(text(*st.title));
    }
  }
}

}  // namespace

std::string join_lines(const std::vector<HeadlineLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : " ") + l.text;
  return out;
}

HeadlineStack resolve_stack(const std::vector<const Unit*>& run,
                            const std::optional<std::string>& page_name, const std::string& below) {
  HeadlineStack st;
  std::vector<Candidate> lines;
  // Where the byline after the headline lines stands: what follows it, if
  // all short and unfinished, is the body's first piece.
  size_t after_byline = run.size();
  for (size_t k = 0; k < run.size(); ++k) {
    const Unit* u = run[k];
    if (u->kind == Unit::Kind::kByline && after_byline == run.size()) {
      bool headline_before = false;
      for (size_t m = 0; m < k; ++m)
        headline_before = headline_before || run[m]->kind == Unit::Kind::kShort ||
                          run[m]->kind == Unit::Kind::kHeading;
      if (headline_before) after_byline = k + 1;
    }
  }
  bool pieces = after_byline < run.size();
  for (size_t k = after_byline; k < run.size(); ++k)
    pieces = pieces && (run[k]->kind == Unit::Kind::kShort || run[k]->kind == Unit::Kind::kPhoto) &&
             !ends_sentence(to_u32(run[k]->text));
  for (size_t k = 0; k < run.size(); ++k) {
    const Unit* u = run[k];
    if (pieces && k >= after_byline && u->kind == Unit::Kind::kShort) {
      // A slogan pair among them is a banner the break wedged into the
      // piece ("古井村坐落在石桥镇北边的山脚下" / "扫黑除恶 护航发展" / "，因村口…").
      if (is_slogan_pair(to_u32(u->text)) && !st.lead_pieces.empty())
        st.banners.push_back({u->text, u->line});
      else
        st.lead_pieces.push_back(u);
      continue;
    }
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
  if (marked) {
    resolve_marked(lines, st);
    // A line of five characters or fewer under the title, unfinished, over
    // text with no dateline: no subtitle is that short — it is the first
    // piece of the paragraph below, cut by a column break ("为方便群众" /
    // "接种疫苗，现将…").
    const std::u32string last = to_u32(run.back()->text);
    if (st.subtitle.size() == 1 && st.lead_pieces.empty() &&
        run.back()->kind == Unit::Kind::kShort && st.subtitle.front().line == run.back()->line &&
        letter_count(last) <= 5 && !ends_sentence(last) && !has_space(last) &&
        !is_page_name_like(last) && !below.empty() && !parse_dateline(to_u32(below))) {
      st.subtitle.clear();
      st.lead_pieces.push_back(run.back());
    }
  } else
    resolve_unmarked(lines, st, below);
  std::stable_sort(st.banners.begin(), st.banners.end(),
                   [](const HeadlineLine& a, const HeadlineLine& b) { return a.line < b.line; });
  return st;
}

}  // namespace gazette::ingest
