// The edition file content/YYYY/MM/DD/_index.md: `date`, `edition` and
// `pages: [{number, name, banners}]`.
//
// merge_edition_index() writes this page's entry into an existing file (or a
// new one): other pages, other top-level keys and the body are kept, the
// page's entry is replaced, pages stay sorted by number. An existing
// `edition` is kept unless a new one is given; an existing page name is kept
// unless a new one is given.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gazette::ingest {

struct PageEntry {
  int number = 0;
  std::optional<std::string> name;
  std::vector<std::string> banners;
};

std::string merge_edition_index(const std::optional<std::string>& existing, const std::string& path,
                                const std::string& date, std::optional<int> edition,
                                const PageEntry& page);

// The banners recorded for page `number` in an edition file's text.
std::vector<std::string> page_banners(const std::string& index_text, int number);

// Every banner of every page in an edition file's text, trimmed; nothing
// when the text has no front matter or does not parse (never throws).
std::vector<std::string> edition_banners(const std::string& index_text);

}  // namespace gazette::ingest
