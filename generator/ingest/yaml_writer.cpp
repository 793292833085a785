#include "ingest/yaml_writer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

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
  // U+0085, U+2028, U+2029 are line breaks to YAML; U+FEFF a BOM.
  for (std::string_view bad : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"})
    if (s.find(bad) != std::string_view::npos) return false;
  return true;
}

}  // namespace

std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
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
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += "\"";
  for (std::string_view bad : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
    const char* esc = bad == "\xC2\x85"       ? "\\N"
                      : bad == "\xE2\x80\xA8" ? "\\L"
                      : bad == "\xE2\x80\xA9" ? "\\P"
                                              : "\\uFEFF";
    for (size_t p = out.find(bad); p != std::string::npos; p = out.find(bad, p)) {
      out.replace(p, bad.size(), esc);
      p += std::string_view(esc).size();
    }
  }
  return out;
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
