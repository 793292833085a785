#include "ingest/series.h"

#include "ingest/chars.h"

namespace gazette::ingest {

std::optional<std::string> series_of(std::u32string_view line) {
  std::u32string_view s = trim(line);
  size_t at = s.rfind(U"系列");
  if (at == std::u32string_view::npos || at < 2) return std::nullopt;
  size_t end = at + 2;
  for (std::u32string_view noun : {U"报道", U"评论", U"访谈", U"述评", U"解读", U"谈"}) {
    if (starts_with(s.substr(end), noun)) {
      end += noun.size();
      break;
    }
  }
  // What may follow: nothing, a part number (之五, （二）, (2), ⑤) or white space.
  std::u32string_view rest = trim(s.substr(end));
  bool part = rest.empty() || starts_with(rest, U"之") || is_opening(rest.front()) ||
              (rest.front() >= U'①' && rest.front() <= U'⑳');
  if (!part || rest.size() > 8) return std::nullopt;
  return to_utf8(s.substr(0, end));
}

}  // namespace gazette::ingest
