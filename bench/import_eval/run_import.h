// Runs the real importer on one generated page, exactly as `gazette import
// --dry-run` does: ingest::prepare_import() (decode, import, plan, lossless
// check) against a site folder that holds nothing, page 1 of 2023-07-20, with
// the page's --page-name and known banners (PageSettings::banners), the
// punctuation fix on and no gazetteer (tags are not scored). Nothing is
// written. An exception from the importer is caught and reported as a page
// with no articles that failed the lossless check.
#pragma once

#include <filesystem>
#include <string>

#include "ingest/article.h"
#include "layout.h"

namespace gazette::import_eval {

struct ImportOutcome {
  ingest::PageImport page;
  bool lossless = false;
  std::string message;   // the lossless differences, or the importer's exception
  std::string markdown;  // the files the import would write, one after another
};

ImportOutcome import_generated(const GeneratedPage& page, const std::filesystem::path& site);

}  // namespace gazette::import_eval
