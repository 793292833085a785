// Articles that go on on another page: "……（下转第2版）" on page 1, and on
// page 2, often under a short repeated title, "（上接第1版）……".
//
// The two parts become one article file: the first part's (its page stays
// `page`), with the second part's body appended — the jump lines kept as
// printed (the renderer marks them so that a theme can hide them; the two
// halves of a sentence cut by the jump stay one paragraph) — and the part
// recorded in the front matter:
//     continued: [{page: 2, title: 续题, source: {file: p2.txt, lines: "3-9"}}]
// (`title` is the repeated title printed above the part, when there is one;
// it counts as printed text). Pages may be imported in either order and
// again: importing page 1 takes in a page-2 part already imported (its own
// file is then deleted) or keeps the part its earlier file held; importing
// page 2 writes its part into page 1's file, replacing the part an earlier
// import put there. Only files unchanged since their import are merged or
// taken apart; otherwise, or when no partner is there yet, the part stays an
// article of its own and `review` says why.
//
// This file holds the pure pieces; edition_plan.cpp applies them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ingest/article.h"

namespace gazette::ingest {

// The page an article's first paragraph comes from ("（上接第1版）…") and the
// page its last paragraph goes on to ("…（下转第2版）"); 0 when none (or the
// page is not a number).
struct JumpEnds {
  int from_page = 0, to_page = 0;
};
JumpEnds jump_ends(const Article& a);

struct ContinuedPart {
  int page = 0;
  std::string title, file, lines;
};

// An article file in an edition folder, as far as jumps need it.
struct EditionArticle {
  std::string slug, text;
  int page = 0;
  std::string title;
  std::string body;  // after the front matter's closing line and the blank line
  std::vector<ContinuedPart> continued;
  std::string source_file, source_lines;
  bool only_title_and_body = false;  // no kicker, subtitle, byline or photos
  bool unchanged = false;            // import_hash present and matching
};
std::vector<EditionArticle> read_edition_articles(const std::filesystem::path& dir);
std::optional<EditionArticle> parse_edition_article(const std::string& slug,
                                                    const std::string& text);

// The body up to where the part from another page starts (the "（上接第P版）"
// that follows a jump out of page `own_page`), and that part.
std::string own_part(const std::string& body, int own_page);
std::string continuation_part(const std::string& body, int own_page);
// The own part's last paragraph ends with "（下转第Q版）" / the body starts
// with "（上接第P版）".
bool jumps_to(const std::string& own_body, int page);
bool starts_from(const std::string& body, int page);

// own + part: one paragraph when the text before the jump note does not end a
// sentence, else two.
std::string join_parts(const std::string& own, const std::string& part);

// `file_text` (a file the importer wrote) with its body replaced, its
// `continued` list set (omitted when empty), the review note `drop_note`
// removed, and its import_hash recomputed.
std::string rewrite_article(const std::string& file_text, const std::string& body,
                            const std::vector<ContinuedPart>& continued,
                            const std::string& drop_note);

// How alike two titles are: shared Han characters over the shorter title.
double title_overlap(const std::string& a, const std::string& b);

}  // namespace gazette::ingest
