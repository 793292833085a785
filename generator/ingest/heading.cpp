#include "ingest/heading.h"

#include <algorithm>
#include <initializer_list>

#include "ingest/chars.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

bool is_sentence_mark(char32_t c) {
  return c == U'，' || c == U'。' || c == U'；' || c == U';' || c == U',';
}

// Two clauses around one comma that mirror each other, starting or ending
// alike once quotes are set aside ("哪里有险情，哪里就有“救援橙”", "夜经济要
// “亮”起来，更要“暖”起来"): a headline's couplet, not a sentence a break cut.
bool is_parallel_couplet(std::u32string_view s, size_t comma) {
  auto letters = [](std::u32string_view part) {
    std::u32string out;
    for (char32_t c : part)
      if (is_han(c)) out += c;
    return out;
  };
  std::u32string a = letters(s.substr(0, comma)), b = letters(s.substr(comma + 1));
  if (a.size() < 3 || b.size() < 3 || a.size() > 12 || b.size() > 12) return false;
  return a.compare(0, 2, b, 0, 2) == 0 || a.compare(a.size() - 2, 2, b, b.size() - 2, 2) == 0;
}

bool is_chinese_digit(char32_t c) {
  return std::u32string_view(U"〇零一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

}  // namespace

std::optional<MarkedHeading> parse_marked_heading(std::u32string_view line) {
  std::u32string_view s = trim(line);
  size_t level = 0;
  while (level < s.size() && s[level] == U'#') ++level;
  if (level == 0 || level > 6 || level >= s.size() || !is_space(s[level])) return std::nullopt;
  std::u32string_view text = trim(s.substr(level));
  if (text.empty()) return std::nullopt;
  return MarkedHeading{static_cast<int>(level), std::u32string(text)};
}

namespace {

// Letters after position i (closing marks and spaces do not count).
bool has_text_after(std::u32string_view s, size_t i) {
  for (size_t k = i + 1; k < s.size(); ++k)
    if (is_han(s[k]) || is_ascii_alnum(s[k])) return true;
  return false;
}

// A headline that opens with a short call and states the news after it
// ("鸣枪开跑！8600名跑者竞逐御河畔", "全民健身月来了！22处场馆免费开放", "职工医保门诊共济
// 怎么用？区医保局负责人答记者问"): two to twelve letters before the ！ or ？ at `i`, no other
// sentence or clause mark in the line, at least six letters after it and at most 24 in all. A
// paragraph's piece stopping there has a clause before it ("他说，太好了！大家").
bool calls_out_before_statement(std::u32string_view s, size_t i) {
  size_t before = 0, after = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (k == i) continue;
    if (is_sentence_mark(s[k]) || is_clause_mark(s[k]) || s[k] == U'！' || s[k] == U'？' ||
        s[k] == U'!' || s[k] == U'?')
      return false;
    if (is_han(s[k]) || is_ascii_alnum(s[k])) (k < i ? before : after) += 1;
  }
  return before >= 2 && before <= 12 && after >= 6 && before + after <= 24;
}

// A kicker and a title printed on one line, set apart by spaces ("依托“六新”
// “六最” 致力“六稳”“六保” 平城区全力打造…"): every part is headline-sized.
// Such a line may run past 40 characters; a paragraph's line is not spaced.
bool is_spaced_stack(std::u32string_view s) {
  size_t parts = 0, run = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !is_space(s[i])) {
      ++run;
      continue;
    }
    if (run > 24) return false;
    parts += run > 0 ? 1 : 0;
    run = 0;
  }
  return parts >= 2;
}

}  // namespace

bool is_field_line(std::u32string_view line) {
  std::u32string_view s = trim(line);
  size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon == 0 || colon > 12) return false;
  std::u32string_view label = s.substr(0, colon), value = trim(s.substr(colon + 1));
  if (value.empty()) return false;
  if (ends_with_any(label, {U"电话", U"热线", U"联系人", U"地址", U"邮箱", U"邮编", U"网址",
                            U"传真", U"时间", U"地点"}))
    return true;
  size_t digits = 0;
  for (char32_t c : value) digits += is_ascii_digit(c) ? 1 : 0;
  return digits >= 7;
}

bool opens_note(std::u32string_view line) {
  const std::u32string_view s = trim(line);
  for (std::u32string_view label : {U"注：", U"注:", U"备注：", U"备注:"})
    if (s.substr(0, label.size()) == label && s.size() > label.size()) return true;
  return false;
}

bool continues_field_number(std::u32string_view field, std::u32string_view next) {
  const std::u32string_view f = trim(field), n = trim(next);
  if (!is_field_line(f) || n.empty() || !is_ascii_digit(n.front()) || is_date_line(n)) return false;
  size_t start = f.size();
  while (start > 0 && is_ascii_digit(f[start - 1])) --start;
  const size_t before = f.size() - start;
  const bool after_hyphen = start > 0 && (f[start - 1] == U'-' || f[start - 1] == U'－');
  if (before == 0 && !after_hyphen) return false;
  size_t after = 0;
  while (after < n.size() && is_ascii_digit(n[after])) ++after;
  const size_t digits = before + after;
  if (after_hyphen) return digits == 7 || digits == 8;
  const char32_t first = before > 0 ? f[start] : n.front();
  return digits == 5 || digits == 7 || digits == 8 || (digits == 11 && first == U'1');
}

bool is_timeline_heading(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.size() > 24) return false;
  for (std::u32string_view part : {U"凌晨", U"清晨", U"早上", U"上午", U"中午", U"下午", U"傍晚",
                                   U"晚上", U"深夜", U"午夜", U"当晚", U"次日"})
    if (starts_with(s, part)) {
      s.remove_prefix(part.size());
      break;
    }
  const auto digits = [&](size_t max) {
    size_t n = 0;
    while (n < s.size() && n < max + 1 && is_ascii_digit(s[n])) ++n;
    if (n == 0 || n > max) return false;
    s.remove_prefix(n);
    return true;
  };
  if (!digits(2) || s.empty()) return false;
  if (s.front() == U'月') {
    // A diary's day: "5月15日 星期三 晴".
    s.remove_prefix(1);
    if (!digits(2) || s.empty() || (s.front() != U'日' && s.front() != U'号')) return false;
    s.remove_prefix(1);
  } else if (s.front() == U':' || s.front() == U'：') {
    s.remove_prefix(1);
    if (!digits(2)) return false;
  } else if (s.front() == U'时' || s.front() == U'点') {
    s.remove_prefix(1);
    if (!s.empty() && s.front() == U'半') {
      s.remove_prefix(1);
    } else if (!s.empty() && is_ascii_digit(s.front())) {
      if (!digits(2) || s.empty() || s.front() != U'分') return false;
      s.remove_prefix(1);
    }
  } else {
    return false;
  }
  if (s.empty() || !is_space(s.front())) return false;
  return trim(s).size() >= 2;
}

namespace {

// The line opens with one of `who` and a colon: "问：…".
bool opens_with_turn(std::u32string_view line, std::initializer_list<std::u32string_view> who) {
  std::u32string_view s = trim(line);
  for (std::u32string_view w : who)
    if (starts_with(s, w) && s.size() > w.size() && (s[w.size()] == U'：' || s[w.size()] == U':'))
      return true;
  return false;
}

constexpr std::initializer_list<std::u32string_view> kAsks = {U"问", U"记者", U"本报记者",
                                                              U"主持人", U"Q"};
constexpr std::initializer_list<std::u32string_view> kAnswers = {U"答", U"A"};

// The quotation open at `i` (`depth` deep) closes on the line's last
// character, a closing quote.
bool quote_closes_line(std::u32string_view s, size_t i, int depth) {
  for (size_t j = i + 1; j < s.size(); ++j) {
    if (is_opening(s[j])) ++depth;
    if (is_closing(s[j]) && --depth == 0)
      return j + 1 == s.size() && (s[j] == U'”' || s[j] == U'’' || s[j] == U'」');
  }
  return false;
}

}  // namespace

bool starts_with_speaker(std::u32string_view line) {
  return opens_with_turn(line, kAsks) || opens_with_turn(line, kAnswers);
}

bool opens_question(std::u32string_view line) { return opens_with_turn(line, kAsks); }

bool opens_answer(std::u32string_view line) {
  if (opens_with_turn(line, kAnswers)) return true;
  std::u32string_view s = trim(line);
  const size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon < 2 || colon > 4 || colon + 1 >= s.size())
    return false;
  const std::u32string_view name = s.substr(0, colon);
  return is_person_name(name) && has_common_surname(name) && !opens_question(s);
}

bool is_headline_like(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (starts_with_speaker(s) || is_field_line(s) || opens_note(s)) return false;
  if (s.empty() || s.size() > (is_subtitle_dash(s) || is_spaced_stack(s) ? 60u : 40u)) return false;
  int depth = 0;
  bool has_text = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (is_opening(c)) ++depth;
    // A quote closed that the line never opened: the end of a quotation a
    // column break cut ("平城”贡献自己的一份力量！").
    if (is_closing(c) && depth == 0 && (c == U'”' || c == U'’' || c == U'」')) return false;
    if (is_closing(c) && depth > 0) --depth;
    if (is_han(c) || is_ascii_alnum(c)) has_text = true;
    // A full stop anywhere, or a ！/？ with more text after it, ends a sentence
    // inside the line: "“今年收成好，一亩能收三百斤。”村民老" is a cut paragraph.
    // A quotation that closes the line may exclaim or ask inside
    // ("22时15分 “快！准备抢救室”").
    if (c == U'。' || ((c == U'！' || c == U'？' || c == U'!' || c == U'?') &&
                       has_text_after(s, i) && !(depth > 0 && quote_closes_line(s, i, depth)) &&
                       !(depth == 0 && calls_out_before_statement(s, i))))
      return false;
    if (depth == 0 && is_sentence_mark(c)) {
      // "12,500" inside a headline is a number, not a clause.
      bool in_number = c == U',' && i > 0 && i + 1 < s.size() && is_ascii_digit(s[i - 1]) &&
                       is_ascii_digit(s[i + 1]);
      bool couplet = c == U'，' && s.find(U'，', i + 1) == std::u32string_view::npos &&
                     is_parallel_couplet(s, i);
      if (!in_number && !couplet) return false;
    }
  }
  if (!has_text) return false;
  // A quote or bracket left open: the sentence goes on after a column break.
  if (depth > 0) return false;
  // A line wholly in brackets is a note ("（作者系平城区委党校教师）"), not a
  // headline; wholly in quotes it may be one (a voice quoted as a subtitle,
  // a quoted section heading or title: heading.h).
  if (is_wholly_bracketed(s) && s.front() != U'“') return false;
  size_t end = s.size();
  while (end > 0 && is_closing(s[end - 1])) --end;
  if (end == 0) return false;
  char32_t last = s[end - 1];
  if (last == U'.' && end >= 2 && !is_ascii_digit(s[end - 2])) return false;  // an OCR'd 。
  if (last == U'！' || last == U'？' || last == U'!' || last == U'?') return s.size() <= 16;
  // A headline does not end on a function word: "…群众代表通过" is a cut paragraph.
  if (std::u32string_view(U"的把被将让而或但").find(last) != std::u32string_view::npos)
    return false;
  return !is_terminal(last) && !is_clause_mark(last);
}

bool is_subtitle_dash(std::u32string_view line) {
  std::u32string_view s = trim(line);
  return starts_with(s, U"—") || starts_with(s, U"--") || starts_with(s, U"－－") ||
         starts_with(s, U"──");
}

bool is_date_line(std::u32string_view line) {
  std::u32string_view s = trim(line);
  for (std::u32string_view week : {U"星期", U"周"}) {
    size_t w = s.rfind(week);
    if (w != std::u32string_view::npos && w + week.size() + 1 == s.size() && w > 0 &&
        std::u32string_view(U"一二三四五六日天").find(s.back()) != std::u32string_view::npos)
      s = trim(s.substr(0, w));
  }
  if (s.size() < 6 || s.size() > 16) return false;
  // YYYY-MM-DD / YYYY.MM.DD / YYYY/MM/DD
  size_t digits = 0, seps = 0;
  bool iso_like = true;
  for (char32_t c : s) {
    if (is_ascii_digit(c))
      ++digits;
    else if (c == U'-' || c == U'.' || c == U'/')
      ++seps;
    else
      iso_like = false;
  }
  if (iso_like && seps == 2 && digits >= 6) return true;
  // …年…月…日 with Arabic or Chinese digits.
  size_t y = s.find(U'年'), m = s.find(U'月');
  if (y == std::u32string_view::npos || m == std::u32string_view::npos || m < y) return false;
  if (s.back() != U'日' && s.back() != U'号') return false;
  for (char32_t c : s)
    if (!is_ascii_digit(c) && !is_chinese_digit(c) && c != U'年' && c != U'月' && c != U'日' &&
        c != U'号' && !is_space(c))
      return false;
  return y >= 2;
}

bool is_page_furniture(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.empty() || s.size() > 30) return false;
  for (std::u32string_view role : {U"责任编辑", U"本版编辑", U"版面编辑", U"编辑", U"校对", U"美编",
                                   U"审核", U"审校", U"组版", U"版式设计"}) {
    if (!starts_with(s, role)) continue;
    std::u32string_view rest = trim(s.substr(role.size()));
    return !rest.empty() &&
           (rest.front() == U'：' || rest.front() == U':' || is_space(s[role.size()]));
  }
  // 第1234期 / 总第5678期
  std::u32string_view t = starts_with(s, U"总") ? s.substr(1) : s;
  if (t.size() < 3 || t.front() != U'第' || t.back() != U'期') return false;
  for (char32_t c : t.substr(1, t.size() - 2))
    if (!is_ascii_digit(c)) return false;
  return true;
}

}  // namespace gazette::ingest
