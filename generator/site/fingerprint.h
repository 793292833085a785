// The inputs every page shares, and those of the parts many pages show.
//
// A page's fingerprint (page_kind.h) starts from the global fingerprint
// (site.yml, the program, base URL, theme templates and the navigation every
// page shows) and adds its own inputs; list pages add the fingerprints of
// the article entries ("summary" template) and editions they show, computed
// once here. Equal fingerprints mean a page would render to the same bytes,
// so OutputDir::reuse() can skip it.
#pragma once

#include <cstdint>
#include <vector>

#include "model/site.h"
#include "templates/page_data.h"

namespace gazette {

class Fingerprinter {
 public:
  // `global` covers everything every page depends on (see global_fingerprint).
  Fingerprinter(const Site& site, uint64_t global);

  uint64_t global() const { return global_; }
  // An article's list entry (PageData::article_item and its "summary" HTML).
  uint64_t item(int article) const { return items_[static_cast<size_t>(article)]; }
  // An edition as PageData::edition() shows it.
  uint64_t edition(int index) const { return editions_[static_cast<size_t>(index)]; }

 private:
  uint64_t global_;
  std::vector<uint64_t> items_;     // per article
  std::vector<uint64_t> editions_;  // per edition
};

// site.yml's hash (config_hash), the base URL, the theme's templates and the
// navigation data every page shows (PageData::site_data()).
uint64_t global_fingerprint(const Site& site, const PageData& data, uint64_t config_hash,
                            uint64_t theme_hash);

}  // namespace gazette
