#include "ingest/segmenter.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/draft.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/headline_stack.h"
#include "ingest/names.h"
#include "ingest/relocate.h"
#include "ingest/review_messages.h"
#include "ingest/sentence.h"
#include "ingest/series.h"
#include "ingest/stack_cues.h"
#include "ingest/topic_similarity.h"
#include "ingest/word_seam.h"

namespace gazette::ingest {
namespace {

using Kind = Unit::Kind;
using Run = std::vector<const Unit*>;

constexpr double kSubheadingSimilarity = 0.06;
// A label-shaped line (a slogan pair, five characters, a page name) between
// paragraphs on one topic is a banner at least this similar; so is a line of
// up to 13 characters a subheading in an article headed by a bare title (no
// kicker, subtitle or byline: it may itself be a feature's section that a
// break cut loose, whose next subheading this is).
constexpr double kShortSubheadingSimilarity = 0.015;
// A line of up to 13 characters is the next subheading of an article with a
// fuller head from this on. Measured on half 0 of the tune set (600 pages),
// of the lines taken as subheadings between 0.015 and 0.03, 12 were the next
// article's title and 2 subheadings (none of these above 0.025, 3 titles).
constexpr double kShortLineSubheadingSimilarity = 0.025;
// A cut paragraph's continuation after a wedged line shares its topic; a new
// article after a cut paragraph (whose own continuation is elsewhere) does not.
// 0.10 since names and terms repeated through one article keep their weight
// (topic_similarity.h): similarities rose, and a new article on a nearby topic
// sharing a common word reached the old 0.06.
constexpr double kWedgeSimilarity = 0.10;
constexpr double kPieceSimilarity = 0.10;
// A headline is echoed by the text under it (topic_similarity.h echo_share).
constexpr double kMaxPieceEcho = 0.3;
// A label-shaped line between whole paragraphs is the next article's title
// when the text under it repeats this share of its words, and this much more
// than the article above it does.
constexpr double kTitleEcho = 0.2;
constexpr double kTitleEchoLead = 0.2;
// A slogan pair inside a feature whose words the feature repeats is its
// subheading ("党建引领 资源融合" in a text on 党建引领 and 资源), not a banner.
constexpr double kSubheadingEcho = 0.5;
// A paragraph after a wedged article rejoins the open one on a word seam only
// when its topic is clearly closer to that article.
constexpr double kRejoinMargin = 0.02;
// A byline after an article signed at its top signs a feature printed after
// it, whose title was read as a section heading, when the text from that
// heading on is this far or further from the text before it.
constexpr double kSignedFeatureSimilarity = 0.05;
// How many units below a numbered line the next item is looked for (its
// continuation, a banner or photo in the break, then the item).
constexpr size_t kRunInItemReach = 4;

// The longest line of a signature block (an issuer, a date, a hotline).
constexpr size_t kMaxSignatureLine = 25;

bool has_inner_space(std::u32string_view s) { return without_spaces(s).size() != trim(s).size(); }

// A label's shape: a slogan pair, at most five characters, a page name. A
// subtitle explains its title at more length.
bool banner_shaped(std::u32string_view s) {
  return is_slogan_pair(s) || letter_count(s) <= 5 || is_page_name_like(s);
}

std::string joined(const std::vector<std::string>& texts) {
  std::string out;
  for (const auto& t : texts) out += t + "\n";
  return out;
}

bool has_dateline(const Unit& u) { return parse_dateline(to_u32(u.text)).has_value(); }

// Ornament lines (—————, ※※※) never continue a sentence; the closing marks
// a column break left alone ("”。") do.
bool has_letters(std::u32string_view s) {
  bool closing_only = !trim(s).empty();
  for (char32_t c : s) {
    if (is_han(c) || is_ascii_alnum(c)) return true;
    closing_only = closing_only && (is_space(c) || is_closing(c) || is_terminal(c));
  }
  return closing_only;
}

std::vector<std::string> paragraph_texts(const std::vector<Unit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units)
    if (u.kind == Unit::Kind::kParagraph) out.push_back(u.text);
  return out;
}

// A line that stops where no headline stops: on a comma or a digit.
bool ends_unfinished(std::u32string_view s) {
  s = trim(s);
  return letter_count(s) >= 4 && (is_clause_mark(s.back()) || is_ascii_digit(s.back()));
}

bool is_headline_unit(const Unit& u) { return u.kind == Kind::kHeading || u.kind == Kind::kShort; }

// A line that reads as a sentence's start the break cut: a clause set off by a
// comma or a speaker's colon (outside quotes; not a place's) before a longer, unfinished
// rest ("退休后，苗振华每天雷打不", "王晓帆：我们村种谷子有几") — not a slogan's two
// matching halves ("奋进新征程，建功新时代").
bool reads_as_cut_text(std::u32string_view s) {
  s = trim(s);
  if (letter_count(s) < 8 || ends_sentence(s) || has_inner_space(s)) return false;
  const size_t i = find_outside_brackets(s, U"，：");
  if (i == std::u32string_view::npos || i < 2) return false;
  // A place before the colon is a kicker's, not a speaker's ("北关街道：…").
  if (s[i] == U'：' && opens_with_place(s)) return false;
  return letter_count(s.substr(i + 1)) > letter_count(s.substr(0, i)) + 2;
}

// An unmarked line on a marked page, between paragraphs, that reads as the
// start of a sentence: it does not end one and has no banner's shape (a
// slogan pair, a page name, parts set apart by spaces).
bool is_cut_first_piece(std::u32string_view s) {
  return !ends_sentence(s) && !is_slogan_pair(s) && !is_page_name_like(s) && !has_inner_space(s);
}

// A short label: at most 13 characters, no sentence ended, no banner's shape.
// A feature's subheading right above the first piece of a cut paragraph:
// a short label, then a line at least twice as long that reads as a
// sentence's start.
bool is_short_label(std::u32string_view line) {
  return letter_count(line) <= 13 && is_cut_first_piece(line);
}

bool is_subheading_before_piece(std::u32string_view line, std::u32string_view piece) {
  return is_short_label(line) && is_cut_first_piece(piece) &&
         letter_count(piece) >= 2 * letter_count(line);
}

class Segmenter {
 public:
  Segmenter(const std::vector<Unit>& units, std::string file, const SegmentOptions& options)
      : u_(units), file_(std::move(file)), opt_(options), topics_(paragraph_texts(units)) {
    for (const auto& u : u_) {
      marked_page_ = marked_page_ || (u.kind == Kind::kHeading && u.level <= 2);
      page_text_ += to_u32(u.text) + U"\n";
      for (const auto& r : u.rows) page_text_ += to_u32(r) + U"\n";
    }
  }

  PageImport run() {
    page_.source_file = file_;
    size_t i = 0;
    while (i < u_.size()) {
      if (is_body_unit(u_[i])) {
        place_body(i++);
        continue;
      }
      size_t j = i;
      while (j < u_.size() && !is_body_unit(u_[j])) ++j;
      resolve_run(i, j);
      i = j;
    }
    if (!pending_photos_.empty()) {
      Draft& d =
          cur() ? *cur() : start_article(pending_photos_.front().line, true, msg::no_title());
      for (auto& p : pending_photos_) d.a.photos.push_back(p);
      pending_photos_.clear();
    }
    restore_wedged_sections();
    for (auto& d : drafts_) page_.articles.push_back(std::move(d.a));
    return std::move(page_);
  }

 private:
  // A short line the walk moved to the page's banners from between two whole
  // paragraphs of an article (take_subheading_line: it stood off the text's
  // words). An article's sections come in series and a page's banners seldom
  // twice in one article's text: where the article has another section (one
  // already taken, or a second such line), each is its section after all, in
  // place ("告别矿井" before the feature's "重新当“学生”").
  struct WedgedSection {
    size_t draft;
    const Unit* unit;
    int next_line;  // the first raw line of the paragraph under it
  };
  std::vector<WedgedSection> wedged_sections_;

  void restore_wedged_sections() {
    for (size_t d = 0; d < drafts_.size(); ++d) {
      Article& a = drafts_[d].a;
      size_t candidates = 0;
      for (const auto& w : wedged_sections_) candidates += w.draft == d;
      if (candidates == 0) continue;
      size_t sections =
          static_cast<size_t>(std::count_if(a.body.begin(), a.body.end(), [](const BodyBlock& b) {
            return b.kind == BodyBlock::Kind::kSubheading;
          }));
      if (candidates + sections < 2) continue;
      for (const auto& w : wedged_sections_) {
        if (w.draft != d) continue;
        auto at = std::find_if(a.body.begin(), a.body.end(), [&](const BodyBlock& b) {
          return b.kind == BodyBlock::Kind::kParagraph && !b.lines.empty() &&
                 b.lines.front() == w.next_line;
        });
        auto banner = std::find(page_.banners.begin(), page_.banners.end(), w.unit->text);
        if (at == a.body.begin() || at == a.body.end() || banner == page_.banners.end() ||
            std::prev(at)->kind != BodyBlock::Kind::kParagraph)
          continue;
        BodyBlock b;
        b.kind = BodyBlock::Kind::kSubheading;
        b.text = w.unit->text;
        b.lines = w.unit->lines;
        a.body.insert(at, std::move(b));
        a.lines.insert(a.lines.end(), w.unit->lines.begin(), w.unit->lines.end());
        page_.banners.erase(banner);
        const std::string moved = msg::wedged_banner(w.unit->text, w.unit->line);
        for (auto& n : a.notes)
          if (n.line == w.unit->line && n.message == moved)
            n.message = msg::unmarked_subheading(w.unit->text);
      }
    }
  }

  Draft* cur() { return cur_ < 0 ? nullptr : &drafts_[static_cast<size_t>(cur_)]; }

  Draft& start_article(int line, bool headless, const std::string& note) {
    drafts_.emplace_back();
    Draft& d = drafts_.back();
    d.a.first_line = line;
    d.a.headless = headless;
    d.a.source_file = file_;
    if (!note.empty()) d.a.notes.push_back({line, note});
    for (auto& p : pending_photos_) d.a.photos.push_back(p);
    d.a.lines.insert(d.a.lines.end(), pending_lines_.begin(), pending_lines_.end());
    pending_photos_.clear();
    pending_lines_.clear();
    cur_ = static_cast<int>(drafts_.size()) - 1;
    return d;
  }

  void add_banner(const std::string& text, int line) {
    page_.banners.push_back(text);
    if (!opt_.page_name || text != *opt_.page_name)
      page_.notes.push_back({line, msg::banner(text)});
  }

  Draft* find_dangling_before() {
    for (int k = cur_ - 1; k >= 0; --k)
      if (drafts_[static_cast<size_t>(k)].dangles()) return &drafts_[static_cast<size_t>(k)];
    return nullptr;
  }

  // The number of an article's last block when it is a numbered item (a
  // numbered paragraph, or a list's last item).
  static std::optional<Enumerator> last_item(const Draft& d) {
    if (d.a.body.empty()) return std::nullopt;
    const BodyBlock& b = d.a.body.back();
    if (b.kind == BodyBlock::Kind::kParagraph) return parse_enumerator(to_u32(b.text));
    if (b.kind == BodyBlock::Kind::kList && !b.items.empty())
      return parse_enumerator(to_u32(b.items.back()));
    return std::nullopt;
  }

  // "三、管制措施：…" after a whole other article: the earlier article whose
  // last block is item 二 in the same style, when the current one's is not.
  Draft* find_list_before(std::u32string_view s) {
    auto e = parse_enumerator(s);
    if (!e || e->value < 2) return nullptr;
    auto follows = [&](const Draft& d) {
      auto l = last_item(d);
      return l && l->style == e->style && l->value + 1 == e->value;
    };
    if (cur_ < 0 || follows(drafts_[static_cast<size_t>(cur_)])) return nullptr;
    for (int k = cur_ - 1; k >= 0; --k)
      if (follows(drafts_[static_cast<size_t>(k)])) return &drafts_[static_cast<size_t>(k)];
    return nullptr;
  }

  // A short sentence after a photo placeholder, inside a dangling paragraph
  // whose continuation follows: a caption printed without a credit.
  // With `before_dateline`: a caption between a headline and the dateline.
  bool is_uncredited_caption(size_t i, bool before_dateline) const {
    const Unit& u = u_[i];
    std::u32string s = to_u32(u.text);
    // Under a headline, before the dateline, nothing but a caption can stand;
    // inside a paragraph only the photo placeholder (a blank-line run) tells.
    if ((!before_dateline && u.gap_before < 2) || s.size() > 60 || !ends_sentence(s) ||
        i + 1 >= u_.size() || has_dateline(u))
      return false;
    const Unit& next = u_[i + 1];
    return next.kind == Kind::kParagraph && has_dateline(next) == before_dateline &&
           next.gap_before <= 1;
  }

  void add_uncredited_caption(Draft& d, const Unit& u) {
    d.add_photo({u.text, "", "", u.line}, u);
    d.note(u.line, msg::uncredited_caption(u.text));
  }

  void place_body(size_t i) {
    const Unit& u = u_[i];
    Draft* c = cur();
    if (u.kind != Kind::kParagraph) {
      if (!c || c->closed) c = &start_article(u.line, true, msg::no_title());
      c->add_block(u);
      // A notice's issuer lines and date end it.
      if (u.kind == Kind::kLines) c->closed = true;
      return;
    }
    std::u32string s = to_u32(u.text);
    bool dateline = has_dateline(u);
    auto from = jump_from(s);
    bool mid = starts_mid_sentence(s);
    if (c && mid && !dateline && !from && c->a.body.size() >= 2 &&
        c->reopen_subheading(msg::unmarked_subheading(c->a.body.back().text))) {
      c->join(u);
      return;
    }
    if (c && c->dangles()) {
      if (is_uncredited_caption(i, false)) {
        add_uncredited_caption(*c, u);
        return;
      }
      if (!dateline && !from && !parse_enumerator(s) && !starts_with_speaker(s) && has_letters(s)) {
        c->join(u);
        return;
      }
    }
    // An answer ("答：…") after an article that asks nothing: the next turn
    // of an interview printed before it, whose last block is a question.
    if (opens_answer(s) && !dateline && (!c || c->closed || !asks_questions(*c))) {
      for (int k = cur_ - 1; k >= 0; --k) {
        Draft& d = drafts_[static_cast<size_t>(k)];
        if (d.closed || d.a.body.empty() || d.a.body.back().kind != BodyBlock::Kind::kParagraph)
          continue;
        const std::u32string q = to_u32(d.a.body.back().text);
        if (!opens_question(q) || !ends_sentence(q)) continue;
        d.add_paragraph(u);
        d.note(u.line, msg::reconnected(u.line));
        cur_ = k;
        return;
      }
    }
    if (c && !c->closed && c->a.body.empty()) {
      if (is_uncredited_caption(i, true)) {
        add_uncredited_caption(*c, u);
        return;
      }
      if (mid) c->note(u.line, msg::missing_start());
      c->add_paragraph(u);
      return;
    }
    if (from) {
      start_article(u.line, true, msg::jump_from(*from)).add_paragraph(u);
      return;
    }
    if (dateline) {
      start_article(u.line, true, msg::no_title()).add_paragraph(u);
      return;
    }
    // A number an earlier article left open ("…至2023年12"), finished here
    // ("月31日。") after a whole article printed in the column break; or a
    // word it left open, when the text is about that article, not this one.
    if (!mid && !dateline && !from) {
      if (Draft* t = find_dangling_before();
          t &&
          (splits_a_number(to_u32(t->a.body.back().text), s) ||
           ((splits_a_word(to_u32(t->a.body.back().text), s) ||
             seam_recurs(to_u32(t->a.body.back().text), s, page_text_)) &&
            c && closer_to(u.text, *t, *c)) ||
           // A name the page prints whole twice, cut across the wedge
           // ("…邱淑" / "芬正在给学员上课。"), after an article that ended.
           (c && !c->dangles() && seam_recurs(to_u32(t->a.body.back().text), s, page_text_)))) {
        t->note(u.line, msg::reconnected(u.line));
        t->join(u);
        cur_ = static_cast<int>(t - drafts_.data());
        return;
      }
    }
    if (Draft* t = !mid && !dateline && !from ? find_list_before(s) : nullptr) {
      t->note(u.line, msg::reconnected(u.line));
      // Its item before it was cut ("一、…自觉养成"): the rest of it is the
      // whole paragraph right before this one, after the wedged article's
      // end ("节约用水的好习惯，争做节水型家庭。"), when it is about the list.
      if (t->dangles() && c && c != t && c->a.body.size() >= 2) {
        const auto& body = c->a.body;
        const BodyBlock& rest = body.back();
        const BodyBlock& before = body[body.size() - 2];
        std::u32string r = to_u32(rest.text);
        if (rest.kind == BodyBlock::Kind::kParagraph && ends_sentence(r) && !parse_enumerator(r) &&
            !parse_dateline(r) &&
            (before.kind != BodyBlock::Kind::kParagraph || ends_sentence(to_u32(before.text))) &&
            closer_to(rest.text, *t, *c, /*text_is_last_of_b=*/true))
          move_tail(c->a, body.size() - 1, t->a, /*join_first=*/true);
      }
      t->add_paragraph(u);
      cur_ = static_cast<int>(t - drafts_.data());
      return;
    }
    if (mid) {
      if (Draft* t = find_dangling_before()) {
        t->note(u.line, msg::reconnected(u.line));
        t->join(u);
        cur_ = static_cast<int>(t - drafts_.data());
        return;
      }
      if (give_back_kicker(u, true) || give_back_banner_piece(u, true)) return;
      start_article(u.line, true, msg::missing_start()).add_paragraph(u);
      return;
    }
    if (!c || c->closed) {
      // After an article that has ended (its byline, its signature), text
      // with no headline of its own finishes the paragraph an earlier
      // article left open, when one did ("…王" / "振华说。").
      if (Draft* t = c ? find_dangling_before() : nullptr; t && !parse_enumerator(s)) {
        t->note(u.line, msg::reconnected(u.line));
        t->join(u);
        cur_ = static_cast<int>(t - drafts_.data());
        return;
      }
      if (!parse_enumerator(s) && (give_back_kicker(u, false) || give_back_banner_piece(u, false)))
        return;
      start_article(u.line, true, msg::no_title()).add_paragraph(u);
      return;
    }
    c->add_paragraph(u);
  }

  // Text with no home that finishes the one-line kicker of an article
  // printed before it ("燃气公司提醒广大用" over a whole article, then "户，
  // 使用燃气时…"): the kicker was the first piece of a paragraph of the
  // article before that one, cut by the column break; both go there. The cut
  // must be plain: a number, a word the dictionary reads across it (for text
  // that starts mid-sentence), one the page prints whole, or a list of names
  // going on after an enumeration comma ("…由区教育局" / "、区文联联合主办").
  bool give_back_kicker(const Unit& u, bool mid) {
    const std::u32string s = to_u32(u.text);
    for (int k = cur_; k >= 1; --k) {
      const auto it = lone_kickers_.find(k);
      if (it == lone_kickers_.end()) continue;
      const Unit& piece = *it->second;
      Draft& d = drafts_[static_cast<size_t>(k)];
      Draft& above = drafts_[static_cast<size_t>(k - 1)];
      const std::u32string K = to_u32(piece.text);
      if (d.a.kicker != piece.text || piece.kind != Kind::kShort || above.closed ||
          above.a.body.empty() || ends_sentence(K) || is_slogan_pair(K) || has_inner_space(K) ||
          is_page_name_like(K) || is_series_line(K))
        continue;
      // Text opening on an enumeration comma goes on with the list of names
      // the kicker left open ("此次展览由区教育局" / "、区文联联合主办…").
      const bool list_goes_on = mid && !s.empty() && s.front() == U'、' && is_han(K.back());
      if (!list_goes_on && !goes_on_from(K, s, mid, k == cur_)) continue;
      d.a.kicker.clear();
      std::erase(d.a.lines, piece.line);
      lone_kickers_.erase(it);
      take_back(above, piece, u, k - 1);
      return true;
    }
    return false;
  }

  // Text `s` (starting mid-sentence with `mid`) goes on from a line `K` that
  // the walk read as a headline or banner: a number cut, a word the
  // dictionary reads across the seam (for text that starts mid-sentence), one
  // the page prints whole — or, from the `nearest` such line only, a clause
  // `K` opened on a preposition or a condition and left open ("在位于白鹭街道"
  // / "的区第七幼儿园，…"): no kicker or banner asks for its clause.
  bool goes_on_from(const std::u32string& K, const std::u32string& s, bool mid,
                    bool nearest) const {
    const bool clause_goes_on = mid && nearest && !K.empty() && !is_closing(K.back()) &&
                                (opens_with_preposition(K) || opens_with_condition(K));
    return splits_a_number(K, s) || (mid && splits_a_word(K, s)) || seam_recurs(K, s, page_text_) ||
           clause_goes_on;
  }

  // The piece becomes `above`'s last paragraph, finished by `u`; the walk
  // goes on in `above` (draft `k`).
  void take_back(Draft& above, const Unit& piece, const Unit& u, int k) {
    above.add_paragraph(piece);
    above.join(u);
    above.note(u.line, msg::reconnected(u.line));
    cur_ = k;
  }

  // A line read as a banner above a stack that has no banner's shape and
  // stops mid-clause ("冬季天干物", "自今年4月启动以"): maybe the first piece of
  // a paragraph of the article before, cut right above a wedged article.
  static bool reads_as_piece(const Unit& u) {
    const std::u32string s = to_u32(u.text);
    return u.kind == Kind::kShort && letter_count(s) <= 10 && !ends_sentence(s) &&
           !has_inner_space(s) && !is_slogan_pair(s) && !is_page_name_like(s) &&
           !is_column_name(s) && !is_theme_line(s) && !is_series_line(s) &&
           !is_organisation_line(s) && !is_notice_title(s);
  }

  // Text with no home that goes on from such a piece takes it back, as
  // give_back_kicker() does for a kicker; the article before the stack
  // (still open, its last paragraph whole) gets both.
  bool give_back_banner_piece(const Unit& u, bool mid) {
    const std::u32string s = to_u32(u.text);
    for (size_t n = piece_banners_.size(); n-- > 0;) {
      const int k = piece_banners_[n].first;
      const Unit* piece = piece_banners_[n].second;
      Draft& above = drafts_[static_cast<size_t>(k)];
      const std::u32string K = to_u32(piece->text);
      if (above.closed || above.a.body.empty() || above.dangles() ||
          !goes_on_from(K, s, mid, n + 1 == piece_banners_.size()))
        continue;
      if (auto b = std::find(page_.banners.begin(), page_.banners.end(), piece->text);
          b != page_.banners.end())
        page_.banners.erase(b);
      std::erase_if(page_.notes, [&](const Note& x) { return x.line == piece->line; });
      piece_banners_.erase(piece_banners_.begin() + static_cast<long>(n));
      take_back(above, *piece, u, k);
      return true;
    }
    return false;
  }

  static bool asks_questions(const Draft& d) {
    return std::any_of(d.a.body.begin(), d.a.body.end(), [](const BodyBlock& b) {
      return b.kind == BodyBlock::Kind::kParagraph && opens_question(to_u32(b.text));
    });
  }

  // The rest of an interview's question that a break cut ("问：监管部" …
  // "门在这方面有什么新举措？"), over its answer ("答：…", "何建平：…"), with
  // banners or photos printed beside it: no headline (one rarely ends with ？
  // and never heads an answer). It finishes the open question of this
  // article or of one before the article printed in the break; the answer
  // follows it there.
  bool take_question_rest(const Run& run, size_t k, const Unit* next) {
    if (k >= run.size() || !next || next->kind != Kind::kParagraph ||
        !opens_answer(to_u32(next->text)))
      return false;
    size_t q = run.size();
    for (size_t m = k; m < run.size(); ++m) {
      const std::u32string s{trim(to_u32(run[m]->text))};
      if (run[m]->kind == Kind::kPhoto) continue;
      if (run[m]->kind != Kind::kShort) return false;
      if (q == run.size() && !s.empty() && (s.back() == U'？' || s.back() == U'?')) {
        q = m;
        continue;
      }
      if (!banner_shaped(s)) return false;
    }
    if (q == run.size()) return false;
    int at = cur_;
    for (; at >= 0; --at) {
      const Draft& d = drafts_[static_cast<size_t>(at)];
      if (d.dangles() && opens_question(to_u32(d.a.body.back().text))) break;
    }
    if (at < 0) return false;
    Draft& t = drafts_[static_cast<size_t>(at)];
    for (size_t m = k; m < run.size(); ++m) {
      if (m == q) {
        t.join(*run[m]);
      } else if (run[m]->kind == Kind::kPhoto) {
        t.add_photo(run[m]->photo, *run[m]);
      } else {
        page_.banners.push_back(run[m]->text);
        t.note(run[m]->line, msg::wedged_banner(run[m]->text, run[m]->line));
      }
    }
    if (at != cur_) t.note(run[q]->line, msg::reconnected(run[q]->line));
    cur_ = at;
    return true;
  }

  // Issuer lines and a date after a notice's text, separated by blank lines.
  size_t take_signature(const Run& run) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty()) return 0;
    size_t k = 0;
    while (k < run.size() && k < 4 && run[k]->kind == Kind::kShort &&
           to_u32(run[k]->text).size() <= kMaxSignatureLine)
      ++k;
    if (k >= run.size() || run[k]->kind != Kind::kDate) return 0;
    // The rest of a hotline the break cut ("监督电话：0352-" / "5037788"),
    // above the issuer.
    size_t first = 0;
    if (k > 1 && c->dangles() &&
        continues_field_number(to_u32(c->a.body.back().text), to_u32(run[0]->text))) {
      c->join(*run[0]);
      first = 1;
    }
    Unit block;
    block.kind = Kind::kLines;
    block.line = run[first]->line;
    for (size_t m = first; m <= k; ++m) {
      block.rows.push_back(run[m]->text);
      block.lines.insert(block.lines.end(), run[m]->lines.begin(), run[m]->lines.end());
    }
    c->add_block(block);
    c->closed = true;  // a notice's issuer lines and date end it
    return k + 1;
  }

  // Whether units from `j` on are a signature block (issuer lines and a
  // date, as one block or line by line), after at most `lines` short
  // paragraphs that end no sentence.
  bool signature_follows(size_t j, size_t lines) const {
    size_t m = j;
    for (; m < u_.size() && m < j + lines && u_[m].kind == Kind::kParagraph; ++m) {
      std::u32string s = to_u32(u_[m].text);
      if (s.size() > kMaxSignatureLine || ends_sentence(s) || has_dateline(u_[m])) return false;
    }
    if (m < u_.size() && u_[m].kind == Kind::kLines) return true;
    size_t issuers = 0;
    for (; m < u_.size() && u_[m].kind == Kind::kShort && issuers < 4; ++m, ++issuers)
      if (to_u32(u_[m].text).size() > kMaxSignatureLine) return false;
    return issuers > 0 && m < u_.size() && u_[m].kind == Kind::kDate;
  }

  // A notice's last lines before its issuer and date ("24小时供电服务热线：
  // 95598", or its cut first piece "24小时" over "供电服务热线：95598") are
  // the notice's, not a headline over an article of a signature alone.
  size_t take_notice_close(const Run& run, size_t k, size_t j) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty() || !is_notice_title(to_u32(c->a.title)) ||
        run.size() - k > 2 || run.size() == k)
      return k;
    for (size_t m = k; m < run.size(); ++m) {
      std::u32string s = to_u32(run[m]->text);
      if (run[m]->kind != Kind::kShort || s.size() > kMaxSignatureLine || is_notice_title(s))
        return k;
    }
    if (!signature_follows(j, 2)) return k;
    for (size_t m = k; m < run.size(); ++m) {
      // A hotline the break cut inside its number ("监督电话：0352-" / "5037788").
      const BodyBlock& last = c->a.body.back();
      if (last.kind == BodyBlock::Kind::kParagraph && c->dangles() &&
          continues_field_number(to_u32(last.text), to_u32(run[m]->text)))
        c->join(*run[m]);
      else
        c->add_paragraph(*run[m]);
    }
    return run.size();
  }

  // Bylines and a lone signature name right after a body close the article —
  // unless it already named its writers: then they head the next article.
  size_t take_end_bylines(const Run& run, size_t k, const Unit* next) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty() || c->has_author()) return k;
    while (k < run.size()) {
      const Unit& u = *run[k];
      if (u.kind == Kind::kByline) {
        c->add_byline(u);
        c->closed = true;
        ++k;
        continue;
      }
      // A lone name is no title: before a paragraph too it signs the text
      // above (the text below is then a headless fragment).
      bool more_follows = k + 1 < run.size() || next == nullptr ||
                          (next->kind == Kind::kParagraph && k + 1 == run.size());
      auto names = u.kind == Kind::kShort ? looks_like_signature(to_u32(u.text)) : std::nullopt;
      // "刘卫" over "东：我们将…": a speaker's name cut by the break.
      // So is one the text below goes on from, the page printing the whole
      // name elsewhere ("段文" / a banner / "博指出，…", the page naming 区长段文博).
      const std::u32string below = next ? to_u32(next->text) : U"";
      bool name_goes_on =
          next && next->kind == Kind::kParagraph && starts_mid_sentence(below) &&
          (below.find_first_of(U"：:") == 1 || name_goes_on_in(to_u32(u.text), below));
      if (names && more_follows && c->a.byline.empty() && !name_goes_on) {
        c->a.byline = u.text;
        for (const auto& n : *names) c->a.authors.push_back(n);
        c->a.signed_commentary = true;
        c->add_lines(u);
        c->closed = true;
        ++k;
        continue;
      }
      break;
    }
    return k;
  }

  // A byline or a lone signature after the body of an article that already
  // named its writers (its dateline), while an earlier article on the page
  // has none (no byline at all: "本报评论员" names no one but signs): the end
  // of that earlier article, printed after this one. The
  // byline goes to it, with this article's paragraphs from the split whose
  // text is closer to it than to this article's head (topic_similarity.h),
  // and the paragraphs before that split while each is closer to it than to
  // the head it follows (when the earlier article stopped mid-sentence, not
  // one opening a quotation: "要担起日常巡查的责任…" after a wedged news item goes
  // on "…物业企业也"); without such a split nothing moves and the byline
  // heads what follows.
  size_t take_stray_byline(const Run& run, size_t k, const Unit* next) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty() || !c->has_author() || k >= run.size()) return k;
    const Unit& u = *run[k];
    std::vector<std::string> names;
    if (u.kind == Kind::kByline) {
      names = u.authors;
    } else if (u.kind == Kind::kShort && (k + 1 < run.size() || !next)) {
      if (auto sig = looks_like_signature(to_u32(u.text))) names = *sig;
    }
    if (names.empty()) return k;
    for (const auto& n : names)
      if (std::find(c->a.authors.begin(), c->a.authors.end(), n) != c->a.authors.end()) return k;
    Draft* x = nullptr;
    for (int m = cur_ - 1; m >= 0 && !x; --m) {
      Draft& d = drafts_[static_cast<size_t>(m)];
      // (One signed at its top with no name, "本报评论员", is signed already.)
      if (!d.closed && !d.a.body.empty() && !d.has_author() && d.a.byline.empty() && !d.a.headless)
        x = &d;
    }
    if (!x) return split_signed_section(u, names) ? k + 1 : k;
    const auto& body = c->a.body;
    size_t best = 0;
    double best_margin = 0;
    auto there = topics_.vector_of(draft_texts(*x));
    for (size_t s = 1; s < body.size(); ++s) {
      if (body[s - 1].kind != BodyBlock::Kind::kParagraph ||
          !ends_sentence(to_u32(body[s - 1].text)))
        continue;
      bool paragraphs = true;
      std::vector<std::string> tail, head;
      for (size_t i = 0; i < body.size(); ++i) {
        (i < s ? head : tail).push_back(body[i].text);
        if (i >= s) paragraphs = paragraphs && body[i].kind == BodyBlock::Kind::kParagraph;
      }
      if (!paragraphs) continue;
      auto t = topics_.vector_of(tail);
      double margin = TopicSpace::cosine(t, there) - TopicSpace::cosine(t, topics_.vector_of(head));
      if (margin > best_margin) best = s, best_margin = margin;
    }
    if (best == 0) return k;
    // The moved text starts right after the wedge: the paragraphs before the
    // best split go too while each is closer to the earlier article than to
    // the head it follows.
    while (best > 1 && body[best - 1].kind == BodyBlock::Kind::kParagraph &&
           body[best - 2].kind == BodyBlock::Kind::kParagraph &&
           ends_sentence(to_u32(body[best - 2].text))) {
      std::vector<std::string> head;
      for (size_t i = 0; i + 1 < best; ++i) head.push_back(body[i].text);
      auto one = topics_.vector_of({body[best - 1].text});
      const double to_there = TopicSpace::cosine(one, there),
                   to_head = TopicSpace::cosine(one, topics_.vector_of(head));
      if (to_there <= to_head) break;
      // A sentence left open goes on in a paragraph that opens no quotation.
      if (x->dangles() && body[best - 1].text.rfind("“", 0) == 0) break;
      --best;
    }
    int line = body[best].lines.empty() ? u.line : body[best].lines.front();
    // The earlier article stopped mid-sentence: the moved text goes on there.
    move_tail(c->a, best, x->a, /*join_first=*/x->dangles());
    x->note(line, msg::moved_in(line, c->a.title));
    c->note(line, msg::moved_out(line, x->a.title));
    if (u.kind == Kind::kByline) {
      x->add_byline(u);
    } else {
      x->a.byline = u.text;
      x->a.authors.insert(x->a.authors.end(), names.begin(), names.end());
      x->a.signed_commentary = true;
      x->add_lines(u);
    }
    x->closed = true;
    return k + 1;
  }

  // A bare name signing the text under the open article's last unmarked
  // subheading, when the article names other writers and no earlier article
  // lacks one: that "subheading" was the title of a commentary printed after
  // the article ("给“银发族”多留一扇门" / paragraphs / "石一苇"). It and its
  // paragraphs become that commentary, signed by the name.
  bool split_signed_section(const Unit& u, const std::vector<std::string>& names) {
    if ((u.kind != Kind::kShort && u.kind != Kind::kByline) || cur_ < 0 || !pending_photos_.empty())
      return false;
    const size_t from = static_cast<size_t>(cur_);
    const std::vector<BodyBlock>& body = drafts_[from].a.body;
    auto unmarked_at = [&](size_t i) {
      const std::string note = msg::unmarked_subheading(body[i].text);
      const int line = body[i].lines.empty() ? u.line : body[i].lines.front();
      return body[i].kind == BodyBlock::Kind::kSubheading &&
             std::any_of(drafts_[from].a.notes.begin(), drafts_[from].a.notes.end(),
                         [&](const Note& n) { return n.line == line && n.message == note; });
    };
    size_t h = body.size();
    if (u.kind == Kind::kShort) {
      for (size_t i = body.size(); i-- > 1;)
        if (body[i].kind == BodyBlock::Kind::kSubheading) {
          h = i;
          break;
        }
      if (h + 1 >= body.size()) return false;
      for (size_t i = h + 1; i < body.size(); ++i)
        if (body[i].kind != BodyBlock::Kind::kParagraph) return false;
      if (!unmarked_at(h)) return false;
    } else {
      // A byline signs a whole feature, its sections too: the "subheading"
      // that was its title is the unmarked one whose text after it (all
      // paragraphs and sections) is furthest in topic from the text before
      // it, and far ("夜班公交司机" … / "一碗刀削面里的乡愁" / its sections /
      // "本报记者 帅楠" after an article signed at its top).
      double least = kSignedFeatureSimilarity;
      for (size_t i = 2; i + 1 < body.size(); ++i) {
        if (!unmarked_at(i)) continue;
        bool prose = true;
        std::vector<std::string> head, tail;
        for (size_t m = 0; m < body.size(); ++m) {
          (m < i ? head : tail).push_back(body[m].text);
          if (m > i)
            prose = prose && (body[m].kind == BodyBlock::Kind::kParagraph ||
                              body[m].kind == BodyBlock::Kind::kSubheading);
        }
        if (!prose) continue;
        const double sim = TopicSpace::cosine(topics_.vector_of(head), topics_.vector_of(tail));
        if (sim < least) least = sim, h = i;
      }
      if (h >= body.size()) return false;
    }
    const std::string note = msg::unmarked_subheading(body[h].text);
    const int line = body[h].lines.empty() ? u.line : body[h].lines.front();
    Draft& d = start_article(line, false, "");
    Draft& c = drafts_[from];  // (start_article may have moved it)
    d.a.title = c.a.body[h].text;
    move_tail(c.a, h + 1, d.a, /*join_first=*/false);
    // The notes on the moved text (its own sections' headings) go with it.
    std::set<int> moved;
    for (const BodyBlock& b : d.a.body) moved.insert(b.lines.begin(), b.lines.end());
    for (auto n = c.a.notes.begin(); n != c.a.notes.end();) {
      if (!moved.count(n->line)) {
        ++n;
        continue;
      }
      d.a.notes.push_back(*n);
      n = c.a.notes.erase(n);
    }
    for (int l : c.a.body[h].lines) {
      c.a.lines.erase(std::remove(c.a.lines.begin(), c.a.lines.end(), l), c.a.lines.end());
      d.a.lines.push_back(l);
    }
    c.a.body.erase(c.a.body.begin() + static_cast<long>(h));
    c.a.notes.erase(
        std::remove_if(c.a.notes.begin(), c.a.notes.end(),
                       [&](const Note& n) { return n.line == line && n.message == note; }),
        c.a.notes.end());
    if (u.kind == Kind::kByline) {
      d.add_byline(u);
    } else {
      d.a.byline = u.text;
      d.a.authors.insert(d.a.authors.end(), names.begin(), names.end());
      d.a.signed_commentary = true;
      d.add_lines(u);
    }
    d.closed = true;
    return true;
  }

  // A single wedged line near the top of an article with a bare title is most
  // likely its subtitle printed across the columns; anything else is a banner.
  void place_wedged(const Run& run, size_t k) {
    Draft& c = *cur();
    size_t lines = 0;
    for (size_t m = k; m < run.size(); ++m) lines += is_headline_unit(*run[m]) ? 1 : 0;
    bool lone_line = lines == 1;
    for (size_t m = k; m < run.size(); ++m) {
      const Unit& u = *run[m];
      if (u.kind == Kind::kPhoto) {
        c.add_photo(u.photo, u);
      } else if (u.kind == Kind::kByline) {
        c.add_byline(u);
      } else if (is_headline_unit(u) && lone_line && c.a.subtitle.empty() && c.a.kicker.empty() &&
                 !c.a.headless && c.a.body.size() <= 2 && !banner_shaped(to_u32(u.text))) {
        c.a.subtitle = u.text;
        c.note(u.line, msg::wedged_subtitle(u.text, u.line));
        c.add_lines(u);
      } else {
        page_.banners.push_back(u.text);
        c.note(u.line, msg::wedged_banner(u.text, u.line));
      }
    }
  }

  // The last line of a headline run is the first piece of the body's first
  // paragraph, cut by a column break, when the text right under it goes on
  // across the cut: a word, number or name cut ("走进杏" / "园社区…", "本报" /
  // "讯（记者…）"), a piece opening with a preposition ("在平城区" / "北部山区的
  // 石岭村…"), or text that starts mid-sentence. A headline line that short
  // (at most 10 characters) never ends so; one line above it must remain.
  const Unit* cut_stack_piece(const Run& run, size_t j) const {
    if (run.size() < 2 || j >= u_.size() || u_[j].kind != Kind::kParagraph || has_dateline(u_[j]))
      return nullptr;
    const Unit* last = run.back();
    if (last->kind != Kind::kShort) return nullptr;
    bool headline_above = false;
    for (size_t m = 0; m + 1 < run.size(); ++m)
      headline_above = headline_above || is_headline_unit(*run[m]);
    const std::u32string piece = to_u32(last->text), after = to_u32(u_[j].text);
    if (!headline_above || letter_count(piece) > 10 || ends_sentence(piece) ||
        has_inner_space(piece))
      return nullptr;
    const bool dateline_cut = ends_with(piece, U"本报") && starts_with(after, U"讯");
    const bool goes_on = dateline_cut || starts_mid_sentence(after) || cuts_inside(piece, after) ||
                         splits_a_name(piece, after) ||
                         seam_recurs(piece, after, page_text_, true) ||
                         opens_with_preposition(piece);
    return goes_on ? last : nullptr;
  }

  void start_from_stack(const Run& all, size_t k, size_t j) {
    Run run(all.begin() + static_cast<long>(k), all.end());
    std::string below;
    for (size_t m = j; m < u_.size() && m < j + 2 && is_body_unit(u_[m]); ++m) below += u_[m].text;
    // A first paragraph or dateline the break cut under the stack ("本报讯（记者
    // 于海" / a banner / "波 …）6月12日…"): its continuation, past what the
    // break wedged in, is the text the headline is about too.
    if (j < u_.size() && is_body_unit(u_[j]) && u_[j].kind == Kind::kParagraph &&
        !ends_sentence(to_u32(u_[j].text)) && (j + 1 >= u_.size() || !is_body_unit(u_[j + 1]))) {
      size_t m = j + 1;
      while (m < u_.size() && m <= j + 3 && !is_body_unit(u_[m])) ++m;
      if (m < u_.size() && u_[m].kind == Kind::kParagraph) below += u_[m].text;
    }
    const Unit* piece = cut_stack_piece(run, j);
    if (piece) run.pop_back();
    HeadlineStack st = resolve_stack(run, opt_.page_name, below);
    if (piece) st.lead_pieces.push_back(piece);
    std::set<int> banner_lines;
    for (const auto& b : st.banners) {
      add_banner(b.text, b.line);
      banner_lines.insert(b.line);
      for (const Unit* r : run)
        if (r->line == b.line && cur_ >= 0 && reads_as_piece(*r))
          piece_banners_.push_back({cur_, r});
    }
    int first = st.title ? st.title->line : run.front()->line;
    Draft& d = start_article(first, !st.title, st.title ? "" : msg::no_title());
    if (st.title) d.a.title = st.title->text;
    if (st.title)
      for (const Unit* r : run)
        if (r->line == st.title->line && r->kind == Kind::kHeading && r->level <= 2)
          d.a.title_marked = true;
    d.a.kicker = join_lines(st.kicker);
    if (st.kicker.size() == 1)
      for (const Unit* r : run)
        if (r->line == st.kicker.front().line && r->text == st.kicker.front().text)
          lone_kickers_[cur_] = r;
    for (const auto& line : st.kicker)
      if (auto series = series_of(to_u32(line.text)); series && d.a.series.empty())
        d.a.series = *series;
    if (auto series = st.title ? series_of(to_u32(st.title->text)) : std::nullopt;
        series && d.a.series.empty())
      d.a.series = *series;
    d.a.subtitle = join_lines(st.subtitle);
    if (st.doubt && st.title) d.note(st.title->line, msg::two_line_stack(d.a.kicker, d.a.title));
    if (st.two_part_title && st.title) d.note(st.title->line, msg::two_part_title(d.a.title));
    for (const auto& p : st.photos) d.a.photos.push_back(p);
    for (const Unit* b : st.bylines) {
      d.a.byline += (d.a.byline.empty() ? "" : " ") + b->text;
      for (const auto& n : b->authors) d.a.authors.push_back(n);
    }
    if (st.signature) {
      d.a.byline += (d.a.byline.empty() ? "" : " ") + st.signature->text;
      for (const auto& n : st.signature_names) d.a.authors.push_back(n);
      d.a.signed_commentary = true;
    }
    for (const auto& h : st.lead_subheadings) {
      BodyBlock b;
      b.kind = BodyBlock::Kind::kSubheading;
      b.text = h.text;
      b.lines = {h.line};
      d.a.body.push_back(b);
    }
    for (const Unit* u : run)
      if (!banner_lines.count(u->line) &&
          std::find(st.lead_pieces.begin(), st.lead_pieces.end(), u) == st.lead_pieces.end())
        d.add_lines(*u);
    // It dangles: the paragraph under it joins it.
    for (size_t m = 0; m < st.lead_pieces.size(); ++m)
      m == 0 ? d.add_paragraph(*st.lead_pieces[m]) : d.join(*st.lead_pieces[m]);
  }

  // Whether `text` is clearly closer in topic to `a` than to `b` (with
  // `text_is_last_of_b`: `b` without its last block, which is `text`).
  bool closer_to(const std::string& text, const Draft& a, const Draft& b,
                 bool text_is_last_of_b = false) const {
    auto v = topics_.vector_of({text});
    std::vector<std::string> other = draft_texts(b);
    if (text_is_last_of_b && !other.empty()) other.pop_back();
    return TopicSpace::cosine(v, topics_.vector_of(draft_texts(a))) >=
           TopicSpace::cosine(v, topics_.vector_of(other)) + kRejoinMargin;
  }

  // How close the body units from `j` on (up to the next headline) are in
  // topic to the current article's text.
  double continuation_similarity(size_t j) const {
    const Draft& c = drafts_[static_cast<size_t>(cur_)];
    return TopicSpace::cosine(topics_.vector_of(body_texts_from(j)),
                              topics_.vector_of(draft_texts(c)));
  }

  // The text from `j` up to the next headline goes on under a section told
  // by the hour (is_timeline_heading).
  bool timeline_below(size_t j) const {
    for (size_t m = j; m < u_.size(); ++m) {
      if (u_[m].kind == Kind::kShort && is_timeline_heading(to_u32(u_[m].text))) return true;
      if (!is_body_unit(u_[m]) && u_[m].kind != Kind::kPhoto) return false;
    }
    return false;
  }

  static bool has_timeline_section(const Draft& c) {
    return std::any_of(c.a.body.begin(), c.a.body.end(), [](const BodyBlock& b) {
      return b.kind == BodyBlock::Kind::kSubheading && is_timeline_heading(to_u32(b.text));
    });
  }

  // From unit `j`, paragraphs (and photos) up to a byline, right after which a
  // paragraph starts mid-sentence: a whole article wedged in a cut paragraph,
  // signed off before the paragraph goes on.
  bool signed_off_before_continuation(size_t j) const {
    size_t m = j;
    while (m < u_.size() && (u_[m].kind == Kind::kParagraph || u_[m].kind == Kind::kPhoto)) ++m;
    if (m == j || m + 1 >= u_.size() || u_[m].kind != Kind::kByline) return false;
    const Unit& after = u_[m + 1];
    // (A bare end, "发生。", is no article's start either.)
    return after.kind == Kind::kParagraph &&
           (starts_mid_sentence(to_u32(after.text)) || letter_count(to_u32(after.text)) <= 6);
  }

  // The text of the body units from `j` up to the next headline (a section
  // told by the hour, "22时15分 “快！准备抢救室”", goes on with that text).
  std::vector<std::string> body_texts_from(size_t j) const {
    std::vector<std::string> out;
    for (size_t m = j;
         m < u_.size() && (is_body_unit(u_[m]) || u_[m].kind == Kind::kBanner ||
                           (u_[m].kind == Kind::kShort && is_timeline_heading(to_u32(u_[m].text))));
         ++m) {
      if (u_[m].kind == Kind::kBanner) continue;  // the page's, wedged anywhere
      out.push_back(u_[m].text);
      for (const auto& r : u_[m].rows) out.push_back(r);
    }
    return out;
  }

  // On topic alone a line is no banner wedged in a cut paragraph when the text
  // below repeats its words (kTitleEcho) clearly more than the article above
  // does: it is the headline of that text ("今年74岁的" / "“掌上公交”App上线 候车
  // 时间一查便知" / "“3路车还有2站到…”"). A banner is the page's, not the text's.
  bool echoed_below(const Run& run, size_t k, const Draft& c, size_t j) const {
    for (size_t m = k; m < run.size(); ++m)
      if (is_headline_unit(*run[m]) && heads_text_below(run[m]->text, c, j)) return true;
    return false;
  }

  // A two-part headline ("“掌上公交”App上线 候车时间一查便知") has a slogan's
  // shape; between paragraphs (whole or cut) it heads the text below when that
  // text repeats its words (kTitleEcho) clearly more than the article above
  // does. A banner is the page's, not the text's.
  bool heads_text_below(const std::string& line, const Draft& c, size_t j) const {
    double below = echo_share(line, joined(body_texts_from(j)));
    double above = echo_share(line, joined(draft_texts(c)));
    return below >= kTitleEcho && below >= above + kTitleEchoLead;
  }

  // A feature's subheadings are printed alike: a line within two characters
  // of the length of one the article already has is its next.
  // With `quoted`, both also quote a word ("分拣线上的“接力赛”" /
  // "一单一单地“跑”出来"): a feature's sections printed in one pattern,
  // whatever the topic measure says of a section on another part of the
  // story.
  static bool parallels_subheading(const Draft& c, std::u32string_view s, bool quoted = false) {
    auto quotes = [](std::u32string_view t) {
      size_t open = t.find(U'“');
      return open != std::u32string_view::npos && t.find(U'”', open) != std::u32string_view::npos;
    };
    if (quoted && !quotes(s)) return false;
    for (const auto& b : c.a.body) {
      if (b.kind != BodyBlock::Kind::kSubheading) continue;
      const std::u32string t = to_u32(b.text);
      const size_t n = t.size();
      if (n + 2 >= s.size() && s.size() + 2 >= n && (!quoted || quotes(t))) return true;
    }
    return false;
  }

  // "产业账：一棵杏树结出“金果果”": a label of two to four letters, a colon, then
  // what the section tells (four letters or more); no place ("北关街道：…" is a
  // kicker's shape, stack_cues.h), no body ("区民政局：…" heads a brief), no speaker.
  static std::optional<std::u32string> section_label(std::u32string_view line) {
    const std::u32string_view s = trim(line);
    const size_t colon = s.find(U'：');
    if (colon == std::u32string_view::npos || colon < 2 || colon > 4 || opens_with_place(s) ||
        starts_with_speaker(s) || letter_count(s.substr(colon + 1)) < 4)
      return std::nullopt;
    for (size_t k = 0; k < colon; ++k)
      if (!is_han(s[k])) return std::nullopt;
    const std::u32string label(s.substr(0, colon));
    // A body and what it did ("区民政局：开展冬季送温暖活动") is a brief's title.
    if (is_organisation_line(label) ||
        ends_with_any(label, {U"局", U"委", U"办", U"院", U"所", U"队"}))
      return std::nullopt;
    return label;
  }

  // A feature's sections printed as labels in one pattern ("产业账：…", later "生态账：…"):
  // a labelled line, in an article with no dateline, over text that opens a sentence, is
  // a section when another of the article's sections, or a line further down the page,
  // carries a label of the same length ending on the same letter.
  bool labelled_section(const Draft& c, std::u32string_view s, size_t j) const {
    const auto label = section_label(s);
    if (!label || j >= u_.size() || u_[j].kind != Kind::kParagraph ||
        starts_mid_sentence(to_u32(u_[j].text)) || has_dateline(u_[j]))
      return false;
    // Alike, not the same: a column's label repeated over briefs ("两会声音：…") heads each.
    auto alike = [&](std::u32string_view t) {
      const auto other = section_label(t);
      return other && *other != *label && other->size() == label->size() &&
             other->back() == label->back();
    };
    for (const auto& b : c.a.body)
      if (b.kind == BodyBlock::Kind::kSubheading && alike(to_u32(b.text))) return true;
    for (size_t m = j; m < u_.size(); ++m)
      if ((u_[m].kind == Kind::kShort || u_[m].kind == Kind::kHeading) && alike(to_u32(u_[m].text)))
        return true;
    return false;
  }

  static std::vector<std::string> draft_texts(const Draft& c) {
    std::vector<std::string> out{c.a.title};
    for (const auto& b : c.a.body) {
      out.push_back(b.text);
      for (const auto& item : b.items) out.push_back(item);
    }
    return out;
  }

  // A lone heading between paragraphs: "### …" anywhere; an unmarked short
  // line on a page whose headlines are marked. On other pages an unmarked
  // line is read by its shape and by whether the text after it stays on the
  // article's topic (continuation_similarity; measured on generated pages:
  // a feature's subheadings median 0.044, a new article's title median
  // 0.010, 90th percentile 0.032):
  //   - a notice's title (关于…的通知, …倡议书) always starts an article;
  //   - a label shape (a slogan pair, at most 5 characters, a page name)
  //     with the topic going on, or after a paragraph cut mid-sentence, is a
  //     banner printed between paragraphs —
  //     but a slogan pair or a short line (老人的书架, not a page name) in
  //     a feature that repeats its words (kSubheadingEcho) is the feature's
  //     subheading, and one between whole paragraphs whose words the text
  //     under it repeats clearly more than the article above heads that text
  //     (heads_text_below) — unless it is a line of five characters or fewer
  //     in a feature (no dateline), on its topic (≥ kShortSubheadingSimilarity):
  //     then it is the feature's section ("治碱先治水" / "改变始于2014年。…");
  //   - a line that opens with a cause or a condition, or stops on a word
  //     that needs what follows (word_seam.h), is a cut sentence's start;
  //   - otherwise, in an article without a dateline (news items rarely have
  //     subheadings) whose last block is no numbered item (a list's prose
  //     ends there) nor a paragraph cut mid-sentence, a subheading when on
  //     topic: ≥ kSubheadingSimilarity, or for a line of at most 13
  //     characters ≥ kShortLineSubheadingSimilarity (kShortSubheadingSimilarity
  //     under a bare title).
  bool take_subheading(const Run& run, size_t k, size_t j) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty()) return false;
    // The line may share its run with photos printed beside it, and a
    // marked "###" subheading with unmarked lines of a label's shape (a
    // slogan pair printed across the column: banners).
    size_t at = run.size();
    std::vector<size_t> labels;
    // On a page whose headlines are marked, an unmarked line over text that
    // starts a sentence of its own, nothing read across, is no piece of it
    // and no subtitle (a marked subheading has none): a banner whatever its
    // shape ("### 一本日志记下二十三年" / "绿水青山就是金山银山" / "郝成林的…").
    const std::u32string after = j < u_.size() ? to_u32(u_[j].text) : U"";
    auto reads_apart = [&](const std::u32string& line) {
      return marked_page_ && !after.empty() && !is_subtitle_dash(line) &&
             !starts_mid_sentence(after) && !cuts_inside(line, after) &&
             !seam_recurs(line, after, page_text_, true) && !breaks_a_clause(line, after);
    };
    for (size_t m = k; m < run.size(); ++m) {
      if (run[m]->kind == Kind::kPhoto) continue;
      // (A label has no figures: "2023年" under "### 一、缴费时间" is text.)
      const std::u32string line = to_u32(run[m]->text);
      if (run[m]->kind == Kind::kShort && (banner_shaped(line) || reads_apart(line)) &&
          std::none_of(line.begin(), line.end(), is_ascii_digit)) {
        labels.push_back(m);
        continue;
      }
      if (at != run.size()) return false;
      at = m;
    }
    if (at == run.size() && labels.size() == 1) {  // a lone line, as before
      at = labels.front();
      labels.clear();
    }
    if (at == run.size()) return false;
    if (!labels.empty() && (run[at]->kind != Kind::kHeading || run[at]->level < 3)) return false;
    if (!take_subheading_line(*run[at], j)) return false;
    for (size_t m : labels) {
      page_.banners.push_back(run[m]->text);
      c->note(run[m]->line, msg::wedged_banner(run[m]->text, run[m]->line));
    }
    for (size_t m = k; m < run.size(); ++m)
      if (run[m]->kind == Kind::kPhoto) c->add_photo(run[m]->photo, *run[m]);
    return true;
  }

  // A table among the next few units from `j`, before any other line that
  // may head text (a short line, a heading, a byline, a dateline): the text
  // below heads toward a table.
  bool table_within(size_t j) const {
    for (size_t m = j; m < u_.size() && m < j + 5; ++m) {
      if (u_[m].kind == Kind::kTable) return true;
      if (u_[m].kind == Kind::kShort || u_[m].kind == Kind::kByline ||
          u_[m].kind == Kind::kHeading || has_dateline(u_[m]))
        return false;
    }
    return false;
  }

  // The body units from `j` start a numbered run at its first item: two
  // paragraphs numbered 1 and 2 in one style, or a list that starts at 1.
  bool opens_numbered_run(size_t j) const {
    auto first_text = [&](size_t m) -> std::u32string {
      if (m >= u_.size()) return U"";
      const Unit& u = u_[m];
      if (u.kind == Kind::kParagraph) return to_u32(u.text);
      if (u.kind == Kind::kList && !u.rows.empty()) return to_u32(u.rows.front());
      return U"";
    };
    auto e = parse_enumerator(first_text(j));
    if (!e || e->value != 1) return false;
    if (j < u_.size() && u_[j].kind == Kind::kList) return true;
    auto f = parse_enumerator(first_text(j + 1));
    return f && f->style == e->style && f->value == 2;
  }

  bool take_subheading_line(const Unit& h, size_t j) {
    Draft* c = cur();
    if (h.kind == Kind::kHeading) {
      if (h.level < 3) return false;
      c->add_subheading(h);
      return true;
    }
    if (h.kind != Kind::kShort) return false;
    std::u32string s = to_u32(h.text);
    if (marked_page_) {
      // Its subheadings are marked too: an unmarked line that stops
      // mid-sentence, with no banner's shape, is the first piece of a
      // paragraph a column break cut ("以上站点" / "调整自2023年8月1日起实施。").
      // Over text that starts a sentence of its own, with nothing cut across
      // the seam, a label's shape is the page's banner ("为民办实事" / "让…").
      const std::u32string after =
          j < u_.size() && u_[j].kind == Kind::kParagraph ? to_u32(u_[j].text) : U"";
      const bool seam =
          !after.empty() && (starts_mid_sentence(after) || cuts_inside(s, after) ||
                             breaks_a_clause(s, after) || seam_recurs(s, after, page_text_, true));
      const bool label = is_column_name(s) || is_slogan_pair(s);
      if (is_cut_first_piece(s) && (seam || !label || after.empty())) {
        c->add_paragraph(h);  // it dangles: the continuation joins it
        return true;
      }
      if (label && !c->dangles() && !after.empty()) {
        page_.banners.push_back(h.text);
        c->note(h.line, msg::wedged_banner(h.text, h.line));
        return true;
      }
      c->add_subheading(h);
      c->note(h.line, msg::unmarked_subheading(h.text));
      return true;
    }
    if (is_notice_title(s)) return false;
    // A series or an occasion, alone or before a title on one line ("“消费提振
    // 年”系列报道之四 老街区变身“网红”打卡地"), heads an article of its own.
    if (const std::u32string_view first = trim(s).substr(0, trim(s).find_first_of(U" 　"));
        is_series_line(first) ||
        (is_theme_line(first) && (starts_with(first, U"写在") || ends_with(first, U"之际"))))
      return false;
    // Over a numbered run from its first item ("1.不私自下水游泳。"), an
    // unnumbered line is the title of a list of its own (提示, 须知): a
    // feature's subheading is followed by prose.
    if (opens_numbered_run(j)) return false;
    // So over a table within its first few paragraphs ("春节期间城区药店营业安排" /
    // "为方便群众…" / the table): a feature prints no tables, a table notice does.
    if (table_within(j)) return false;
    // A line that opens with a cause or a condition, over text, is the
    // start of a sentence the break cut ("因供水管网改造" / "施工需要，…",
    // "如遇施工" / "延误，…"): it dangles, the continuation joins it.
    // So does one that stops on a word needing what follows ("数据显示，截至" /
    // "今年9月底，…").
    if ((opens_with_condition(s) || (j < u_.size() && breaks_a_clause(s, to_u32(u_[j].text)))) &&
        !ends_sentence(s) && !has_inner_space(s) && j < u_.size() &&
        u_[j].kind == Kind::kParagraph) {
      c->add_paragraph(h);
      return true;
    }
    // A feature told hour by hour ("凌晨1时40分 醉酒者与受伤的孩子", or with a
    // slogan pair's shape "凌晨4时30分 一口凉掉的饭"): its sections open with
    // the time, as no new article's title does.
    if (is_timeline_heading(s) && !c->has_dateline() && !c->dangles() && !last_item(*c)) {
      c->add_subheading(h);
      c->note(h.line, msg::unmarked_subheading(h.text));
      return true;
    }
    double sim = continuation_similarity(j);
    // A column's name ("营商环境大家谈") alone over text that goes on, no dateline
    // under it, heads no article and no section: a banner the layout printed
    // between two of the open article's paragraphs.
    if (is_column_name(s) && !c->a.headless) {
      page_.banners.push_back(h.text);
      c->note(h.line, msg::wedged_banner(h.text, h.line));
      return true;
    }
    if (is_slogan_pair(s) || s.size() <= 5 || is_page_name_like(s)) {
      if (sim < kShortSubheadingSimilarity && !c->dangles()) return false;
      // (A line of five characters or fewer, between whole paragraphs of a
      // feature and on its topic, is its section all the same: "治碱先治水"
      // over "改变始于2014年。…" in a feature on 盐碱地.)
      const bool feature_label = s.size() <= 5 && !is_slogan_pair(s) && !c->has_dateline() &&
                                 !c->dangles() && sim >= kShortSubheadingSimilarity;
      const bool heads_below = heads_text_below(h.text, *c, j);
      if (heads_below && !feature_label) return false;
      // A subheading stands between whole paragraphs.
      if ((is_slogan_pair(s) || (s.size() <= 5 && !is_page_name_like(s))) && !c->has_dateline() &&
          !c->a.headless && !c->dangles() &&
          (heads_below || echo_share(h.text, joined(draft_texts(*c)) +
                                                 joined(body_texts_from(j))) >= kSubheadingEcho)) {
        c->add_subheading(h);
        c->note(h.line, msg::unmarked_subheading(h.text));
        return true;
      }
      page_.banners.push_back(h.text);
      c->note(h.line, msg::wedged_banner(h.text, h.line));
      // Between whole paragraphs, over one that opens a sentence, it may
      // still be a section of a feature whose other sections show later.
      if (!c->dangles() && !c->a.headless && !is_page_name_like(s) && !is_column_name(s) &&
          j < u_.size() && u_[j].kind == Kind::kParagraph &&
          !starts_mid_sentence(to_u32(u_[j].text)))
        wedged_sections_.push_back({static_cast<size_t>(cur_), &h, u_[j].line});
      return true;
    }
    if (c->has_dateline()) return false;
    // A fragment (a feature's end, printed on from another page) keeps its
    // subheadings: a line over text that opens a sentence and stays on the
    // fragment's topic ("作品走出国门" / "几十年来，邱淑芬…"). A fragment
    // followed by a new article on the same topic is common too (real page
    // 000: 创城 text, then 新旺街道开展创城宣传 over text that lost its start):
    // over text that starts mid-sentence the line is a title.
    if (c->a.headless &&
        (j >= u_.size() || u_[j].kind != Kind::kParagraph ||
         starts_mid_sentence(to_u32(u_[j].text)) || s.size() > 13 || sim < kSubheadingSimilarity))
      return false;
    // A subheading stands between whole paragraphs: after one cut
    // mid-sentence (and not found wedged in it) a line heads another article.
    if (c->dangles()) return false;
    // After a numbered item (a list, a convention, a notice's last point)
    // prose under an unnumbered line is another article's.
    if (last_item(*c)) return false;
    // So after a table (a table notice and its notes: "2024—2025年度城区供热收费
    // 标准" / the table / "居民用户请于…"): a feature prints no tables.
    if (std::any_of(c->a.body.begin(), c->a.body.end(),
                    [](const BodyBlock& b) { return b.kind == BodyBlock::Kind::kTable; }))
      return false;
    bool top_byline = !c->a.byline.empty() && !c->a.signed_commentary && c->a.body.size() == 1;
    // A feature that opened with its byline has one lead paragraph before
    // its first subheading; its text is about one person or place, whose
    // name every paragraph repeats, so the topic measure says little there.
    bool bare_head = c->a.kicker.empty() && c->a.subtitle.empty() && c->a.byline.empty();
    double short_line = bare_head ? kShortSubheadingSimilarity : kShortLineSubheadingSimilarity;
    // A subtitle opening with a dash ("——记…", "——一个山村移风易俗的故事")
    // marks a feature (通讯) as a byline on top does: one lead paragraph,
    // then its first section's heading.
    bool dash_feature = starts_with(to_u32(c->a.subtitle), U"——") && c->a.body.size() == 1;
    bool on_topic =
        sim >= kSubheadingSimilarity ||
        (s.size() <= 13 && (sim >= short_line || top_byline || dash_feature)) ||
        (s.size() <= 13 && sim >= kShortSubheadingSimilarity && parallels_subheading(*c, s)) ||
        (s.size() <= 13 && parallels_subheading(*c, s, true));
    // A short line with a comma inside a feature, over text that opens with
    // a time phrase ("一间教室，三个年级" / "上午第一节课，…"): a section's
    // heading whatever the topic measure says (a title would head a dateline
    // or a byline; a comma title is printed over those).
    const bool comma_section = s.size() <= 12 && s.find(U'，') != std::u32string::npos &&
                               j < u_.size() && u_[j].kind == Kind::kParagraph &&
                               opens_with_time_phrase(opening_text(u_, j));
    // A line over text told by the hour ("急诊室的不眠夜" / … / "22时15分 …")
    // in an article whose sections are not is that text's title: a feature
    // prints its sections in one pattern.
    if (timeline_below(j) && !has_timeline_section(*c)) return false;
    if (!on_topic && !comma_section && !labelled_section(*c, s, j)) return false;
    c->add_subheading(h);
    c->note(h.line, msg::unmarked_subheading(h.text));
    return true;
  }

  // Whether the numbered line goes on from the article's last block, an item
  // printed run-in ("三、管制措施：…。" as a paragraph, then "四、请过往…").
  static bool follows_run_in_item(const Draft& c, std::u32string_view line) {
    auto e = parse_enumerator(line);
    const BodyBlock& last = c.a.body.back();
    if (!e || last.kind != BodyBlock::Kind::kParagraph) return false;
    auto before = parse_enumerator(to_u32(last.text));
    return before && before->style == e->style && before->value + 1 == e->value;
  }

  // "一、招生范围" / "（二）报名时间" inside a notice are its section headings:
  // a numbered line never starts an article of its own.
  bool take_numbered_subheadings(const Run& run, size_t k, size_t j) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty()) return false;
    const Unit* next = j < u_.size() ? &u_[j] : nullptr;
    // Items are printed alike: after a run-in item ("三、征集要求：…" as a
    // paragraph), or before the next one ("二、推广节水器具。…" among the
    // paragraphs below), an item on a line of its own, unfinished, is that
    // item's first piece cut by a column break ("四、共同监督" / "浪费。…").
    if (run.size() == k + 1 && run[k]->kind == Kind::kShort && next &&
        next->kind == Kind::kParagraph && !parse_enumerator(to_u32(next->text))) {
      std::u32string line = to_u32(run[k]->text);
      auto e = parse_enumerator(line);
      bool run_in_before = follows_run_in_item(*c, line);
      bool run_in_after = false;
      for (size_t m = j + 1; e && m < u_.size() && m <= j + kRunInItemReach; ++m) {
        if (u_[m].kind != Kind::kParagraph) continue;
        auto after = parse_enumerator(to_u32(u_[m].text));
        if (after && after->style == e->style && after->value == e->value + 1) {
          run_in_after = true;
          break;
        }
      }
      if ((run_in_before || run_in_after) && !ends_sentence(line)) {
        c->add_paragraph(*run[k]);  // it dangles: the continuation joins it
        return true;
      }
    }
    for (size_t m = k; m < run.size(); ++m)
      if (run[m]->kind != Kind::kShort || !parse_enumerator(to_u32(run[m]->text))) return false;
    for (size_t m = k; m < run.size(); ++m) c->add_subheading(*run[m]);
    return true;
  }

  // Photos at the top of a run, between an article's end and the next
  // headline, go to whichever article their caption is about (the earlier
  // one when the caption does not tell): the next one is read with its
  // headline lines, as the earlier one is with its title. Returns where the
  // stack starts.
  size_t give_back_photos(const Run& run, size_t k, size_t j) {
    Draft* c = cur();
    if (!c || c->a.body.empty()) return k;
    std::vector<std::string> next_texts = body_texts_from(j);
    for (size_t m = k; m < run.size(); ++m)
      if (is_headline_unit(*run[m])) next_texts.push_back(run[m]->text);
    auto ahead = topics_.vector_of(next_texts);
    auto here = topics_.vector_of(draft_texts(*c));
    for (; k < run.size() && run[k]->kind == Kind::kPhoto; ++k) {
      auto caption = topics_.vector_of({run[k]->photo.caption});
      if (TopicSpace::cosine(caption, ahead) > TopicSpace::cosine(caption, here)) break;
      c->add_photo(run[k]->photo, *run[k]);
    }
    return k;
  }

  // Where a cut piece may start in an open article: after its next section
  // headings (numbered on from its last numbered block, in the same style)
  // and label-shaped banners around them (a slogan pair, a page name, at
  // most 5 characters). Without such a heading, `k` itself.
  size_t skip_section_lines(const Run& run, size_t k) const {
    const Draft& c = drafts_[static_cast<size_t>(cur_)];
    std::optional<Enumerator> last;
    for (auto b = c.a.body.rbegin(); b != c.a.body.rend() && !last; ++b)
      last = parse_enumerator(to_u32(b->text));
    if (!last) return k;
    size_t m = k;
    bool numbered = false;
    for (; m < run.size() && run[m]->kind == Kind::kShort; ++m) {
      std::u32string s = to_u32(run[m]->text);
      if (auto e = parse_enumerator(s)) {
        if (e->style != last->style || e->value != last->value + 1) break;
        last = e;
        numbered = true;
      } else if (!is_slogan_pair(s) && s.size() > 5 && !is_page_name_like(s)) {
        break;
      }
    }
    return numbered ? m : k;
  }

  // The first piece of a cut paragraph printed as a short line, with banners
  // or photos wedged before its continuation ("改造后的市场总面积1.2万" /
  // "城建视点" / "平方米…"): the continuation starts mid-sentence, or the cut
  // falls inside a word, a number or a clause ("今年58岁的马春兰" / "是柳湾
  // 社区…"), or the four characters across it are printed whole elsewhere
  // (word_seam.h).
  bool take_cut_piece(const Run& run, size_t k, size_t j) {
    const Unit* next = j < u_.size() ? &u_[j] : nullptr;
    Draft* c = cur();
    // After a finished article (a notice's signature, a signed commentary)
    // or at the top of the page, the piece opens a headless fragment: the
    // last paragraphs of an article printed further on (relocate.h).
    bool after_end = !c || c->closed;
    if ((!after_end && c->a.body.empty()) || !next || next->kind != Kind::kParagraph) return false;
    // Photos printed at the column's foot, above the piece, are the open
    // article's ("开工仪式现场。 谢雨桐摄" / "据了" / "一线观察" / "解，12个…").
    const size_t photos = k;
    while (!after_end && k < run.size() && run[k]->kind == Kind::kPhoto) ++k;
    const size_t photos_end = k;
    // The open notice's next section heading, with banners printed around it,
    // may stand above the piece ("创城进行时" / "二、缴费标准" / "2024年度城").
    size_t sections = k;
    if (!after_end) k = skip_section_lines(run, k);
    // A marked subheading (### 老人的书架) may head the piece too.
    bool marked_subheading = !after_end && k + 1 < run.size() && run[k]->kind == Kind::kHeading &&
                             run[k]->level >= 3 && run[k + 1]->kind == Kind::kShort;
    if (k >= run.size() || run.size() - k > 3 ||
        (run[k]->kind != Kind::kShort && !marked_subheading))
      return false;
    std::u32string after = to_u32(next->text);
    for (size_t m = k + 1; m < run.size(); ++m)
      if (run[m]->kind != Kind::kShort && run[m]->kind != Kind::kPhoto) return false;
    // In a feature, a short line followed by a longer one that reads as a
    // sentence's start ("从小迷上剪纸" / "今年67岁的邱淑芬是…" / "新闻速递" /
    // "的代表性传承人。…"): the first is a subheading, the second the piece.
    // So is a second line whose cut the continuation plainly finishes
    // ("老人的书架" / "今年74岁的苗" / "振华是一名…", the page naming 苗振华).
    auto finishes = [&](const std::u32string& piece) {
      return cuts_inside(piece, after) || seam_recurs(piece, after, page_text_);
    };
    // (Not a first line of four letters or fewer, too short to head a
    // section, whose own cut the continuation finishes: "为确" / "践行社会主义
    // 核心价值观" / "保改造质量，…" is the piece over a banner.)
    const std::u32string first = to_u32(run[k]->text);
    bool subheading =
        !after_end && !c->has_dateline() && !c->a.headless && k + 1 < run.size() &&
        run[k + 1]->kind == Kind::kShort &&
        !(!marked_subheading && letter_count(first) <= 4 && finishes(first) &&
          !finishes(to_u32(run[k + 1]->text))) &&
        ((!marked_subheading &&
          is_subheading_before_piece(to_u32(run[k]->text), to_u32(run[k + 1]->text))) ||
         ((marked_subheading || is_short_label(to_u32(run[k]->text))) &&
          is_cut_first_piece(to_u32(run[k + 1]->text)) &&
          (finishes(to_u32(run[k + 1]->text)) ||
           // Under a marked subheading no line of five characters or fewer is
           // a title ("### 盼着大家都爱护环境" / "天渐渐" / "亮了，…").
           (marked_subheading && run.size() == k + 2 &&
            letter_count(to_u32(run[k + 1]->text)) <= 5))));
    if (marked_subheading && !subheading) return false;
    size_t p = subheading ? k + 1 : k;
    // The run's last line is the piece instead when it holds figures or a
    // name, as no banner does, and the text goes on from it mid-sentence,
    // under two lines or more or after a finished article ("最美平城人" /
    // "哪里有险情，哪里就有“救援橙”" / "凌晨2点" / "，手机铃声突然响起…";
    // a notice's date / "对话返乡创业青年王晓帆：…" / "王晓帆" / "，1994年出生…"):
    // the lines above it are a new article's stack (start_from_stack). (One
    // line above in an open article may be its subheading: "一条街扫了十二年" /
    // "石玉珍今年53岁" / ",负责…".)
    if (p + 1 < run.size() && (run.size() - k >= 3 || after_end)) {
      const std::u32string last = to_u32(run.back()->text);
      if (run.back()->kind == Kind::kShort && !ends_sentence(last) && letter_count(last) <= 10 &&
          (std::any_of(last.begin(), last.end(), is_ascii_digit) || looks_like_signature(last)) &&
          starts_mid_sentence(after))
        return false;
    }
    // A "——" line under the piece is its subtitle, never a banner wedged in
    // a sentence: the lines are a headline ("让更多年轻人愿意留在平城" /
    // "——访…" / "区政协…" reads 平城区 across, by chance).
    for (size_t m = p + 1; m < run.size(); ++m)
      if (run[m]->kind == Kind::kShort && is_subtitle_dash(to_u32(run[m]->text))) return false;
    std::u32string piece = to_u32(run[p]->text);
    // A word quoted alone over text that goes on with its predicate
    // ("“物业议事会”" / "由社区党组织牵头，…", "“时间银行”" / "是…"): the
    // paragraph's subject, cut after its quote.
    // So does a line ending on a quoted word ("让“高效办成一件事”" / "成为常态，…"):
    // no paragraph under a headline opens on its predicate.
    const bool quoted_subject =
        (is_quoted_word(piece) || (!piece.empty() && piece.back() == U'”' &&
                                   !ends_sentence(piece) && !is_quoted_voice(piece))) &&
        opens_with_predicate(after);
    if (has_dateline(*next) || jump_from(after) || (ends_sentence(piece) && !quoted_subject))
      return false;
    // In a news item (subheadings are rare there) or a fragment, a piece
    // whose continuation stays on the article's topic is read so too.
    // (Never a label's shape, nor a line of five characters or fewer: "平城快讯",
    // "记者调查" between two whole paragraphs.)
    bool on_topic =
        !after_end && (c->has_dateline() || c->a.headless) &&
        echo_share(run[p]->text, next->text) < kMaxPieceEcho && is_cut_first_piece(piece) &&
        letter_count(piece) > 5 && !is_notice_title(piece) && !parse_enumerator(after) &&
        !opens_with_time_phrase(after) && continuation_similarity(j) >= kPieceSimilarity;
    // Text opening with a time phrase set off by a comma ("晚上10点，…")
    // starts a sentence: a dictionary word read across the seam there is
    // chance ("急诊室的不眠夜" / "晚上10点，…" as 夜晚), a number cut is not.
    const bool cut = opens_with_time_phrase(after)
                         ? splits_a_number(piece, after)
                         : cuts_inside(piece, after) || splits_a_name(piece, after);
    // No headline, subheading or banner over text is two characters
    // long: such a line alone over text is the column's last line ("小事" /
    // "连着民生，…", "停电" / "范围：…").
    const bool tiny = p + 1 == run.size() && letter_count(piece) <= 2 && letter_count(after) >= 8;
    // A numbered item cut inside its label, before the label's colon ("一、征集" /
    // a banner / "内容：能够体现…"): the text goes on with the label's end.
    const size_t colon = after.find_first_of(U"：:");
    const bool label_cut =
        parse_enumerator(piece) && piece.find_first_of(U"：:") == std::u32string::npos &&
        colon != std::u32string::npos && colon >= 1 && colon <= 4 && !parse_enumerator(after);
    if (!tiny && !label_cut && !quoted_subject && !starts_mid_sentence(after) && !cut &&
        !breaks_a_clause(piece, after) && !seam_recurs(piece, after, page_text_, true) &&
        !on_topic && (after_end || !refers_back(piece)) &&
        !(marked_subheading && subheading && letter_count(piece) <= 5))
      return false;
    if (after_end) c = &start_article(run[k]->line, true, msg::no_title());
    for (size_t m = photos; m < photos_end; ++m) c->add_photo(run[m]->photo, *run[m]);
    for (size_t m = sections; m < k; ++m) {
      if (parse_enumerator(to_u32(run[m]->text))) {
        c->add_subheading(*run[m]);
      } else {
        page_.banners.push_back(run[m]->text);
        c->note(run[m]->line, msg::wedged_banner(run[m]->text, run[m]->line));
      }
    }
    if (subheading) {
      c->add_subheading(*run[k]);
      if (!marked_subheading) c->note(run[k]->line, msg::unmarked_subheading(run[k]->text));
    }
    c->add_paragraph(*run[p]);  // it dangles: the continuation joins it
    for (size_t m = p + 1; m < run.size(); ++m) {
      const Unit& u = *run[m];
      if (u.kind == Kind::kPhoto) {
        c->add_photo(u.photo, u);
      } else {
        page_.banners.push_back(u.text);
        c->note(u.line, msg::wedged_banner(u.text, u.line));
      }
    }
    return true;
  }

  // Section headings (一、缴费时间) and the first piece of the section's text,
  // with a whole article printed in the column break after them: in an open
  // article, leading numbered lines are its section headings (in a feature,
  // no dateline, one short label: "“每块表都有故事”") and a short line
  // that ends where no headline ends — on a comma or a digit ("2023年9月1日
  // 至2023年12") — or reads as text (reads_as_cut_text: "退休后，苗振华每天雷打不")
  // is the first piece of a paragraph; it dangles, and its
  // continuation after the wedged article finds it. The rest of the run is
  // the wedged article's stack.
  size_t take_open_piece(const Run& run, size_t k, size_t j) {
    Draft* c = cur();
    if (!c || c->closed || c->a.body.empty()) return k;
    size_t m = k;
    while (m < run.size() && run[m]->kind == Kind::kShort && parse_enumerator(to_u32(run[m]->text)))
      ++m;
    // The next item of a run-in list, unfinished, with a headline below: the
    // item's first piece ("三、管制措施：…。" / "四、请过往车辆和行人服" /
    // a whole article / "从现场交通民警…").
    if (m == k + 1 && !ends_sentence(to_u32(run[k]->text)) &&
        follows_run_in_item(*c, to_u32(run[k]->text))) {
      bool headline_below = false;
      for (size_t n = m; n < run.size(); ++n)
        headline_below = headline_below || is_headline_unit(*run[n]);
      if (headline_below) {
        c->add_paragraph(*run[k]);  // it dangles: the continuation joins it
        return m;
      }
    }
    auto piece_at = [&](size_t n) {
      return n < run.size() && run[n]->kind == Kind::kShort &&
             (ends_unfinished(to_u32(run[n]->text)) || reads_as_cut_text(to_u32(run[n]->text)) ||
              finished_later(to_u32(run[n]->text), j));
    };
    // In a feature (no dateline), one section heading over the piece, a
    // short label ("“每块表都有故事”" / "随着手机普及，戴表的人少" / a whole
    // article / "了，来修表的…").
    // (A heading wholly in quotes is a label too, though it reads as whole.)
    auto label = [&](const std::u32string& s) {
      const std::u32string_view t = trim(s);
      const bool quoted = t.size() > 2 && t.front() == U'“' && t.back() == U'”';
      return letter_count(t) <= 13 && !has_inner_space(t) && !is_slogan_pair(t) &&
             !is_page_name_like(t) && (quoted || !ends_sentence(t));
    };
    const bool labelled = m == k && k + 1 < run.size() && !piece_at(m) && !c->has_dateline() &&
                          !c->a.headless && run[k]->kind == Kind::kShort &&
                          label(to_u32(run[k]->text)) && piece_at(k + 1);
    if (labelled) ++m;
    if (!piece_at(m)) return k;
    bool headline_follows = false;
    for (size_t n = m + 1; n < run.size(); ++n)
      headline_follows = headline_follows || is_headline_unit(*run[n]);
    if (!headline_follows) return k;
    if (labelled) c->note(run[k]->line, msg::unmarked_subheading(run[k]->text));
    for (size_t n = k; n < m; ++n) c->add_subheading(*run[n]);
    c->add_paragraph(*run[m]);
    return m + 1;
  }

  // A line no headline is shaped like (no slogan pair, page name or gap
  // between parts) whose cut a later paragraph finishes: one that starts
  // after a finished paragraph, from unit `j` on, and goes on with a word
  // or a number the line leaves cut ("据介绍，这部电" / "梯总投资约68万元…"),
  // or across which four characters are printed whole once elsewhere, or —
  // a line of two or three Han characters — whose characters and the
  // paragraph's first, which starts mid-sentence, the page prints elsewhere
  // (a name: "段文" / "博指出，…", the page naming 区长段文博); or a line of text's
  // shape of eight characters or more whose continuation starts mid-sentence
  // ("清明节是缅怀先人、寄托哀思的传统" / a notice / "节日。今年…"), or one of as many
  // stating figures whose continuation, starting mid-sentence, goes on with a
  // word it leaves cut ("此次抽检覆盖全区63所中小" / an interview / "学、幼儿园…"). The paragraph
  // may follow the byline or the date that signs the wedged article off.
  // The first characters of a name (`piece`, "段文") go on in `text`
  // ("博指出，…"): the page prints them with the text's first character
  // elsewhere (区长段文博).
  bool name_goes_on_in(std::u32string_view piece, std::u32string_view text) const {
    return !text.empty() && is_han(text.front()) &&
           occurrences(page_text_, std::u32string(trim(piece)) + text.front()) >= 1;
  }

  bool finished_later(std::u32string_view line, size_t j) const {
    if (ends_sentence(line) || is_slogan_pair(line) || is_page_name_like(line) ||
        has_inner_space(line) || letter_count(line) < 2)
      return false;
    // A word across the cut is proof only for a line shaped like text: with
    // a clause mark or a speaker's colon inside, or a numbered item's start.
    bool text_shaped = line.find_first_of(U"，、,：:") != std::u32string_view::npos ||
                       parse_enumerator(line).has_value();
    // A name's first characters alone ("段文" / a whole article / "博指出，…")
    // are proof when the page prints the name whole elsewhere (区长段文博).
    const std::u32string_view bare = trim(line);
    const bool name_start =
        bare.size() >= 2 && bare.size() <= 3 && std::all_of(bare.begin(), bare.end(), is_han);
    for (size_t m = j + 1; m < u_.size(); ++m) {
      const Unit& p = u_[m];
      const Unit& before = u_[m - 1];
      // After a finished paragraph, or after the byline or the issuer's
      // date that signs the wedged article off.
      if (p.kind != Kind::kParagraph ||
          (before.kind != Kind::kByline && before.kind != Kind::kLines &&
           before.kind != Kind::kDate &&
           (before.kind != Kind::kParagraph || !ends_sentence(to_u32(before.text)))) ||
          has_dateline(p))
        continue;
      std::u32string text = to_u32(p.text);
      if (splits_a_number(line, text) ||
          (text_shaped && cuts_inside(line, text) && seam_recurs(line, text, page_text_, true)) ||
          (letter_count(line) >= 8 && states_figures(line) && starts_mid_sentence(text) &&
           cuts_inside(line, text)) ||
          (name_start && starts_mid_sentence(text) && name_goes_on_in(bare, text)) ||
          (text_shaped && letter_count(line) >= 8 && starts_mid_sentence(text)))
        return true;
    }
    return false;
  }

  void resolve_run(size_t i, size_t j) {
    const Unit* next = j < u_.size() ? &u_[j] : nullptr;
    Run run;
    for (size_t m = i; m < j; ++m) {
      if (u_[m].kind == Kind::kBanner)
        page_.banners.push_back(u_[m].text);  // page furniture: 责任编辑, 第1234期
      else
        run.push_back(&u_[m]);
    }
    // A dangling paragraph's continuation printed as a short line: the cut
    // falls inside a word or a number ("…服务电话：0352-50" / "21234").
    size_t k = 0;
    // So is a short line that ends the sentence ("问：在帮助高校毕业生就业" /
    // "方面做了哪些工作？"): a headline rarely ends with ？ or ！ and never
    // right under a sentence left open.
    // Not when the line heads text of its own: a dateline right under it or
    // a byline after it make it a headline ("…该怎么办？" over "本报讯…"), of
    // an article printed inside the column break.
    // So does a whole article under it signed off before the cut paragraph
    // goes on ("为每一位“城市美容师”点赞！" / its text / "本报评论员" / "发生。").
    // So does a "——" subtitle under it ("公交线网优化后，市民出行会有哪些变化？" /
    // "——访…": the line is its title, though 办公 reads across the seam).
    bool heads_text = !run.empty() && ((run.size() == 1 && next && has_dateline(*next)) ||
                                       (run.size() >= 2 && run[1]->kind == Kind::kByline) ||
                                       (run.size() >= 2 && run[1]->kind == Kind::kShort &&
                                        is_subtitle_dash(to_u32(run[1]->text))) ||
                                       (run.size() == 1 && signed_off_before_continuation(j)));
    // Over more headline lines and a dateline, the line most likely starts a
    // stack: a word the dictionary reads across the seam is no proof there
    // ("…其" / "实事惠民生" as 其实); a number cut in two, or a name the page
    // prints whole, still is.
    bool stack_over_dateline = run.size() >= 2 && next && has_dateline(*next);
    if (Draft* d = cur();
        d && d->dangles() && !run.empty() && run[0]->kind == Kind::kShort && !heads_text &&
        ((stack_over_dateline ? splits_a_number(to_u32(d->a.body.back().text), to_u32(run[0]->text))
                              : cuts_inside(to_u32(d->a.body.back().text), to_u32(run[0]->text))) ||
         seam_recurs(to_u32(d->a.body.back().text), to_u32(run[0]->text), page_text_) ||
         ends_sentence(to_u32(run[0]->text)))) {
      d->join(*run[0]);
      run.erase(run.begin());
      if (run.empty()) return;
    }
    k = take_signature(run);
    k = take_notice_close(run, k, j);
    k = take_end_bylines(run, k, next);
    k = take_stray_byline(run, k, next);
    if (take_question_rest(run, k, next)) return;
    k = take_open_piece(run, k, j);
    if (k == run.size()) return;
    size_t headlines = 0, marked = 0;
    bool only_photos = true;
    for (size_t m = k; m < run.size(); ++m) {
      headlines += is_headline_unit(*run[m]) ? 1 : 0;
      marked += run[m]->kind == Kind::kHeading ? 1 : 0;
      only_photos = only_photos && run[m]->kind == Kind::kPhoto;
    }
    Draft* c = cur();
    bool continues = next && next->kind == Kind::kParagraph && !has_dateline(*next) &&
                     !jump_from(to_u32(next->text));
    // Inside a paragraph cut by a column break, photos, or at most two
    // unmarked short lines before text that starts mid-sentence or stays on
    // the cut paragraph's topic (a banner or column label printed across the
    // break), are wedged in; a Markdown-marked heading is always a headline.
    bool wedge =
        continues && c && c->dangles() &&
        (only_photos ||
         (headlines <= 2 && marked == 0 &&
          (starts_mid_sentence(to_u32(next->text)) ||
           cuts_inside(to_u32(c->a.body.back().text), to_u32(next->text)) ||
           seam_recurs(to_u32(c->a.body.back().text), to_u32(next->text), page_text_) ||
           (continuation_similarity(j) >= kWedgeSimilarity && !echoed_below(run, k, *c, j)))));
    // Not when the text below is a whole article signed off by its byline,
    // after which the cut paragraph goes on: the lines head that article.
    if (wedge && !only_photos && signed_off_before_continuation(j)) wedge = false;
    if (wedge) {
      place_wedged(run, k);
      return;
    }
    // A column's name last in the run, right over text that goes on (no
    // dateline), is never the title it would be there: the page's banner,
    // the lines above it read without it ("为了让好" / "民生直通车" / "谷子卖出…").
    if (continues && run.size() >= k + 2 && run.back()->kind == Kind::kShort &&
        is_column_name(to_u32(run.back()->text)) && c && !c->closed && !c->a.headless &&
        headlines >= 2) {
      headlines -= is_headline_unit(*run.back()) ? 1 : 0;
      add_banner(run.back()->text, run.back()->line);
      run.pop_back();
    }
    if (continues && take_cut_piece(run, k, j)) return;
    if (only_photos) {
      for (size_t m = k; m < run.size(); ++m) {
        if (c && !c->closed) {
          c->add_photo(run[m]->photo, *run[m]);
        } else {
          pending_photos_.push_back(run[m]->photo);
          pending_lines_.insert(pending_lines_.end(), run[m]->lines.begin(), run[m]->lines.end());
        }
      }
      return;
    }
    if (!next) {
      heads_nothing(run, k);
      return;
    }
    if (take_numbered_subheadings(run, k, j)) return;
    // A marked section heading alone right over a list ("### 观灯赏景" /
    // "- 古城新春灯会：…"): the open article's section — a kicker's marks
    // are always over a title.
    if (k + 1 == run.size() && run[k]->kind == Kind::kHeading && run[k]->level >= 3 && c &&
        !c->closed && !c->a.body.empty() && next->kind == Kind::kList) {
      c->add_subheading(*run[k]);
      return;
    }
    if (continues && (headlines == 1 || marked == 1) && take_subheading(run, k, j)) return;
    k = give_back_photos(run, k, j);
    start_from_stack(run, k, j);
  }

  // The end of the page: lines here head no body.
  void heads_nothing(const Run& run, size_t k) {
    Draft* c = cur();
    for (size_t m = k; m < run.size(); ++m) {
      const Unit& u = *run[m];
      if (u.kind == Kind::kPhoto || u.kind == Kind::kByline) {
        Draft& d = c ? *c : start_article(u.line, true, msg::no_title());
        if (u.kind == Kind::kPhoto) {
          d.add_photo(u.photo, u);
        } else {
          d.add_byline(u);
        }
        c = &d;
        continue;
      }
      page_.banners.push_back(u.text);
      if (!opt_.page_name || u.text != *opt_.page_name)
        page_.notes.push_back({u.line, msg::heads_nothing(u.text)});
    }
  }

  const std::vector<Unit>& u_;
  std::string file_;
  SegmentOptions opt_;
  PageImport page_;
  std::vector<Draft> drafts_;
  int cur_ = -1;
  std::vector<Photo> pending_photos_;
  std::vector<int> pending_lines_;
  bool marked_page_ = false;
  TopicSpace topics_;
  std::u32string page_text_;                 // every unit's text, one per line (seam_recurs)
  std::map<int, const Unit*> lone_kickers_;  // draft → its one-line kicker (give_back_kicker)
  // Lines read as banners that may be pieces, with the draft before them
  // (give_back_banner_piece).
  std::vector<std::pair<int, const Unit*>> piece_banners_;
};

}  // namespace

PageImport segment_page(const std::vector<Unit>& units, const std::string& source_file,
                        const SegmentOptions& options) {
  return Segmenter(units, source_file, options).run();
}

}  // namespace gazette::ingest
