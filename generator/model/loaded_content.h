// What loading a site's content files yields, before the model is assembled.
//
// The loader (content/) produces one ParsedDoc per content file and collects
// them into LoadedContent; the parsed-file cache (content_cache/) stores and
// restores ParsedDocs; assemble/ turns LoadedContent into the immutable Site.
// Plain data, so that none of those has to depend on another.
#pragma once

#include <variant>
#include <vector>

#include "model/site.h"

namespace gazette {

// One content file as parsed: an article, an edition's _index.md, a
// standalone page or a year's or month's _index.md (monostate: nothing yet).
using ParsedDoc = std::variant<std::monostate, Article, Edition, StandalonePage, SectionIndex>;

struct LoadedContent {
  std::vector<Article> articles;       // sorted by path
  std::vector<Edition> editions;       // only those with an _index.md, sorted by date
  std::vector<StandalonePage> pages;   // sorted by path
  std::vector<SectionIndex> sections;  // sorted by path
};

}  // namespace gazette
