// ASCII slugs for Chinese and Latin text.
//
// Han characters become their pinyin syllable (ICU "Han-Latin; Latin-ASCII"),
// ASCII letters and digits are kept in lower case, full-width letters and
// digits are folded, everything else separates words; words are joined by '-'.
// The result is never empty (the fallback is used), never contains '/' or '.',
// and is stable across runs. Readings of polyphonic characters may be wrong:
// slugs are identifiers, never show them to readers as pinyin.
//
// The ICU transliterator is slow to create (~150 ms) and serialised on a global
// mutex, so each code point is transliterated once and cached; slugify() is
// thread-safe and costs a few microseconds per title.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gazette {

inline constexpr size_t kMaxSlugBytes = 200;

// True for names usable as a URL segment: [a-z0-9][a-z0-9-]*, at most
// kMaxSlugBytes (content file names, which become URLs).
bool is_valid_slug(std::string_view slug);

// `max_words` > 0 keeps only the first words (syllables), for short file names.
// At most kMaxSlugBytes: whole words, or the start of one longer word.
std::string slugify(std::string_view text, std::string_view fallback = "page",
                    size_t max_words = 0);

// The per-character cache as text ("<code point> <ascii>" lines), and loading
// it back: a build keeps it in its cache folder, so a rebuild need not create
// the ICU transliterator at all (~150 ms) unless a new character turns up.
// The text starts with a line "gazette-pinyin <hash>" over the rest: a
// damaged, truncated or foreign file is refused whole (a wrong syllable
// would change a published URL), and import returns false.
std::string export_transliteration_cache();
bool import_transliteration_cache(std::string_view text);

// Starts creating the ICU transliterator on a background thread, for a build
// that will likely need it (no per-character cache); slugify() waits for it.
void prepare_transliteration();

}  // namespace gazette
