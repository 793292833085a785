#include "ingest/dateline.h"

#include "ingest/chars.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

bool names_a_source(std::u32string_view head) {
  return head.find_first_of(U"报社网台") != std::u32string_view::npos;
}

// Index just past the 讯/电 that ends the head, or 0.
size_t head_end(std::u32string_view s) {
  for (size_t i = 0; i < s.size() && i < 16; ++i) {
    char32_t c = s[i];
    if (c == U'讯' || c == U'电') {
      // "通讯员" is a role, not a head.
      if (c == U'讯' && i > 0 && s[i - 1] == U'通') return 0;
      return names_a_source(s.substr(0, i)) ? i + 1 : 0;
    }
    if (is_punct(c) && c != U'·') return 0;
  }
  return 0;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::u32string_view paragraph) {
  std::u32string_view s = trim(paragraph);
  size_t end = head_end(s);
  if (end == 0) return std::nullopt;
  size_t i = end;
  while (i < s.size() && is_space(s[i])) ++i;
  Dateline d;
  if (i < s.size() && (s[i] == U'（' || s[i] == U'(')) {
    size_t close = s.find_first_of(U"）)", i + 1);
    if (close != std::u32string_view::npos && close - i <= 40) {
      if (auto names = split_names(s.substr(i + 1, close - i - 1))) {
        d.authors = names->names;
        d.text = to_utf8(s.substr(0, close + 1));
        return d;
      }
    }
  }
  // A bare head ("本报讯 …") still counts when it stands apart from the text.
  if (s.substr(0, end).find(U"本报") == std::u32string_view::npos &&
      s.substr(0, end).find(U"社") == std::u32string_view::npos)
    return std::nullopt;
  d.text = to_utf8(s.substr(0, end));
  return d;
}

}  // namespace gazette::ingest
