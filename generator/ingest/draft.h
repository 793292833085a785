// An article under construction while the segmenter walks a page.
//
// A Draft owns the Article being built plus what only construction needs
// (`closed`: an end byline was seen, nothing more belongs here). Its methods
// add units to the article and keep the raw line numbers of everything added,
// so that source.lines and the lossless accounting stay exact.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/units.h"

namespace gazette::ingest {

struct Draft {
  Article a;
  bool closed = false;

  // The last body block is a paragraph cut mid-sentence (and nothing closed
  // it), a lone "（上接第1版）" line whose text follows, or a word quoted
  // alone ("“物业议事会”", its predicate cut off). A byline run into
  // the paragraph after its last sentence ("…。本报记者 林晓") ends it.
  bool dangles() const;
  // The first paragraph opens with a dateline.
  bool has_dateline() const;
  // Writers are named: authors found so far, or a dateline naming reporters.
  bool has_author() const;

  void add_lines(const Unit& u);
  void add_paragraph(const Unit& u);
  void join(const Unit& u);  // continues the last paragraph
  // Lists merge with a list right before them; tables report their repairs.
  void add_block(const Unit& u);
  void add_byline(const Unit& u);
  void add_photo(const Photo& p, const Unit& u);
  void add_subheading(const Unit& u);
  // Text starting mid-sentence right below a subheading: the "subheading"
  // was the first piece of a cut paragraph. Turns the last block back into a
  // paragraph (dropping the note `subheading_note` made for it); false when
  // the last block is not a subheading.
  bool reopen_subheading(const std::string& subheading_note);
  void note(int line, std::string message);
};

}  // namespace gazette::ingest
