#include "ingest/decode.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace gazette::ingest;

namespace {

std::string to_charset(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kText =
    "平城区大力发展数据呼叫产业\n\n本报讯（记者 孙露）记者日前从平城区招商引资中心获悉，"
    "平城区大力发展数据标注(呼叫)产业等大数据服务产业。\n";

std::string error_of(const std::string& bytes) {
  try {
    decode_raw(bytes, "page.txt");
  } catch (const gazette::ContentError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("decode: UTF-8 is kept as it is", "[ingest]") {
  DecodedText d = decode_raw(kText, "page.txt");
  CHECK(d.text == kText);
  CHECK(d.encoding == "UTF-8");
}

TEST_CASE("decode: a byte order mark is dropped and CRLF becomes LF", "[ingest]") {
  std::string crlf;
  for (char c : kText) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  DecodedText d = decode_raw("\xEF\xBB\xBF" + crlf, "page.txt");
  CHECK(d.text == kText);
  CHECK(d.encoding == "UTF-8 with BOM");
  CHECK(decode_raw("a\rb", "x").text == "a\nb");
}

TEST_CASE("decode: GB18030 is detected and converted", "[ingest]") {
  DecodedText d = decode_raw(to_charset(kText, "gb18030"), "page.txt");
  CHECK(d.encoding == "GB18030");
  CHECK(d.text == kText);
}

TEST_CASE("decode: UTF-16 with a byte order mark", "[ingest]") {
  std::string le = to_charset(kText, "UTF-16LE");
  CHECK(decode_raw("\xFF\xFE" + le, "page.txt").text == kText);
}

TEST_CASE("decode: an invalid byte in UTF-8 is an error with its offset", "[ingest]") {
  std::string bad = kText;
  size_t offset = bad.find("记者");
  bad.insert(offset, "\xFF");
  std::string msg = error_of(bad);
  CHECK(msg.find("page.txt:3:") == 0);
  CHECK(msg.find("0xFF") != std::string::npos);
  CHECK(msg.find("byte offset " + std::to_string(offset)) != std::string::npos);
}

TEST_CASE("decode: a truncated sequence and a NUL byte are errors too", "[ingest]") {
  CHECK(error_of(kText + "\xE5\xB9").find("invalid UTF-8") != std::string::npos);
  CHECK(error_of(std::string("平城\0区", 10)).find("(NUL) byte 0x00 at byte offset 6") !=
        std::string::npos);
}

TEST_CASE("decode: an invalid byte in GB18030 text is an error with its offset", "[ingest]") {
  std::string gb = to_charset(kText + kText, "gb18030");
  size_t offset = gb.size() / 2;
  while (static_cast<unsigned char>(gb[offset]) < 0x80) ++offset;
  gb[offset] = '\x80';  // never a lead byte
  gb[offset + 1] = '\xFF';
  std::string msg = error_of(gb);
  CHECK(msg.find("invalid GB18030") != std::string::npos);
  CHECK(msg.find("byte offset " + std::to_string(offset)) != std::string::npos);
}
