// The paper's recurring banners and column labels, learned from the archive.
//
// known_banners() returns, without duplicates and in a stable order, the
// `banners` list of site.yml followed by the banners the editions' files
// content/YYYY/MM/DD/_index.md record (what earlier imports found and editors
// kept; edition_index.h edition_banners()) in at least two editions and that
// look like banners — a slogan, a column label, a page name; not a person's
// name, a notice's title, a numbered section, a dash subtitle, a date or
// anything with sentence punctuation or digits, which an import may have put
// among the banners by mistake — nor a line of at most five syllables that
// the archive has as an article's title (a file named after it, as the
// importer names articles) in at least as many editions as it records it as
// a banner: a title misread twice is not learned. The importer treats a line equal to one of
// them as a banner wherever it stands (units.h). Only files at exactly that
// depth are read, no link is followed, and an edition file that cannot be
// read or parsed is skipped: an import never fails because of another edition.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gazette::ingest {

std::vector<std::string> known_banners(const std::filesystem::path& content_dir,
                                       const std::vector<std::string>& site_banners);

}  // namespace gazette::ingest
