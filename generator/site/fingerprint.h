// Fingerprints of what each page is rendered from, for incremental builds.
//
// A page's fingerprint hashes every input its template data is built from:
// the global part (site.yml, base URL, theme templates, navigation shared by
// all pages) and the page's own inputs (for an article: its file's bytes, URL,
// neighbours, edition and terms; for a list page: the fingerprints of the
// entries it lists, and so on). Equal fingerprints mean the page would render
// to the same bytes, so OutputDir::reuse() can skip it. Anything a template
// can see must be hashed here: the incremental byte-identity test (random
// edits, incremental vs clean build) is what keeps this honest.
#pragma once

#include <cstdint>
#include <vector>

#include "model/site.h"
#include "site/render_plan.h"
#include "templates/page_data.h"

namespace gazette {

class Fingerprinter {
 public:
  // `global` covers everything every page depends on (see global_fingerprint).
  Fingerprinter(const Site& site, const PageData& data, uint64_t global);

  uint64_t page(const RenderJob& job) const;
  uint64_t item(int article) const { return items_[static_cast<size_t>(article)]; }

 private:
  uint64_t edition(int index) const;

  const Site& site_;
  const PageData& data_;
  uint64_t global_;
  std::vector<uint64_t> items_;     // per article: its list entry ("summary")
  std::vector<uint64_t> editions_;  // per edition
};

// site.yml's hash (config_hash), the base URL, the theme's templates and the
// navigation data every page shows.
uint64_t global_fingerprint(const Site& site, const PageData& data, uint64_t config_hash,
                            uint64_t theme_hash);

}  // namespace gazette
