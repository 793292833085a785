#include "ingest/importer.h"

#include "ingest/article_writer.h"
#include "ingest/chars.h"
#include "ingest/finalize.h"
#include "ingest/relocate.h"
#include "ingest/segmenter.h"
#include "ingest/tags.h"
#include "ingest/units.h"

namespace gazette::ingest {
namespace {

// blank[n] is true when raw line n (1-based) holds only white space.
std::vector<bool> blank_lines(std::string_view text) {
  std::vector<bool> blank{false};
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    blank.push_back(trim(to_u32(text.substr(pos, nl - pos))).empty());
    pos = nl + 1;
  }
  return blank;
}

}  // namespace

PageImport import_page(std::string_view decoded_text, const std::string& source_file,
                       const PageSettings& settings) {
  std::vector<Unit> units = make_units(decoded_text, {settings.fix_punctuation, &settings.banners});
  PageImport page = segment_page(units, source_file, {settings.page_name});
  reconnect_cut_paragraphs(page);
  relocate_continuations(page);
  std::vector<bool> blank = blank_lines(decoded_text);
  for (auto& a : page.articles) {
    finalize_article(a);
    a.tags = extract_tags(a, settings.gazetteer);
    a.source_lines = line_ranges(a.lines, blank);
  }
  return page;
}

}  // namespace gazette::ingest
