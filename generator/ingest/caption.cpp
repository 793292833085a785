#include "ingest/caption.h"

#include <array>

#include "ingest/chars.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "、") + n;
  return out;
}

// Without a role word every name must start with a common surname ("请勿拍摄" is no credit).
bool plausible(const NameList& names) {
  if (names.has_role) return true;
  for (const auto& n : names.names)
    if (!has_common_surname(to_u32(n))) return false;
  return true;
}

std::optional<Credit> credit_with_suffix(std::u32string_view s) {
  for (std::u32string_view suffix : {U"摄影", U"摄"}) {
    if (!ends_with(s, suffix)) continue;
    std::u32string_view who = trim(s.substr(0, s.size() - suffix.size()));
    while (!who.empty() && (who.back() == U'/' || who.back() == U'／'))
      who = trim(who.substr(0, who.size() - 1));
    if (who.empty()) return std::nullopt;
    auto names = split_names(who);
    if (!names || !plausible(*names)) return std::nullopt;
    return Credit{to_utf8(s), join_names(names->names)};
  }
  return std::nullopt;
}

std::optional<Credit> credit_with_prefix(std::u32string_view s) {
  for (std::u32string_view prefix :
       {U"图/", U"图／", U"图：", U"图:", U"摄影/", U"摄影：", U"摄影:"}) {
    if (!starts_with(s, prefix)) continue;
    auto names = split_names(trim(s.substr(prefix.size())));
    if (!names) return std::nullopt;
    return Credit{to_utf8(s), join_names(names->names)};
  }
  return std::nullopt;
}

// 图片由X提供 / X供图 / X提供: any supplier of up to 20 characters.
std::optional<Credit> credit_supplied(std::u32string_view s) {
  if (starts_with(s, U"图片由") && ends_with(s, U"提供") && s.size() > 5 && s.size() <= 25)
    return Credit{to_utf8(s), to_utf8(trim(s.substr(3, s.size() - 5)))};
  if (ends_with(s, U"供图") && s.size() > 2 && s.size() <= 22) {
    std::u32string_view who = trim(s.substr(0, s.size() - 2));
    while (!who.empty() && (who.back() == U'/' || who.back() == U'／'))
      who = who.substr(0, who.size() - 1);
    if (!who.empty() && who.find_first_of(U"，。；：,") == std::u32string_view::npos)
      return Credit{to_utf8(s), to_utf8(trim(who))};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Credit> parse_credit(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.empty() || s.size() > 30) return std::nullopt;
  if (s == U"资料图片" || s == U"资料图" || s == U"（资料图片）" || s == U"(资料图片)")
    return Credit{to_utf8(s), ""};
  if (s == U"新华社发") return Credit{to_utf8(s), "新华社"};
  // "（邱东芳 摄）"
  if (s.size() > 2 && is_opening(s.front()) && is_closing(s.back())) {
    if (auto c = parse_credit(s.substr(1, s.size() - 2))) return Credit{to_utf8(s), c->by};
    return std::nullopt;
  }
  if (auto c = credit_with_suffix(s)) return c;
  if (auto c = credit_with_prefix(s)) return c;
  return credit_supplied(s);
}

std::optional<CaptionCredit> split_caption_credit(std::u32string_view line) {
  std::u32string_view s = trim(line);
  // Split points: after white space, after a terminal mark, or before a
  // bracket that encloses the credit. The longest credit wins: "…做手工。
  // 本报记者 周婷 摄" is credited to 本报记者 周婷, not captioned "…本报记者".
  std::optional<CaptionCredit> best;
  for (size_t i = s.size(); i-- > 1;) {
    if (s.size() - i > 30) break;
    bool split_here = is_space(s[i - 1]) || is_terminal(s[i - 1]) || is_opening(s[i]);
    if (!split_here) continue;
    std::u32string_view caption = trim(s.substr(0, i));
    std::u32string_view credit = trim(s.substr(i));
    if (caption.empty() || credit.empty()) continue;
    if (auto c = parse_credit(credit)) best = CaptionCredit{to_utf8(caption), *c};
  }
  return best;
}

bool starts_like_caption(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (starts_with(s, U"图为") && s.size() > 4) return true;
  for (std::u32string_view p : {U"上图", U"下图", U"左图", U"右图", U"图一", U"图二", U"图三"})
    if (starts_with(s, p) && s.size() > p.size() + 2 &&
        std::u32string_view(U"：:为").find(s[p.size()]) != std::u32string_view::npos)
      return true;
  return false;
}

}  // namespace gazette::ingest
