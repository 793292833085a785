// The page generator: lays out 2–6 clean articles (and sometimes the lost
// end of one more) as raw page text the way the real OCR'd pages look, with
// the truth a perfect import would give back.
//
// The raw text has a blank line between printed lines, two or more before a
// photo caption (the photo's place), page furniture at the top; some pages
// carry Markdown markers ("## title", "### kicker", "- item"), most do not.
// On it: every headline-stack shape (title only; kicker/title; title/
// subtitle; kicker/title/subtitle; title/——subtitle; title and ——subtitle on
// one line; kicker and title merged on one line; a kicker over two lines),
// banners and column labels above stacks, between paragraphs and inside cut
// sentences, column breaks inside names, inside numbers, after a closing
// quote, after a comma, near either end or anywhere, with nothing, a banner,
// a photo or a whole other article between the halves; an article's last
// paragraphs printed after the next article (a headless continuation); a
// lost beginning at the top of the page (mid-sentence or at a paragraph: a
// fragment with no headline); bylines at the top, at the end and run into the last paragraph;
// commentaries signed by a bare name under the title or after the text;
// lists, notices, tables, subheadings, photos (caption and credit on one or
// two lines); and OCR-style ASCII punctuation next to Han characters.
//
// Guarantees: the same pool and seed give the same page on every platform
// (see rng.h); each probability is a named constant in layout.cpp; the
// truth owns every non-blank raw line exactly once (truth.h); a column break
// never falls right after a sentence's end (that cut cannot be told from a
// paragraph break by anyone); `artefacts` names what the page holds, from
// artefact_kinds().
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pool.h"
#include "truth.h"

namespace gazette::import_eval {

struct GeneratedPage {
  uint64_t seed = 0;
  std::string raw;                         // the page text, "\n" line ends
  std::optional<std::string> page_name;    // given to the importer as --page-name
  std::vector<std::string> known_banners;  // given as PageSettings::banners
  PageTruth truth;
  std::set<std::string> artefacts;
};

// Every artefact name layout_page() can report.
const std::vector<std::string>& artefact_kinds();

// Whether the layout may print this article's kicker on two lines (one long
// enough, with a space to break it at): the "stack-kicker-on-two-lines"
// artefact needs a pool with such a kicker.
bool kicker_breaks_in_two(const CleanArticle& a);

GeneratedPage layout_page(const Pool& pool, uint64_t seed);

}  // namespace gazette::import_eval
