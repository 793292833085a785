// Whether a column break cut a word: "民警结合身边的真" / "实案例" — the seam
// falls inside 真实.
//
// splits_a_word() runs ICU's dictionary word breaker (locale zh) over the last
// and first few Han characters of the two pieces joined, and reports true
// when the seam is not a word boundary. Only Han characters on both sides of
// the seam count (a number cut in two is the sentence tests' business). It
// is evidence, not proof — the dictionary may glue two words across a true
// boundary — so callers use it together with structural signals. Thread-safe
// (one break iterator per thread).
#pragma once

#include <string_view>

namespace gazette::ingest {

bool splits_a_word(std::u32string_view left, std::u32string_view right);

}  // namespace gazette::ingest
