#include "ingest/word_seam.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

#include "ingest/chars.h"
#include "ingest/enumeration.h"

namespace gazette::ingest {
namespace {

constexpr size_t kContext = 6;  // Han characters taken from each side

icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    return U_SUCCESS(status) ? std::move(b) : nullptr;
  }();
  return it.get();
}

icu::UnicodeString to_unicode(std::u32string_view s) {
  return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()),
                                       static_cast<int32_t>(s.size()));
}

}  // namespace

bool splits_a_word(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  if (left.empty() || right.empty() || !is_han(left.back()) || !is_han(right.front())) return false;
  size_t l = 0, r = 0;
  while (l < left.size() && l < kContext && is_han(left[left.size() - 1 - l])) ++l;
  while (r < right.size() && r < kContext && is_han(right[r])) ++r;
  std::u32string joined(left.substr(left.size() - l));
  joined += right.substr(0, r);
  icu::BreakIterator* b = word_breaker();
  if (!b) return false;
  icu::UnicodeString text = to_unicode(joined);
  b->setText(text);
  // Han characters outside the BMP take two UTF-16 units.
  int32_t seam = to_unicode(std::u32string(left.substr(left.size() - l))).length();
  return !b->isBoundary(seam);
}

bool splits_a_number(std::u32string_view left, std::u32string_view right) {
  left = trim(left);
  right = trim(right);
  if (left.empty() || right.empty()) return false;
  char32_t l = left.back(), r = right.front();
  bool number_end =
      is_ascii_digit(l) || (l == U'.' && left.size() >= 2 && is_ascii_digit(left[left.size() - 2]));
  if (!number_end) return false;
  // "1.不私自下水游泳。" / "2、…": a numbered item's number starts a list of
  // its own, it does not finish the number left open ("…只要10元，8").
  if (auto e = parse_enumerator(right); e && e->style >= 5) return false;
  static constexpr std::u32string_view kUnits =
      U"年月日时分秒点万亿千百个位名人户家项件次条元米吨亩岁天周倍平公%％多余";
  return is_ascii_digit(r) || r == U'.' || kUnits.find(r) != std::u32string_view::npos;
}

bool cuts_inside(std::u32string_view left, std::u32string_view right) {
  return splits_a_number(left, right) || splits_a_word(left, right);
}

bool seam_recurs(std::u32string_view left, std::u32string_view right, std::u32string_view page) {
  left = trim(left);
  right = trim(right);
  if (left.size() < 2 || right.size() < 2) return false;
  std::u32string_view l2 = left.substr(left.size() - 2), r2 = right.substr(0, 2);
  for (char32_t c : l2)
    if (!is_han(c)) return false;
  for (char32_t c : r2)
    if (!is_han(c)) return false;
  std::u32string a(l2);
  a += r2[0];
  std::u32string b(1, l2[1]);
  b += r2;
  auto count = [&](const std::u32string& w) {
    int n = 0;
    for (size_t at = page.find(w); at != std::u32string_view::npos; at = page.find(w, at + 1)) ++n;
    return n;
  };
  return count(a) >= 2 || count(b) >= 2;
}

}  // namespace gazette::ingest
