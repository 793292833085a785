#include "ingest/names.h"

#include <array>

#include "ingest/chars.h"

namespace gazette::ingest {
namespace {

// Longest first, so "本报记者" wins over "记者".
constexpr std::array<std::u32string_view, 30> kRoles = {
    U"本报特约通讯员", U"本报特约记者", U"本报见习记者", U"本报实习记者",
    U"本报通讯员",     U"本报评论员",   U"本报记者",     U"特约通讯员",
    U"特约评论员",     U"特约记者",     U"见习记者",     U"实习记者",
    U"摄影记者",       U"融媒体记者",   U"全媒体记者",   U"首席记者",
    U"新华社记者",     U"评论员",       U"通讯员",       U"实习生",
    U"撰稿人",         U"记者",         U"文/图",        U"图/文",
    U"文／图",         U"文/",          U"图/",          U"文／",
    U"撰稿",           U"作者"};

// Characters that do not occur in names but do in the phrases around them.
constexpr std::u32string_view kNotInNames = U"的了在和与对从将是等及或这那们个不说记者报讯摄";

constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    U"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    U"郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    U"俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    U"滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    U"臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁"
    U"胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    U"支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印"
    U"逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭"
    U"由双有";

constexpr std::array<std::u32string_view, 16> kCompoundSurnames = {
    U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟", U"公孙",
    U"慕容", U"令狐", U"长孙", U"宇文", U"司徒", U"夏侯", U"轩辕", U"端木"};

bool is_separator(char32_t c) {
  return is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'/' || c == U'／' ||
         c == U'：' || c == U':' || c == U'　';
}

size_t role_at(std::u32string_view s, size_t i) {
  for (auto role : kRoles)
    if (starts_with(s.substr(i), role)) return role.size();
  return 0;
}

}  // namespace

bool is_person_name(std::u32string_view s) {
  if (s.find(U'·') != std::u32string_view::npos || s.find(U'•') != std::u32string_view::npos) {
    if (s.size() < 3 || s.size() > 12) return false;
    for (char32_t c : s)
      if (!is_han(c) && c != U'·' && c != U'•') return false;
    return is_han(s.front()) && is_han(s.back());
  }
  if (s.size() < 2 || s.size() > 4) return false;
  for (char32_t c : s)
    if (!is_han(c) || kNotInNames.find(c) != std::u32string_view::npos) return false;
  return true;
}

bool has_common_surname(std::u32string_view name) {
  for (auto compound : kCompoundSurnames)
    if (starts_with(name, compound) && name.size() >= 3) return true;
  return !name.empty() && kSurnames.find(name.front()) != std::u32string_view::npos;
}

std::optional<NameList> split_names(std::u32string_view s) {
  NameList out;
  size_t i = 0;
  while (i < s.size()) {
    if (is_separator(s[i])) {
      ++i;
      continue;
    }
    if (size_t role = role_at(s, i)) {
      out.has_role = true;
      i += role;
      continue;
    }
    size_t start = i;
    while (i < s.size() && !is_separator(s[i]) && role_at(s, i) == 0) ++i;
    std::u32string_view token = s.substr(start, i - start);
    // "张三等" (and others) names 张三.
    if (token.size() >= 3 && token.back() == U'等') token.remove_suffix(1);
    if (!is_person_name(token)) return std::nullopt;
    // Glued to its role ("本报记者张三") a name needs a common surname:
    // "记者调查" is a column label.
    bool glued = start > 0 && !is_separator(s[start - 1]);
    if (glued && !has_common_surname(token)) return std::nullopt;
    out.names.push_back(to_utf8(token));
  }
  if (out.names.empty()) return std::nullopt;
  return out;
}

namespace {

// Column and genre labels shaped like a two-character name: 时评 (时 is a
// surname), 短评, 新语 …
bool is_genre_word(std::u32string_view token) {
  for (std::u32string_view w :
       {U"时评", U"短评", U"述评", U"社评", U"快评", U"评论", U"言论", U"新语", U"随笔", U"杂谈",
        U"编后", U"观察", U"图说", U"提示", U"速递", U"快讯"})
    if (token == w) return true;
  return false;
}

}  // namespace

std::optional<std::vector<std::string>> looks_like_signature(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.empty() || s.size() > 16) return std::nullopt;
  std::vector<std::string> names;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (start == i) break;
    std::u32string_view token = s.substr(start, i - start);
    // Four characters only with a compound surname: "欧阳文华" yes, "平城头条" no.
    bool compound = false;
    for (auto c : kCompoundSurnames) compound = compound || starts_with(token, c);
    if (!is_person_name(token) || !has_common_surname(token) || (token.size() > 3 && !compound) ||
        is_genre_word(token))
      return std::nullopt;
    names.push_back(to_utf8(token));
  }
  if (names.empty() || names.size() > 3) return std::nullopt;
  return names;
}

}  // namespace gazette::ingest
