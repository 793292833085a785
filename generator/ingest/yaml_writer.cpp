#include "ingest/yaml_writer.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>

#include <unicode/utf8.h>

namespace gazette::ingest {
namespace {

bool looks_special(std::string_view s) {
  std::string lower;
  for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kWords[] = {"true", "false", "yes", "no", "on",
                                       "off",  "null",  "~",   "y",  "n"};
  for (const char* w : kWords)
    if (lower == w) return true;
  return false;
}

// YAML's printable set (YAML 1.1 §5.1, which libyaml enforces): what a
// document may hold as it is; anything else must be an escape in quotes.
bool printable(UChar32 cp) {
  return cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 ||
         (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
}

bool plain_ok(std::string_view s, bool flow) {
  if (s.empty() || looks_special(s)) return false;
  unsigned char first = static_cast<unsigned char>(s.front());
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`.+ ").find(static_cast<char>(first)) !=
      std::string_view::npos)
    return false;
  if (std::isdigit(first)) return false;  // numbers, dates, times
  if (s.back() == ' ' || s.back() == ':') return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
    return false;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c == '"' || c == '\'' || c == '\\') return false;
    if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '#'))
      return false;
  }
  // Line breaks to YAML (U+0085, U+2028, U+2029), a BOM, what is not printable.
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U8_NEXT(bytes, i, n, cp);
    if (cp < 0 || !printable(cp) || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)
      return false;
  }
  return true;
}

}  // namespace

std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 cp;
    U8_NEXT(bytes, i, n, cp);
    char buf[16];
    switch (cp) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      // Line breaks to YAML, and a BOM: escaped. (As \u: yaml-cpp, which
      // the importer reads with, turns \N and \x85 into a lone byte.)
      case 0x85:
      case 0x2028:
      case 0x2029:
      case 0xFEFF:
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
        out += buf;
        break;
      default:
        if (cp < 0) {  // not UTF-8 (callers decode first): kept as it is
          out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
        } else if (!printable(cp) || cp == 0x7F) {
          std::snprintf(buf, sizeof buf, cp < 0x80 ? "\\x%02X" : "\\u%04X",
                        static_cast<unsigned>(cp));
          out += buf;
        } else {
          out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
        }
    }
  }
  return out + "\"";
}

std::string yaml_scalar(std::string_view s) {
  return plain_ok(s, false) ? std::string(s) : yaml_quoted(s);
}

std::string yaml_flow_scalar(std::string_view s) {
  return plain_ok(s, true) ? std::string(s) : yaml_quoted(s);
}

std::string yaml_flow_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + yaml_flow_scalar(items[i]);
  return out + "]";
}

}  // namespace gazette::ingest
