// How search text is cut into index keys: the one definition the index
// writer uses and the search page's script (themes/default/static/js/
// search.js) mirrors, so that a query and the text it should find are cut
// alike by construction (docs/search-index.md).
//
// Characters fall in four classes, after folding full-width ASCII forms
// (U+FF01..FF5E) to ASCII and letters to lower case (keys only; displayed
// text is never changed):
//   unit   Han, kana, Hangul, Bopomofo: each character is one position.
//          A run of two or more yields every adjacent pair (bigram) at the
//          position of its first character; a run of one yields that
//          character alone (a unigram).
//   word   other letters and digits: a maximal run is one key at one
//          position ("gdp", "2023").
//   space  Unicode white space but line breaks and tabs: separates, takes
//          no position (so "GDP 增长" and "GDP增长" are alike).
//   other  punctuation, symbols, line breaks, tabs: separates and takes one
//          position (so phrases do not match across them).
// Single unit characters are also indexed inside longer runs (without
// positions), so a one-character query finds every text containing it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gazette::search {

enum class KeyKind : uint8_t {
  kUnigram,  // one unit character, no positions
  kBigram,   // two unit characters, with positions
  kWord,     // a word, with positions
};

struct Key {
  KeyKind kind = KeyKind::kUnigram;
  char32_t a = 0, b = 0;  // kUnigram: a; kBigram: a, b
  std::string_view word;  // kWord: folded, valid during the callback only
  uint32_t position = 0;
};

// Folds one code point for keys: full-width ASCII to ASCII, letters lowered.
char32_t fold(char32_t cp);

enum class CharClass : uint8_t { kUnit, kWord, kSpace, kOther };
CharClass classify(char32_t folded);

// Cuts `text` into keys, positions counting from `start`; calls `emit(key)`
// for each, in text order. Returns the position after the last one (plus
// one, so the next field does not touch this one).
template <class Emit>
uint32_t tokenize(std::string_view text, uint32_t start, Emit&& emit);

// The UTF-8 bytes of a key, as stored in the index and hashed for its shard.
std::string key_bytes(const Key& key);

// 32-bit FNV-1a of the key's bytes: shard = hash & (shards - 1).
uint32_t key_hash(std::string_view bytes);

}  // namespace gazette::search

#include "search/tokenizer_impl.h"
