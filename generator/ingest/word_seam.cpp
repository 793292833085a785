#include "ingest/word_seam.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <string>

#include "ingest/chars.h"
#include "ingest/enumeration.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

constexpr size_t kContext = 6;  // Han characters taken from each side

icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    return U_SUCCESS(status) ? std::move(b) : nullptr;
  }();
  return it.get();
}

icu::UnicodeString to_unicode(std::u32string_view s) {
  return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()),
                                       static_cast<int32_t>(s.size()));
}

// The run of Han characters, at most kContext, that ends (or starts) `s`.
std::u32string_view han_edge(std::u32string_view s, bool last) {
  size_t n = 0;
  while (n < s.size() && n < kContext && is_han(last ? s[s.size() - 1 - n] : s[n])) ++n;
  return last ? s.substr(s.size() - n) : s.substr(0, n);
}

}  // namespace

bool splits_a_word(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  std::u32string_view l = han_edge(left, true), r = han_edge(right, false);
  if (l.empty() || r.empty()) return false;
  std::u32string joined(l);
  joined += r;
  icu::BreakIterator* b = word_breaker();
  if (!b) return false;
  icu::UnicodeString text = to_unicode(joined);
  b->setText(text);
  // Han characters outside the BMP take two UTF-16 units.
  int32_t seam = to_unicode(l).length();
  return !b->isBoundary(seam);
}

namespace {

// The last (or first) ICU word of the Han run at the end (or start) of `s`
// (han_edge); empty when there is none.
std::u32string edge_word(std::u32string_view s, bool last) {
  std::u32string run(han_edge(s, last));
  icu::BreakIterator* b = word_breaker();
  if (run.empty() || !b) return U"";
  icu::UnicodeString text = to_unicode(run);
  b->setText(text);
  int32_t at = last ? b->preceding(text.length()) : b->following(0);
  if (at == icu::BreakIterator::DONE) return run;
  icu::UnicodeString w = last ? text.tempSubString(at) : text.tempSubString(0, at);
  std::u32string out(static_cast<size_t>(w.countChar32()), U'\0');
  UErrorCode st = U_ZERO_ERROR;
  w.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), st);
  return out;
}

// Words that need what follows them: a structural particle, the copula, a
// preposition or conjunction, an adverb, a numeral with its measure word, a
// demonstrative. A headline line does not end on one.
constexpr std::u32string_view kNeedsNext[] = {
    U"的", U"是", U"在", U"和", U"与", U"及", U"对", U"把", U"被", U"从", U"向", U"将", U"于",
    U"给", U"跟", U"同", U"由", U"并", U"而", U"都", U"也", U"还", U"就", U"才", U"又", U"很",
    U"更", U"已", U"一名", U"一个", U"一位", U"一家", U"一种", U"一次", U"一些", U"这", U"那",
    U"每", U"各", U"该", U"可", U"能", U"应", U"需", U"要", U"至", U"广大", U"少", U"着", U"共",
    U"约", U"达", U"截至", U"截止", U"为了", U"随着", U"根据", U"按照", U"通过", U"关于",
    // A post before the name of who holds it ("公司环保部部长" / "商玉洁带…").
    U"部长", U"局长", U"书记", U"主任", U"院长", U"校长", U"经理", U"总经理", U"负责人", U"区长",
    U"镇长", U"所长", U"站长", U"会长", U"队长", U"处长", U"科长", U"馆长"};
// Words that need what precedes them: no sentence opens on one (方面, 期间,
// 以来 and 之间 end a phrase: 在民生保障方面, 假期期间, 入汛以来; 局 and 厅
// alone end a body's name: "区工信" / "局有关负责人表示，…").
constexpr std::u32string_view kNeedsPrevious[] = {U"是", U"地",   U"得",   U"着",   U"了",
                                                  U"过", U"及",   U"等",   U"之",   U"局",
                                                  U"厅", U"方面", U"期间", U"以来", U"之间"};

template <size_t N>
bool one_of(const std::u32string& w, const std::u32string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

}  // namespace

bool breaks_a_clause(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  if (left.empty() || right.empty()) return false;
  return one_of(edge_word(left, true), kNeedsNext) ||
         one_of(edge_word(right, false), kNeedsPrevious);
}

bool opens_with_preposition(std::u32string_view s) {
  static constexpr std::u32string_view kPrepositions[] = {U"在",   U"从",   U"对",   U"据",  U"自",
                                                          U"随着", U"通过", U"根据", U"按照"};
  return one_of(edge_word(trim(s), false), kPrepositions);
}

bool opens_with_condition(std::u32string_view s) {
  static constexpr std::u32string_view kConditions[] = {U"因",   U"因为", U"由于", U"如",   U"如遇",
                                                        U"如果", U"如有", U"若",   U"假如", U"一旦",
                                                        U"据",   U"根据", U"按照"};
  const std::u32string word = edge_word(trim(s), false);
  // A purpose (为了) only in a line too short to hold its clause: "为了让好" /
  // "谷子卖出好价钱，…"; a section heading may open on it ("为了山里娃的笑脸").
  return one_of(word, kConditions) || (word == U"为了" && letter_count(trim(s)) <= 5);
}

bool refers_back(std::u32string_view s) {
  s = trim(s);
  for (std::u32string_view start : {U"以上", U"上述", U"如上", U"上表"})
    if (s.substr(0, start.size()) == start) return true;
  return false;
}

bool opens_with_time_phrase(std::u32string_view s) {
  s = trim(s);
  const size_t comma = s.find_first_of(U"，,");
  if (comma == std::u32string_view::npos || comma < 2 || comma > 8) return false;
  const std::u32string_view phrase = s.substr(0, comma);
  for (std::u32string_view w :
       {U"年",   U"月",   U"日",   U"点",   U"时",   U"以来", U"近日", U"目前",
        U"如今", U"当天", U"上午", U"下午", U"晚上", U"清晨", U"傍晚", U"不久",
        U"近期", U"今天", U"昨天", U"早上", U"中午", U"夜里"})
    if (phrase.find(w) != std::u32string_view::npos) return true;
  return false;
}

bool opens_with_whole_time_phrase(std::u32string_view s) {
  s = trim(s);
  if (!opens_with_time_phrase(s)) return false;
  if (is_ascii_digit(s.front())) return true;
  static constexpr std::u32string_view kTimeWords[] = {
      U"去年", U"今年", U"明年", U"前年", U"近年", U"近年来", U"近日", U"日前", U"目前",
      U"如今", U"当天", U"当日", U"上午", U"下午", U"晚上",   U"清晨", U"傍晚", U"凌晨",
      U"近期", U"今天", U"昨天", U"早上", U"中午", U"夜里",   U"此前", U"年初", U"年底"};
  return one_of(edge_word(s, false), kTimeWords) ||
         starts_with_any(s, {U"前不久", U"不久前"});  // ICU reads 前|不久
}

bool splits_a_number(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  if (left.empty() || right.empty()) return false;
  char32_t l = left.back(), r = right.front();
  // A date cut between its parts: "…自2023年" / "8月1日起", "…9月" / "1日".
  auto digits_then = [](std::u32string_view t, char32_t unit) {
    size_t k = 0;
    while (k < t.size() && is_ascii_digit(t[k])) ++k;
    return k > 0 && k <= 2 && k < t.size() && t[k] == unit;
  };
  if (left.size() >= 2 && is_ascii_digit(left[left.size() - 2]) &&
      ((l == U'年' && digits_then(right, U'月')) ||
       (l == U'月' && (digits_then(right, U'日') || digits_then(right, U'号')))))
    return true;
  static constexpr std::u32string_view kUnits =
      U"年月日时分秒点万亿千百个位名人户家项件次条元米吨亩岁天周倍%％多余";
  // A count cut from the bound it states: "柳湾社区60岁" / "以上老人…".
  if (left.size() >= 2 && is_ascii_digit(left[left.size() - 2]) &&
      kUnits.find(l) != std::u32string_view::npos &&
      starts_with_any(right, {U"以上", U"以下", U"以内", U"左右"}))
    return true;
  // A count cut from the word that leads to it: "石玉珍今年" / "53岁，…",
  // "累计" / "12个项目…" (digits and a unit: a count, no numbered item).
  {
    size_t k = 0;
    while (k < right.size() && is_ascii_digit(right[k])) ++k;
    const bool year = k == 4 && k < right.size() && right[k] == U'年';  // "2023年…" opens
    if (k > 0 && k < right.size() && !year && kUnits.find(right[k]) != std::u32string_view::npos)
      for (std::u32string_view w : {U"今年", U"去年", U"明年", U"累计", U"共计", U"达到", U"超过",
                                    U"已有", U"共有", U"年满", U"第"})
        if (ends_with(left, w)) return true;
  }
  // A numeral cut from its measure word: "村民给记者算了一" / "笔账：…", "举办了两"
  // / "场招聘会" — both sides read by ICU, so that 统一, 第一 and 位于, 支持 are
  // words of their own.
  static constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十几半";
  static constexpr std::u32string_view kMeasures =
      U"个位名笔项件种批场份座台辆支套句顿碗杯条次间栋株棵匹封篇首趟遍番轮届层排块根把段";
  if (kNumerals.find(l) != std::u32string_view::npos &&
      kMeasures.find(r) != std::u32string_view::npos && edge_word(left, true).size() == 1 &&
      edge_word(right, false).size() == 1)
    return true;
  bool number_end =
      is_ascii_digit(l) || (l == U'.' && left.size() >= 2 && is_ascii_digit(left[left.size() - 2]));
  if (!number_end) return false;
  // "1.不私自下水游泳。" / "2、…": a numbered item's number starts a list of
  // its own, it does not finish the number left open ("…只要10元，8").
  if (auto e = parse_enumerator(right); e && e->style >= 5) return false;
  // Units of two characters whose first is also a common word's start
  // ("95598" / "平城供电服务中心" is no cut 平方米).
  for (std::u32string_view unit : {U"平方", U"平米", U"公里", U"公斤", U"公顷"})
    if (right.substr(0, 2) == unit) return true;
  return is_ascii_digit(r) || r == U'.' || kUnits.find(r) != std::u32string_view::npos;
}

namespace {

// Who a person is, printed right before the name: a post, a trade, kin, or an
// age ("今年74岁的").
bool follows_a_person(std::u32string_view before) {
  static constexpr std::u32string_view kPeople[] = {
      U"长",     U"主任",   U"书记", U"委员",   U"主席",     U"经理",   U"总监", U"老师", U"教师",
      U"教授",   U"医生",   U"医师", U"大夫",   U"护士",     U"民警",   U"警官", U"记者", U"编辑",
      U"律师",   U"师傅",   U"村民", U"居民",   U"市民",     U"老人",   U"大爷", U"大妈", U"大娘",
      U"阿姨",   U"奶奶",   U"爷爷", U"姥姥",   U"姥爷",     U"外婆",   U"外公", U"孙女", U"孙子",
      U"外孙",   U"儿子",   U"女儿", U"妻子",   U"丈夫",     U"爱人",   U"母亲", U"父亲", U"同学",
      U"志愿者", U"负责人", U"党员", U"网格员", U"工作人员", U"店主",   U"摊主", U"老板", U"学生",
      U"代表",   U"传承人", U"队员", U"专家",   U"工程师",   U"技术员", U"村医"};
  for (std::u32string_view w : kPeople)
    if (ends_with(before, w)) return true;
  // An age before the name: "今年74岁的苗" / "振华…".
  return before.size() >= 3 && ends_with(before, U"岁的") &&
         is_ascii_digit(before[before.size() - 3]);
}

}  // namespace

bool splits_a_name(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  if (left.size() < 3 || right.size() < 2 || !is_han(right[0])) return false;
  // A sentence's start is no given name ("在平城区北部…", "上午9点，…").
  if (opens_with_preposition(right) || opens_with_time_phrase(right)) return false;
  // The break falls after the surname ("局长钟" / "秀山…") or after the
  // given name's first character ("外孙女苗思" / "雨最喜欢…").
  auto cut_after = [&](size_t given) {
    if (left.size() < given + 3) return false;
    const std::u32string_view surname = left.substr(left.size() - 1 - given, 1);
    if (!is_han(surname[0]) || !has_common_surname(surname)) return false;
    if (given == 1 && (!is_han(left.back()) || !is_han(right[1]))) return false;
    return follows_a_person(left.substr(0, left.size() - 1 - given));
  };
  return cut_after(0) || cut_after(1);
}

bool cuts_inside(std::u32string_view left, std::u32string_view right) {
  return splits_a_number(left, right) || splits_a_word(left, right);
}

bool seam_recurs(std::u32string_view left, std::u32string_view right, std::u32string_view page,
                 bool whole_once) {
  left = trim(left);
  right = trim(right);
  if (left.size() < 2 || right.size() < 2) return false;
  std::u32string_view l2 = left.substr(left.size() - 2), r2 = right.substr(0, 2);
  if (!is_han(l2[1]) || !is_han(r2[0])) return false;
  // One character after a mark ("…副镇长、南" / "沙河镇级河长…"): a name's
  // start, read with the two characters after the seam only.
  const bool left_two = is_han(l2[0]);
  if (!left_two && !is_punct(l2[0])) return false;
  std::u32string a(l2);
  a += r2[0];
  auto count = [&](const std::u32string& w) { return occurrences(page, w); };
  // One character before a mark ("王晓" / "帆，1994年…"): the name's end.
  if (is_punct(r2[1])) return left_two && count(a) >= 2;
  if (!is_han(r2[1])) return false;
  std::u32string b(1, l2[1]);
  b += r2;
  std::u32string four(l2);
  four += r2;
  return (left_two && count(a) >= 2) || count(b) >= 2 ||
         (left_two && whole_once && count(four) >= 1);
}

}  // namespace gazette::ingest
