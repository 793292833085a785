// Character classes and UTF-32 helpers shared by the importer's recognisers.
//
// Recognisers work on std::u32string so that "the first character" or "a line
// of at most 40 characters" means code points, never bytes. Every class here
// accepts both the full-width form and the ASCII form of a punctuation mark,
// because `--keep-punctuation` leaves ASCII marks in Chinese text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace gazette::ingest {

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

// Unicode white space, including the ideographic space U+3000 and tabs.
bool is_space(char32_t c);
// Han ideographs (the unified blocks and extensions).
bool is_han(char32_t c);
bool is_ascii_digit(char32_t c);
bool is_ascii_alnum(char32_t c);

// Marks that end a sentence: 。！？；：… and their ASCII forms.
bool is_terminal(char32_t c);
// Closing quotes and brackets: ” ’ 」 』 ） ) 】 》.
bool is_closing(char32_t c);
// Opening quotes and brackets.
bool is_opening(char32_t c);
// Marks inside a sentence: ，、 and ASCII comma.
bool is_clause_mark(char32_t c);
// Any punctuation mark (CJK or ASCII), for tokenising.
bool is_punct(char32_t c);

// "（作者系平城区委党校教师）": the first character opens a bracket that only the
// last character closes.
bool is_wholly_bracketed(std::u32string_view s);
// A word quoted alone ("“物业议事会”"): wholly in “…” (ends trimmed), with no
// mark or space inside to set phrases or sentences apart.
bool is_quoted_word(std::u32string_view s);
// A quote or bracket opens in `s` and is not closed by its end ("“追忆先烈").
bool leaves_bracket_open(std::u32string_view s);
// A quote or bracket closes in `s` that did not open there ("霞）“过马路…",
// "都舒服。”"): the text starts inside it.
bool closes_unopened(std::u32string_view s);
// Where the first of `marks` stands outside every quote and bracket, from
// `from` on (scanning starts outside them); npos when none does.
size_t find_outside_brackets(std::u32string_view s, std::u32string_view marks, size_t from = 0);

// The text without any white space ("守护碧水蓝天 共建美丽家园" → one run).
std::u32string without_spaces(std::u32string_view s);
// Han characters and ASCII letters and digits: what a length in "characters"
// of text means to the recognisers (punctuation and spaces do not count).
size_t letter_count(std::u32string_view s);
// How many times `w` (not empty) occurs in `text`, overlaps included.
size_t occurrences(std::u32string_view text, std::u32string_view w);

// Trims white space (see is_space) at both ends.
std::u32string_view trim(std::u32string_view s);
std::string trim_utf8(std::string_view s);

bool starts_with(std::u32string_view s, std::u32string_view prefix);
bool ends_with(std::u32string_view s, std::u32string_view suffix);
// Whether `s` starts (ends) with one of the words: the cue lists of the
// recognisers (通知, 公告 … ends a notice's title).
bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> prefixes);
bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> suffixes);

}  // namespace gazette::ingest
