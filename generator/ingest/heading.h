// Headline lines: Markdown heading markers already in the raw text, lines
// that look like a headline (short, no sentence punctuation), subtitles
// (——访…), and date-only lines (a notice's signature date).
//
// is_headline_like() is a shape test only; whether a line is a title, a
// kicker, a banner or a wedged column label is decided from its context by
// the headline stack and the segmenter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette::ingest {

struct MarkedHeading {
  int level = 0;        // number of '#'
  std::u32string text;  // without the marker
};
// "## 标题" / "### 引题" (1–6 '#', then white space, then text).
std::optional<MarkedHeading> parse_marked_heading(std::u32string_view line);

// At most 40 characters (60 for a ——subtitle, or for parts of at most 24
// set apart by spaces: a kicker and title on one line), no ，。； outside
// quotes and brackets (but one ， between two clauses of 3–12 characters that
// start or end alike: "哪里有险情，哪里就有“救援橙”", a headline's couplet),
// no 。 at all and no ！？ with text after it (a sentence ends inside the
// line: it is a cut paragraph) unless inside a quotation that closes the line
// ("22时15分 “快！准备抢救室”") or after a short call that opens the line, the
// news stated after it ("鸣枪开跑！8600名跑者竞逐御河畔": two to twelve letters
// before, six or more after, at most 24, no other sentence or clause mark), not a turn of an
// interview (记者：/问：/答：) nor a contact field (is_field_line) nor a note (opens_note), no
// quote left open or closed that it did not open, not ending in a terminal or clause mark (a ！/？
// headline of at most 16 characters is allowed) nor on a function word (的 把 被 将 …), and not
// wholly in brackets (a note such as （作者系…）) — wholly in quotes it may be: a voice quoted as a
// subtitle
// ("“以前雨天出门两脚泥，现在…”"), a feature's section ("“夏伏晒、冬捞冰”"), a quoted title
// (whether a word quoted alone is a paragraph's piece cut after its quote, "“物业议事会”" /
// "由社区党组织牵头…", is the segmenter's to read).
bool is_headline_like(std::u32string_view line);

// A notice's contact field: a label of at most 12 characters ending in 电话,
// 热线, 联系人, 地址, … ("24小时供电服务热线：95598", "联系人：张三"), or any
// label before a value with at least seven digits. Complete without a
// sentence mark: never a headline, never a paragraph left cut.
bool is_field_line(std::u32string_view line);

// A note under a table or list: the line opens with the label 注 or 备注 and a
// colon ("注：表中价格为…"). Body text, never a headline.
bool opens_note(std::u32string_view line);

// A contact field cut inside its number by a column break, and the line
// that finishes it: "监督电话：0352-" / "5037788", "咨询电话：0352-501662" /
// "8、0352-5016629". The digits either side of the break make one number of
// a telephone's length: 7 or 8 after an area code's hyphen; else 5 (a
// hotline), 7, 8, or 11 starting with 1 (a mobile). Never a date line below.
bool continues_field_number(std::u32string_view field, std::u32string_view next);

// A section heading of a feature told hour by hour: a time of day, then a
// space and a phrase ("22时15分 “快！准备抢救室”", "凌晨1时40分 醉酒者与受伤的
// 孩子", "上午9点 出发"). At most 24 characters; the time is an optional part
// of the day (凌晨, 上午, 傍晚 …), an hour of 1–2 digits with 时 or 点 (or
// "9:30"), and optional minutes (15分, 半); or, for a feature told day by day (a diary), a day
// of the month ("5月15日 星期三 晴"). A new article's title does not open with a clock time
// or a day and a space.
bool is_timeline_heading(std::u32string_view line);

// "记者：…" / "问：…" / "答：…" / "主持人：…": a turn of an interview.
bool starts_with_speaker(std::u32string_view line);

// An interview's question ("问：…", "记者：…", "主持人：…", "Q：…") and its
// answer ("答：…", "A：…", or a person's name with a common surname and a
// colon: "何建平：我们把养老服务…", not "据统计：…").
bool opens_question(std::u32string_view line);
bool opens_answer(std::u32string_view line);

// Starts with a dash: ——访平城区新华街道党工委负责人周玉芳.
bool is_subtitle_dash(std::u32string_view line);

// The whole line is a date: 2022年3月25日 / 二〇二二年三月二十五日 / 2022-03-25,
// possibly with the weekday (2023年7月20日 星期四).
bool is_date_line(std::u32string_view line);

// Page furniture that heads no article: 责任编辑：张三, 本版编辑 李四, 校对：王五,
// 第1234期 / 总第5678期.
bool is_page_furniture(std::u32string_view line);

}  // namespace gazette::ingest
