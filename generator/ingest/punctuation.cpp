#include "ingest/punctuation.h"

#include <utility>

#include "ingest/chars.h"
#include "text/utf8.h"

namespace gazette::ingest {
namespace {

bool is_chinese_context(char32_t c) {
  return is_cjk(c) || c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'…' || c == U'—' ||
         c == U'·';
}

// The ASCII marks the fixer turns full-width, and their full-width forms.
constexpr std::pair<char32_t, char32_t> kPairs[] = {{U',', U'，'}, {U':', U'：'}, {U';', U'；'},
                                                    {U'(', U'（'}, {U')', U'）'}, {U'?', U'？'},
                                                    {U'!', U'！'}};

}  // namespace

char32_t full_width_of(char32_t c) {
  for (const auto& [ascii, full] : kPairs)
    if (c == ascii) return full;
  return 0;
}

char32_t ascii_of(char32_t c) {
  for (const auto& [ascii, full] : kPairs)
    if (c == full) return ascii;
  return c;
}

std::string fix_punctuation(std::string_view line) {
  std::u32string s = to_u32(line);
  // A right neighbour may itself be converted later ("日,(一)"): repeat until stable.
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < s.size(); ++i) {
      char32_t wide = full_width_of(s[i]);
      if (!wide) continue;
      char32_t left = i > 0 ? s[i - 1] : 0;
      char32_t right = i + 1 < s.size() ? s[i + 1] : 0;
      if (is_ascii_digit(left) && is_ascii_digit(right)) continue;
      if (is_chinese_context(left) || is_chinese_context(right)) {
        s[i] = wide;
        changed = true;
      }
    }
  }
  return to_utf8(s);
}

}  // namespace gazette::ingest
