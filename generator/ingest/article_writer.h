// An article as a content file: YAML front matter (the keys of docs/content-format.md, in
// its order, empty ones omitted except `title` and `review`) and a Markdown
// body, plus `import_hash`, a hash of the file as written.
//
// The hash lets a later import tell an untouched file (safe to replace) from
// one an editor changed (never overwritten without --force): it covers the
// whole file except its own line. Body blocks: paragraphs, "### " subheadings,
// "- " lists, GFM tables, and kLines blocks as lines with hard breaks ("\").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ingest/article.h"

namespace gazette::ingest {

struct ArticlePlacement {
  std::string date;  // YYYY-MM-DD
  int page = 0;
  std::optional<std::string> page_name;
  int order = 0;
};

std::string render_body(const Article& a);
std::string render_article(const Article& a, const ArticlePlacement& where);

// "3-7, 29-37" from sorted line numbers; a gap made only of lines for which
// `blank` is true (1-based index) does not break a range.
std::string line_ranges(const std::vector<int>& lines, const std::vector<bool>& blank = {});

// The hash recorded in a file's front matter, if any.
std::optional<std::string> recorded_import_hash(std::string_view file_text);
// The hash of `file_text` without its import_hash line.
std::string compute_import_hash(std::string_view file_text);
// True when the file carries an import hash that still matches its text.
bool unchanged_since_import(std::string_view file_text);

}  // namespace gazette::ingest
