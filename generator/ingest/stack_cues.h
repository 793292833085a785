// Cues to the role of a headline line when the stack has no Markdown markers.
//
// A Chinese headline stack is kicker (引题) / title (主题) / subtitle (副题),
// but the raw text only has the lines. These recognisers read the shapes
// that tell the roles apart, from the words alone (no list of one paper's
// headlines):
//   - an organisation line: the whole line names a body — it ends with an
//     organisation word (局, 公司, 中心, 街道, 委员会 …) and holds no verb
//     of its own (words naming what a body does are none: 区体育事业发展中心),
//     or it names a body and what the body says (平城区应急管理局提醒, …温馨提示,
//     区人社局发布); a kicker (or its part), never a title;
//   - a series or column line: 系列报道之五, （二）, 之三, …专栏;
//   - a slogan pair: two space-separated halves of equal length
//     (守护碧水蓝天 共建美丽家园), typical of kickers and titles, rare in
//     subtitles (the same word at the same place in both is their parallel:
//     老有所养 幼有所育);
//   - a line stating figures: a number with a unit or measure word
//     (签约项目12个 金额8.6亿元, 增长30%, 一千余人): typical of subtitles.
// split_dash_subtitle() cuts "主题——副题" printed on one line; and
// split_merged_kicker() cuts an OCR line that merged a kicker into its title
// ("某某区供热公司 提前试水 保障温暖") where an organisation or a slogan pair
// ends (before a third part only a pair of equal halves, or one letter apart when the first
// names no column, series or theme: "深化放管服改革 提升政务服务效能 “一件事一次办”…";
// "民生实事回头看 老年大学扩容" is a column's name and the title's first half; a body's reminder,
// "区教育局提醒", before a title in one part or more) — never a notice's title after its topic
// ("文明祭扫 绿色清明倡议书"), only after its issuer. decide_two_lines() picks kicker+title or
// title+subtitle for a two-line stack and says whether a cue decided it (an upper line that is a
// series and the short name of its subject, "“平城守艺人”系列报道之二 古城墙修缮队", is a kicker);
// with no cue, a long upper line over a clearly shorter one is title + subtitle (the title is the
// longest line) unless the lower has five characters or fewer (no subtitle is that short), anything
// else kicker + title. A lower line stating figures is the subtitle, unless the upper is short (≤
// 8), the lower at least four characters longer and the text under them is about the lower: then
// kicker + title, as a doubt ("喜迁新居暖人心" / "1386户居民喜领新房钥匙"; a column's name above,
// "民生实事看落实", is a kicker by its shape); so is one statement (no space) under a slogan
// pair when the text is about it ("稳岗拓岗促就业 凝心聚力惠民生" / "“家门口”就业工厂开进13个村").
// Two long lines (eight letters or more) that both state figures are title + subtitle
// ("上半年空气优良天数同比增加19天" / "PM2.5平均浓度下降8.7%"). A column label
// (is_column_label_over) over the lower line is a kicker even when the lower states figures
// ("数字平城" / "平城区今年新建5G基站326个"). A lower line naming the kind of report
// (names_report_kind) is the subtitle ("百亩荷塘引客来" / "云门镇东河湾村发展乡村旅游见闻");
// a short upper line (ten letters or fewer, no dash) ending on the kind of report a column
// prints (手记, 札记, 小记, 速写, 日记) names its column ("基层医疗走访手记", "记者手记"): a
// kicker. A named body or place and what it did, in plain words, over a line that speaks in images
// (a word in quotes, a voice quoted whole, a pair of halves without figures; six letters or more)
// is kicker + title:
// "高山镇卫生院组建12支家庭医生签约服务团队" / "“医生把血压计背到了炕头！”" (实引虚主).
// A long upper line (eight letters or more, no comma, no slogan pair) over a lower line with a
// comma is title + subtitle ("城区主要农贸市场副食品零售价格" / "猪肉价格小幅回落，蔬菜价格总体
// 平稳"): a kicker over a comma title is a label, a theme or a slogan pair (read first).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette::ingest {

bool is_organisation_line(std::u32string_view line);
// Two long parts on a title's line (eight letters or more each), the first naming no body: one
// title printed in two parts ("一季度全区地区生产总值同比增长6.2% 增速位列全市第二") or a kicker
// OCR merged into its title ("身边的非遗传承人 一把剪刀剪出百样花"). split_merged_kicker() leaves
// such a line whole (the first is more common); the editor is asked.
bool may_hold_merged_kicker(std::u32string_view line);
bool is_series_line(std::u32string_view line);
bool is_slogan_pair(std::u32string_view line);
// A series line and, after a space, the short name of what this part is about
// ("“平城守艺人”系列报道之二 古城墙修缮队": at most eight letters, no statement):
// one kicker, not a kicker merged into its title.
bool is_series_and_subject(std::u32string_view line);
// "北关街道：“楼门议事会”开到居民家门口", "西坪镇：守住一河清水": a place (…区, …镇,
// …乡, …村, …街道, …社区), a colon, then what happens there — a kicker's shape (a
// title names its place inside the statement), never a speaker's turn.
bool opens_with_place(std::u32string_view line);
bool states_figures(std::u32string_view line);
// "“以前雨天出门两脚泥，现在骑电动车十分钟就到镇上”": a line wholly in
// quotes, of ten characters or more, a voice quoted as a subtitle (a
// headline line never ends a sentence, heading.h), or such a quotation said by
// someone named first ("老人们说：“饭菜软和，…。”"); a word quoted alone
// ("“物业议事会”") is no voice.
bool is_quoted_voice(std::u32string_view line);
// 民生实事回头看, 创城进行时, 营商环境大家谈: a column's name (5 to 10
// characters, no space) by the words columns end on (回头看, 进行时, 在行动,
// 看落实, 面对面, 大家谈, 直通车, 观察, 访谈 …): a kicker or a banner, never a title.
bool is_column_name(std::u32string_view line);
// 聚焦基层治理, 寻访最美家庭, 喜迎二十大: a line that opens naming the theme it
// frames (聚焦, 寻访, 探访, 喜迎, 礼赞, 致敬, 献礼; 3 to 12 characters, no
// space), an occasion (写在…, …之际; up to 24) or an event by its edition
// (平城区第三届农民丰收节, up to 20; not what happened at it: …开幕, …举行) or
// a time that frames the news (…前夕, …将至, …来临, …临近, …首日, …首周; up to
// 12: "“两节”将至", "供热季开启首周") — a kicker, never a title.
bool is_theme_line(std::u32string_view line);
// "云门镇东河湾村发展乡村旅游见闻", "…培训侧记", "——…的故事": a line of eight
// characters or more that ends naming the kind of report it heads (见闻,
// 侧记, 纪实, 调查 …) — a subtitle's shape; a kicker naming its column is
// shorter (记者手记).
bool names_report_kind(std::u32string_view line);
// 关于…的通知, …公告, …倡议书, …启事, 致…的一封信: a notice's title.
bool is_notice_title(std::u32string_view line);
// 平城头条, 要闻, 综合新闻, 文化副刊 …: a page name (at most 6 characters).
bool is_page_name_like(std::u32string_view line);
// A column label over its title: all Han, two to four characters over a line
// of six or more (平城新语, 时评, 数字平城), or five over eight or more
// (实事惠民生, 平城新观察); or a section and its column, two letters each, joined by one
// middle dot (周末·风物; a transliterated name of that shape, 米娜·艾力, reads the same — a
// known gap). A title states the news and is longer; no title
// of this pool or of the sample paper is so short over a longer subtitle.
bool is_column_label_over(std::u32string_view label, size_t letters_after);

struct LineSplit {
  std::u32string first, second;  // as printed, ends trimmed
};

// "平城区召开经济工作会议——部署明年重点任务" → {"平城区召开经济工作会议",
// "——部署明年重点任务"}: the dash outside quotes and brackets, at least four
// characters of text on each side.
std::optional<LineSplit> split_dash_subtitle(std::u32string_view line);

// "某某区供热公司 提前试水 保障温暖" → {"某某区供热公司", "提前试水 保障温暖"};
// "守护碧水蓝天 共建美丽家园 我区开展环境整治" → {"守护碧水蓝天 共建美丽家园",
// "我区开展环境整治"}; "关注城市更新 老街巷焕发新活力迎来八方客" →
// {"关注城市更新", "老街巷焕发新活力迎来八方客"} (two parts, the second at least
// three characters longer); "平城区应急管理局提醒 防范一氧化碳中毒“六要”" → a body and
// what it says, then the reminder. Nothing when the line has no such seam. Two long
// halves are never cut by their lengths alone ("“掌上公交”App上线 候车时间一查便知",
// "身边的非遗传承人 一把剪刀剪出百样花"): may_hold_merged_kicker() flags them.
std::optional<LineSplit> split_merged_kicker(std::u32string_view line);

// A line of two or more parts set apart by spaces that no shape cue cut
// ("在乡村振兴中书写巾帼担当 山村女医生"): cut after its first part when the
// text under it (`below`) repeats the rest's words clearly more — the text is
// about its title, not its kicker. Never a line of two matching halves (a
// title in a slogan pair).
std::optional<LineSplit> split_echoed_kicker(std::u32string_view line, const std::string& below);

enum class TwoLineShape { kKickerTitle, kTitleSubtitle };
struct TwoLineDecision {
  TwoLineShape shape = TwoLineShape::kKickerTitle;
  bool decided_by_cue = false;  // false: a default the editor should check
};
// `below`, the text under the stack when known: with no shape cue, the line
// whose words it repeats clearly more is the title (a kicker sets a context,
// a subtitle adds a result; the text is about the title).
TwoLineDecision decide_two_lines(std::u32string_view upper, std::u32string_view lower,
                                 const std::string& below = {});

}  // namespace gazette::ingest
