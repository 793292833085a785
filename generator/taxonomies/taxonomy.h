// Groups articles by taxonomy term (tags, authors, series, ...).
//
// Terms are sorted by pinyin (ICU zh collation) for the index pages. Each term
// gets an ASCII slug from its pinyin; different terms with the same pinyin get
// -2, -3 in collation order, so a Chinese term never has an empty or clashing
// URL. Each term lists its articles in the order given (newest first).
// Articles' term_ids are filled in. Linear in the number of (article, term)
// pairs plus a sort of the distinct terms.
#pragma once

#include <vector>

#include "model/site.h"

namespace gazette {

std::vector<Taxonomy> build_taxonomies(const std::vector<TaxonomyConfig>& configs,
                                       std::vector<Article>& articles);

// Unique slugs for names already in their final order ("-2", "-3" on clashes).
std::vector<std::string> unique_slugs(const std::vector<std::string>& names,
                                      std::string_view fallback);

}  // namespace gazette
