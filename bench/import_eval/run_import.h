// Runs the real importer on one generated page, exactly as `gazette import`
// does: ingest::prepare_import() (decode, import, plan, lossless check) into
// the evaluation's own archive `site`, as page 1 of the edition numbered
// `edition` (one edition per page, consecutive days), with the page's
// --page-name, the punctuation fix on and no gazetteer (tags are not scored).
// Known banners are what `gazette import` passes: the page's listed ones (as
// an editor would list slogans in site.yml) plus every banner the archive's
// editions recorded so far (ingest/known_banners.h) — so a banner the
// importer recognised on an earlier page is known on later ones, as in a
// real archive. The import is then written (commit_import) for the next
// pages to learn from. An exception from the importer is caught and
// reported as a page with no articles that failed the lossless check.
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

ImportOutcome import_generated(const GeneratedPage& page, const std::filesystem::path& site,
                               int edition);

// The date of edition `n` (0-based) in the evaluation's archive: YYYY-MM-DD.
std::string edition_date(int n);

}  // namespace gazette::import_eval
