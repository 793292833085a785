#include "layout.h"

#include <algorithm>
#include <initializer_list>
#include <map>

#include "ingest/chars.h"
#include "rng.h"

namespace gazette::import_eval {
namespace {

using ingest::to_u32;
using ingest::to_utf8;
using Kind = CleanBlock::Kind;

// ---- How often each artefact is laid out (all choices are made here) ----

// The page as a whole.
constexpr double kMarkedPage = 0.2;       // headlines carry "## " / "### " markers (page 002)
constexpr double kAsciiPage = 0.15;       // OCR read every ，：（）？ as ASCII (page 002)
constexpr double kAsciiParagraph = 0.06;  // otherwise, one paragraph read so
constexpr double kPageNameGiven = 0.8;    // the editor passes --page-name
constexpr double kPageNameAtTop = 0.5;    // the page name printed at the top
constexpr double kPageNameMidPage = 0.1;  // … or above a stack further down (page 000)
constexpr double kSloganAtTop = 0.25;     // a slogan under the page name
constexpr double kLostBeginning = 0.3;    // the page opens with the end of an article
constexpr double kLostMidSentence = 0.6;  // … cut mid-sentence (else at a paragraph)
constexpr double kFragmentByline = 0.5;   // … and its byline follows its text
constexpr int kMinArticles = 2, kMaxArticles = 6;

// Banners.
constexpr double kBannerAboveStack = 0.15;
constexpr double kMarkedBanner = 0.5;  // on a marked page, a banner printed as "## …"
constexpr double kBannerBetweenParagraphs = 0.02;
constexpr double kBannerKnown = 0.5;  // a printed banner is in PageSettings::banners
constexpr int kMaxOtherKnownBanners = 5;

// Headline stacks.
constexpr double kKickerTitleOneLine = 0.15;   // OCR merged kicker and title
constexpr double kDashSubtitleOneLine = 0.3;   // "title——subtitle" on one line
constexpr double kDashSubtitleNoSpace = 0.5;   // … without a space before the dash
constexpr double kKickerOnTwoLines = 0.3;      // a long kicker with a space, broken there
constexpr size_t kKickerTwoLinesMin = 16;      // … "long": at least this many characters
                                               // (a short slogan pair stays on one line)
constexpr double kSignatureUnderTitle = 0.35;  // else after the last paragraph
constexpr double kBylineAtTop = 0.45;          // 本报记者 … under the headline
constexpr double kBylineRunIn = 0.1;           // appended to the last paragraph
                                               // (else on its own line at the end)
// Photos: where each goes.
constexpr double kPhotoAboveStack = 0.1;
constexpr double kPhotoUnderStack = 0.4;
constexpr double kPhotoInCutParagraph = 0.25;  // waits for a column break; else between paragraphs
constexpr double kCaptionCreditOneLine = 0.3;
constexpr int kPhotoGapMin = 2, kPhotoGapMax = 3;  // blank lines where the picture is

// Column breaks.
constexpr double kCutParagraph = 0.2;  // each paragraph of at least kCutMinChars
constexpr size_t kCutMinChars = 16;
constexpr size_t kShortFirstMax = 20;           // a short first piece: at most this many characters
constexpr size_t kShortLastMax = 14;            // a short last piece
constexpr double kWedgeArticle = 0.12;          // a whole other article between the halves
constexpr double kTailAfterNextArticle = 0.06;  // an article's last paragraphs after the next one
constexpr double kWedgeBanner = 0.15;           // a banner or column label
constexpr double kWedgePhoto = 0.25;            // a photo waiting for a break (else nothing)
enum class Cut { kName, kNumber, kQuote, kComma, kShortFirst, kShortLast, kAnywhere };
// Relative weights of where a cut falls.
const std::vector<std::pair<Cut, int>> kCutWeights = {
    {Cut::kName, 3},       {Cut::kNumber, 2},    {Cut::kQuote, 2},   {Cut::kComma, 3},
    {Cut::kShortFirst, 2}, {Cut::kShortLast, 1}, {Cut::kAnywhere, 3}};

// Lists and notices.
constexpr double kListOneBlock = 0.4;       // items on consecutive lines
constexpr double kSignatureOneBlock = 0.6;  // issuer lines and date on consecutive lines

const char* cut_name(Cut c) {
  switch (c) {
    case Cut::kName:
      return "cut-in-name";
    case Cut::kNumber:
      return "cut-in-number";
    case Cut::kQuote:
      return "cut-after-quote";
    case Cut::kComma:
      return "cut-after-comma";
    case Cut::kShortFirst:
      return "cut-short-first-piece";
    case Cut::kShortLast:
      return "cut-short-last-piece";
    case Cut::kAnywhere:
      return "cut-anywhere";
  }
  return "";
}

enum class Role { kBanner, kHeadline, kByline, kPhoto, kBody };

// One printed line, with what it belongs to.
struct Piece {
  std::string text;  // as printed
  Role role = Role::kBody;
  int owner = -1;  // truth article index (not for banners)
  int block = -1;  // kBody: index in the owner's body
  int gap = 1;     // blank lines before it (0: same block of lines)
  bool ascii = false;
  bool table = false;
  std::string banner;  // kBanner: the banner as the truth has it (no marker)
  bool known = false;
};

bool is_closing_mark(char32_t c) {
  return std::u32string_view(U"”’」』）)】》\"'").find(c) != std::u32string_view::npos;
}
bool is_terminal_mark(char32_t c) {
  return std::u32string_view(U"。！？；：…!?;:").find(c) != std::u32string_view::npos;
}
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_blank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

// The text up to here ends a sentence: a cut here is a paragraph break to
// anyone reading the raw text, so no column break is laid there.
bool ends_sentence(std::u32string_view s) {
  while (!s.empty() && is_closing_mark(s.back())) s.remove_suffix(1);
  return s.empty() || is_terminal_mark(s.back());
}

std::string ocr_ascii(const std::string& text) {
  std::u32string s = to_u32(text);
  for (char32_t& c : s) {
    switch (c) {
      case U'，':
        c = U',';
        break;
      case U'：':
        c = U':';
        break;
      case U'（':
        c = U'(';
        break;
      case U'）':
        c = U')';
        break;
      case U'？':
        c = U'?';
        break;
      case U'；':
        c = U';';
        break;
      case U'！':
        c = U'!';
        break;
      default:
        break;
    }
  }
  return to_utf8(s);
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

class PageBuilder {
 public:
  PageBuilder(const Pool& pool, uint64_t seed) : pool_(pool), rng_(seed) { page_.seed = seed; }

  GeneratedPage build() {
    marked_ = rng_.chance(kMarkedPage);
    if (marked_) mark("marked-page");
    ascii_page_ = rng_.chance(kAsciiPage);
    if (ascii_page_) mark("ascii-punctuation");

    auto names = pool_.banners_of(Banner::Kind::kPageName);
    const Banner* page_name = names.empty() ? nullptr : names[rng_.below(names.size())];
    if (page_name) used_banners_.insert(page_name->text);
    if (page_name && rng_.chance(kPageNameGiven)) page_.page_name = page_name->text;

    int n = rng_.between(kMinArticles, kMaxArticles);
    std::vector<size_t> order(pool_.articles.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng_.below(i)]);
    size_t take = std::min(order.size(), static_cast<size_t>(n) + 1);
    for (size_t i = 0; i < take; ++i) chosen_.push_back(&pool_.articles[order[i]]);
    const CleanArticle* lost = chosen_.size() > 2 ? chosen_.back() : nullptr;
    if (lost) chosen_.pop_back();
    embedded_.assign(chosen_.size(), false);

    bool name_on_top = page_name && rng_.chance(kPageNameAtTop);
    if (name_on_top) {
      banner_piece(*page_name, out_, false);
      mark("page-name-top");
    }
    if (rng_.chance(kSloganAtTop))
      if (const Banner* b = pick_banner({Banner::Kind::kSlogan})) {
        banner_piece(*b, out_, false);
        mark("slogan-top");
      }
    if (lost && rng_.chance(kLostBeginning)) lost_beginning(*lost);
    if (page_name && !name_on_top && chosen_.size() > 1 && rng_.chance(kPageNameMidPage)) {
      name_mid_ = static_cast<int>(1 + rng_.below(chosen_.size() - 1));
      page_name_ = page_name;
    }
    for (size_t i = 0; i < chosen_.size(); ++i)
      if (!embedded_[i]) article(i, true, out_);

    render();
    known_banners();
    return std::move(page_);
  }

 private:
  void mark(const std::string& artefact) { page_.artefacts.insert(artefact); }

  // A banner of one of `kinds` not yet on the page.
  const Banner* pick_banner(std::initializer_list<Banner::Kind> kinds) {
    std::vector<const Banner*> free;
    for (const auto& b : pool_.banners)
      if (std::find(kinds.begin(), kinds.end(), b.kind) != kinds.end() &&
          !used_banners_.count(b.text))
        free.push_back(&b);
    if (free.empty()) return nullptr;
    const Banner* b = free[rng_.below(free.size())];
    used_banners_.insert(b->text);
    return b;
  }

  void banner_piece(const Banner& b, std::vector<Piece>& out, bool may_mark) {
    Piece p;
    p.role = Role::kBanner;
    p.banner = b.text;
    p.text = (may_mark && marked_ && rng_.chance(kMarkedBanner)) ? "## " + b.text : b.text;
    p.known = rng_.chance(kBannerKnown);
    out.push_back(std::move(p));
  }

  Piece line(std::string text, Role role, int owner, int gap = 1) {
    Piece p;
    p.text = std::move(text);
    p.role = role;
    p.owner = owner;
    p.gap = gap;
    return p;
  }

  int new_truth(const CleanArticle& a, bool fragment) {
    TruthArticle t;
    t.fragment = fragment;
    t.source = a.file;
    if (!fragment) {
      t.title = a.title;
      t.kicker = a.kicker;
      t.subtitle = a.subtitle;
      t.authors = a.authors;
      t.photos = a.photos;
    }
    page_.truth.articles.push_back(std::move(t));
    return static_cast<int>(page_.truth.articles.size()) - 1;
  }

  void add_truth_block(int owner, const CleanBlock& b, const std::string& text) {
    TruthBlock t;
    t.kind = b.kind;
    t.text = text;
    t.items = b.items;
    for (const auto& row : b.rows) {
      std::string joined;
      for (size_t i = 0; i < row.size(); ++i) joined += (i ? "\t" : "") + row[i];
      t.items.push_back(joined);
    }
    page_.truth.articles[static_cast<size_t>(owner)].body.push_back(std::move(t));
  }

  void photo_pieces(const CleanPhoto& p, int owner, std::vector<Piece>& out) {
    int gap = rng_.between(kPhotoGapMin, kPhotoGapMax);
    if (p.credit.empty()) {
      out.push_back(line(p.caption, Role::kPhoto, owner, gap));
    } else if (p.caption.empty()) {
      out.push_back(line(p.credit, Role::kPhoto, owner, gap));
    } else if (rng_.chance(kCaptionCreditOneLine)) {
      out.push_back(line(p.caption + " " + p.credit, Role::kPhoto, owner, gap));
      mark("caption-credit-one-line");
    } else {
      out.push_back(line(p.caption, Role::kPhoto, owner, gap));
      out.push_back(line(p.credit, Role::kPhoto, owner, 1));
    }
  }

  // ---- Headline stacks ----

  void stack(const CleanArticle& a, int owner, std::vector<Piece>& out) {
    bool kicker = !a.kicker.empty(), subtitle = !a.subtitle.empty();
    bool dash = starts_with(a.subtitle, "—");
    mark(std::string("stack-") + (kicker ? "kicker-" : "") + "title" +
         (subtitle ? (dash ? "-dash-subtitle" : "-subtitle") : ""));
    std::vector<std::string> kicker_lines;
    if (kicker) {
      size_t space = a.kicker.find(' ');
      if (kicker_breaks_in_two(a) && rng_.chance(kKickerOnTwoLines)) {
        kicker_lines = {a.kicker.substr(0, space), a.kicker.substr(space + 1)};
        mark("stack-kicker-on-two-lines");
      } else {
        kicker_lines = {a.kicker};
      }
    }
    if (marked_) {
      for (const auto& k : kicker_lines) out.push_back(line("### " + k, Role::kHeadline, owner));
      out.push_back(line("## " + a.title, Role::kHeadline, owner));
      if (subtitle) out.push_back(line(a.subtitle, Role::kHeadline, owner));
      return;
    }
    std::string title = a.title;
    if (kicker && kicker_lines.size() == 1 && rng_.chance(kKickerTitleOneLine)) {
      title = a.kicker + " " + a.title;
      kicker_lines.clear();
      mark("stack-kicker-title-one-line");
    }
    for (const auto& k : kicker_lines) out.push_back(line(k, Role::kHeadline, owner));
    bool subtitle_on_title = subtitle && dash && kicker_lines.size() <= 1 && title == a.title &&
                             rng_.chance(kDashSubtitleOneLine);
    if (subtitle_on_title) {
      title += (rng_.chance(kDashSubtitleNoSpace) ? "" : " ") + a.subtitle;
      mark("stack-title-dash-subtitle-one-line");
    }
    out.push_back(line(title, Role::kHeadline, owner));
    if (subtitle && !subtitle_on_title) out.push_back(line(a.subtitle, Role::kHeadline, owner));
  }

  // ---- Column breaks ----

  struct CutPlan {
    bool cut = false;
    size_t at = 0;          // in characters
    const char* kind = "";  // cut_name()
    enum class Wedge { kNothing, kBanner, kPhoto, kArticle } wedge = Wedge::kNothing;
  };

  bool valid_cut(const std::u32string& s, size_t c) const {
    return c >= 2 && c + 2 <= s.size() && !is_blank(s[c - 1]) && !is_blank(s[c]) &&
           !ends_sentence(std::u32string_view(s).substr(0, c));
  }

  std::vector<size_t> cut_candidates(const std::u32string& s, Cut kind,
                                     const CleanArticle& a) const {
    std::vector<size_t> out;
    auto add = [&](size_t c) {
      if (valid_cut(s, c)) out.push_back(c);
    };
    switch (kind) {
      case Cut::kName: {
        std::vector<std::string> names = pool_.people;
        names.insert(names.end(), a.authors.begin(), a.authors.end());
        for (const auto& name : names) {
          std::u32string n = to_u32(name);
          if (n.size() < 2) continue;
          for (size_t pos = s.find(n); pos != std::u32string::npos; pos = s.find(n, pos + 1))
            for (size_t c = pos + 1; c < pos + n.size(); ++c) add(c);
        }
        break;
      }
      case Cut::kNumber:
        for (size_t c = 1; c < s.size(); ++c)
          if ((is_digit(s[c - 1]) && (is_digit(s[c]) || s[c] == U'.' || ingest::is_han(s[c]))) ||
              (s[c - 1] == U'.' && is_digit(s[c])))
            add(c);
        break;
      case Cut::kQuote:
        for (size_t c = 2; c < s.size(); ++c)
          if (s[c - 1] == U'”' && !is_terminal_mark(s[c - 2])) add(c);
        break;
      case Cut::kComma:
        for (size_t c = 1; c < s.size(); ++c)
          if (s[c - 1] == U'，' || s[c - 1] == U'、') add(c);
        break;
      case Cut::kShortFirst:
        for (size_t c = 3; c <= std::min(kShortFirstMax, s.size() / 3); ++c) add(c);
        break;
      case Cut::kShortLast:
        for (size_t c = s.size() - std::min(kShortLastMax, s.size() / 3); c + 3 <= s.size(); ++c)
          add(c);
        break;
      case Cut::kAnywhere:
        for (size_t c = 2; c + 2 <= s.size(); ++c) add(c);
        break;
    }
    return out;
  }

  // Where a column break cuts this paragraph, if anywhere.
  size_t choose_cut(const std::u32string& s, const CleanArticle& a, const char** name) {
    int total = 0;
    for (const auto& [k, w] : kCutWeights) total += w;
    int r = static_cast<int>(rng_.below(static_cast<size_t>(total)));
    Cut kind = Cut::kAnywhere;
    for (const auto& [k, w] : kCutWeights) {
      if (r < w) {
        kind = k;
        break;
      }
      r -= w;
    }
    std::vector<size_t> c = cut_candidates(s, kind, a);
    if (c.empty()) {
      kind = Cut::kAnywhere;
      c = cut_candidates(s, kind, a);
    }
    if (c.empty()) return 0;
    mark(cut_name(kind));
    *name = cut_name(kind);
    return c[rng_.below(c.size())];
  }

  // ---- Articles ----

  void article(size_t index, bool may_host, std::vector<Piece>& out) {
    const CleanArticle& a = *chosen_[index];
    int owner = new_truth(a, false);
    if (name_mid_ == static_cast<int>(index)) {
      banner_piece(*page_name_, out, true);
      mark("page-name-mid-page");
    }
    if (rng_.chance(kBannerAboveStack))
      if (const Banner* b = pick_banner({Banner::Kind::kLabel, Banner::Kind::kSlogan})) {
        banner_piece(*b, out, true);
        mark("banner-above-stack");
      }
    if (a.type == "notice") mark("notice");
    if (a.type == "interview") mark("interview");
    if (a.type == "commentary") mark("commentary");
    if (!a.dateline.empty()) mark("dateline");

    // Where each photo goes.
    std::vector<const CleanPhoto*> above, under, waiting, between;
    for (const auto& p : a.photos) {
      double r = static_cast<double>(rng_.below(1000)) / 1000.0;
      if (r < kPhotoAboveStack) {
        above.push_back(&p);
      } else if (r < kPhotoAboveStack + kPhotoUnderStack) {
        under.push_back(&p);
      } else if (r < kPhotoAboveStack + kPhotoUnderStack + kPhotoInCutParagraph) {
        waiting.push_back(&p);
      } else {
        between.push_back(&p);
      }
    }
    for (const auto* p : above) photo_pieces(*p, owner, out);
    if (!above.empty()) mark("photo-above-stack");

    stack(a, owner, out);

    enum class Sign { kNone, kTop, kEnd, kRunIn } sign = Sign::kNone;
    if (a.signed_with_name()) {
      sign = rng_.chance(kSignatureUnderTitle) ? Sign::kTop : Sign::kEnd;
      mark(sign == Sign::kTop ? "signature-under-title" : "signature-at-end");
    } else if (!a.byline.empty()) {
      double r = static_cast<double>(rng_.below(1000)) / 1000.0;
      sign = r < kBylineAtTop                  ? Sign::kTop
             : r < kBylineAtTop + kBylineRunIn ? Sign::kRunIn
                                               : Sign::kEnd;
    }
    if (sign == Sign::kRunIn) {
      const CleanBlock& last = a.body.back();
      if (last.kind != Kind::kParagraph || !ends_sentence(to_u32(last.text))) sign = Sign::kEnd;
    }
    if (!a.byline.empty() && !a.signed_with_name())
      mark(sign == Sign::kTop   ? "byline-at-top"
           : sign == Sign::kEnd ? "byline-at-end"
                                : "byline-run-in");
    if (sign == Sign::kTop) out.push_back(line(a.byline, Role::kByline, owner));
    for (const auto* p : under) photo_pieces(*p, owner, out);
    if (!under.empty()) mark("photo-under-stack");

    body(a, owner, 0, "", may_host ? static_cast<int>(index) : -1, waiting, between,
         sign == Sign::kRunIn ? a.byline : "", out);

    if (sign == Sign::kEnd) out.push_back(line(a.byline, Role::kByline, owner));
  }

  // The body from block `first` on; `first_text` replaces that block's text
  // when not empty (a lost beginning). `host` is the page index of this
  // article when it may take the next article into a column break.
  void body(const CleanArticle& a, int owner, size_t first, const std::string& first_text, int host,
            std::vector<const CleanPhoto*> waiting, std::vector<const CleanPhoto*> between,
            const std::string& run_in, std::vector<Piece>& out) {
    size_t n = a.body.size() - first;
    // Photos between paragraphs: after block k (not the last).
    std::multimap<size_t, const CleanPhoto*> after;
    std::vector<CutPlan> plans(n);
    // The article's tail continues after the next article (page 000: its
    // paragraphs follow someone else's, nothing marks the switch).
    size_t tail_after = n;  // the next article comes after block tail_after
    if (host >= 0 && n >= 3 && next_is_free(host) && rng_.chance(kTailAfterNextArticle)) {
      tail_after = 1 + rng_.below(n - 2);
      hosted_.insert(host);
    }
    size_t wedge_photos = 0;
    for (size_t k = 0; k < n; ++k) {
      const CleanBlock& b = a.body[first + k];
      if (b.kind != Kind::kParagraph) continue;
      std::u32string s = to_u32(k == 0 && !first_text.empty() ? first_text : b.text);
      if (s.size() < kCutMinChars || !rng_.chance(kCutParagraph)) continue;
      const char* kind = "";
      size_t at = choose_cut(s, a, &kind);
      if (at == 0) continue;
      CutPlan& p = plans[k];
      p.kind = kind;
      p.cut = true;
      p.at = at;
      double r = static_cast<double>(rng_.below(1000)) / 1000.0;
      if (r < kWedgeArticle && host >= 0 && next_is_free(host)) {
        p.wedge = CutPlan::Wedge::kArticle;
        hosted_.insert(host);
      } else if (r < kWedgeArticle + kWedgeBanner) {
        p.wedge = CutPlan::Wedge::kBanner;
      } else if (r < kWedgeArticle + kWedgeBanner + kWedgePhoto && wedge_photos < waiting.size()) {
        p.wedge = CutPlan::Wedge::kPhoto;
        ++wedge_photos;
      }
    }
    while (waiting.size() > wedge_photos) {
      between.push_back(waiting.back());
      waiting.pop_back();
    }
    if (n < 2) {  // nothing to stand between: under the headline
      for (const auto* p : between) photo_pieces(*p, owner, out);
    } else {
      for (const auto* p : between) after.insert({rng_.below(n - 1), p});
      if (!between.empty()) mark("photo-between-paragraphs");
    }

    for (size_t k = 0; k < n; ++k) {
      const CleanBlock& b = a.body[first + k];
      std::string text = k == 0 && !first_text.empty() ? first_text : b.text;
      add_truth_block(owner, b, text);
      int block =
          static_cast<int>(page_.truth.articles[static_cast<size_t>(owner)].body.size()) - 1;
      bool last = k + 1 == n;
      switch (b.kind) {
        case Kind::kParagraph:
          paragraph(owner, block, text, plans[k], host, waiting, last ? run_in : "", out);
          break;
        case Kind::kSubheading:
          out.push_back(line(marked_ ? "### " + b.text : b.text, Role::kBody, owner));
          out.back().block = block;
          mark("subheadings");
          break;
        case Kind::kList: {
          bool one_block = marked_ || rng_.chance(kListOneBlock);
          for (size_t i = 0; i < b.items.size(); ++i) {
            out.push_back(line((marked_ ? "- " : "") + b.items[i], Role::kBody, owner,
                               i > 0 && one_block ? 0 : 1));
            out.back().block = block;
          }
          mark("list");
          break;
        }
        case Kind::kTable:
          for (size_t i = 0; i < b.rows.size(); ++i) {
            std::string row;
            for (size_t c = 0; c < b.rows[i].size(); ++c) row += (c ? "\t" : "") + b.rows[i][c];
            out.push_back(line(row, Role::kBody, owner, i > 0 ? 0 : 1));
            out.back().block = block;
            out.back().table = true;
          }
          mark("table");
          break;
        case Kind::kLines: {
          bool one_block = rng_.chance(kSignatureOneBlock);
          for (size_t i = 0; i < b.items.size(); ++i) {
            out.push_back(line(b.items[i], Role::kBody, owner, i > 0 && one_block ? 0 : 1));
            out.back().block = block;
          }
          mark("signature-block");
          break;
        }
      }
      if (k == tail_after) {
        size_t next = static_cast<size_t>(host) + 1;
        embedded_[next] = true;
        article(next, false, out);
        mark("tail-after-next-article");
      }
      if (!last) {
        auto range = after.equal_range(k);
        for (auto it = range.first; it != range.second; ++it) photo_pieces(*it->second, owner, out);
        if (rng_.chance(kBannerBetweenParagraphs))
          if (const Banner* bn = pick_banner({Banner::Kind::kLabel, Banner::Kind::kSlogan})) {
            banner_piece(*bn, out, false);
            mark("banner-between-paragraphs");
          }
      }
    }
  }

  // The article after `host` on the page is still to be laid out, and `host`
  // has not taken an article in yet.
  bool next_is_free(int host) const {
    size_t next = static_cast<size_t>(host) + 1;
    return next < chosen_.size() && !embedded_[next] && !hosted_.count(host);
  }

  void paragraph(int owner, int block, const std::string& text, const CutPlan& plan, int host,
                 std::vector<const CleanPhoto*>& waiting, const std::string& run_in,
                 std::vector<Piece>& out) {
    bool ascii = ascii_page_ || rng_.chance(kAsciiParagraph);
    if (ascii) mark("ascii-punctuation");
    const std::string& tail = run_in;
    auto piece = [&](std::string t) {
      Piece p = line(std::move(t), Role::kBody, owner);
      p.block = block;
      p.ascii = ascii;
      out.push_back(std::move(p));
    };
    if (!plan.cut) {
      piece(text + tail);
      return;
    }
    TruthBlock& truth =
        page_.truth.articles[static_cast<size_t>(owner)].body[static_cast<size_t>(block)];
    truth.split = true;
    truth.cut = plan.kind;
    std::u32string s = to_u32(text);
    piece(to_utf8(s.substr(0, plan.at)));
    const char* wedge = "wedge-nothing";  // a banner wedge finds no free banner: nothing
    switch (plan.wedge) {
      case CutPlan::Wedge::kNothing:
        mark("wedge-nothing");
        wedge = "wedge-nothing";
        break;
      case CutPlan::Wedge::kBanner:
        if (const Banner* b = pick_banner({Banner::Kind::kLabel, Banner::Kind::kSlogan})) {
          banner_piece(*b, out, false);
          mark("wedge-banner");
          wedge = "wedge-banner";
        }
        break;
      case CutPlan::Wedge::kPhoto:
        photo_pieces(*waiting.back(), owner, out);
        waiting.pop_back();
        mark("wedge-photo");
        wedge = "wedge-photo";
        break;
      case CutPlan::Wedge::kArticle: {
        size_t next = static_cast<size_t>(host) + 1;
        embedded_[next] = true;
        article(next, false, out);
        mark("wedge-article");
        wedge = "wedge-article";
        break;
      }
    }
    // (`truth` may have moved: the wedged article added truth articles.)
    page_.truth.articles[static_cast<size_t>(owner)].body[static_cast<size_t>(block)].cut +=
        std::string(" ") + wedge;
    piece(to_utf8(s.substr(plan.at)) + tail);
  }

  // The end of an article whose beginning (and headline) is on another page
  // or column: it opens the page, mid-sentence or at a paragraph.
  void lost_beginning(const CleanArticle& a) {
    std::vector<size_t> paragraphs, later;
    for (size_t k = 0; k < a.body.size(); ++k) {
      if (a.body[k].kind != Kind::kParagraph) continue;
      if (to_u32(a.body[k].text).size() >= 20) paragraphs.push_back(k);
      if (k >= 1) later.push_back(k);
    }
    bool mid = rng_.chance(kLostMidSentence) || later.empty();
    if (mid && paragraphs.empty()) return;
    size_t first = 0;
    std::string text;
    if (mid) {
      first = paragraphs[rng_.below(paragraphs.size())];
      std::u32string s = to_u32(a.body[first].text);
      std::vector<size_t> cuts;
      for (size_t c = s.size() / 4; c <= s.size() * 3 / 4; ++c)
        if (!is_blank(s[c - 1]) && !is_blank(s[c])) cuts.push_back(c);
      if (cuts.empty()) return;
      text = to_utf8(s.substr(cuts[rng_.below(cuts.size())]));
      mark("lost-beginning-mid-sentence");
    } else {
      first = later[rng_.below(later.size())];
      mark("lost-beginning-at-paragraph");
    }
    int owner = new_truth(a, true);
    bool byline = !a.byline.empty() && rng_.chance(kFragmentByline);
    body(a, owner, first, text, -1, {}, {}, "", out_);
    if (byline) {
      out_.push_back(line(a.byline, Role::kByline, owner));
      page_.truth.articles[static_cast<size_t>(owner)].authors = a.authors;
    }
  }

  // ---- Output ----

  void render() {
    std::string& raw = page_.raw;
    int number = 0;
    auto emit = [&](const std::string& s) {
      raw += s;
      raw += '\n';
      ++number;
    };
    for (size_t i = 0; i < out_.size(); ++i) {
      const Piece& p = out_[i];
      int gap = i == 0 ? std::max(p.gap, 2) : p.gap;
      for (int g = 0; g < gap; ++g) emit("");
      bool ascii = !p.table && (ascii_page_ || p.ascii);
      emit(ascii ? ocr_ascii(p.text) : p.text);
      PageTruth& t = page_.truth;
      if (p.role == Role::kBanner) {
        t.banners.push_back({p.banner, number, p.known});
        continue;
      }
      TruthArticle& a = t.articles[static_cast<size_t>(p.owner)];
      switch (p.role) {
        case Role::kHeadline:
          a.headline_lines.push_back(number);
          break;
        case Role::kByline:
          a.byline_lines.push_back(number);
          break;
        case Role::kPhoto:
          a.photo_lines.push_back(number);
          break;
        case Role::kBody:
          a.body[static_cast<size_t>(p.block)].lines.push_back(number);
          break;
        case Role::kBanner:
          break;
      }
    }
  }

  void known_banners() {
    std::vector<std::string>& known = page_.known_banners;
    for (const auto& b : page_.truth.banners)
      if (b.known && std::find(known.begin(), known.end(), b.text) == known.end())
        known.push_back(b.text);
    // The paper's list holds many more than this page prints.
    int others = rng_.between(0, kMaxOtherKnownBanners);
    for (int i = 0; i < others; ++i) {
      const Banner& b = pool_.banners[rng_.below(pool_.banners.size())];
      if (!used_banners_.count(b.text) &&
          std::find(known.begin(), known.end(), b.text) == known.end())
        known.push_back(b.text);
    }
  }

  const Pool& pool_;
  Rng rng_;
  GeneratedPage page_;
  bool marked_ = false, ascii_page_ = false;
  std::vector<const CleanArticle*> chosen_;
  std::vector<bool> embedded_;
  std::set<int> hosted_;
  std::set<std::string> used_banners_;
  int name_mid_ = -1;
  const Banner* page_name_ = nullptr;
  std::vector<Piece> out_;
};

}  // namespace

const std::vector<std::string>& artefact_kinds() {
  static const std::vector<std::string> kinds = {
      "marked-page",
      "ascii-punctuation",
      "page-name-top",
      "page-name-mid-page",
      "slogan-top",
      "lost-beginning-mid-sentence",
      "lost-beginning-at-paragraph",
      "banner-above-stack",
      "banner-between-paragraphs",
      "stack-title",
      "stack-kicker-title",
      "stack-title-subtitle",
      "stack-kicker-title-subtitle",
      "stack-title-dash-subtitle",
      "stack-kicker-title-dash-subtitle",
      "stack-title-dash-subtitle-one-line",
      "stack-kicker-title-one-line",
      "stack-kicker-on-two-lines",
      "cut-in-name",
      "cut-in-number",
      "cut-after-quote",
      "cut-after-comma",
      "cut-short-first-piece",
      "cut-short-last-piece",
      "cut-anywhere",
      "wedge-nothing",
      "wedge-banner",
      "wedge-photo",
      "wedge-article",
      "tail-after-next-article",
      "dateline",
      "byline-at-top",
      "byline-at-end",
      "byline-run-in",
      "signature-under-title",
      "signature-at-end",
      "photo-above-stack",
      "photo-under-stack",
      "photo-between-paragraphs",
      "caption-credit-one-line",
      "subheadings",
      "list",
      "notice",
      "signature-block",
      "table",
      "interview",
      "commentary",
  };
  return kinds;
}

bool kicker_breaks_in_two(const CleanArticle& a) {
  return a.kicker.find(' ') != std::string::npos && to_u32(a.kicker).size() >= kKickerTwoLinesMin;
}

GeneratedPage layout_page(const Pool& pool, uint64_t seed) {
  return PageBuilder(pool, seed).build();
}

}  // namespace gazette::import_eval
