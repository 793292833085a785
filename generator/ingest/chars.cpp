#include "ingest/chars.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace gazette::ingest {

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size() / 2);
  for (size_t i = 0; i < utf8.size();) out.push_back(next_code_point(utf8, i));
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

bool is_space(char32_t c) {
  return c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
         u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\uFEFF';
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == U'〇';
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_ascii_alnum(char32_t c) {
  return is_ascii_digit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool is_terminal(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'：':
    case U'…':
    case U'!':
    case U'?':
    case U';':
    case U':':
    case U'．':
      return true;
    default:
      return false;
  }
}

bool is_closing(char32_t c) {
  switch (c) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'）':
    case U')':
    case U'】':
    case U'》':
    case U'〉':
    case U'］':
    case U'"':
    case U'\'':
      return true;
    default:
      return false;
  }
}

bool is_opening(char32_t c) {
  switch (c) {
    case U'“':
    case U'‘':
    case U'「':
    case U'『':
    case U'（':
    case U'(':
    case U'【':
    case U'《':
    case U'〈':
    case U'［':
      return true;
    default:
      return false;
  }
}

bool is_clause_mark(char32_t c) { return c == U'，' || c == U'、' || c == U','; }

bool is_punct(char32_t c) {
  if (c < 0x80) return !is_ascii_alnum(c) && !is_space(c) && c >= 0x20;
  return is_terminal(c) || is_closing(c) || is_opening(c) || is_clause_mark(c) ||
         u_ispunct(static_cast<UChar32>(c));
}

bool leaves_bracket_open(std::u32string_view s) {
  int depth = 0;
  for (char32_t c : s) {
    if (is_opening(c)) ++depth;
    if (is_closing(c) && depth > 0) --depth;
  }
  return depth > 0;
}

bool closes_unopened(std::u32string_view s) {
  int depth = 0;
  for (char32_t c : s) {
    if (is_opening(c)) {
      ++depth;
    } else if (is_closing(c)) {
      if (depth == 0) return true;
      --depth;
    }
  }
  return false;
}

size_t find_outside_brackets(std::u32string_view s, std::u32string_view marks, size_t from) {
  int depth = 0;
  for (size_t i = from; i < s.size(); ++i) {
    if (is_opening(s[i])) ++depth;
    if (is_closing(s[i]) && depth > 0) --depth;
    if (depth == 0 && marks.find(s[i]) != std::u32string_view::npos) return i;
  }
  return std::u32string_view::npos;
}

bool is_wholly_bracketed(std::u32string_view s) {
  if (s.size() < 2 || !is_opening(s.front()) || !is_closing(s.back())) return false;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_opening(s[i]))
      ++depth;
    else if (is_closing(s[i]) && --depth == 0 && i + 1 < s.size())
      return false;
  }
  return depth == 0;
}

bool is_quoted_word(std::u32string_view s) {
  s = trim(s);
  return !s.empty() && s.front() == U'“' && is_wholly_bracketed(s) &&
         s.find_first_of(U"，、。！？,!? 　") == std::u32string_view::npos;
}

std::u32string_view trim(std::u32string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string trim_utf8(std::string_view s) { return to_utf8(trim(to_u32(s))); }

bool starts_with(std::u32string_view s, std::u32string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> prefixes) {
  for (std::u32string_view p : prefixes)
    if (starts_with(s, p)) return true;
  return false;
}

bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> suffixes) {
  for (std::u32string_view x : suffixes)
    if (ends_with(s, x)) return true;
  return false;
}

std::u32string without_spaces(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (!is_space(c)) out += c;
  return out;
}

size_t letter_count(std::u32string_view s) {
  size_t n = 0;
  for (char32_t c : s) n += is_han(c) || is_ascii_alnum(c) ? 1 : 0;
  return n;
}

size_t occurrences(std::u32string_view text, std::u32string_view w) {
  size_t n = 0;
  for (size_t at = text.find(w); at != std::u32string_view::npos; at = text.find(w, at + 1)) ++n;
  return n;
}

}  // namespace gazette::ingest
