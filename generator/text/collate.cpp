#include "text/collate.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace gazette {
namespace {

const icu::Collator* zh_collator() {
  static const std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) c.reset();
    return c;
  }();
  return collator.get();
}

}  // namespace

int collate_zh(std::string_view a, std::string_view b) {
  if (const icu::Collator* c = zh_collator()) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult r =
        c->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                       icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_SUCCESS(status) && r != UCOL_EQUAL) return r == UCOL_LESS ? -1 : 1;
  }
  return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

}  // namespace gazette
