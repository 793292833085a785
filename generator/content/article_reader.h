// Reads one article or standalone page file into the model's plain structs.
//
// Only front matter is interpreted here; the body stays on disk (SourceRef)
// apart from its first paragraph, which becomes the summary. Malformed input
// throws ContentError naming file and line. Unknown keys go to `params`.
#pragma once

#include <string>
#include <string_view>

#include "model/site.h"
#include "model/site_config.h"

namespace gazette {

// The article types the importer writes and themes style; others are allowed
// (a lint warning) so a site can invent its own.
bool is_known_article_type(std::string_view type);

Article read_article(std::string_view text, SourceRef source, const Date& edition_date,
                     const SiteConfig& config);

StandalonePage read_standalone_page(std::string_view text, SourceRef source);

// A year's (month 0) or month's _index.md: an optional `title`; other keys
// go to `params`; the body is the page's intro text.
SectionIndex read_section_index(std::string_view text, SourceRef source, int year, int month);

}  // namespace gazette
