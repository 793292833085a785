#include "ingest/stack_cues.h"

#include <array>
#include <vector>

#include "ingest/chars.h"
#include "ingest/series.h"
#include "ingest/topic_similarity.h"
#include "ingest/word_seam.h"

namespace gazette::ingest {
namespace {

// How much more of one line's words (Han bigrams) the text below must repeat
// to call it the title; measured on the generated tune pages (0.3 did worse
// on three of the four development and validation runs).
constexpr double kTitleEchoMargin = 0.2;
// A headline line of at least this many characters reads as a statement.
constexpr size_t kLongLine = 8;

// Words that end the name of a body. Longest first where one ends another.
constexpr std::array<std::u32string_view, 40> kBodies = {
    U"服务中心", U"管理中心", U"办事处", U"委员会", U"办公室",   U"检察院", U"派出所", U"卫生院",
    U"合作社",   U"联合会",   U"工作站", U"分公司", U"有限公司", U"服务站", U"街道",   U"社区",
    U"医院",     U"法院",     U"协会",   U"公司",   U"集团",     U"学校",   U"中学",   U"小学",
    U"幼儿园",   U"中心",     U"银行",   U"政府",   U"党委",     U"支部",   U"大队",   U"支队",
    U"总站",     U"研究院",   U"大学",   U"商会",   U"分局",     U"局",     U"厅",     U"村委会"};

// Characters that make a line a statement rather than a name: verbs and
// function words common in titles ("提前试水", "开展", "助力", "的").
constexpr std::u32string_view kStatement =
    U"的了着是在把被让将为与和对从向开展推进助力打造建设实现提升加强守护共建做好落实走进举办召"
    U"签启迎保增促抓强创破解惠暖";

std::vector<std::u32string> segments(std::u32string_view s) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : s) {
    if (is_space(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool all_han(std::u32string_view s) {
  for (char32_t c : s)
    if (!is_han(c)) return false;
  return !s.empty();
}

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"〇零一二三四五六七八九十百千万亿两").find(c) !=
         std::u32string_view::npos;
}

// Units and measure words after a number: 12个, 8.6亿元, 30%, 200余人.
constexpr std::u32string_view kUnits =
    U"个项家元万亿人户名位次件台辆吨米里亩所座条场批支%％倍年天余多公斤克平立起";

// Whether the two texts share a two-character word: the halves of a slogan
// pair are parallel and do not repeat each other ("守护碧水蓝天 共建美丽家园");
// "平城交警 交警进校园" is a name, then a title that names it again.
// The same word at the same place in both halves is their parallel
// ("老有所养 幼有所育"), not a repeat.
bool share_bigram(std::u32string_view a, std::u32string_view b) {
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    if (!is_han(a[i]) || !is_han(a[i + 1])) continue;
    for (size_t at = b.find(a.substr(i, 2)); at != std::u32string_view::npos;
         at = b.find(a.substr(i, 2), at + 1))
      if (at != i) return true;
  }
  return false;
}

}  // namespace

bool is_organisation_line(std::u32string_view line) {
  std::u32string s = without_spaces(trim(line));
  // The body, then what it says: "平城区应急管理局提醒", "区消防救援大队温馨提示".
  for (std::u32string_view says : {U"温馨提示", U"提醒", U"提示", U"呼吁", U"发布", U"通报"})
    if (ends_with(s, says) && s.size() > says.size() + 2) {
      s.resize(s.size() - says.size());
      break;
    }
  if (s.size() < 3 || s.size() > 20 || !all_han(s)) return false;
  bool body = false;
  for (auto end : kBodies)
    if (ends_with(s, end) && s.size() > end.size()) {
      body = true;
      std::u32string stem = s.substr(0, s.size() - end.size());
      // Words that name what a body does are no statement (区体育事业发展中心,
      // 城市建设服务中心).
      for (std::u32string_view noun : {U"发展", U"建设", U"保障", U"促进", U"开发", U"服务"})
        for (size_t at = stem.find(noun); at != std::u32string::npos; at = stem.find(noun))
          stem.erase(at, noun.size());
      for (char32_t c : stem)
        if (kStatement.find(c) != std::u32string_view::npos) return false;
      break;
    }
  return body;
}

bool is_series_line(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (series_of(s)) return true;
  // "…之五", "…（二）", "…专栏"
  if (s.size() >= 4 && s[s.size() - 2] == U'之' && is_chinese_numeral(s.back())) return true;
  if (s.size() >= 4 && (s.back() == U'）' || s.back() == U')')) {
    size_t open = s.find_last_of(U"（(");
    if (open != std::u32string_view::npos && open + 2 <= s.size() - 1) {
      std::u32string_view inner = s.substr(open + 1, s.size() - open - 2);
      bool numeral = !inner.empty();
      for (char32_t c : inner) numeral = numeral && (is_chinese_numeral(c) || is_ascii_digit(c));
      if (numeral) return true;
    }
  }
  return ends_with(s, U"专栏") || ends_with(s, U"系列");
}

// A series line, then, set apart by a space, the name of what this part is
// about ("“平城守艺人”系列报道之二 古城墙修缮队"): a name of at most eight
// letters, no statement in it. The whole line is the kicker; a title after a
// series states something ("…之三 老手艺焕发新活力").
bool is_series_and_subject(std::u32string_view line) {
  auto seg = segments(trim(line));
  if (seg.size() < 2 || !is_series_line(seg[0])) return false;
  std::u32string rest;
  for (size_t k = 1; k < seg.size(); ++k) rest += seg[k];
  if (letter_count(rest) > 8 || !all_han(rest)) return false;
  for (char32_t c : rest)
    if (kStatement.find(c) != std::u32string_view::npos) return false;
  return true;
}

// "北关街道：“楼门议事会”开到居民家门口", "西坪镇：守住一河清水": a place
// (…区, …镇, …乡, …村, …街道, …社区), a colon, then what happens there — a
// kicker's shape; a title names its place inside the statement.
bool opens_with_place(std::u32string_view line) {
  std::u32string_view s = trim(line);
  const size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon < 2 || colon > 7 || colon + 4 > s.size())
    return false;
  const std::u32string_view place = s.substr(0, colon);
  return all_han(place) && ends_with_any(place, {U"区", U"镇", U"乡", U"村", U"街道", U"社区"});
}

bool is_slogan_pair(std::u32string_view line) {
  auto seg = segments(trim(line));
  if (seg.size() != 2) return false;
  // A title and its dash subtitle on one line ("让每本书都找到它的读者 ——访…")
  // are no pair.
  if (seg[1].rfind(U"——", 0) == 0) return false;
  size_t a = letter_count(seg[0]), b = letter_count(seg[1]);
  return a >= 3 && b >= 3 && a <= 12 && (a > b ? a - b : b - a) <= 1;
}

bool states_figures(std::u32string_view line) {
  std::u32string_view s = trim(line);
  for (size_t i = 0; i < s.size(); ++i) {
    bool digit = is_ascii_digit(s[i]);
    bool numeral = is_chinese_numeral(s[i]) && s[i] != U'万' && s[i] != U'亿';
    if (!digit && !numeral) continue;
    size_t j = i;
    while (j < s.size() && (is_ascii_digit(s[j]) || is_chinese_numeral(s[j]) || s[j] == U'.')) ++j;
    // A Chinese numeral alone is often a word (一起, 十分): require a digit or
    // two numerals.
    if (!digit && j - i < 2) {
      i = j;
      continue;
    }
    if (j < s.size() && kUnits.find(s[j]) != std::u32string_view::npos) return true;
    i = j;
  }
  return false;
}

bool is_notice_title(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (starts_with(s, U"关于") && s.size() >= 6) return true;
  return ends_with_any(s, {U"通知", U"公告", U"通告", U"倡议书", U"启事", U"公约", U"须知", U"公示",
                           U"声明", U"决定", U"一封信", U"公开信", U"告知书"});
}

bool is_quoted_voice(std::u32string_view line) {
  std::u32string_view s = trim(line);
  // A clause, not a word quoted alone ("“物业议事会”", a piece cut after
  // its quote).
  if (!s.empty() && s.front() == U'“' && is_wholly_bracketed(s) && letter_count(s) >= 10)
    return true;
  // Or said by someone named first ("老人们说：“饭菜软和，…。”"): a few words,
  // 说 and a colon, then the quotation to the line's end.
  const size_t colon = s.find(U"：“");
  if (colon == std::u32string_view::npos || colon < 2 || colon > 8 || s[colon - 1] != U'说')
    return false;
  const std::u32string_view quote = s.substr(colon + 1);
  return is_wholly_bracketed(quote) && letter_count(quote) >= 10 &&
         letter_count(s.substr(0, colon)) == colon;
}

bool is_column_name(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (letter_count(s) < 5 || letter_count(s) > 10 || without_spaces(s).size() != s.size())
    return false;
  return ends_with_any(s, {U"回头看", U"进行时", U"在行动", U"看落实", U"面对面", U"大家谈",
                           U"直通车", U"零距离", U"观察", U"身边事", U"访谈", U"访谈录"});
}

namespace {

// "平城区第三届农民丰收节": an event by its edition (第…届), as named, not what
// happened at it ("…开幕", "…举行").
bool names_event(std::u32string_view s) {
  const size_t at = s.find(U'第');
  if (at == std::u32string_view::npos) return false;
  size_t n = at + 1;
  while (n < s.size() && (is_ascii_digit(s[n]) || is_chinese_numeral(s[n]))) ++n;
  if (n == at + 1 || n >= s.size() || s[n] != U'届' || n + 2 >= s.size()) return false;
  return !ends_with_any(s, {U"开幕", U"闭幕", U"落幕", U"举行", U"举办", U"召开", U"启动", U"开赛",
                            U"开跑", U"收官", U"揭晓", U"启幕", U"结束", U"开班", U"成功"});
}

}  // namespace

bool is_theme_line(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (letter_count(s) < 3 || without_spaces(s).size() != s.size()) return false;
  // An occasion: "写在平城高铁站开通运营一周年之际".
  if (letter_count(s) <= 24 && (starts_with(s, U"写在") || ends_with(s, U"之际"))) return true;
  if (letter_count(s) <= 20 && names_event(s)) return true;
  if (letter_count(s) > 12) return false;
  // A time that frames the news: an occasion drawing near or just begun
  // ("春节前夕", "“两节”将至", "供热季开启首周").
  if (ends_with_any(s, {U"前夕", U"将至", U"来临", U"临近", U"首日", U"首周"})) return true;
  return starts_with_any(s, {U"聚焦", U"寻访", U"探访", U"喜迎", U"礼赞", U"致敬", U"献礼"});
}

namespace {

// (A column's kind of report over a title: see decide_two_lines.)
bool ends_in_report_kind(std::u32string_view line) {
  return ends_with_any(
      trim(line), {U"见闻", U"侧记", U"纪实", U"小记", U"速写", U"掠影", U"扫描", U"手记", U"札记",
                   U"调查", U"记事", U"素描", U"故事", U"综述", U"巡礼", U"探访"});
}

}  // namespace

bool names_report_kind(std::u32string_view line) {
  return letter_count(trim(line)) >= 8 && ends_in_report_kind(line);
}

bool is_page_name_like(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.size() > 6) return false;
  return ends_with_any(s, {U"头条", U"要闻", U"新闻", U"综合", U"专刊", U"专版", U"副刊", U"视点",
                           U"快讯", U"速递"});
}

bool is_column_label_over(std::u32string_view label, size_t letters_after) {
  const size_t n = letter_count(label);
  // A page's section and its column may be joined by a middle dot ("周末·风物").
  const bool dotted = label.size() == 5 && label[2] == U'·' && all_han(label.substr(0, 2)) &&
                      all_han(label.substr(3));
  return (all_han(label) || dotted) && n >= 2 &&
         ((n <= 4 && letters_after >= 6) || (n == 5 && letters_after >= 8));
}

std::optional<LineSplit> split_dash_subtitle(std::u32string_view line) {
  std::u32string_view s = trim(line);
  size_t i = find_outside_brackets(s, U"—");
  while (i != std::u32string_view::npos && (i + 1 >= s.size() || s[i + 1] != U'—'))
    i = find_outside_brackets(s, U"—", i + 1);
  if (i == std::u32string_view::npos) return std::nullopt;
  std::u32string_view head = trim(s.substr(0, i)), tail = trim(s.substr(i));
  if (letter_count(head) >= 4 && letter_count(tail) >= 4)
    return LineSplit{std::u32string(head), std::u32string(tail)};
  return std::nullopt;
}

namespace {

// The text under a headline (`below`) repeats `more`'s words clearly more
// than `less`'s: it is about `more`. Never when there is no text.
bool echoed_more(std::u32string_view more, std::u32string_view less, const std::string& below) {
  return !below.empty() &&
         echo_share(to_utf8(more), below) >= echo_share(to_utf8(less), below) + kTitleEchoMargin;
}

}  // namespace

std::optional<LineSplit> split_merged_kicker(std::u32string_view line) {
  std::u32string_view s = trim(line);
  auto seg = segments(s);
  if (seg.size() < 2) return std::nullopt;
  auto cut_after = [&](size_t n) {
    // The first n segments, as printed, then the rest.
    size_t pos = 0;
    for (size_t k = 0; k < n; ++k) {
      pos = s.find(seg[k], pos) + seg[k].size();
    }
    return LineSplit{std::u32string(trim(s.substr(0, pos))), std::u32string(trim(s.substr(pos)))};
  };
  // An organisation, then a slogan pair ("提前试水 保障温暖"); an organisation
  // before one noun phrase is a title ("某中心 垃圾收集网格化公示表").
  if (seg.size() == 3 && is_organisation_line(seg[0]) && is_slogan_pair(seg[1] + U" " + seg[2]))
    return cut_after(1);
  // A body and what it says ("平城区应急管理局提醒"), then what it says: the
  // reminder is the title ("防范一氧化碳中毒“六要”").
  // (The reminder may be in two parts: "区教育局提醒 中考前夕 这些事项请考生留意".)
  if (is_organisation_line(seg[0]) && ends_with_any(seg[0], {U"提醒", U"提示", U"呼吁"}) &&
      letter_count(s) - letter_count(seg[0]) >= 4)
    return cut_after(1);
  size_t rest_after_first = 0;
  for (size_t k = 1; k < seg.size(); ++k) rest_after_first += letter_count(seg[k]);
  // A slogan pair, then a third part that is not its echo.
  if (seg.size() >= 3) {
    std::u32string pair = seg[0] + U" " + seg[1];
    size_t rest = 0;
    for (size_t k = 2; k < seg.size(); ++k) rest += letter_count(seg[k]);
    // (Halves one letter apart only when the first names no column, series
    // or theme: "民生实事回头看 老年大学扩容 …" is a column, then the title.)
    const size_t a = letter_count(seg[0]), b = letter_count(seg[1]);
    const bool kicker_first =
        is_series_line(seg[0]) || is_column_name(seg[0]) || is_theme_line(seg[0]);
    if (is_slogan_pair(pair) && (a == b || !kicker_first) && a >= 3 && rest >= 6 &&
        !share_bigram(seg[0], seg[1]))
      return cut_after(2);
  }
  // A series line or a column label (at most 4 characters: 平城新语, 时评; 5
  // before a long title: 实事惠民生)
  // before a title of its own.
  size_t label = letter_count(seg[0]);
  // A notice's title is printed whole with the topic before it ("文明祭扫
  // 绿色清明倡议书"); only its issuer or a series line is set apart.
  if (is_notice_title(s) && !is_organisation_line(seg[0]) && !is_series_line(seg[0]))
    return std::nullopt;
  if (((is_series_line(seg[0]) || is_column_name(seg[0]) || is_theme_line(seg[0])) &&
       rest_after_first >= 6) ||
      is_column_label_over(seg[0], rest_after_first))
    return cut_after(1);
  // Two parts, the first at least three characters shorter: a kicker over
  // its title ("聚焦民生实事 多措并举稳就业促增收"); a title in two parts
  // is balanced ("打击非法集资 共创和谐社会", "交警进校园 上好安全“第一课”").
  if (seg.size() == 2 && label >= 6 && rest_after_first >= label + 3) return cut_after(1);
  // Two long halves (eight characters or more each) are left whole: a title
  // in two parts ("一季度全区地区生产总值同比增长6.2% 增速位列全市第二") is more
  // common than a kicker merged into one ("身边的非遗传承人 一把剪刀剪出百样花");
  // may_hold_merged_kicker() says so, for the editor to check.
  // A kicker, then a title that is a slogan pair: "抓党建促基层治理能力提升
  // 党建力量“沉下去” 基层治理“活起来”".
  if (seg.size() >= 3) {
    std::u32string tail = seg[seg.size() - 2] + U" " + seg.back();
    size_t head = 0;
    for (size_t k = 0; k + 2 < seg.size(); ++k) head += letter_count(seg[k]);
    if (is_slogan_pair(tail) && letter_count(seg.back()) >= 4 && head >= 6)
      return cut_after(seg.size() - 2);
  }
  return std::nullopt;
}

bool may_hold_merged_kicker(std::u32string_view line) {
  auto seg = segments(trim(line));
  return seg.size() == 2 && letter_count(seg[0]) >= 8 && letter_count(seg[1]) >= 8 &&
         !is_organisation_line(seg[0]) && seg[1].rfind(U"——", 0) != 0 &&
         !is_notice_title(trim(line));
}

std::optional<LineSplit> split_echoed_kicker(std::u32string_view line, const std::string& below) {
  std::u32string_view s = trim(line);
  auto seg = segments(s);
  if (seg.size() < 2 || below.empty() || is_slogan_pair(s) || is_notice_title(s))
    return std::nullopt;
  size_t pos = s.find(seg[0]) + seg[0].size();
  LineSplit cut{std::u32string(trim(s.substr(0, pos))), std::u32string(trim(s.substr(pos)))};
  // A space inside quotes or brackets ("“追忆先烈 文明祭扫”倡议书") cuts nothing.
  if (leaves_bracket_open(cut.first)) return std::nullopt;
  if (letter_count(cut.first) < 4 || letter_count(cut.second) < 4) return std::nullopt;
  if (!echoed_more(cut.second, cut.first, below)) return std::nullopt;
  return cut;
}

namespace {

// A named body or place, then what it did, in plain words: no quote mark,
// title mark, colon or space ("高山镇卫生院组建12支家庭医生签约服务团队",
// "口泉乡打造特色农业品牌带动农民增收"). The name is three letters or more up to
// a place's or a body's last word (城区, 全区 name no one).
bool is_named_deed(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.find_first_of(U"“”‘’\"《》：:") != std::u32string_view::npos ||
      without_spaces(s).size() != s.size())
    return false;
  // The name holds no verb or function word (not 助力乡村…, 推动社区…, 老有所…),
  // and its last word ends where a word ends (not 乡 in 乡村振兴, 社 in 社会).
  for (size_t n = 3; n <= 8 && n + 4 <= s.size(); ++n) {
    const std::u32string_view name = s.substr(0, n);
    if (!all_han(name)) return false;
    const bool place_or_body =
        is_organisation_line(name) || (ends_with_any(name, {U"区", U"县", U"镇", U"乡", U"村",
                                                            U"社", U"队", U"站", U"所", U"院"}) &&
                                       name.find_first_of(kStatement) == std::u32string_view::npos);
    if (place_or_body && !splits_a_word(name, s.substr(n))) return true;
  }
  return false;
}

// A word or two set in quotes inside the line ("“串”", "“田保姆”"), or a voice
// quoted whole.
bool speaks_in_images(std::u32string_view line) {
  if (is_quoted_voice(line) || (is_slogan_pair(line) && !states_figures(line))) return true;
  std::u32string_view s = trim(line);
  for (size_t open = s.find(U'“'); open != std::u32string_view::npos;
       open = s.find(U'“', open + 1)) {
    const size_t close = s.find(U'”', open + 1);
    if (close == std::u32string_view::npos) return false;
    const size_t n = letter_count(s.substr(open + 1, close - open - 1));
    if (n >= 1 && n <= 6 && (open > 0 || close + 1 < s.size())) return true;
  }
  return false;
}

}  // namespace

TwoLineDecision decide_two_lines(std::u32string_view upper, std::u32string_view lower,
                                 const std::string& below) {
  if (is_organisation_line(upper) || is_series_line(upper) || is_column_name(upper) ||
      is_theme_line(upper) || is_series_and_subject(upper) || opens_with_place(upper))
    return {TwoLineShape::kKickerTitle, true};
  size_t up = letter_count(upper), low = letter_count(lower);
  if (is_column_label_over(trim(upper), low)) return {TwoLineShape::kKickerTitle, true};
  if (names_report_kind(lower) && !names_report_kind(upper))
    return {TwoLineShape::kTitleSubtitle, true};
  // A short line naming the kind of report its column prints ("基层医疗走访手记",
  // "记者手记") over the headline: the column's name, a kicker; a subtitle that
  // names the kind is longer or opens with a dash.
  if (ends_with_any(trim(upper), {U"手记", U"札记", U"小记", U"速写", U"日记"}) && up <= 10 &&
      !starts_with(trim(upper), U"—"))
    return {TwoLineShape::kKickerTitle, true};
  // 实引虚主: a plain statement of what a named body or place did
  // over a line that speaks in images — a word set in quotes ("小杂粮“串”起致富链")
  // or a voice quoted whole ("“医生把血压计背到了炕头！”") — is the kicker over
  // its title: the title carries the image, the kicker the fact (which the
  // text repeats, so the echo is no guide here). The other order, an image
  // over a plain statement, is a title and its subtitle ("小庭院种出“大产业”"
  // / "高山镇218户农户发展庭院经济 户均增收4300元").
  if (up >= kLongLine && low >= 6 && is_named_deed(upper) && speaks_in_images(lower))
    return {TwoLineShape::kKickerTitle, false};
  // A voice quoted whole under a line that is not: the subtitle.
  if (is_quoted_voice(lower) && !is_quoted_voice(upper))
    return {TwoLineShape::kTitleSubtitle, true};
  // A long statement over a line with a comma inside and none in it: the title and a
  // subtitle saying more in a sentence's shape ("城区主要农贸市场副食品零售价格" /
  // "猪肉价格小幅回落，蔬菜价格总体平稳"); a kicker over a comma title is a label or a
  // theme, read above, or a slogan pair ("坚持生态优先 推动绿色发展" / "荒山变青山，村民变股民").
  if (up >= kLongLine && lower.find(U'，') != std::u32string_view::npos &&
      upper.find(U'，') == std::u32string_view::npos && !is_slogan_pair(upper))
    return {TwoLineShape::kTitleSubtitle, true};
  bool upper_figures = states_figures(upper), lower_figures = states_figures(lower);
  // A subtitle states figures — unless it is the longer line and the one the
  // text is about: then it is the title under a kicker ("喜迁新居暖人心" /
  // "1386户居民喜领新房钥匙").
  if (lower_figures && !upper_figures) {
    if (up <= 8 && low >= up + 4 && echoed_more(lower, upper, below))
      return {TwoLineShape::kKickerTitle, false};
    // So is one statement under a slogan pair, when the text is about it
    // ("稳岗拓岗促就业 凝心聚力惠民生" / "“家门口”就业工厂开进13个村"); figures in
    // two parts ("签约项目12个 金额8.6亿元") stay the subtitle.
    if (is_slogan_pair(upper) && without_spaces(lower).size() == trim(lower).size() &&
        echoed_more(lower, upper, below))
      return {TwoLineShape::kKickerTitle, false};
    return {TwoLineShape::kTitleSubtitle, true};
  }
  // Two long lines are two statements: the title and a subtitle that adds a
  // result, in figures or in words ("柳荫小区加装电梯惠及24户居民" / "高楼层
  // 老人出门不再发愁"); a kicker is mostly a short label or a slogan.
  bool both_long = up >= kLongLine && low >= kLongLine;
  if (upper_figures && !lower_figures && !both_long) return {TwoLineShape::kKickerTitle, true};
  // Both state figures: two results, the title's and the subtitle's
  // ("上半年空气优良天数同比增加19天" / "PM2.5平均浓度下降8.7%"); a kicker sets
  // a context and seldom counts.
  if (upper_figures && lower_figures && both_long) return {TwoLineShape::kTitleSubtitle, true};
  // The text under a headline is about its title: the line whose words it
  // repeats clearly more is the title (a long upper line only: a short one
  // such as "平城交警" is echoed whole by any text under it).
  std::optional<TwoLineShape> echoed;
  if (!below.empty()) {
    double up_echo = echo_share(to_utf8(upper), below),
           low_echo = echo_share(to_utf8(lower), below);
    if (up >= kLongLine && up_echo >= low_echo + kTitleEchoMargin)
      echoed = TwoLineShape::kTitleSubtitle;
    else if (low_echo >= up_echo + kTitleEchoMargin)
      echoed = TwoLineShape::kKickerTitle;
  }
  // A slogan pair is a kicker or a title, rarely a subtitle — but under a long
  // title the text is about, two matching halves are its subtitle ("防汛应急演练
  // 检验实战能力" / "各部门协同联动 处置有序高效"). On the real sample page the
  // text repeats a long kicker as much as the paired title under it ("抓党建促
  // 基层治理能力提升" / "党建力量“沉下去” 基层治理“活起来”"): kicker + title.
  bool upper_pair = is_slogan_pair(upper), lower_pair = is_slogan_pair(lower);
  if (lower_pair && !upper_pair && both_long && echoed == TwoLineShape::kTitleSubtitle)
    return {TwoLineShape::kTitleSubtitle, false};
  if (upper_pair != lower_pair) return {TwoLineShape::kKickerTitle, true};
  if (echoed) return {*echoed, false};
  if (both_long) return {TwoLineShape::kTitleSubtitle, false};
  // A subtitle adds a statement; a line of five characters or fewer under a
  // long one is a short title under its kicker ("在乡村振兴中书写巾帼担当" /
  // "山村女医生").
  if (low <= 5) return {TwoLineShape::kKickerTitle, false};
  // The title is set largest and is the longest line: a long upper line over
  // one at least three characters shorter is the title, the lower its
  // subtitle. Still a guess.
  if (up >= 12 && up >= low + 3) return {TwoLineShape::kTitleSubtitle, false};
  return {TwoLineShape::kKickerTitle, false};
}

}  // namespace gazette::ingest
