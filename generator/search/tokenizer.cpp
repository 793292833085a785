#include "search/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf8.h"

namespace gazette::search {

char32_t fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII forms
  if (cp == 0x3000) return U' ';                   // ideographic space
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

CharClass classify(char32_t cp) {
  if (cp == U'\n' || cp == U'\r' || cp == U'\t') return CharClass::kOther;
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
      return CharClass::kWord;
    return cp == ' ' ? CharClass::kSpace : CharClass::kOther;
  }
  if (cp >= 0x4E00 && cp <= 0x9FFF) return CharClass::kUnit;  // CJK Unified Ideographs: most text
  const auto c = static_cast<UChar32>(cp);
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_BOPOMOFO:
      if (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return CharClass::kUnit;
      break;
    default:
      break;
  }
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_isalnum(c)) return CharClass::kWord;
  return CharClass::kOther;
}

std::string key_bytes(const Key& key) {
  std::string out;
  switch (key.kind) {
    case KeyKind::kUnigram:
      append_utf8(out, key.a);
      break;
    case KeyKind::kBigram:
      append_utf8(out, key.a);
      append_utf8(out, key.b);
      break;
    case KeyKind::kWord:
      out = key.word;
      break;
  }
  return out;
}

uint32_t key_hash(std::string_view bytes) {
  uint32_t h = 2166136261u;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace gazette::search
