// Chinese collation: orders strings by pinyin, as readers expect in an index.
//
// Wraps one ICU collator for the "zh" locale, created once and shared: its
// compare() is const and safe to call from many threads. Latin sorts after Han.
// Ties (different strings that collate equal) are broken by code point so the
// order is total and builds are deterministic.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

// <0, 0, >0 like strcmp; 0 only for byte-identical strings.
int collate_zh(std::string_view a, std::string_view b);

inline bool collate_less(std::string_view a, std::string_view b) { return collate_zh(a, b) < 0; }

}  // namespace gazette
