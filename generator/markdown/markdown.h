// Markdown to HTML with cmark-gfm (tables, strikethrough, autolinks, tagfilter).
//
// Raw HTML in Markdown is never passed through: cmark-gfm's safe mode replaces
// it with a comment, and tagfilter neutralises the dangerous tags that might
// still slip through. Link URLs with unsafe schemes (javascript:, vbscript:,
// file:, data: other than images) are dropped by cmark's safe mode too.
// Jump notes of the printed page ("（下转第2版）", "（上接第1版）") are wrapped in
// <span class="jump"> so that a theme can hide them.
// Functions are thread-safe; each call uses its own parser.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

struct MarkdownOptions {
  // When set, each top-level table is wrapped in <div class="table-wrap"
  // role="region" aria-label="表格N" tabindex="0"> (so it scrolls in its own
  // box) and followed by <p class="table-csv"> linking table_download(N)
  // (N from 1): where the table is also published as CSV (table_csv()).
  std::function<std::string(int)> table_download;
};

std::string markdown_to_html(std::string_view markdown, const MarkdownOptions& options = {});

// The plain text of the first paragraph, for summaries and meta descriptions
// (at most `max_chars` code points, "……" appended when cut).
std::string markdown_summary(std::string_view markdown, size_t max_chars);

// The text a reader sees, without markup: one line per block (paragraph,
// heading, list item, table row; a row's cells separated by a tab), for the
// search index and its snippets.
std::string markdown_plain_text(std::string_view markdown);

// A GFM table's cells as text, the header row first. Every row has as many
// cells as the header (cmark pads short rows).
using TableRows = std::vector<std::vector<std::string>>;
std::vector<TableRows> markdown_tables(std::string_view markdown);

// How many GFM tables `markdown` holds; cheap when it holds none (no
// delimiter row like "|---|---|", the common case, needs no parse).
size_t count_markdown_tables(std::string_view markdown);

// A table as CSV (RFC 4180: fields quoted when they hold a comma, quote or
// line break; CRLF line ends), preceded by a UTF-8 byte order mark so that
// spreadsheet programs read the Chinese text correctly.
std::string table_csv(const TableRows& rows);

}  // namespace gazette
