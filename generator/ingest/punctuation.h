// Punctuation fixer: ASCII , : ; ( ) ? ! inside Chinese text become full-width.
//
// A mark is converted when a neighbouring character (ignoring nothing: the
// immediate left or right character) is CJK — a Han character, CJK or
// full-width punctuation, or a curly quote — unless digits stand on both sides
// (12,500 · 10:30 stay as they are). Marks converted earlier in the same line
// count as CJK for their neighbours, so "(化名)," becomes "（化名），".
// '.' is never touched (it is often a misread '·'); nothing else changes, and
// no normalisation (NFKC) is applied. full_width_of/ascii_of give the mapping
// the lossless check folds.
#pragma once

#include <string>
#include <string_view>

namespace gazette::ingest {

std::string fix_punctuation(std::string_view line);

// U'，' for U',' etc.; 0 if `c` is not one of the seven fixed marks.
char32_t full_width_of(char32_t c);
// U',' for U'，' etc.; `c` itself otherwise.
char32_t ascii_of(char32_t c);

}  // namespace gazette::ingest
