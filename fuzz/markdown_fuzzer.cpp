// Any Markdown body: rendered to HTML without raw HTML getting through,
// summarised, turned into plain text (the search index's) and its tables
// into CSV, without a crash.
#include "fuzz_support.h"
#include "markdown/markdown.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view md = fuzz::text(data, size);
  const std::string html = markdown_to_html(md);
  // Only cmark's own elements: an element named by the input would start
  // with "<" followed by a letter the input spelled; cmark writes "<script"
  // for nothing (raw HTML is omitted, tagfilter on).
  if (html.find("<script") != std::string::npos || html.find("<iframe") != std::string::npos)
    fuzz::broken("no raw HTML passes", html);
  markdown_summary(md, 120);
  markdown_plain_text(md);
  for (const auto& rows : markdown_tables(md)) table_csv(rows);
  return 0;
}
