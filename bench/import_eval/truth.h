// The truth about one generated page: what a perfect import gives back.
//
// Every non-blank raw line of the page is owned exactly once: by a page
// banner, or by one article as a headline line (kicker, title, subtitle —
// also a line holding two of them), a byline line (本报记者 …, a signature
// name), a photo line (caption, credit) or a body line (paragraphs, subheadings,
// list items, table rows, a notice's issuer and date). A body line that also
// carries a run-in byline ("…。本报记者 张三") is a body line. Texts are the
// clean article's, never the printed (cut, OCR-punctuated) forms.
#pragma once

#include <string>
#include <vector>

#include "clean_article.h"

namespace gazette::import_eval {

struct TruthBlock {
  CleanBlock::Kind kind = CleanBlock::Kind::kParagraph;
  std::string text;                // paragraph / subheading
  std::vector<std::string> items;  // list items, kLines lines, table rows (cells joined by tabs)
  std::vector<int> lines;          // raw lines (1-based)
  bool split = false;              // a column break cut it: the import must join it
  std::string cut;                 // how: "cut-in-name wedge-banner" (layout.h's artefacts)
};

struct TruthArticle {
  bool fragment = false;  // a lost beginning / headless continuation: no headline
  std::string source;     // the clean article's file
  std::string title, kicker, subtitle;
  std::vector<std::string> authors;
  std::vector<CleanPhoto> photos;
  std::vector<TruthBlock> body;
  std::vector<int> headline_lines, byline_lines, photo_lines;

  std::vector<int> body_lines() const;  // sorted
  std::vector<int> all_lines() const;   // sorted
};

struct TruthBanner {
  std::string text;
  int line = 0;
  bool known = false;  // passed to the importer in PageSettings::banners
};

struct PageTruth {
  std::vector<TruthBanner> banners;
  std::vector<TruthArticle> articles;
};

// The truth as JSON (for --write), one article per object, stable key order.
std::string truth_json(const PageTruth& truth);

}  // namespace gazette::import_eval
