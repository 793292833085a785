#include "ingest/sentence.h"

#include <algorithm>

#include "ingest/chars.h"

namespace gazette::ingest {
namespace {

// A bracketed jump note: （下转第2版） / (转第2版) / （上接第1版）.
std::optional<std::string> jump_note(std::u32string_view note, std::u32string_view verb_a,
                                     std::u32string_view verb_b) {
  if (note.size() < 5 || !is_opening(note.front()) || !is_closing(note.back())) return {};
  std::u32string_view inner = trim(note.substr(1, note.size() - 2));
  for (auto verb : {verb_a, verb_b}) {
    if (!starts_with(inner, verb)) continue;
    std::u32string_view rest = inner.substr(verb.size());
    if (rest.size() < 3 || rest.front() != U'第' || rest.back() != U'版') return {};
    return to_utf8(rest.substr(1, rest.size() - 2));
  }
  return {};
}

// A verb that reports speech or a view, then at once a comma or colon.
bool opens_with_saying(std::u32string_view s) {
  static constexpr std::u32string_view kVerbs[] = {
      U"介绍",     U"表示", U"指出",   U"强调",   U"说道",   U"坦言",   U"透露", U"认为",
      U"告诉记者", U"感慨", U"笑着说", U"补充说", U"解释说", U"回忆说", U"提醒"};
  auto said_at = [&](size_t at) {
    for (std::u32string_view verb : kVerbs)
      if (s.size() > at + verb.size() && s.substr(at, verb.size()) == verb &&
          (s[at + verb.size()] == U'，' || s[at + verb.size()] == U'：' ||
           s[at + verb.size()] == U':'))
        return true;
    return false;
  };
  if (said_at(0)) return true;
  // One character before the verb is the end of its speaker's name the break
  // cut ("任志" / "远介绍，…"): no sentence opens with a one-character
  // subject but a pronoun or an adverb (他介绍，据介绍，还表示).
  return s.size() > 1 && is_han(s[0]) &&
         std::u32string_view(U"他她它我你据并还也又再均都曾亦").find(s[0]) ==
             std::u32string_view::npos &&
         said_at(1);
}

}  // namespace

bool ends_sentence(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  if (s.empty()) return true;
  if (jump_to(s)) return true;
  if (ends_with(s, U"（完）") || ends_with(s, U"(完)")) return true;
  // A note wholly in brackets is complete: "（作者系平城区委党校教师）".
  if (is_wholly_bracketed(s)) return true;
  size_t i = s.size();
  while (i > 0 && is_closing(s[i - 1])) --i;
  if (i == 0) return false;
  // An ASCII '.' ends a paragraph when it follows a word, not a digit: OCR
  // often reads 。 as '.', but "1.8" is a number.
  if (s[i - 1] == U'.' && i >= 2 && !is_ascii_digit(s[i - 2])) return true;
  return is_terminal(s[i - 1]);
}

bool opens_with_predicate(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  return starts_with_any(s, {U"是", U"由", U"已", U"正在", U"将", U"被", U"成为", U"也", U"还",
                             U"都", U"就", U"则", U"即"});
}

bool starts_mid_sentence(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  if (s.empty()) return false;
  char32_t first = s.front();
  if (first == U'—' || first == U'…') return false;  // subtitles, quoted ellipses
  if (is_terminal(first) || is_clause_mark(first) || is_closing(first)) return true;
  switch (first) {
    case U'的':
      return !starts_with(s, U"的确");
    case U'们':
    case U'吗':
    case U'呢':
    case U'吧':
    case U'啊':
      return true;
    default:
      break;
  }
  // "问：…" / "答：…": a turn of an interview; "注：…" / "按：…": a note.
  // Any other single character before the colon ends a speaker's name the
  // break cut ("刘卫" / "东：我们将…").
  if (s.size() >= 2 && (s[1] == U'：' || s[1] == U':'))
    return is_han(first) &&
           std::u32string_view(U"问答注按附").find(first) == std::u32string_view::npos;
  // A one-character clause: "物、道路…", "点，重点…" (but not the enumerator "一、").
  if (s.size() >= 2 && s[1] == U'、' &&
      std::u32string_view(U"一二三四五六七八九十").find(first) != std::u32string_view::npos)
    return false;
  if (s.size() >= 2 && is_han(first) && (is_clause_mark(s[1]) || is_terminal(s[1]))) return true;
  // A sentence of two or three characters that more text follows: "科学课。“闫老师…", the
  // end of a sentence the break cut ("三年级的小宇最喜欢上" / a banner / "科学课。…").
  // No paragraph of news opens with so short a sentence, but for a whole one that ends
  // on a particle ("天亮了。").
  for (size_t n = 2; n <= 3; ++n)
    if (s.size() > n + 1 && s[n] == U'。' &&
        std::all_of(s.begin(), s.begin() + static_cast<long>(n),
                    [](char32_t c) { return is_han(c); }) &&
        std::u32string_view(U"了啦吧呢啊吗呀").find(s[n - 1]) == std::u32string_view::npos)
      return true;
  // A verb of saying with nothing before it ("介绍，“银发课堂”每周…", "表示："):
  // its speaker ended the line before the break. No paragraph of news opens so
  // ("据介绍，" opens with 据, not the verb).
  if (opens_with_saying(s)) return true;
  // A directional complement ends a verb the break cut ("…从镇中学淘汰" /
  // "下来的，桌面上…"): no clause opens on one.
  for (std::u32string_view c : {U"下来", U"起来", U"出来", U"上来", U"过来", U"进来", U"下去"})
    if (starts_with(s, c) && s.size() > c.size() + 1 &&
        (is_clause_mark(s[c.size()]) || is_terminal(s[c.size()]) ||
         (s[c.size()] == U'的' &&
          (is_clause_mark(s[c.size() + 1]) || is_terminal(s[c.size() + 1])))))
      return true;
  // A word that closes a time phrase, then its comma ("…辞旧迎新" / "之际，为减少…",
  // "…入汛" / "以来，全区…"): the phrase began before the break.
  for (std::u32string_view c : {U"之际", U"之时", U"以来", U"期间", U"之余"})
    if (starts_with(s, c) && s.size() > c.size() + 1 && is_clause_mark(s[c.size()])) return true;
  // "霞）“过马路要走斑马线…", "都舒服。”": it starts inside a quote or bracket.
  return closes_unopened(s);
}

std::optional<std::string> jump_to(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  size_t open = s.find_last_of(U"（(");
  if (open == std::u32string_view::npos) return {};
  return jump_note(s.substr(open), U"下转", U"转");
}

std::optional<std::string> jump_from(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  size_t close = s.find_first_of(U"）)");
  if (close == std::u32string_view::npos) return {};
  return jump_note(s.substr(0, close + 1), U"上接", U"接");
}

}  // namespace gazette::ingest
