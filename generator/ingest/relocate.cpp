#include "ingest/relocate.h"

#include <algorithm>
#include <optional>
#include <set>

#include "ingest/byline.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/review_messages.h"
#include "ingest/sentence.h"
#include "ingest/stack_cues.h"
#include "ingest/topic_similarity.h"
#include "ingest/word_seam.h"

namespace gazette::ingest {
namespace {

// Measured on the sample (the true case 0.22 vs 0.01, the closest false one
// 0.20 vs 0.07: ratio 2.9) and on generated pages (best candidate per
// article: 22 right, 3 wrong at these thresholds; at 0.15 and 4, 6 right).
constexpr double kMinSimilarity = 0.02;
constexpr double kMinRatio = 3.0;
// A whole fragment has no head to compare with: a stricter bar (0.08 until
// round six; 0.06 gains on tune seeds 1, 2 and 3 and loses nothing at 7,
// 0.04 starts merging fragments that are no continuation).
constexpr double kMinFragmentSimilarity = 0.06;
// Below that, a fragment three times as close to one article as to any other
// on the page is that article's (on a tune page 0.048 against 0.012: a
// one-paragraph fragment's words are few).
constexpr double kMinLoneFragmentSimilarity = 0.03;
constexpr double kFragmentRatio = 3.0;
// A cut paragraph's continuation printed after another article: taken when
// the last word goes on across the cut (word_seam.h), or when the text is
// about the cut article (measured on generated pages: the right continuation
// is the best candidate 28 times in 45 at these thresholds, the rest are
// cut paragraphs whose continuation is not on the page).
constexpr double kReconnectSimilarity = 0.03;
constexpr double kReconnectMargin = 0.02;

// The words of a block: a table's are its labels, the header and each row's
// first cell ("用户类别 … 居民用户 非居民用户"), so a note under it ("居民用户请于…
// 缴纳采暖费") reads as the table's.
std::string block_text(const BodyBlock& b) {
  std::string t = b.text;
  for (const auto& item : b.items) t += item;
  for (size_t r = 0; r < b.table.rows.size(); ++r)
    for (size_t c = 0; c < b.table.rows[r].size() && (r == 0 || c == 0); ++c)
      t += b.table.rows[r][c] + " ";
  return t;
}

class Space {
 public:
  explicit Space(const PageImport& page) : space_(documents(page)) {}

  TopicSpace::Vector vec(const std::vector<BodyBlock>& body, size_t begin, size_t end) const {
    std::vector<std::string> texts;
    for (size_t i = begin; i < end; ++i) texts.push_back(block_text(body[i]));
    return space_.vector_of(texts);
  }
  TopicSpace::Vector text(const std::string& t) const { return space_.vector_of({t}); }
  // An article's words: its headline's and its text's (blocks up to `end`).
  TopicSpace::Vector with_headline(const Article& a, size_t end) const {
    std::vector<std::string> texts;
    for (const std::string* h : {&a.kicker, &a.title, &a.subtitle})
      if (!h->empty()) texts.push_back(*h);
    for (size_t i = 0; i < end; ++i) texts.push_back(block_text(a.body[i]));
    return space_.vector_of(texts);
  }

 private:
  static std::vector<std::string> documents(const PageImport& page) {
    std::vector<std::string> docs;
    for (const auto& a : page.articles)
      for (const auto& b : a.body) docs.push_back(block_text(b));
    return docs;
  }
  TopicSpace space_;
};

double cosine(const TopicSpace::Vector& a, const TopicSpace::Vector& b) {
  return TopicSpace::cosine(a, b);
}

bool is_paragraph(const BodyBlock& b) { return b.kind == BodyBlock::Kind::kParagraph; }

// Whole text with no headline of its own is about an article it may go to
// when its similarity `to` it is kMinFragmentSimilarity, or less but still
// kMinLoneFragmentSimilarity and kFragmentRatio times its similarity to any
// other article on the page (`others`): the one article it is about.
bool fragment_about(double to, double others) {
  return to >= kMinFragmentSimilarity ||
         (to >= kMinLoneFragmentSimilarity && to >= kFragmentRatio * others);
}

// A paragraph ends whole: on a sentence's end, or on a byline run into it
// after one ("…都舒服。”本报记者 汪志华").
bool ends_whole(const BodyBlock& b) {
  if (!is_paragraph(b)) return false;
  const std::u32string s = to_u32(b.text);
  return ends_sentence(s) || split_trailing_byline(s).has_value();
}

// Block s follows a whole block: a paragraph that ends whole, a list or a
// table (or nothing).
bool follows_whole_block(const std::vector<BodyBlock>& body, size_t s) {
  if (s == 0) return true;
  const BodyBlock& b = body[s - 1];
  return b.kind == BodyBlock::Kind::kList || b.kind == BodyBlock::Kind::kTable || ends_whole(b);
}

// A tail may start at block s: everything from s on is paragraphs or
// subheadings (a feature's last sections), or lists after block s, the paragraph before ends whole
// (or the block before is the article's opening list) and block s is a
// subheading or a paragraph that does not start mid-sentence.
bool can_split(const std::vector<BodyBlock>& body, size_t s) {
  bool after_head_list = s == 1 && body[0].kind == BodyBlock::Kind::kList;
  if (!after_head_list && !ends_whole(body[s - 1])) return false;
  for (size_t i = s; i < body.size(); ++i)
    if (!is_paragraph(body[i]) && body[i].kind != BodyBlock::Kind::kSubheading &&
        !(i > s && body[i].kind == BodyBlock::Kind::kList))
      return false;
  return body[s].kind == BodyBlock::Kind::kSubheading || !starts_mid_sentence(to_u32(body[s].text));
}

// A byline (not a commentary's lone signature) on a raw line after the last
// body block and after every photo.
bool signed_at_end(const Article& a) {
  if (a.byline.empty() || a.signed_commentary || a.body.empty() || a.lines.empty()) return false;
  int last_body = 0, last_line = 0;
  for (int l : a.body.back().lines) last_body = std::max(last_body, l);
  for (int l : a.lines) last_line = std::max(last_line, l);
  for (const Photo& p : a.photos) last_body = std::max(last_body, p.line);
  return last_line > last_body;
}

// The writers an article names so far: its authors, its byline's and its
// dateline's ("本报讯（记者 郑国庆）…", split off later by finalize_article()).
std::vector<std::string> writers_of(const Article& a) {
  std::vector<std::string> out = a.authors;
  if (auto b = parse_byline(to_u32(a.byline)))
    out.insert(out.end(), b->authors.begin(), b->authors.end());
  if (!a.body.empty() && is_paragraph(a.body.front()))
    if (auto d = parse_dateline(to_u32(a.body.front().text)))
      out.insert(out.end(), d->authors.begin(), d->authors.end());
  return out;
}

// Text from block `s` on ends with a run-in byline naming none of `b`'s
// writers: it is signed by someone else, not `b`'s continuation.
bool signed_by_another(const std::vector<BodyBlock>& body, size_t s, const Article& b) {
  if (s >= body.size() || !is_paragraph(body.back())) return false;
  auto t = split_trailing_byline(to_u32(body.back().text));
  if (!t || t->byline.authors.empty()) return false;
  std::vector<std::string> own = writers_of(b);
  if (own.empty()) return false;
  for (const auto& w : t->byline.authors)
    if (std::find(own.begin(), own.end(), w) != own.end()) return false;
  return true;
}

int first_line_of(const std::vector<BodyBlock>& body, size_t from) {
  int first = 0;
  for (size_t i = from; i < body.size(); ++i)
    for (int l : body[i].lines) first = first == 0 ? l : std::min(first, l);
  return first;
}

// `a` was signed off by a byline printed after its last paragraph and
// before raw line `from`: text from there on is not its own.
bool signed_off_before(const Article& a, int from) {
  if (!signed_at_end(a)) return false;
  int last_line = 0;
  for (int l : a.lines) last_line = std::max(last_line, l);
  return last_line < from;
}

// Whether `b` may take text printed from raw line `from` on as its
// continuation: it ends a sentence and did not sign off before that text.
bool can_receive(const Article& b, int from) {
  if (b.headless || b.body.empty() || !is_paragraph(b.body.back()) ||
      !ends_sentence(to_u32(b.body.back().text)))
    return false;
  return !signed_off_before(b, from);
}

// The photo is credited to one of `writers` ("刘明远摄").
bool credited_to(const Photo& p, const std::vector<std::string>& writers) {
  return !p.by.empty() && std::find(writers.begin(), writers.end(), p.by) != writers.end();
}

// A photo of `fragment` is credited to one of `a`'s writers.
bool credits_a_writer(const Article& fragment, const Article& a) {
  const std::vector<std::string> writers = writers_of(a);
  return std::any_of(fragment.photos.begin(), fragment.photos.end(),
                     [&](const Photo& p) { return credited_to(p, writers); });
}

// The photos a whole fragment holds may go with it to article `to`: each is
// credited to one of its writers ("刘明远摄" under 本报讯（记者 刘明远）), or
// its caption is about it more than about any other article on the page.
bool photos_belong(const Space& space, const Article& fragment, const PageImport& page, size_t to) {
  const std::vector<std::string> writers = writers_of(page.articles[to]);
  for (const Photo& p : fragment.photos) {
    if (credited_to(p, writers)) continue;
    const auto caption = space.text(p.caption);
    double there = 0, other = 0;
    for (size_t i = 0; i < page.articles.size(); ++i) {
      const Article& b = page.articles[i];
      if (&b == &fragment) continue;
      const double c = cosine(caption, space.vec(b.body, 0, b.body.size()));
      if (i == to)
        there = c;
      else
        other = std::max(other, c);
    }
    if (there == 0 || there < other) return false;
  }
  return true;
}

}  // namespace

std::vector<TailMove> tail_candidates(const PageImport& page, bool all) {
  Space space(page);
  std::vector<TailMove> out;
  for (size_t ai = 0; ai < page.articles.size(); ++ai) {
    const Article& a = page.articles[ai];
    // A headless fragment of whole paragraphs (no byline) after a
    // finished article may be that article's last paragraphs as a whole; so
    // may one signed with a bare name, for an article that names no writer
    // (a commentary whose end the layout printed after another one), or by a
    // byline printed after its paragraphs (a feature's or a report's end:
    // "…甘秀云介绍，…。" / "本报记者 路晓晴").
    // (Its dateline, if any, is still in its first paragraph here.)
    const bool signed_fragment = (a.signed_commentary || signed_at_end(a)) && !a.body.empty() &&
                                 !parse_dateline(to_u32(a.body.front().text));
    if (a.headless && !a.body.empty() && (a.byline.empty() || signed_fragment) &&
        !starts_mid_sentence(to_u32(a.body.front().text)) &&
        std::all_of(a.body.begin(), a.body.end(), is_paragraph)) {
      TopicSpace::Vector tail = space.vec(a.body, 0, a.body.size());
      const int from = first_line_of(a.body, 0);
      std::vector<double> sim(page.articles.size(), 0.0);
      for (size_t bi = 0; bi < page.articles.size(); ++bi)
        if (bi != ai)
          sim[bi] =
              cosine(tail, space.vec(page.articles[bi].body, 0, page.articles[bi].body.size()));
      for (size_t bi = 0; bi < ai; ++bi) {
        const Article& b = page.articles[bi];
        if (!can_receive(b, from)) continue;
        if (signed_fragment && (!b.byline.empty() || !writers_of(b).empty())) continue;
        if (signed_by_another(a.body, 0, b)) continue;
        if (!photos_belong(space, a, page, bi)) continue;
        double to = sim[bi];
        double others = 0;
        for (size_t oi = 0; oi < ai; ++oi)
          if (oi != bi && !signed_off_before(page.articles[oi], from))
            others = std::max(others, sim[oi]);
        // A photo in it credited to one of the article's writers ("刘明远摄"
        // under 本报讯（记者 刘明远）) is evidence enough when the article is
        // closer than any other that could have it.
        const bool credited =
            credits_a_writer(a, b) && to >= kMinLoneFragmentSimilarity && to > others;
        if (all || fragment_about(to, others) || credited) out.push_back({ai, 0, bi, to, 0});
      }
      continue;
    }
    if (a.headless || a.body.size() < 2) continue;
    // Its byline printed after its last paragraph signs the text above it:
    // that text is its own, not an earlier article's continuation.
    if (signed_at_end(a)) continue;
    // A head of one paragraph is too noisy; a list is a whole (a table's
    // labels say little of its topic), and so is a paragraph opening with a
    // dateline (a brief: "本报讯（记者 裴雪）…").
    const bool whole_head = a.body[0].kind == BodyBlock::Kind::kList ||
                            (is_paragraph(a.body[0]) && parse_dateline(to_u32(a.body[0].text)));
    for (size_t s = 1; s < a.body.size(); ++s) {
      if ((s == 1 && !whole_head) || !can_split(a.body, s)) continue;
      TopicSpace::Vector tail = space.vec(a.body, s, a.body.size());
      double head = cosine(tail, space.with_headline(a, s));
      const int from = first_line_of(a.body, s);
      for (size_t bi = 0; bi < ai; ++bi) {
        const Article& b = page.articles[bi];
        if (!can_receive(b, from) || signed_by_another(a.body, s, b)) continue;
        double to = cosine(tail, space.with_headline(b, b.body.size()));
        if (all || (to >= kMinSimilarity && to >= kMinRatio * head))
          out.push_back({ai, s, bi, to, head});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const TailMove& x, const TailMove& y) {
    return x.to_similarity - x.head_similarity > y.to_similarity - y.head_similarity;
  });
  return out;
}

namespace {

// The last paragraph of `a` when it was cut mid-sentence (not a jump to
// another page, not a run-in byline such as "…。本报记者 王五").
const BodyBlock* cut_last_paragraph(const Article& a) {
  if (a.body.empty() || !is_paragraph(a.body.back())) return nullptr;
  std::u32string s = to_u32(a.body.back().text);
  if (ends_sentence(s) || jump_to(s) || split_trailing_byline(s)) return nullptr;
  return &a.body.back();
}

struct Continuation {
  size_t article = 0, block = 0;
  bool seam = false;
  double margin = -1;  // similarity to the cut article minus to its own head
};

}  // namespace

namespace {

// Photos `from` holds between the head it keeps and the tail starting at
// `first` (printed in the gap before the tail) go with the tail when their
// caption is closer in topic to `to` than to that head.
void move_gap_photos(const Space& space, Article& from, size_t first, Article& to) {
  int kept_end = 0, start = 0;
  for (size_t i = 0; i < first; ++i)
    for (int l : from.body[i].lines) kept_end = std::max(kept_end, l);
  for (int l : from.body[first].lines) start = start == 0 ? l : std::min(start, l);
  if (kept_end == 0 || start <= kept_end) return;
  TopicSpace::Vector head = space.vec(from.body, 0, first),
                     there = space.vec(to.body, 0, to.body.size());
  for (auto p = from.photos.begin(); p != from.photos.end();) {
    TopicSpace::Vector caption = space.text(p->caption);
    if (p->line <= kept_end || p->line >= start || p->caption.empty() ||
        cosine(caption, there) <= cosine(caption, head)) {
      ++p;
      continue;
    }
    // Its raw lines: from its own up to the next photo or the tail.
    int end = start;
    for (const Photo& q : from.photos)
      if (q.line > p->line && q.line < end) end = q.line;
    for (auto l = from.lines.begin(); l != from.lines.end();) {
      if (*l < p->line || *l >= end) {
        ++l;
        continue;
      }
      to.lines.push_back(*l);
      l = from.lines.erase(l);
    }
    to.photos.push_back(*p);
    p = from.photos.erase(p);
  }
}

}  // namespace

void move_tail(Article& from, size_t first, Article& to, bool join_first) {
  // The raw lines the moving text spans: a photo printed inside that span
  // (wedged in a paragraph or between two of its paragraphs) goes with it.
  int low = 0, high = 0;
  for (size_t i = first; i < from.body.size(); ++i)
    for (int l : from.body[i].lines) {
      low = low == 0 ? l : std::min(low, l);
      high = std::max(high, l);
    }
  std::set<int> kept;
  for (size_t i = 0; i < std::min(first, from.body.size()); ++i)
    kept.insert(from.body[i].lines.begin(), from.body[i].lines.end());
  auto inside = [&](int l) { return l > low && l < high && !kept.count(l); };
  for (auto p = from.photos.begin(); p != from.photos.end();) {
    if (!inside(p->line)) {
      ++p;
      continue;
    }
    to.photos.push_back(*p);
    p = from.photos.erase(p);
  }
  for (auto l = from.lines.begin(); l != from.lines.end();) {
    if (!inside(*l)) {
      ++l;
      continue;
    }
    to.lines.push_back(*l);
    l = from.lines.erase(l);
  }
  for (size_t i = first; i < from.body.size(); ++i) {
    BodyBlock& moving = from.body[i];
    to.lines.insert(to.lines.end(), moving.lines.begin(), moving.lines.end());
    for (int l : moving.lines)
      from.lines.erase(std::remove(from.lines.begin(), from.lines.end(), l), from.lines.end());
    if (i == first && join_first && !to.body.empty()) {
      to.body.back().text += moving.text;
      to.body.back().lines.insert(to.body.back().lines.end(), moving.lines.begin(),
                                  moving.lines.end());
    } else {
      to.body.push_back(std::move(moving));
    }
  }
  from.body.resize(std::min(first, from.body.size()));
}

namespace {

// Moves `b`'s blocks from `first` on to the end of `d` (the first joined to
// `d`'s last paragraph with `join_first`), with the photos printed in the gap
// before them, and notes it on both. True when `b` was a headless fragment
// and is left empty: the whole fragment was the continuation, its remaining
// lines (none printed) went too, and the caller drops it.
bool take_continuation(const Space& space, Article& b, size_t first, Article& d, bool join_first) {
  const int line = b.body[first].lines.empty() ? 0 : b.body[first].lines.front();
  if (first > 0) move_gap_photos(space, b, first, d);
  move_tail(b, first, d, join_first);
  d.notes.push_back({line, msg::reconnected(line)});
  if (b.body.empty() && b.headless && b.photos.empty() && b.byline.empty()) {
    d.lines.insert(d.lines.end(), b.lines.begin(), b.lines.end());
    return true;
  }
  b.notes.push_back({line, msg::moved_out(line, d.title)});
  return false;
}

// The block opens a numbered run at its first item: a list whose first item,
// or a paragraph that, starts with 一、 / 1. / （一） ….
bool opens_numbered_run(const BodyBlock& b) {
  std::u32string first;
  if (b.kind == BodyBlock::Kind::kList && !b.items.empty())
    first = to_u32(b.items.front());
  else if (is_paragraph(b))
    first = to_u32(b.text);
  auto e = parse_enumerator(first);
  return e && e->value == 1;
}

bool is_numbered(const BodyBlock& b) {
  return b.kind == BodyBlock::Kind::kList ||
         (is_paragraph(b) && parse_enumerator(to_u32(b.text)).has_value());
}

// An article whose text stops on a colon announcing what follows ("…发出如下
// 倡议：") takes the first numbered run printed after a later article's
// sentence ("一、…" under a news item wedged in the layout), with what
// follows it, when that article numbered nothing before and the run is
// about the announcing article rather than the text it follows.
void reconnect_announced_items(PageImport& page, const Space& space) {
  for (size_t di = 0; di < page.articles.size(); ++di) {
    Article& d = page.articles[di];
    if (d.body.empty() || !is_paragraph(d.body.back())) continue;
    const std::u32string last = to_u32(d.body.back().text);
    const std::u32string_view end = trim(last);
    if (end.empty() || end.back() != U'：') continue;
    for (size_t bi = di + 1; bi < page.articles.size(); ++bi) {
      Article& b = page.articles[bi];
      size_t s = b.headless ? 0 : 1;
      while (s < b.body.size() && !is_numbered(b.body[s])) ++s;
      if (s >= b.body.size()) continue;
      if (!opens_numbered_run(b.body[s])) break;
      if (s > 0) {
        if (!is_paragraph(b.body[s - 1])) break;
        const std::u32string text = to_u32(b.body[s - 1].text);
        const std::u32string_view before = trim(text);
        if (before.empty() || !ends_sentence(before) || before.back() == U'：') break;
      }
      TopicSpace::Vector tail = space.vec(b.body, s, b.body.size());
      if (s > 0 && cosine(tail, space.vec(d.body, 0, d.body.size())) <=
                       cosine(tail, space.vec(b.body, 0, s)))
        break;
      if (take_continuation(space, b, s, d, /*join_first=*/false))
        page.articles.erase(page.articles.begin() + static_cast<long>(bi));
      break;
    }
  }
}

// A block that ends a table's or a list's text: the table or list itself, or
// a note under it ("注：…").
bool is_table_end(const BodyBlock& b) {
  return b.kind == BodyBlock::Kind::kTable || b.kind == BodyBlock::Kind::kList;
}

bool is_note(const BodyBlock& b) { return is_paragraph(b) && opens_note(to_u32(b.text)); }

// A note printed away from its table: the last block of an article, a
// paragraph opening with a note label ("注：表中价格为…", heading.h opens_note)
// that is all a headless fragment holds (no photo, no byline) or follows a
// block other than a table or list (a notice's signature lines, a paragraph),
// goes to an earlier article on the page that ends on a table or list with no
// note of its own — the one its text is most like, the nearest when none is,
// and never one it is less like than the article it ends (whose own note it
// may be).
void reattach_notes(PageImport& page, const Space& space) {
  for (size_t ai = 1; ai < page.articles.size(); ++ai) {
    Article& a = page.articles[ai];
    if (a.body.empty() || !is_note(a.body.back())) continue;
    const size_t s = a.body.size() - 1;
    // A fragment of the note alone (nothing else of it: no photo, no
    // byline), or a note after another kind of block (a notice's signature
    // lines, another article's paragraph).
    if (s == 0 ? !a.headless || !a.photos.empty() || !a.byline.empty()
               : is_table_end(a.body[s - 1]) || is_note(a.body[s - 1]))
      continue;
    const auto note = space.vec(a.body, s, s + 1);
    std::optional<size_t> to;
    // (Never to a table it says less of than of its own article: a notice's
    // own note stays.)
    double best = s == 0 ? 0 : cosine(note, space.with_headline(a, s));
    for (size_t bi = 0; bi < ai; ++bi) {
      const Article& b = page.articles[bi];
      if (b.body.empty() || !is_table_end(b.body.back()) ||
          std::any_of(b.body.begin(), b.body.end(), is_note))
        continue;
      const double c = cosine(note, space.vec(b.body, 0, b.body.size()));
      if (c >= best) best = c, to = bi;
    }
    if (!to) continue;
    Article& d = page.articles[*to];
    const int line = a.body[s].lines.empty() ? a.first_line : a.body[s].lines.front();
    move_tail(a, s, d);
    d.notes.push_back({line, msg::moved_in(line, a.title.empty() ? "无标题片段" : a.title)});
    if (a.body.empty()) {  // a fragment of the note alone: nothing is left
      d.lines.insert(d.lines.end(), a.lines.begin(), a.lines.end());
      page.articles.erase(page.articles.begin() + static_cast<long>(ai--));
    } else {
      a.notes.push_back({line, msg::moved_out(line, d.title)});
    }
  }
}

}  // namespace

void reconnect_cut_paragraphs(PageImport& page) {
  Space space(page);
  reconnect_announced_items(page, space);
  std::u32string page_text;  // every block, one per line (word_seam.h seam_recurs)
  for (const auto& a : page.articles)
    for (const auto& b : a.body) page_text += to_u32(block_text(b)) + U'\n';
  std::vector<bool> emptied(page.articles.size(), false);
  for (size_t di = 0; di < page.articles.size(); ++di) {
    Article& d = page.articles[di];
    const BodyBlock* cut = emptied[di] ? nullptr : cut_last_paragraph(d);
    if (!cut) continue;
    std::u32string end = to_u32(cut->text);
    TopicSpace::Vector dv = space.with_headline(d, d.body.size());
    std::optional<Continuation> best;
    for (size_t bi = di + 1; bi < page.articles.size(); ++bi) {
      const Article& b = page.articles[bi];
      for (size_t s = b.headless ? 0 : 1; s < b.body.size(); ++s) {
        if (!is_paragraph(b.body[s])) continue;
        if (!follows_whole_block(b.body, s)) continue;
        if (parse_dateline(to_u32(b.body[s].text))) continue;
        TopicSpace::Vector tail = space.vec(b.body, s, b.body.size());
        double head = s > 0 ? cosine(tail, space.with_headline(b, s)) : 0.0;
        double to = cosine(tail, dv);
        std::u32string first = to_u32(b.body[s].text);
        Continuation c{bi, s, cuts_inside(end, first) || seam_recurs(end, first, page_text, true),
                       to - head};
        bool better =
            !best || c.seam > best->seam || (c.seam == best->seam && c.margin > best->margin);
        if (better && (c.seam || (to >= kReconnectSimilarity && c.margin >= kReconnectMargin)))
          best = c;
      }
    }
    if (!best) continue;
    Article& b = page.articles[best->article];
    // Topic picked a later paragraph: the ones between it and the finished
    // end of the wedged article go too when they are about the cut article
    // rather than the article they follow (the continuation is the first
    // paragraph after the wedge, not the most typical one).
    if (!best->seam)
      while (best->block > (b.headless ? 0u : 1u)) {
        size_t s = best->block - 1;
        if (!is_paragraph(b.body[s]) || parse_dateline(to_u32(b.body[s].text))) break;
        // A paragraph signed by a run-in byline ends the article it is in.
        if (split_trailing_byline(to_u32(b.body[s].text))) break;
        if (!follows_whole_block(b.body, s)) break;
        TopicSpace::Vector one = space.vec(b.body, s, s + 1);
        const double to_cut = cosine(one, dv), to_own = cosine(one, space.with_headline(b, s));
        // A short piece that says nothing of either ("一直没能落地。") is the
        // cut sentence's end, printed first after the wedge.
        // So is a longer one after a paragraph of the wedged article's own
        // ("下雨天积水严重，…" after "…路面坑洼不平，" and a wedged news item);
        // after a table it is the table's note ("注：…").
        const bool bare_end =
            to_cut == 0 && to_own == 0 &&
            (letter_count(to_u32(b.body[s].text)) <= 12 || (s > 0 && is_paragraph(b.body[s - 1])));
        if (to_cut <= to_own && !bare_end) break;
        best->block = s;
      }
    if (take_continuation(space, b, best->block, d, /*join_first=*/true))
      emptied[best->article] = true;
  }
  for (size_t i = page.articles.size(); i-- > 0;)
    if (emptied[i]) page.articles.erase(page.articles.begin() + static_cast<long>(i));
}

namespace {

bool has_subheading(const Article& a) {
  return std::any_of(a.body.begin(), a.body.end(),
                     [](const BodyBlock& b) { return b.kind == BodyBlock::Kind::kSubheading; });
}

// A headless fragment still open: its last paragraph ends a sentence and no
// byline signs it (a feature's middle, its headline on another page).
bool is_open_fragment(const Article& f) {
  return f.headless && f.byline.empty() && !f.body.empty() && is_paragraph(f.body.back()) &&
         ends_sentence(to_u32(f.body.back().text));
}

// The title is printed in the pattern of one of the article's subheadings: a
// label and a colon, the label ending on the same character at about the same
// place ("产业账：…" / "生态账：…").
bool titles_its_sections(const Article& a) {
  auto label_end = [](const std::string& text) -> std::optional<std::pair<size_t, char32_t>> {
    const std::u32string t = to_u32(text);
    const size_t colon = t.find_first_of(U"：:");
    if (colon == std::u32string::npos || colon < 2 || colon > 6 || colon + 2 >= t.size())
      return std::nullopt;
    return std::make_pair(colon, t[colon - 1]);
  };
  const auto title = label_end(a.title);
  if (!title) return false;
  return std::any_of(a.body.begin(), a.body.end(), [&](const BodyBlock& b) {
    if (b.kind != BodyBlock::Kind::kSubheading) return false;
    const auto sub = label_end(b.text);
    return sub && sub->second == title->second &&
           (sub->first > title->first ? sub->first - title->first : title->first - sub->first) <= 1;
  });
}

// Where text moving from `from` (from block `first` on) to article `to` starts:
// right after the wedge, not where it is most like `to` — the blocks before
// `first` go too while each is closer to `to` than to the head it follows,
// leaving a head of at least two blocks (one when it opens with a dateline: a brief).
size_t extend_back(const Space& space, const Article& from, size_t first, const Article& to) {
  const auto to_vec = space.vec(to.body, 0, to.body.size());
  // (A head of one paragraph only when it opens with a dateline: a brief.)
  const size_t least = parse_dateline(to_u32(from.body.front().text)) ? 1 : 2;
  while (first > least && can_split(from.body, first - 1)) {
    const auto one = space.vec(from.body, first - 1, first);
    if (cosine(one, to_vec) <= cosine(one, space.vec(from.body, 0, first - 1))) break;
    --first;
  }
  return first;
}

// An article that is only a short title over paragraphs (and subheadings): no kicker,
// subtitle, dateline, photo or writer (with `signed_end`, a byline printed after its
// last paragraph is allowed, and photos that byline's writer took), a title of at most 13
// characters, not marked "## …", that is no notice's and no numbered list under it — the shape of a
// feature's section heading read as a title.
bool bare_section(const Article& a, bool signed_end = false) {
  if (a.headless || a.body.empty() || !a.kicker.empty() || !a.subtitle.empty() ||
      a.signed_commentary || a.title_marked)
    return false;
  if ((!a.byline.empty() || !a.authors.empty()) && !(signed_end && signed_at_end(a))) return false;
  // Photos only when each is credited to the writer whose byline signs it
  // ("辛晓彤摄" over "本报记者 辛晓彤"): the feature's photos and its signature.
  if (!a.photos.empty() &&
      (a.authors.empty() || !std::all_of(a.photos.begin(), a.photos.end(), [&](const Photo& p) {
         return credited_to(p, a.authors);
       })))
    return false;
  const std::u32string title = to_u32(a.title);
  if (title.empty() || letter_count(title) > 13 || is_notice_title(title)) return false;
  // (It may have taken the feature's later sections as its own.)
  for (const BodyBlock& b : a.body)
    if (!is_paragraph(b) && b.kind != BodyBlock::Kind::kSubheading) return false;
  // Numbered items under a title are a list of its own (暑期防溺水安全提示 /
  // 1.不私自下水游泳。), not a feature's section.
  return is_paragraph(a.body.front()) && !parse_dateline(to_u32(a.body.front().text)) &&
         !starts_mid_sentence(to_u32(a.body.front().text)) &&
         !parse_enumerator(to_u32(a.body.front().text));
}

}  // namespace

void relocate_continuations(PageImport& page) {
  const Space space(page);  // (blocks only move: the space holds)
  reattach_notes(page, space);
  std::set<size_t> moved;
  std::vector<size_t> emptied;
  std::vector<std::pair<size_t, size_t>> taken;  // {from, to} of each tail moved
  std::set<size_t> gave, received;               // articles that gave or took a tail
  for (const TailMove& m : tail_candidates(page)) {
    // Each article gives or takes one tail; whole fragments may join one that
    // has taken already (its end printed in two places), but not one that gave.
    const bool whole_fragment = page.articles[m.from].headless && m.first_block == 0;
    if (moved.count(m.from) ||
        (moved.count(m.to) && !(whole_fragment && received.count(m.to) && !gave.count(m.to))))
      continue;
    // A signed fragment only to an article still signed by no one (another
    // fragment may have brought a signature since): its byline is never lost.
    if (whole_fragment && !page.articles[m.from].byline.empty() &&
        (!page.articles[m.to].byline.empty() || !writers_of(page.articles[m.to]).empty()))
      continue;
    Article& from = page.articles[m.from];
    Article& to = page.articles[m.to];
    // The tail starts right after the wedge, not where its text is most like
    // the article it goes to: the blocks before that start go too while each
    // is closer to that article than to the head it follows.
    size_t first = m.first_block;
    if (first > 0 && !from.headless) first = extend_back(space, from, first, to);
    int line = from.body[first].lines.empty() ? from.first_line : from.body[first].lines.front();
    if (first > 0) move_gap_photos(space, from, first, to);
    move_tail(from, first, to);
    to.notes.push_back({line, msg::moved_in(line, from.title.empty() ? "无标题片段" : from.title)});
    moved.insert(m.from);
    moved.insert(m.to);
    gave.insert(m.from);
    received.insert(m.to);
    if (from.body.empty()) {  // a whole fragment: nothing of it is left
      to.lines.insert(to.lines.end(), from.lines.begin(), from.lines.end());
      from.lines.clear();
      to.photos.insert(to.photos.end(), from.photos.begin(), from.photos.end());
      from.photos.clear();
      // Its signature signs the whole text (the article named no writer).
      if (!from.byline.empty()) {
        to.byline = from.byline;
        to.authors = from.authors;
        to.signed_commentary = from.signed_commentary;
      }
      emptied.push_back(m.from);
    } else {
      from.notes.push_back({line, msg::moved_out(line, to.title)});
      taken.emplace_back(m.from, m.to);
    }
  }
  auto similarity_to = [&](const TopicSpace::Vector& v, size_t i) {
    return cosine(v, space.vec(page.articles[i].body, 0, page.articles[i].body.size()));
  };
  // Moves the bare section `k` to the end of article `to` whole, its title a
  // subheading, when its text is about that article (fragment_about). With
  // `signed_end`, its byline printed after its last paragraph may come too,
  // when `to` names no writer: the feature's signature.
  auto take_section = [&](size_t to, size_t k, bool signed_end) {
    Article& f = page.articles[to];
    Article& a = page.articles[k];
    if (moved.count(k) || !bare_section(a, signed_end && writers_of(f).empty())) return false;
    const auto v = space.vec(a.body, 0, a.body.size());
    double other = 0;
    for (size_t o = 0; o < page.articles.size(); ++o)
      if (o != k && o != to) other = std::max(other, similarity_to(v, o));
    if (!fragment_about(similarity_to(v, to), other)) return false;
    BodyBlock heading;
    heading.kind = BodyBlock::Kind::kSubheading;
    heading.text = a.title;
    heading.lines = {a.first_line};
    f.body.push_back(std::move(heading));
    f.notes.push_back({a.first_line, msg::unmarked_subheading(a.title)});
    move_tail(a, 0, f);
    f.lines.insert(f.lines.end(), a.lines.begin(), a.lines.end());
    a.lines.clear();
    if (!a.byline.empty()) {
      f.byline = a.byline;
      f.authors = a.authors;
    }
    f.photos.insert(f.photos.end(), a.photos.begin(), a.photos.end());
    a.photos.clear();
    moved.insert(k);
    emptied.push_back(k);
    return true;
  };
  // The feature's next sections: it was still open under the article its
  // tail followed, so each of its section headings after that tail started
  // an article of its own (一家人的约定 / 把书香传给邻居). Such a bare section
  // right after the tail, about the feature, goes to it whole; then the next one.
  for (const auto& [from, to] : taken) {
    if (page.articles[to].headless || to > from) continue;
    for (size_t k = from + 1; k < page.articles.size() && take_section(to, k, false); ++k) {
    }
  }
  // A feature's middle whose headline is on another page (an open headless
  // fragment), then its sections, the first read as a title: a title printed
  // in the pattern of the article's own subheadings ("产业账：一棵杏树结出“金果果”"
  // over "生态账：…", "民生账：…") is one of them, and a slogan pair over it the
  // page's banner. The article goes to the fragment whole, when about it.
  for (size_t k = 1; k < page.articles.size(); ++k) {
    Article& a = page.articles[k];
    const Article& f = page.articles[k - 1];
    if (moved.count(k) || moved.count(k - 1) || !is_open_fragment(f) || !titles_its_sections(a) ||
        (!a.kicker.empty() && !is_slogan_pair(to_u32(a.kicker))))
      continue;
    std::string kicker = std::move(a.kicker);
    a.kicker.clear();
    if (take_section(k - 1, k, false)) {
      if (!kicker.empty()) page.banners.push_back(kicker);
    } else {
      a.kicker = std::move(kicker);
    }
  }
  // A sectioned feature still open (its last paragraph ends a sentence, no
  // byline below it) whose next section the layout printed after other
  // articles with no tail before it: a bare section about it, and the ones
  // right after it, go back to it; the last may bring the feature's byline.
  // The paragraphs ending the article just before the section go too while
  // each is closer to the feature than to that article's head (the section's
  // text began there).
  for (size_t k = 1; k < page.articles.size(); ++k) {
    if (moved.count(k) || !bare_section(page.articles[k], true)) continue;
    const int from = page.articles[k].first_line;
    const auto v = space.vec(page.articles[k].body, 0, page.articles[k].body.size());
    std::optional<size_t> to;
    for (size_t bi = 0; bi < k; ++bi) {
      const Article& b = page.articles[bi];
      // A headless fragment right above it (a feature's middle, its headline
      // on another page) is open the same way: its last paragraph ends a
      // sentence and no byline signs it.
      const bool open_fragment = bi + 1 == k && is_open_fragment(b);
      if (moved.count(bi) ||
          (!open_fragment && (b.headless || !can_receive(b, from) || !has_subheading(b))))
        continue;
      if (!to || similarity_to(v, bi) > similarity_to(v, *to)) to = bi;
    }
    if (!to) continue;
    Article& before = page.articles[k - 1];
    size_t first = before.body.size();
    // (Not when its byline signs those paragraphs.)
    if (*to + 1 < k && !moved.count(k - 1) && !before.headless && !signed_at_end(before))
      first = extend_back(space, before, first, page.articles[*to]);
    const size_t receiver = *to;
    const size_t section_start = page.articles[receiver].body.size();
    // Under a fragment only one plain section: one with sections or a
    // byline of its own is a whole feature.
    const bool under_fragment = page.articles[receiver].headless;
    if (under_fragment && (!page.articles[k].byline.empty() || has_subheading(page.articles[k])))
      continue;
    if (!take_section(receiver, k, !under_fragment)) continue;
    if (first < before.body.size()) {
      // Those paragraphs come before the section moved: put them in front of it.
      Article& f = page.articles[receiver];
      const int line =
          before.body[first].lines.empty() ? before.first_line : before.body[first].lines.front();
      std::vector<BodyBlock> section(
          std::make_move_iterator(f.body.begin() + static_cast<long>(section_start)),
          std::make_move_iterator(f.body.end()));
      f.body.resize(section_start);
      move_tail(before, first, f);
      for (auto& b : section) f.body.push_back(std::move(b));
      before.notes.push_back({line, msg::moved_out(line, f.title)});
    }
    // The feature's next sections follow, until one brings its byline.
    if (!under_fragment)
      for (size_t n = k + 1; n < page.articles.size() && page.articles[n - 1].byline.empty() &&
                             take_section(receiver, n, true);
           ++n) {
      }
  }
  std::sort(emptied.rbegin(), emptied.rend());
  for (size_t i : emptied) page.articles.erase(page.articles.begin() + static_cast<long>(i));
}

}  // namespace gazette::ingest
