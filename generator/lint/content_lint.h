// Content lint for `gazette check`: problems a build tolerates but an editor
// should see.
//
// Errors (exit 1) are problems readers would notice: an edition page listed
// but empty of articles while articles name a page missing from the edition,
// a taxonomy key the site does not define. Warnings are doubts to review: open
// importer review flags, unknown article types, terms that differ only by
// spacing or width, different terms whose pinyin slugs clash, two articles
// of one edition with the same title.
// Malformed files (bad YAML, dates, missing title) are already reported by the
// loader with file:line; lint runs on the loaded Site.
#pragma once

#include <vector>

#include "model/site.h"
#include "util/error.h"

namespace gazette {

struct LintResult {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
};

LintResult lint_site(const Site& site);

}  // namespace gazette
