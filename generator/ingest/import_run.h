// The import pipeline as one library call: raw page files -> Markdown files.
//
//   prepare_import(): decode every raw file (a bad byte stops everything with
//     its offset), import each page (importer.h), plan where every file goes
//     and whether it may be replaced (edition_plan.h), and check that the
//     output accounts for every character of the input (lossless.h). Nothing
//     is written; the result says what would be.
//   commit_import(): writes what was prepared, each file atomically, only if
//     the lossless check passed and no editor's change would be overwritten.
//
// `gazette import` and the tests call exactly these two, so what is tested
// is what runs.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/edition_plan.h"
#include "ingest/importer.h"
#include "ingest/lossless.h"

namespace gazette::ingest {

struct RawPage {
  std::string path;   // as given, for messages; its file name becomes `source.file`
  std::string bytes;  // as read
};

struct PreparedImport {
  std::vector<std::string> encodings;  // per raw page: "UTF-8", "GB18030", ...
  std::vector<std::string> texts;      // per raw page, decoded
  std::vector<PageImport> pages;       // per raw page
  ImportPlan plan;                     // refers into `pages`
  LosslessResult lossless;

  PreparedImport() = default;
  PreparedImport(PreparedImport&&) = default;  // `plan` keeps pointing into `pages`
  PreparedImport& operator=(PreparedImport&&) = default;
  PreparedImport(const PreparedImport&) = delete;
  PreparedImport& operator=(const PreparedImport&) = delete;

  // Safe to write: lossless, and no file an editor changed would be overwritten.
  bool ok() const { return lossless.ok && plan.blocked.empty(); }
};

// Throws ContentError for undecodable input ("path:line: invalid ... byte
// offset N") and when the pages hold no text at all.
PreparedImport prepare_import(const std::vector<RawPage>& raw, const PageSettings& settings,
                              const ImportRequest& request);

// Writes the prepared files (apply_plan). Throws std::logic_error if !ok():
// callers must have reported why first.
void commit_import(const PreparedImport& prepared);

}  // namespace gazette::ingest
