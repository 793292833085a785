// Any text gives a valid slug (lower-case ASCII letters, digits, hyphens),
// the same one every time.
#include "fuzz_support.h"
#include "text/slug.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::text(data, size);
  const std::string slug = slugify(text);
  if (!is_valid_slug(slug)) fuzz::broken("slugify gives a valid slug", slug);
  if (slugify(text) != slug) fuzz::broken("slugify is deterministic", slug);
  return 0;
}
