// Whether a column break cut a word: "民警结合身边的真" / "实案例" — the seam
// falls inside 真实.
//
// splits_a_word() runs ICU's dictionary word breaker (locale zh) over the last
// and first few Han characters of the two pieces joined, and reports true
// when the seam is not a word boundary. Only Han characters on both sides of
// the seam count (a number cut in two is the sentence tests' business). It
// is evidence, not proof — the dictionary may glue two words across a true
// boundary — so callers use it together with structural signals. Thread-safe
// (one break iterator per thread).
#pragma once

#include <string_view>

namespace gazette::ingest {

bool splits_a_word(std::u32string_view left, std::u32string_view right);

// A number cut in two, or cut from its unit: "…总面积1.2万" / "平方米…",
// "…自2023" / "年8月1日…", "…达到18" / "支…". Not a numbered item after it
// ("…只要10元，8" / "1.不私自下水游泳。": a list starts there). A unit of two
// characters is read whole: 平方 and 公里 finish a number, 平城 and 公司 do not.
// A date cut between its parts is one too ("…自2023年" / "8月1日起实施。"),
// and a count cut from the word that leads to it ("石玉珍今年" / "53岁，…",
// "累计" / "12个…"; not a year opening the text: "2023年…"), and a numeral
// cut from its measure word, each a word of its own by ICU ("算了一" / "笔账：…",
// "举办了两" / "场招聘会"; not 统一 / 个…, 一 / 位于…).
bool splits_a_number(std::u32string_view left, std::u32string_view right);

// The line opens with a preposition (在, 从, 对, 根据 …): in a line of a few
// characters, the start of a sentence a break cut ("在街道党" / "工委的…").
bool opens_with_preposition(std::u32string_view s);

// The line opens with a word that sets a cause, a condition, a purpose or the grounds
// of what is said (因, 由于, 如遇, 如果, 若, 为了, 据, 根据, 按照 …) and asks for the clause it
// leads to: a sentence's start, as no
// headline, subheading or banner opens ("因供水管网改造" / "施工需要，…").
bool opens_with_condition(std::u32string_view s);

// The line opens by pointing back at the text above it (以上, 上述, 如上,
// 上表): the rest of that text, never a headline ("以上站点调整自2023年8月1日起"
// / "实施。" under a table).
bool refers_back(std::u32string_view s);

// The line opens with a time phrase set off by a comma ("目前，…", "上午9点，…",
// "今年以来，…"): how a sentence starts, not a headline.
bool opens_with_time_phrase(std::u32string_view s);

// A time phrase that opens with its time word or a date, so that no word a
// break cut ends in it: "去年以来，…", "2023年，…", but not "动建设以来，…"
// (the rest of 启动).
bool opens_with_whole_time_phrase(std::u32string_view s);

// A person's name cut after its surname, or after the given name's first
// character, printed after who the person is: a post, trade or kin
// ("区应急管理局局长钟" / "秀山介绍，…", "外孙女苗思" / "雨最喜欢…") or an age
// ("今年74岁的苗" / "振华是…"). No headline ends on a name's first half.
bool splits_a_name(std::u32string_view left, std::u32string_view right);

// A number or a word cut: splits_a_number() or splits_a_word().
bool cuts_inside(std::u32string_view left, std::u32string_view right);

// The break falls inside a clause: the left piece ends on a word that needs
// what follows (的, 是, 在, 一名, 截至, 根据) or the right starts on one that needs what
// precedes (是, 着, 等, or 方面 / 期间 / 以来 ending a phrase, 局 / 厅 ending a body's name:
// "区工信" / "局有关负责人…") — "今年74岁的苗振华是一名"
// / "退休中学语文教师。…", "在民生保障" / "方面，…".
bool breaks_a_clause(std::u32string_view left, std::u32string_view right);

// A name or term cut by the break that the page prints whole elsewhere:
// "今年58岁的马春" / "兰是柳湾社区的…" where "马春兰" recurs in the text.
// Three Han characters across the seam (two from one side, one from the
// other) occur twice in `page` (the page's raw text, where the cut itself is
// broken by a newline and so never matches) — once may be chance ("公告为" in
// "以公交公司公告为准"); a right side of one character before a mark ("王晓" /
// "帆，1994年…") offers only the first three, a left side of one character after a mark
// ("…副镇长、南" / "沙河镇级…") only the last three. Catches names the dictionary lacks. With
// `whole_once`, the four characters across the seam (two from each side)
// printed once also count ("在民生" / "保障方面" where the page prints 民生保障).
bool seam_recurs(std::u32string_view left, std::u32string_view right, std::u32string_view page,
                 bool whole_once = false);

}  // namespace gazette::ingest
