// Finishing an article once its text is complete (after segmentation and
// relocation): the dateline is read from the first paragraph (and stays
// there), a byline appended to the last paragraph is split off, runs of
// numbered paragraphs become a list, authors are de-duplicated, the type is
// chosen, and the remaining doubts (dangling paragraphs, jumps to other pages,
// no author) become review notes. A headless article is a fragment with an
// empty title.
#pragma once

#include "ingest/article.h"

namespace gazette::ingest {

void finalize_article(Article& a);

// news | interview | commentary | feature | notice | table | list | fragment
std::string classify_article(const Article& a);

}  // namespace gazette::ingest
