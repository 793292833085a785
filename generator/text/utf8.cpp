#include "text/utf8.h"

#include <unicode/utf8.h>

namespace gazette {

char32_t next_code_point(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto pos = static_cast<int32_t>(i);
  UChar32 cp;
  U8_NEXT(p, pos, static_cast<int32_t>(s.size()), cp);
  i = static_cast<size_t>(pos);
  return cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t cp) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), error);
  if (error) return;
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
  return n;
}

std::string truncate_code_points(std::string_view s, size_t max, std::string_view ellipsis) {
  size_t i = 0;
  for (size_t n = 0; n < max && i < s.size(); ++n) next_code_point(s, i);
  if (i >= s.size()) return std::string(s);
  std::string out;
  out.reserve(i + ellipsis.size());  // exactly: summaries are kept, one per article
  out.append(s.substr(0, i)).append(ellipsis);
  return out;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) ||  // radicals, punctuation, kana, unified ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFFEF) ||  // full-width forms
         (cp >= 0x20000 && cp <= 0x3FFFF);  // extension planes
}

}  // namespace gazette
