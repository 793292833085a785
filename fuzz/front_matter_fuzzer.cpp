// Any article file: the reader accepts it or throws ContentError naming the
// file and a line; nothing else escapes, nothing crashes.
#include <string>

#include "content/article_reader.h"
#include "front_matter/front_matter.h"
#include "fuzz_support.h"
#include "model/site_config.h"
#include "util/error.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view file = fuzz::text(data, size);
  const Date date = *Date::parse("2023-07-20");
  const SiteConfig config;
  const SourceRef source{"content/2023/07/20/a.md"};
  try {
    split_front_matter(file, source.display);
  } catch (const ContentError& e) {
    if (std::string(e.what()).rfind(source.display + ":", 0) != 0)
      fuzz::broken("a front matter error names the file", e.what());
  }
  try {
    read_article(file, source, date, config);
  } catch (const ContentError& e) {
    if (std::string(e.what()).rfind(source.display + ":", 0) != 0)
      fuzz::broken("an article error names the file", e.what());
  }
  try {
    read_standalone_page(file, SourceRef{"content/pages/p.md"});
  } catch (const ContentError&) {
  }
  try {
    read_section_index(file, SourceRef{"content/2023/_index.md"}, 2023, 0);
  } catch (const ContentError&) {
  }
  return 0;
}
