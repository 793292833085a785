#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "util/error.h"

namespace gazette::ingest {
namespace {

int line_at(std::string_view bytes, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i)
    if (bytes[i] == '\n') ++line;
  return line;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%s0x%02X", out.empty() ? "" : " ", c);
    out += buf;
  }
  return out;
}

[[noreturn]] void fail_at(std::string_view bytes, const std::string& path, size_t offset,
                          size_t length, const std::string& encoding) {
  length = std::max<size_t>(1, std::min(length, bytes.size() - std::min(offset, bytes.size())));
  throw ContentError(path, line_at(bytes, offset),
                     "invalid " + encoding + " byte" + (length > 1 ? "s " : " ") +
                         hex_bytes(bytes.substr(offset, length)) + " at byte offset " +
                         std::to_string(offset) + "; nothing was written");
}

struct Utf8Scan {
  size_t first_invalid = std::string_view::npos;
  size_t invalid_length = 0;
  size_t invalid_count = 0;
  size_t multibyte_count = 0;
};

// NUL counts as invalid: it never belongs in page text and breaks C tools.
Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || c == 0) {
      if (r.first_invalid == std::string_view::npos) {
        r.first_invalid = static_cast<size_t>(start);
        r.invalid_length = static_cast<size_t>(i - start);
      }
      ++r.invalid_count;
    } else if (c >= 0x80) {
      ++r.multibyte_count;
    }
  }
  return r;
}

std::string normalise_line_ends(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Converts with ICU, stopping at the first invalid sequence instead of
// substituting U+FFFD (the ICU default).
std::string convert_strict(std::string_view bytes, size_t skip, const char* charset,
                           const std::string& path, const std::string& label) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
  if (U_FAILURE(status))
    throw ContentError(path, 0, std::string("cannot open ICU converter ") + charset);
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> buffer((bytes.size() - skip) * 2 + 16);
  const char* source = bytes.data() + skip;
  const char* source_limit = bytes.data() + bytes.size();
  UChar* target = buffer.data();
  ucnv_toUnicode(conv.get(), &target, buffer.data() + buffer.size(), &source, source_limit, nullptr,
                 true, &status);
  if (U_FAILURE(status)) {
    char bad[32];
    int8_t bad_length = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &bad_length, &ignored);
    size_t end = static_cast<size_t>(source - bytes.data());
    size_t length = bad_length > 0 ? static_cast<size_t>(bad_length) : 1;
    fail_at(bytes, path, end >= length ? end - length : 0, length, label);
  }
  icu::UnicodeString text(buffer.data(), static_cast<int32_t>(target - buffer.data()));
  std::string utf8;
  text.toUTF8String(utf8);
  for (char c : utf8)
    if (c == '\0')
      throw ContentError(path, 0, "NUL character in " + label + " text; nothing was written");
  return utf8;
}

// The best ucsdet guess among the charsets this importer can decode.
std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                 &ucsdet_close);
  if (U_FAILURE(status)) return "";
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  if (U_FAILURE(status)) return "";
  std::string first;
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status) || !name) continue;
    std::string n = name;
    if (first.empty()) first = n;
    if (n == "GB18030" || n == "GBK" || n == "GB2312") return "GB18030";
  }
  return first;
}

}  // namespace

DecodedText decode_raw(std::string_view bytes, const std::string& path) {
  auto has_prefix = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  if (has_prefix("\xEF\xBB\xBF")) {
    Utf8Scan scan = scan_utf8(bytes.substr(3));
    if (scan.first_invalid != std::string_view::npos)
      fail_at(bytes, path, scan.first_invalid + 3, scan.invalid_length, "UTF-8");
    return {normalise_line_ends(std::string(bytes.substr(3))), "UTF-8 with BOM"};
  }
  if (has_prefix("\xFF\xFE") || has_prefix("\xFE\xFF")) {
    bool le = has_prefix("\xFF\xFE");
    const char* cs = le ? "UTF-16LE" : "UTF-16BE";
    return {normalise_line_ends(convert_strict(bytes, 2, cs, path, cs)), cs};
  }
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos)
    fail_at(bytes, path, nul, 1, "(NUL)");
  Utf8Scan scan = scan_utf8(bytes);
  if (scan.first_invalid == std::string_view::npos)
    return {normalise_line_ends(std::string(bytes)), "UTF-8"};
  // Mostly valid multi-byte UTF-8 with a few bad bytes is broken UTF-8, not another
  // encoding: GB18030 text almost never forms valid UTF-8 sequences by chance.
  if (scan.multibyte_count >= 4 && scan.invalid_count * 8 <= scan.multibyte_count)
    fail_at(bytes, path, scan.first_invalid, scan.invalid_length, "UTF-8");
  std::string charset = detect_charset(bytes);
  if (charset == "GB18030")
    return {normalise_line_ends(convert_strict(bytes, 0, "gb18030", path, "GB18030")), "GB18030"};
  if (scan.multibyte_count == 0 && scan.invalid_count <= 2)
    fail_at(bytes, path, scan.first_invalid, scan.invalid_length, "UTF-8");
  throw ContentError(path, line_at(bytes, scan.first_invalid),
                     "not UTF-8 or GB18030 (first invalid UTF-8 byte at byte offset " +
                         std::to_string(scan.first_invalid) +
                         (charset.empty() ? "" : "; ICU guesses " + charset) +
                         "); save the page as UTF-8 and import again; nothing was written");
}

}  // namespace gazette::ingest
