#include "text/slug.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <future>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "util/binary_io.h"

namespace gazette {
namespace {

constexpr std::string_view kHeader = "gazette-pinyin ";

// Caches the ASCII transliteration of each code point; fills on first use.
class TransliterationCache {
 public:
  std::string dump() {
    std::shared_lock lock(mu_);
    std::vector<std::pair<UChar32, std::string>> all(cache_.begin(), cache_.end());
    lock.unlock();
    std::sort(all.begin(), all.end());
    std::string body;
    for (const auto& [cp, ascii] : all) body += std::to_string(cp) + " " + ascii + "\n";
    return std::string(kHeader) + std::to_string(hash_bytes(body)) + "\n" + body;
  }

  bool load(std::string_view text) {
    if (text.substr(0, kHeader.size()) != kHeader) return false;
    const size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return false;
    const std::string_view body = text.substr(nl + 1);
    if (text.substr(kHeader.size(), nl - kHeader.size()) != std::to_string(hash_bytes(body)))
      return false;
    text = body;
    std::unique_lock lock(mu_);
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(pos, end - pos);
      pos = end + 1;
      size_t space = line.find(' ');
      if (space == std::string_view::npos || space == 0) continue;
      UChar32 cp = 0;
      bool ok = true;
      for (char c : line.substr(0, space)) {
        ok = ok && c >= '0' && c <= '9' && cp < 0x110000;
        cp = cp * 10 + (c - '0');
      }
      std::string_view ascii = line.substr(space + 1);
      for (char c : ascii) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
      if (ok && cp < 0x110000) cache_.emplace(cp, std::string(ascii));
    }
    return true;
  }

  // Creating the transliterator compiles ICU's Han-Latin rules: ~1 G
  // instructions, a quarter of a second. prepare() starts that on another
  // thread so it can overlap with loading content.
  void prepare() {
    std::call_once(started_, [this] {
      translit_ = std::async(std::launch::async, [] {
                    UErrorCode status = U_ZERO_ERROR;
                    std::shared_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
                        "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
                    if (U_FAILURE(status)) t.reset();
                    return t;
                  }).share();
    });
  }

  icu::Transliterator* transliterator() {
    prepare();
    return translit_.get().get();
  }

  std::string get(UChar32 cp) {
    {
      std::shared_lock lock(mu_);
      auto it = cache_.find(cp);
      if (it != cache_.end()) return it->second;
    }
    std::unique_lock lock(mu_);
    auto it = cache_.find(cp);
    if (it != cache_.end()) return it->second;
    std::string value = transliterate(cp);
    cache_.emplace(cp, value);
    return value;
  }

 private:
  std::string transliterate(UChar32 cp) {
    icu::Transliterator* translit = transliterator();
    if (!translit) return "";
    icu::UnicodeString s(cp);
    translit->transliterate(s);
    std::string out;
    s.toUTF8String(out);
    // Keep only ASCII alphanumerics: the transliteration of a single character
    // is one syllable, possibly with apostrophes or spaces we do not want.
    std::string clean;
    for (char c : out)
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) clean += c;
    return clean;
  }

  std::shared_mutex mu_;
  std::unordered_map<UChar32, std::string> cache_;
  std::once_flag started_;
  std::shared_future<std::shared_ptr<icu::Transliterator>> translit_;
};

TransliterationCache& cache() {
  static TransliterationCache instance;
  return instance;
}

bool is_han(UChar32 cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(cp, &status) == USCRIPT_HAN && u_isalpha(cp);
}

}  // namespace

std::string export_transliteration_cache() { return cache().dump(); }

void prepare_transliteration() { cache().prepare(); }

bool import_transliteration_cache(std::string_view text) { return cache().load(text); }

std::string slugify(std::string_view text, std::string_view fallback, size_t max_words) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  int32_t i = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) {  // invalid UTF-8: a separator
      flush();
      continue;
    }
    if (cp >= 0xFF10 && cp <= 0xFF5A) cp -= 0xFEE0;  // full-width digits and letters
    if (cp < 0x80) {
      if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z')) {
        current += static_cast<char>(cp);
      } else if (cp >= 'A' && cp <= 'Z') {
        current += static_cast<char>(cp - 'A' + 'a');
      } else {
        flush();
      }
      continue;
    }
    if (is_han(cp)) {
      flush();
      std::string syllable = cache().get(cp);
      if (!syllable.empty()) words.push_back(std::move(syllable));
      continue;
    }
    if (u_isalnum(cp)) {  // accented Latin and other letters: fold to ASCII if possible
      std::string folded = cache().get(cp);
      if (!folded.empty()) {
        current += folded;
        continue;
      }
    }
    flush();
  }
  flush();
  if (max_words > 0 && words.size() > max_words) words.resize(max_words);
  // Whole words up to kMaxSlugBytes (a name that long is a URL segment and
  // a file name, which the file system limits); one longer word is cut.
  std::string out;
  for (const auto& w : words) {
    if (out.size() + (out.empty() ? 0 : 1) + w.size() > kMaxSlugBytes) {
      if (out.empty()) out = w.substr(0, kMaxSlugBytes);
      break;
    }
    if (!out.empty()) out += '-';
    out += w;
  }
  if (out.empty()) out = std::string(fallback);
  return out;
}

bool is_valid_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > kMaxSlugBytes || slug.front() == '-') return false;
  for (char c : slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace gazette
