// Where an import's files go, and whether writing them is safe.
//
// plan_import() decides everything before anything is written: each article's
// slug (pinyin of the title, at most 6 syllables; "fragment-…" from the first
// words for a headless fragment; -2, -3 … against every other file in the
// edition folder), its rendered file, and the merged edition _index.md.
// Files a previous import of the same page and source file wrote are replaced
// or deleted only if they still match their import_hash; a file an editor
// changed is "blocked" unless `force`. Files of other pages or written by
// hand are never touched and keep their slugs. apply_plan() then writes each
// file atomically and deletes the stale ones.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ingest/article.h"

namespace gazette::ingest {

struct ImportRequest {
  std::filesystem::path site;
  std::string date;       // YYYY-MM-DD, already validated
  std::string date_path;  // YYYY/MM/DD
  int page = 0;
  std::optional<std::string> page_name;
  std::optional<int> edition;
  bool force = false;
};

struct FileChange {
  enum class Action { kCreate, kReplace, kUnchanged, kDelete };
  std::filesystem::path path;
  Action action = Action::kCreate;
  std::string content;  // empty for kDelete
  std::string label;    // title shown in listings
  bool forced = false;  // overrides an editor's change because of --force
};

struct PlannedArticle {
  std::string slug;
  const Article* article = nullptr;
};

struct ImportPlan {
  std::filesystem::path edition_dir;
  std::vector<FileChange> changes;
  std::vector<std::filesystem::path> blocked;  // changed by an editor; needs --force
  std::vector<PlannedArticle> articles;
  std::vector<std::string> article_texts;  // what the articles' files will contain
  std::vector<std::string> banners;
};

std::string article_slug_base(const Article& a);

ImportPlan plan_import(const std::vector<PageImport>& pages, const ImportRequest& request);

void apply_plan(const ImportPlan& plan);

}  // namespace gazette::ingest
