// UTF-8 helpers for text that is mostly Chinese.
//
// Counting and cutting work on code points, never inside a character; invalid
// sequences count as one unit each so malformed input cannot loop or overflow.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

size_t count_code_points(std::string_view s);

// At most `max` code points of `s`; appends `ellipsis` if anything was cut.
std::string truncate_code_points(std::string_view s, size_t max, std::string_view ellipsis = "……");

// True for characters written without spaces between words (Han, kana, CJK punctuation).
bool is_cjk(char32_t cp);

// Decodes the code point starting at s[i] and advances i; returns U+FFFD on bad input.
char32_t next_code_point(std::string_view s, size_t& i);

void append_utf8(std::string& out, char32_t cp);

}  // namespace gazette
