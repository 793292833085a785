// Shared by the fuzz targets: the input as text, and a failure that names
// the property broken (libFuzzer saves the input that broke it).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <unicode/utf8.h>

namespace gazette::fuzz {

inline std::string_view text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline bool valid_utf8(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U8_NEXT(b, i, n, cp);
    if (cp < 0) return false;
  }
  return true;
}

[[noreturn]] inline void broken(const char* property, std::string_view detail = {}) {
  std::fprintf(stderr, "property broken: %s\n%.*s\n", property, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

}  // namespace gazette::fuzz
