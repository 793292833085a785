#include "ingest/byline.h"

#include "ingest/chars.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

// "（本报记者 张三）" → "本报记者 张三".
std::u32string_view strip_brackets(std::u32string_view s) {
  if (s.size() >= 2 && is_opening(s.front()) && is_closing(s.back()))
    return trim(s.substr(1, s.size() - 2));
  return s;
}

// Decorations some layouts put before a byline: ■ ● ◆ ★ □ ▲ ○.
std::u32string_view strip_bullet(std::u32string_view s) {
  while (!s.empty() &&
         std::u32string_view(U"■●◆★□▲○◇☆").find(s.front()) != std::u32string_view::npos)
    s = trim(s.substr(1));
  return s;
}

}  // namespace

std::optional<Byline> parse_byline(std::u32string_view line) {
  std::u32string_view s = trim(line);
  if (s.empty() || s.size() > 40) return std::nullopt;
  std::u32string_view core = strip_bullet(strip_brackets(s));
  if (!core.empty() && (core.back() == U'摄' || ends_with(core, U"摄影"))) return std::nullopt;
  // A commentary the paper signs as an institution names no one: "本报评论员".
  for (std::u32string_view who : {U"本报评论员", U"本报特约评论员", U"特约评论员", U"本报编辑部"})
    if (core == who) return Byline{to_utf8(s), {}};
  auto names = split_names(core);
  if (!names || !names->has_role) return std::nullopt;
  return Byline{to_utf8(s), names->names};
}

std::optional<TrailingByline> split_trailing_byline(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  // Try each terminal mark (or closing quote after one) in the last 40 characters.
  size_t from = s.size() > 40 ? s.size() - 40 : 0;
  for (size_t i = from; i + 1 < s.size(); ++i) {
    if (!is_terminal(s[i]) && !(is_closing(s[i]) && i > 0 && is_terminal(s[i - 1]))) continue;
    if (i + 1 < s.size() && is_closing(s[i + 1])) continue;
    std::u32string_view tail = trim(s.substr(i + 1));
    if (tail.empty()) continue;
    if (auto b = parse_byline(tail)) return TrailingByline{to_utf8(s.substr(0, i + 1)), *b};
  }
  return std::nullopt;
}

}  // namespace gazette::ingest
