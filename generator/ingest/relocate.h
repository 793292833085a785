// Continuations that the layout put after another article.
//
// A printed article can continue in a later column, after other articles; in
// the raw text its remaining paragraphs then follow someone else's body with
// nothing to mark the switch but the topic. relocate_continuations() compares
// character bigrams (TF-IDF over the page's paragraphs, cosine similarity):
// when the tail of an article — starting after a paragraph that ends a
// sentence, at a paragraph that does not start mid-sentence — is much closer
// to an earlier article than to its own head (at least kMinSimilarity and
// kMinRatio times the similarity to the head; the head keeps at least two
// blocks), the tail is moved to the end of
// that earlier article and both get a review note. Only the single best tail
// per article moves; headless fragments neither give nor take tails.
#pragma once

#include <vector>

#include "ingest/article.h"

namespace gazette::ingest {

struct TailMove {
  size_t from = 0;         // article index
  size_t first_block = 0;  // index in its body where the tail starts
  size_t to = 0;           // article index receiving the tail
  double to_similarity = 0, head_similarity = 0;
};

// Every candidate move with its similarities (for tests and tuning), best first.
std::vector<TailMove> tail_candidates(const PageImport& page, bool all = false);

void relocate_continuations(PageImport& page);

}  // namespace gazette::ingest
