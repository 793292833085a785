#include "ingest/enumeration.h"

#include "ingest/chars.h"

namespace gazette::ingest {
namespace {

// 一 … 九十九 (what numbered notices need).
std::optional<int> chinese_number(std::u32string_view s) {
  constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  if (s.empty() || s.size() > 3) return std::nullopt;
  auto digit = [&](char32_t c) -> int {
    size_t p = kDigits.find(c);
    return p == std::u32string_view::npos ? -1 : static_cast<int>(p);
  };
  size_t ten = s.find(U'十');
  if (ten == std::u32string_view::npos)
    return s.size() == 1 && digit(s[0]) > 0 ? std::optional(digit(s[0])) : std::nullopt;
  int tens = ten == 0 ? 1 : (ten == 1 ? digit(s[0]) : -1);
  int ones = ten + 1 < s.size() ? digit(s[ten + 1]) : 0;
  if (tens <= 0 || ones < 0 || ten + 2 < s.size()) return std::nullopt;
  return tens * 10 + ones;
}

std::optional<int> arabic_number(std::u32string_view s) {
  if (s.empty() || s.size() > 2) return std::nullopt;
  int v = 0;
  for (char32_t c : s) {
    if (c >= U'０' && c <= U'９') c = c - U'０' + U'0';
    if (!is_ascii_digit(c)) return std::nullopt;
    v = v * 10 + static_cast<int>(c - U'0');
  }
  return v > 0 ? std::optional(v) : std::nullopt;
}

}  // namespace

std::optional<Enumerator> parse_enumerator(std::u32string_view text) {
  std::u32string_view s = trim(text);
  if (s.empty()) return std::nullopt;
  if (s[0] >= U'①' && s[0] <= U'⑳') return Enumerator{static_cast<int>(s[0] - U'①') + 1, 1, 1};
  // （一） (1) （1）
  if (s[0] == U'（' || s[0] == U'(') {
    size_t close = s.find_first_of(U"）)");
    if (close == std::u32string_view::npos || close > 4) return std::nullopt;
    std::u32string_view inner = s.substr(1, close - 1);
    if (auto v = chinese_number(inner)) return Enumerator{*v, 2, close + 1};
    if (auto v = arabic_number(inner)) return Enumerator{*v, 3, close + 1};
    return std::nullopt;
  }
  size_t end = 0;
  while (end < s.size() && end < 3 && !is_punct(s[end]) && !is_space(s[end])) ++end;
  if (end == 0 || end >= s.size()) return std::nullopt;
  char32_t mark = s[end];
  std::u32string_view number = s.substr(0, end);
  if (auto v = chinese_number(number); v && mark == U'、') return Enumerator{*v, 4, end + 1};
  if (auto v = arabic_number(number)) {
    if (mark == U'、') return Enumerator{*v, 5, end + 1};
    if (mark == U'.' || mark == U'．') {
      // "1.8万家" is a number, not an item.
      if (end + 1 < s.size() && is_ascii_digit(s[end + 1])) return std::nullopt;
      return Enumerator{*v, 6, end + 1};
    }
  }
  return std::nullopt;
}

bool is_numbered_run(const std::vector<std::u32string>& texts) {
  if (texts.size() < 2) return false;
  std::optional<Enumerator> first = parse_enumerator(texts[0]);
  if (!first || first->value != 1) return false;
  for (size_t i = 1; i < texts.size(); ++i) {
    auto e = parse_enumerator(texts[i]);
    if (!e || e->style != first->style || e->value != first->value + static_cast<int>(i))
      return false;
  }
  return true;
}

std::optional<std::u32string> strip_list_marker(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.size() < 3 || (s[0] != U'-' && s[0] != U'*' && s[0] != U'+') || !is_space(s[1]))
    return std::nullopt;
  return std::u32string(trim(s.substr(2)));
}

}  // namespace gazette::ingest
