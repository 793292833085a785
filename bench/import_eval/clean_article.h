// A clean article: the text a printed article should give back after import,
// read from a content file in the repository's format (docs/content-format.md):
// YAML front matter (title, kicker, subtitle, byline, dateline, authors,
// photos [{caption, credit}], type; optional `people`: names mentioned in the
// body, where the layout may cut a column break) and a Markdown body of
// paragraphs, "### " subheadings, "- " lists, GFM tables and hard-broken
// line blocks (a notice's issuer and date, "line\").
//
// read_clean_article() guarantees: every block holds text (no empty
// paragraph, item, row or line), Markdown escapes are removed, a paragraph
// written over several lines is one paragraph, and a `dateline` opens the
// first paragraph. A malformed file throws std::runtime_error naming it.
#pragma once

#include <string>
#include <vector>

namespace gazette::import_eval {

struct CleanPhoto {
  std::string caption, credit;
};

struct CleanBlock {
  enum class Kind { kParagraph, kSubheading, kList, kTable, kLines };
  Kind kind = Kind::kParagraph;
  std::string text;                            // kParagraph, kSubheading
  std::vector<std::string> items;              // kList items, kLines lines
  std::vector<std::vector<std::string>> rows;  // kTable, rows[0] the header
};

struct CleanArticle {
  std::string file;  // where it was read from, for messages
  std::string title, kicker, subtitle, byline, dateline, type;
  std::vector<std::string> authors, people;
  std::vector<CleanPhoto> photos;
  std::vector<CleanBlock> body;
  bool reviewed = false;  // front matter `review: []` (an editor's clean article)

  // The byline is a bare name (a commentary's signature), not 本报记者 ….
  bool signed_with_name() const;
};

CleanArticle read_clean_article(const std::string& text, const std::string& path);

}  // namespace gazette::import_eval
