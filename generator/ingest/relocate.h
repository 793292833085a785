// Continuations that the layout put after another article.
//
// A printed article can continue in a later column, after other articles; in
// the raw text its remaining paragraphs then follow someone else's body with
// nothing to mark the switch but the topic. relocate_continuations() compares
// topics (topic_similarity.h; a table's words are its header and its rows' first cells, so a note
// under it reads as the table's): when the tail of an article — starting after a
// paragraph that ends a sentence, at a paragraph that does not start
// mid-sentence (or at a subheading: a feature's last sections go with their headings), holding
// paragraphs, subheadings and lists after its first block (an interview's turns, a list among
// them), leaving a
// head of at least two blocks (or of a list alone, or of one paragraph opening with a dateline: a
// brief) — is much closer to an
// earlier article than to its own head (both with their headline's words: a
// tail may name what only the title names, "东关农贸市场") (similarity ≥ 0.02 and ≥ 3 × the
// similarity to the head; measured, before headline words counted, on the sample: the true case
// 0.22 vs 0.01, the closest false one 0.20 vs 0.07; on generated pages the best candidate per
// article was right 22 times, wrong 3), the tail is moved to the end of that earlier article and
// both get a review note. The tail starts right after the wedge: the paragraphs before the best
// split go too while each is closer to that article than to the head it follows. A photo printed in
// the gap before the tail goes with it when its caption is closer in topic to that article than to
// the head left behind. Each article gives or takes at most one tail (but one that took a tail may
// still take whole fragments: its end printed in more than one place); an article whose byline is
// printed after its last paragraph gives none (the byline signs the text above it), and a tail
// ending in a run-in byline
// ("…达标。本报记者 杜志刚") that names none of an article's writers (byline or dateline) is not
// that article's. A headless fragment of whole paragraphs (starting a sentence, no byline) gives
// itself whole when it is about an earlier article (similarity ≥ 0.06, or ≥ 0.03 and three times
// its similarity to any other article on the page that could have it — an earlier one not signed
// off by a byline printed before the fragment — or ≥ 0.03 and closer than any other that could have
// it when a photo in it is credited to one of the article's writers) and then disappears, its
// photos with it — each credited to one of the article's writers or captioned about it more than
// about any other article, or the fragment stays; so does one signed with a bare name or by a
// byline printed after its paragraphs ("本报记者 路晓晴"), to an article that names no writer,
// which takes the signature and its writers too; fragments never take a tail. After a
// tail moves, the bare sections right after it (a title of at most 13 characters, not printed as
// a Markdown headline ("## …"), over paragraphs:
// no kicker, subtitle, byline, dateline or photo — but photos credited to the writer whose byline
// is printed after it, where such a byline may come) whose text is about the receiving article by
// the fragment bars go to it whole, each title a subheading: a feature's next sections, printed
// after the article its tail followed, which the walk read as articles. A bare section with no tail
// before it goes the same way to an earlier feature that already has sections and is still open
// (its last paragraph ends a sentence, no byline below it), the one it is most like, when it is
// about it; it may bring the byline printed below it when the feature names no writer, and the
// paragraphs ending the article just before it go too while each is closer to the feature than to
// that article's head (unless its byline, printed after them, signs them). So does one bare section
// — only one — right after a headless fragment that ends a sentence (the middle of a feature whose
// headline is on another page), when it has no sections or byline of its own (then it is a whole
// feature), unless its title is printed in its own subheadings' pattern (a label and a colon,
// "产业账：…" over "生态账：…"): then it is whole the fragment's sections, a slogan pair over it
// the page's banner; a numbered list under a title is never a section.
// Before all of that, a table's note printed away from it (a paragraph opening
// "注：" that ends an article after a block other than a table or list — a
// notice's signature lines, a paragraph — or is all a headless fragment holds,
// with no photo or byline) goes back to an earlier article ending on a table or
// list with no note yet, the one its text is most like (the nearest when none
// is), never one it is less like than the article it ends (its own note stays).
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

// Moves the body blocks of `from` from `first` on to the end of `to`, with
// their raw lines (Article::lines); with `join_first`, the first of them is
// appended to `to`'s last paragraph instead of becoming a block. The one way
// the importer moves text between articles (the segmenter uses it too).
void move_tail(Article& from, size_t first, Article& to, bool join_first = false);

// A paragraph that ends with a byline run into it after its last sentence
// ("…都舒服。”本报记者 汪志华") ends whole here too: text after it may be a tail
// or a continuation, and it is never itself taken along as one.
// A paragraph cut mid-sentence at the end of an article whose continuation
// the layout printed after other articles (a later article's paragraph
// after a finished one, or a headless fragment): the best later candidate is
// joined to it, with what follows it, when the cut splits a word or the four
// characters across it are printed whole elsewhere on the page (word_seam.h),
// or the text is about the cut article, its headline included (similarity ≥ 0.03 and
// ≥ 0.02 above its own article's head); the paragraphs between the finished
// end of what was wedged (a sentence's end, a list, a table) and that
// candidate go too while each is closer to the cut article than to the text
// it follows, or is a short piece (≤ 12 characters) that says nothing of
// either ("一直没能落地。", the cut sentence's end), or a longer one that says nothing of
// either after a paragraph (not after a table, whose note it is: "注：…"): the continuation is the
// first paragraph after the wedge, not the one most like the cut article. A fragment left empty
// disappears. A photo printed in the gap before the continuation goes with it as in
// relocate_continuations(). Both articles get a review note. Runs before
// relocate_continuations().
// First, an article whose text stops on a colon announcing what follows
// ("…发出如下倡议：") takes the first numbered run printed after another
// article's sentence ("一、…" after a wedged news item), with the rest of that
// article, when that article numbered nothing before it and the run is closer
// in topic to the announcing article than to the text it follows; a run
// announced by the text above it (a paragraph ending on a colon) stays.
void reconnect_cut_paragraphs(PageImport& page);

}  // namespace gazette::ingest
