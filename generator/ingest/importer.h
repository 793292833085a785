// One raw page (already decoded) → a PageImport: units, segmentation, moving
// misplaced continuations (relocate.h), finishing each article (datelines,
// bylines, lists, type, review notes) and tags.
//
// Pure: no file system access, so tests and --dry-run see exactly what an
// import would produce.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "model/site_config.h"

namespace gazette::ingest {

struct PageSettings {
  std::optional<std::string> page_name;
  bool fix_punctuation = true;
  Gazetteer gazetteer;
  // The paper's recurring banners and column labels, as printed (site.yml
  // `banners` plus every `banners:` list of the archive's editions): a line
  // that is one of them is a banner wherever it stands.
  std::vector<std::string> banners;
};

PageImport import_page(std::string_view decoded_text, const std::string& source_file,
                       const PageSettings& settings);

}  // namespace gazette::ingest
