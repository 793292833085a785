#include "ingest/units.h"

#include <algorithm>
#include <cstddef>
#include <unordered_set>

#include "ingest/byline.h"
#include "ingest/caption.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/names.h"
#include "ingest/punctuation.h"
#include "ingest/sentence.h"
#include "ingest/stack_cues.h"
#include "ingest/word_seam.h"

namespace gazette::ingest {
namespace {

// The longest caption printed without a credit that is read as one.
constexpr size_t kMaxBareCaption = 40;

struct RawLine {
  int number = 0;
  std::string text;  // punctuation fixed, ends trimmed (tabs kept for tables)
};

struct RawBlock {
  std::vector<RawLine> lines;
  int gap_before = 0;
};

// Trims spaces but keeps tabs, which separate table cells (a leading tab is an
// empty first cell).
std::string trim_keep_tabs(std::string_view line) {
  std::u32string s = to_u32(line);
  size_t b = 0, e = s.size();
  while (b < e && s[b] != U'\t' && is_space(s[b])) ++b;
  while (e > b && s[e - 1] != U'\t' && is_space(s[e - 1])) --e;
  return to_utf8(std::u32string_view(s).substr(b, e - b));
}

std::vector<RawBlock> split_blocks(std::string_view text, bool fix) {
  std::vector<RawBlock> blocks;
  int gap = 0, number = 0;
  bool in_block = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (trim(to_u32(line)).empty()) {
      ++gap;
      in_block = false;
      continue;
    }
    if (!in_block) {
      blocks.push_back({{}, gap});
      gap = 0;
      in_block = true;
    }
    std::string kept = trim_keep_tabs(line);
    blocks.back().lines.push_back({number, fix ? fix_punctuation(kept) : kept});
  }
  return blocks;
}

// A banner is compared without its white space: OCR drops or doubles the gap
// in "守护碧水蓝天 共建美丽家园".
using BannerSet = std::unordered_set<std::u32string>;

BannerSet banner_set(const UnitOptions& options) {
  BannerSet out;
  if (options.banners)
    for (const auto& b : *options.banners) {
      std::u32string s = without_spaces(to_u32(b));
      if (!s.empty()) out.insert(s);
    }
  return out;
}

// "二、征集时间：即日起": a numbered item with its text after the colon is a
// paragraph of the body (a section heading has no colon and text).
bool is_numbered_item(std::u32string_view s) {
  auto e = parse_enumerator(s);
  if (!e) return false;
  size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos) return false;
  for (size_t i = colon + 1; i < s.size(); ++i)
    if (is_han(s[i]) || is_ascii_alnum(s[i])) return true;
  return false;
}

Unit single_line_unit(const RawLine& line, int gap, const BannerSet& banners) {
  Unit u;
  u.line = line.number;
  u.lines = {line.number};
  u.gap_before = gap;
  std::u32string s(trim(to_u32(line.text)));
  u.text = to_utf8(s);
  if (auto h = parse_marked_heading(s)) {
    u.kind = Unit::Kind::kHeading;
    u.level = h->level;
    u.text = to_utf8(h->text);
  } else if (auto item = strip_list_marker(s)) {
    u.kind = Unit::Kind::kList;
    u.rows = {to_utf8(*item)};
  } else if (is_page_furniture(s) || banners.count(without_spaces(s))) {
    u.kind = Unit::Kind::kBanner;
  } else if (auto b = starts_with_speaker(s) ? std::nullopt : parse_byline(s)) {
    u.kind = Unit::Kind::kByline;
    u.authors = b->authors;
  } else if (auto c = parse_credit(s)) {
    u.kind = Unit::Kind::kPhoto;
    u.photo = {"", c->text, c->by, line.number};
  } else if (auto cc = split_caption_credit(s)) {
    u.kind = Unit::Kind::kPhoto;
    u.photo = {cc->caption, cc->credit.text, cc->credit.by, line.number};
  } else if (is_date_line(s)) {
    u.kind = Unit::Kind::kDate;
  } else if (is_headline_like(s) && !starts_mid_sentence(s) && !parse_dateline(s) &&
             !is_numbered_item(s)) {
    u.kind = Unit::Kind::kShort;
  } else if (starts_like_caption(s) && s.size() <= 120) {
    u.kind = Unit::Kind::kPhoto;
    u.photo = {u.text, "", "", line.number};
  } else {
    u.kind = Unit::Kind::kParagraph;
  }
  return u;
}

// A line with Markdown syntax of its own ("## …", "- …") is always read alone,
// so its marker is syntax wherever it stands (the lossless check relies on it).
bool has_marker(const RawLine& l) {
  std::u32string s = to_u32(l.text);
  return parse_marked_heading(s) || strip_list_marker(s);
}

bool is_list_block(const RawBlock& b, std::vector<std::string>* items) {
  std::vector<std::string> marked;
  std::vector<std::u32string> texts;
  for (const auto& l : b.lines) {
    texts.push_back(std::u32string(trim(to_u32(l.text))));
    if (auto item = strip_list_marker(texts.back())) marked.push_back(to_utf8(*item));
  }
  if (marked.size() == b.lines.size()) {
    *items = marked;
    return true;
  }
  if (is_numbered_run(texts)) {
    for (const auto& t : texts) items->push_back(to_utf8(t));
    return true;
  }
  return false;
}

// Issuer lines and a date on consecutive lines (the end of a notice).
bool is_signature_block(const RawBlock& b) {
  if (b.lines.size() < 2 || b.lines.size() > 6) return false;
  for (const auto& l : b.lines) {
    if (has_marker(l)) return false;
    std::u32string s(trim(to_u32(l.text)));
    if (s.size() > 25 || s.empty() || (is_terminal(s.back()) && s.back() != U'：')) return false;
  }
  return is_date_line(to_u32(b.lines.back().text));
}

Unit block_unit(const RawBlock& b, Unit::Kind kind) {
  Unit u;
  u.kind = kind;
  u.line = b.lines.front().number;
  u.gap_before = b.gap_before;
  for (const auto& l : b.lines) {
    u.lines.push_back(l.number);
    if (kind != Unit::Kind::kList)
      u.rows.push_back(kind == Unit::Kind::kTable ? l.text : trim_utf8(l.text));
  }
  return u;
}

std::u32string text_of(const Unit& u) { return to_u32(u.text); }

// The line above a credit is its caption when it reads like one: it ends a
// sentence, starts with 图为, or follows a photo placeholder (blank-line run).
bool is_caption_for_credit(const Unit& prev) {
  if (prev.kind != Unit::Kind::kParagraph && prev.kind != Unit::Kind::kShort) return false;
  std::u32string s = text_of(prev);
  if (s.size() > 100 || parse_dateline(s)) return false;
  return ends_sentence(s) || starts_like_caption(s) || prev.gap_before >= 2;
}

void pair_captions(std::vector<Unit>& units) {
  std::vector<Unit> out;
  for (auto& u : units) {
    bool lone_credit =
        u.kind == Unit::Kind::kPhoto && u.photo.caption.empty() && !u.photo.credit.empty();
    if (lone_credit && !out.empty() && u.gap_before <= 1 && is_caption_for_credit(out.back())) {
      Unit& prev = out.back();
      prev.photo = {prev.text, u.photo.credit, u.photo.by, prev.line};
      prev.kind = Unit::Kind::kPhoto;
      prev.lines.insert(prev.lines.end(), u.lines.begin(), u.lines.end());
      continue;
    }
    out.push_back(std::move(u));
  }
  units = std::move(out);
}

// A photo printed without a credit: after the picture's place (a run of
// blank lines) one short sentence that is its caption ("村民在大棚里采摘草莓。").
// A paragraph there is longer, or more than one sentence, or opens with a
// dateline; a line ending without a full stop is a headline or a cut piece.
// At the page's top the blank lines are its margin (two); a third is the
// picture's place, and the caption one clause (a longer sentence there may
// end a paragraph printed on from another page). Not the continuation of a sentence left open above
// it ("…自2023年8" / "月1日起实施。").
void caption_only_photos(std::vector<Unit>& units) {
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    // At the page's top the picture's place is a blank line more than the
    // top margin of two.
    if (u.kind != Unit::Kind::kParagraph || u.gap_before < (i == 0 ? 3 : 2)) continue;
    if (i > 0 && units[i - 1].kind == Unit::Kind::kParagraph &&
        !ends_sentence(text_of(units[i - 1])))
      continue;
    std::u32string s(trim(text_of(u)));
    if (s.empty() || s.back() != U'。' || letter_count(s) > kMaxBareCaption || !is_han(s.front()) ||
        starts_mid_sentence(s) || parse_dateline(s) || starts_with_speaker(s) ||
        is_numbered_item(s))
      continue;
    if (std::any_of(s.begin(), s.end() - 1, is_terminal)) continue;  // two sentences
    // At the page's top a sentence may as well be the last of a paragraph
    // printed on from another page ("刚从外地返乡的侯佳怡说，她打算…。"): only
    // one clause there.
    if (i == 0 && std::any_of(s.begin(), s.end(), is_clause_mark)) continue;
    u.kind = Unit::Kind::kPhoto;
    u.photo = {u.text, "", "", u.line};
  }
}

bool has_tab(const RawLine& l) { return l.text.find('\t') != std::string::npos && !has_marker(l); }

// A block as a whole (a list, a signature) or line by line, keeping runs of
// tab-separated rows together as tables.
void block_units(const RawBlock& b, const BannerSet& banners, std::vector<Unit>& out) {
  std::vector<std::string> items;
  if (b.lines.size() > 1 && is_list_block(b, &items)) {
    out.push_back(block_unit(b, Unit::Kind::kList));
    out.back().rows = items;
    return;
  }
  if (is_signature_block(b)) {
    out.push_back(block_unit(b, Unit::Kind::kLines));
    return;
  }
  // Three or more lines printed on consecutive lines, none a byline, credit,
  // date, banner, heading or dateline, no tab: a list whose items lost their
  // markers (a winners' list, "《…》　平城一中　宋嘉禾"). A headline stack or
  // a paragraph is set off by blank lines.
  if (b.lines.size() >= 3 && std::none_of(b.lines.begin(), b.lines.end(), has_tab) &&
      std::all_of(b.lines.begin(), b.lines.end(), [&](const RawLine& l) {
        const Unit u = single_line_unit(l, 0, banners);
        return (u.kind == Unit::Kind::kShort || u.kind == Unit::Kind::kParagraph) &&
               !parse_dateline(to_u32(u.text));
      })) {
    out.push_back(block_unit(b, Unit::Kind::kList));
    for (const auto& l : b.lines) out.back().rows.push_back(trim_utf8(l.text));
    return;
  }
  for (size_t i = 0; i < b.lines.size();) {
    int gap = i == 0 ? b.gap_before : 0;
    size_t j = i;
    while (j < b.lines.size() && has_tab(b.lines[j])) ++j;
    if (j - i >= 2) {
      RawBlock rows{
          {b.lines.begin() + static_cast<long>(i), b.lines.begin() + static_cast<long>(j)}, gap};
      out.push_back(block_unit(rows, Unit::Kind::kTable));
      i = j;
      continue;
    }
    out.push_back(single_line_unit(b.lines[i], gap, banners));
    ++i;
  }
}

bool heads_a_body(const Unit& u) {
  return u.kind == Unit::Kind::kByline ||
         (u.kind == Unit::Kind::kParagraph && parse_dateline(to_u32(u.text)));
}

// A short sentence or a photo between a headline and its dateline.
bool is_caption_like(const Unit& u) {
  if (u.kind == Unit::Kind::kPhoto) return true;
  std::u32string s = text_of(u);
  return u.kind == Unit::Kind::kParagraph && s.size() <= 40 && ends_sentence(s) &&
         !parse_dateline(s);
}

bool is_dateline_unit(const Unit& u) {
  return u.kind == Unit::Kind::kParagraph && parse_dateline(text_of(u));
}

// The unit at `i` heads a body, possibly after one caption.
bool heads_a_body_at(const std::vector<Unit>& units, size_t i) {
  if (i >= units.size()) return false;
  if (heads_a_body(units[i])) return true;
  // Above a byline, a plain sentence is a caption only after a photo's place
  // (a run of blank lines): else it is as likely the end of a cut paragraph
  // and the byline its article's last line.
  if (!is_caption_like(units[i]) || i + 1 >= units.size()) return false;
  const Unit& after = units[i + 1];
  return is_dateline_unit(after) ||
         (heads_a_body(after) && (units[i].kind == Unit::Kind::kPhoto || units[i].gap_before >= 2));
}

bool ends_with_clause_mark(std::u32string_view s) {
  std::u32string_view t = trim(s);
  return !t.empty() && is_clause_mark(t.back());
}

// "…一位市民在", "…群众代表和": a line stopping on a word that needs what follows.
bool ends_on_function_word(std::u32string_view s) {
  s = trim(s);
  return !s.empty() &&
         std::u32string_view(U"的把被将让而或但在和与及对向从给为是了").find(s.back()) !=
             std::u32string_view::npos;
}

// Text that opens quoting a voice: a quotation of six letters or more, or one with a mark
// inside ("“两荤两素一汤，老人价12元…”"), not a word set in quotes ("“龙眼井”。…").
bool opens_on_voice(std::u32string_view t) {
  if (!starts_with(t, U"“")) return false;
  const size_t close = t.find(U'”');
  const std::u32string_view quoted =
      t.substr(1, close == std::u32string_view::npos ? t.npos : close - 1);
  return letter_count(quoted) >= 6 ||
         quoted.find_first_of(U"，。！？") != std::u32string_view::npos;
}

// A time phrase opens the line ("目前，…", "开通一年来，…") — not a statement of figures whose
// first word only holds a time's letter ("日均受理97件，群众满意率达99.6%").
bool opens_on_time(std::u32string_view s) {
  return opens_with_time_phrase(s) && (opens_with_whole_time_phrase(s) || !states_figures(s));
}

// A headline may hold a comma ("稳就业，保民生"; never after a time phrase, "目前，…",
// which opens a sentence): a short line that does not end
// a sentence and stands right above a dateline or byline (or above another
// headline line that does, or above a bare name over text that opens a
// sentence), possibly with a caption in between, is a headline
// line — unless the paragraph above it dangles, when it is that paragraph's
// continuation.
void promote_comma_headlines(std::vector<Unit>& units) {
  for (size_t i = units.size(); i-- > 0;) {
    Unit& u = units[i];
    if (u.kind != Unit::Kind::kParagraph || i + 1 >= units.size()) continue;
    std::u32string s = text_of(u);
    bool question = !s.empty() &&
                    std::u32string_view(U"？！?!").find(s.back()) != std::u32string_view::npos &&
                    s.size() <= 20;  // "垃圾分类，你做对了吗？"
    // "“人这一辈子，": a comma at the end or a quote left open is a cut sentence.
    // Under a headline line, right over the text's start, a subtitle may state
    // its figures at length ("12支队伍460余人参演，重点检验极端情况下的应急处置能力").
    const bool under_headline = i > 0 && (units[i - 1].kind == Unit::Kind::kShort ||
                                          units[i - 1].kind == Unit::Kind::kHeading);
    const size_t most = under_headline && heads_a_body_at(units, i + 1) ? 36 : 24;
    if (s.size() > most || (ends_sentence(s) && !question) || ends_with_clause_mark(s) ||
        starts_with_speaker(s) || leaves_bracket_open(s) || opens_on_time(s) ||
        s.find_first_of(U"。；;") != std::u32string::npos || starts_mid_sentence(s) ||
        parse_dateline(s))
      continue;
    const Unit& next = units[i + 1];
    bool above_headline = (next.kind == Unit::Kind::kShort || next.kind == Unit::Kind::kHeading) &&
                          heads_a_body_at(units, i + 2);
    // A commentary's writer printed as a bare name under its title, over
    // text that opens a sentence ("南宫越" / "入夏以来，…"); a name a break
    // cut goes on mid-sentence ("刘卫" / "东：…").
    bool above_signature = next.kind == Unit::Kind::kShort && looks_like_signature(text_of(next)) &&
                           i + 2 < units.size() && units[i + 2].kind == Unit::Kind::kParagraph &&
                           !starts_mid_sentence(text_of(units[i + 2]));
    // A feature's subheading with a comma ("一间教室，三个年级"), over a
    // paragraph that opens with a time phrase ("上午第一节课，…") or a quotation
    // ("一根竹子，劈出几十层" / "“竹编的功夫，…"; not after a word that needs
    // more): a new sentence starts there, so the line is no cut piece of it.
    // (Also over a number the break cut at the text's start: "19" / "96年，…".)
    const std::u32string opening = opening_text(units, i + 1);
    bool above_time_phrase =
        (next.kind == Unit::Kind::kParagraph || opening.size() > text_of(next).size()) &&
        letter_count(s) <= 12 &&
        (opens_with_time_phrase(opening) || (opens_on_voice(opening) && !ends_on_function_word(s)));
    if (!heads_a_body_at(units, i + 1) && !above_headline && !above_signature && !above_time_phrase)
      continue;
    // (Over a writer's bare name the line is no piece of a paragraph left open above: a
    // paragraph's last piece ends its sentence, and nothing but text follows a name that signs
    // the text below.)
    if (i > 0 && units[i - 1].kind == Unit::Kind::kParagraph &&
        !ends_sentence(text_of(units[i - 1])) && !above_signature)
      continue;
    u.kind = Unit::Kind::kShort;
  }
}

bool has_inner_space(std::u32string_view s) {
  std::u32string_view t = trim(s);
  for (char32_t c : t)
    if (is_space(c)) return true;
  return false;
}

// A short line between paragraphs whose last word goes on in the paragraph
// below ("民警结合身边的真" / "实案例，…"): the first piece of a cut paragraph,
// not a headline.
//
// Under a headline, a line of at most 5 characters right above the text is
// the text's first piece too ("走进古" / "城鼓楼东街的…"): no subtitle is that
// short, and a lone name there is a signature, not a piece.
// The lines above units[i] follow a paragraph left mid-sentence: text below
// them that starts mid-sentence is that paragraph's continuation, and the
// lines are wedged in the column break ("…询问了企业的" / "主动问需解难" /
// "助力企业发展" / "的经营范围…").
bool after_open_paragraph(const std::vector<Unit>& units, size_t i) {
  while (i > 0) {
    const Unit& u = units[--i];
    if (u.kind == Unit::Kind::kParagraph) return !ends_sentence(text_of(u));
    if (u.kind != Unit::Kind::kShort && u.kind != Unit::Kind::kHeading &&
        u.kind != Unit::Kind::kPhoto && u.kind != Unit::Kind::kBanner)
      return false;
  }
  return false;
}

// A short line ending in a number whose unit opens the text after known
// banners printed in the break ("清晨6" / 「垃圾分类 你我同行」 / "点半，…"):
// the number is cut, the line is the text's first piece.
void demote_cut_numbers(std::vector<Unit>& units) {
  for (size_t i = 0; i + 2 < units.size(); ++i) {
    Unit& u = units[i];
    if (u.kind != Unit::Kind::kShort) continue;
    size_t n = i + 1;
    while (n < units.size() && units[n].kind == Unit::Kind::kBanner) ++n;
    if (n == i + 1 || n >= units.size() || units[n].kind != Unit::Kind::kParagraph) continue;
    if (splits_a_number(text_of(u), text_of(units[n]))) u.kind = Unit::Kind::kParagraph;
  }
}

// "王晓帆：我们村种谷子有" over "几百年历史，…": a line that opens with a
// speaker of at most four characters and a colon, a speaker the page gives
// another turn to (another line opens with the same name and colon), is a
// turn of an interview, not a subheading; unfinished, the break cut it.
bool is_repeated_speaker_turn(std::u32string_view s, std::u32string_view page) {
  size_t colon = s.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon < 1 || colon > 4 || colon + 1 >= s.size())
    return false;
  for (size_t i = 0; i < colon; ++i)
    if (!is_han(s[i])) return false;
  return occurrences(page, U"\n" + std::u32string(s.substr(0, colon + 1))) >= 2;
}

// Whether a word or a number reads across from the line into the text below
// it. Text that opens with a time phrase set off by a comma ("去年以来，…")
// starts a sentence: a dictionary word read across that seam is chance
// ("把星空带给更多人" / "去年以来，…"), a number cut is not.
bool reads_across(std::u32string_view s, std::u32string_view next, std::u32string_view page) {
  if (opens_with_whole_time_phrase(next)) return splits_a_number(s, next);
  return cuts_inside(s, next) || seam_recurs(s, next, page);
}

void demote_cut_lines(std::vector<Unit>& units, std::u32string_view page) {
  demote_cut_numbers(units);
  for (size_t i = 1; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    const Unit& prev = units[i - 1];
    const Unit& next = units[i + 1];
    if (u.kind != Unit::Kind::kShort || next.kind != Unit::Kind::kParagraph ||
        parse_dateline(text_of(next)))
      continue;
    std::u32string s = text_of(u);
    // Under a headline only a line that cannot be a headline line itself: a
    // gap between two parts (改造小区46个 惠及居民1.2万户) or figures make one,
    // and a dash subtitle is one whatever word the dictionary reads across.
    bool under_headline = (prev.kind == Unit::Kind::kShort || prev.kind == Unit::Kind::kHeading ||
                           prev.kind == Unit::Kind::kByline || prev.kind == Unit::Kind::kPhoto) &&
                          !has_inner_space(s) && !states_figures(s) && !is_subtitle_dash(s);
    // The last line of a headline run (a photo may stand between it and the
    // lines above: "老旧小区改造让居民住得更舒心" / … / photo / "外墙" / "做了保温，…").
    auto headline_unit = [](const Unit& x) {
      return x.kind == Unit::Kind::kShort || x.kind == Unit::Kind::kHeading;
    };
    const bool last_under_headline = headline_unit(prev) || (prev.kind == Unit::Kind::kPhoto &&
                                                             i >= 2 && headline_unit(units[i - 2]));
    // A run of items joined by 、 that stops without a mark reads as text:
    // headlines in this shape are rare ("资助困难学生、搜救" / "失踪人员…").
    // A dash subtitle never is one ("——访区政协委员、…副院长聂红英").
    bool enumerates = s.find(U'、') != std::u32string::npos && !ends_sentence(s) &&
                      !has_inner_space(s) && !parse_enumerator(s) && !is_subtitle_dash(s);
    if (prev.kind == Unit::Kind::kParagraph && !ends_sentence(s) &&
        is_repeated_speaker_turn(s, page)) {
      u.kind = Unit::Kind::kParagraph;
    } else if ((prev.kind == Unit::Kind::kParagraph || under_headline || enumerates) &&
               (reads_across(s, text_of(next), page) || enumerates)) {
      u.kind = Unit::Kind::kParagraph;
    } else if (under_headline && starts_mid_sentence(text_of(next)) && !is_subtitle_dash(s) &&
               !looks_like_signature(s) && !ends_sentence(s) && !after_open_paragraph(units, i)) {
      u.kind = Unit::Kind::kParagraph;
    } else if ((prev.kind == Unit::Kind::kShort || prev.kind == Unit::Kind::kHeading) &&
               is_notice_title(text_of(prev)) && !is_subtitle_dash(s) && !ends_sentence(s) &&
               !has_inner_space(s)) {
      // A notice has no subtitle: under its title the text begins ("为保障…
      // 工程顺利" / "实施，确保…").
      u.kind = Unit::Kind::kParagraph;
    } else if (last_under_headline && letter_count(s) <= 5 && !looks_like_signature(s) &&
               !is_subtitle_dash(s) && !parse_enumerator(s) &&
               !starts_mid_sentence(text_of(next)) && !ends_sentence(s) &&
               (breaks_a_clause(s, text_of(next)) || opens_with_preposition(s) ||
                parse_dateline(s + text_of(next)) ||
                (letter_count(s) <= 3 && !is_page_name_like(s)))) {
      u.kind = Unit::Kind::kParagraph;
    }
  }
}

// A dateline the column break cut ("本报" / "讯（记者 上官婷）进入11月，…",
// "新华社北京7月19日" / "电（记者…）…") is one paragraph: the piece (a short
// line or a paragraph's piece, never a headline that short) and its
// rest are joined here, so that everything after reads the text as opening
// with its dateline (an article's start, never a continuation).
void join_cut_datelines(std::vector<Unit>& units) {
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& piece = units[i];
    const Unit& rest = units[i + 1];
    if ((piece.kind != Unit::Kind::kParagraph && piece.kind != Unit::Kind::kShort) ||
        rest.kind != Unit::Kind::kParagraph)
      continue;
    const std::u32string s = text_of(piece);
    const std::u32string r = text_of(rest);
    if (ends_sentence(s) || parse_dateline(s) || parse_dateline(r) || !parse_dateline(s + r))
      continue;
    piece.kind = Unit::Kind::kParagraph;
    piece.text += rest.text;
    piece.lines.insert(piece.lines.end(), rest.lines.begin(), rest.lines.end());
    units.erase(units.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// "探望孤寡老人、清扫背街" / "小巷、义务理发，…": items joined by 、 that run on into the
// text below, before its first clause ends.
bool runs_items_on(std::u32string_view s, std::u32string_view below) {
  if (s.find(U'、') == std::u32string_view::npos) return false;
  const size_t item = below.find(U'、');
  return item != std::u32string_view::npos && item < below.find_first_of(U"，。；,;！？");
}

// A one-line paragraph of a headline's size (at most 24 letters) that ends no
// sentence and no clause: a headline line a comma inside hid, where the units
// around it say so (make_units).
bool open_headline_sized(const Unit& u) {
  return u.kind == Unit::Kind::kParagraph && u.lines.size() == 1 &&
         letter_count(text_of(u)) <= 24 && !ends_sentence(text_of(u)) &&
         !ends_with_clause_mark(text_of(u));
}

// Or one that asks, of at most 20 letters with no full stop in it ("鹭洲公园的路灯，能否晚关
// 一小时？"): a headline may ask.
bool asking_headline_sized(const Unit& u) {
  const std::u32string s = text_of(u);
  return u.kind == Unit::Kind::kParagraph && u.lines.size() == 1 && letter_count(s) <= 20 &&
         (ends_with(s, U"？") || ends_with(s, U"?")) &&
         s.find_first_of(U"。；;！!") == std::u32string::npos &&
         s.find_first_of(U"？?") + 1 == s.size();
}

// A subtitle with a comma inside, right under a headline line, over text that
// begins on its own: "一碗热饭里的“邻里账”" / "东港街道长者食堂运营满一年，日均供餐420份" /
// "上午10点半，…"; "——2025年7月1日起执行，首30分钟免费" under its title. Under a notice's
// title only a dash subtitle (the text begins there: demote_cut_lines). The text below must plainly
// start on its own (a first paragraph's piece cut by the break reads on into it: "古井村坐落在…，
// 因村口" / "一口明代古井得名。"); a line opening on a time phrase or a speaker, or stopping on
// a word that needs more, is the text's own start.
void promote_open_subtitles(std::vector<Unit>& units, std::u32string_view page) {
  for (size_t i = 1; i + 1 < units.size(); ++i) {
    Unit& u = units[i];
    const Unit& above = units[i - 1];
    if (u.kind != Unit::Kind::kParagraph || u.lines.size() != 1 ||
        (above.kind != Unit::Kind::kShort && above.kind != Unit::Kind::kHeading))
      continue;
    const std::u32string s = text_of(u);
    if (is_subtitle_dash(s)) {
      if (s.size() <= 48 && s.find_first_of(U"。；;") == std::u32string::npos &&
          !ends_sentence(s) && !ends_with_clause_mark(s))
        u.kind = Unit::Kind::kShort;
      continue;
    }
    // One comma: two clauses; a paragraph's piece runs on ("为方便群众…，经与…，现将城区").
    const size_t comma = s.find_first_of(U"，,");
    if (is_notice_title(text_of(above)) || s.size() > 36 || comma == std::u32string::npos ||
        s.find_first_of(U"，,", comma + 1) != std::u32string::npos ||
        s.find_first_of(U"。；;：:") != std::u32string::npos || ends_sentence(s) ||
        ends_with_clause_mark(s) || ends_on_function_word(s) || starts_with_speaker(s) ||
        leaves_bracket_open(s) || opens_on_time(s) || starts_mid_sentence(s) || parse_dateline(s))
      continue;
    size_t n = i + 1;
    while (n < units.size() && units[n].kind == Unit::Kind::kPhoto) ++n;
    if (n >= units.size()) continue;
    const Unit& next = units[n];
    const std::u32string t = text_of(next);
    // Text that plainly starts on its own: on a time phrase, a voice quoted (not a word: "…村里
    // 人都叫它" / "“龙眼井”。…"), a source (据…), or a notice's salutation ("各位应聘人员："); or
    // after a photo, under a subtitle that states figures ("…山脚下，因村口" / a photo /
    // "一口明代古井得名。" is a piece).
    const bool opens_plainly =
        (n > i + 1 && states_figures(s)) || opens_with_time_phrase(t) || opens_on_voice(t) ||
        starts_with_any(t, {U"据", U"根据", U"按照"}) ||
        (letter_count(t) <= 20 && (ends_with(t, U"：") || ends_with(t, U":")) &&
         t.find(U"如下") == std::u32string::npos);
    const bool text_of_its_own = next.kind == Unit::Kind::kParagraph && opens_plainly &&
                                 !starts_mid_sentence(t) && !reads_across(s, t, page);
    if (text_of_its_own || next.kind == Unit::Kind::kTable || next.kind == Unit::Kind::kList)
      u.kind = Unit::Kind::kShort;
  }
}

}  // namespace

std::u32string opening_text(const std::vector<Unit>& units, size_t i) {
  if (i >= units.size()) return U"";
  std::u32string s = text_of(units[i]);
  if ((units[i].kind != Unit::Kind::kParagraph && units[i].kind != Unit::Kind::kShort) ||
      i + 1 >= units.size() || units[i + 1].kind != Unit::Kind::kParagraph || letter_count(s) > 6 ||
      ends_sentence(s))
    return s;
  const std::u32string rest = text_of(units[i + 1]);
  return splits_a_number(s, rest) ? s + rest : s;
}

bool is_body_unit(const Unit& u) {
  switch (u.kind) {
    case Unit::Kind::kParagraph:
    case Unit::Kind::kTable:
    case Unit::Kind::kList:
    case Unit::Kind::kLines:
      return true;
    default:
      return false;
  }
}

std::vector<Unit> make_units(std::string_view text, const UnitOptions& options) {
  std::vector<Unit> units;
  const BannerSet banners = banner_set(options);
  for (const RawBlock& b : split_blocks(text, options.fix_punctuation))
    block_units(b, banners, units);
  pair_captions(units);
  caption_only_photos(units);
  promote_comma_headlines(units);
  demote_cut_lines(units, to_u32(text));
  join_cut_datelines(units);
  promote_open_subtitles(units, to_u32(text));
  // A short line between a headline and the table under it, that ends no
  // sentence, is the table's subtitle ("2024—2025年度城区供热收费标准" /
  // "供热期：2024年11月1日至2025年3月31日" / the table), not its text.
  for (size_t i = 1; i + 1 < units.size(); ++i)
    if (units[i].kind == Unit::Kind::kParagraph && units[i + 1].kind == Unit::Kind::kTable &&
        (units[i - 1].kind == Unit::Kind::kShort || units[i - 1].kind == Unit::Kind::kHeading) &&
        letter_count(text_of(units[i])) <= 24 && !ends_sentence(text_of(units[i])) &&
        !ends_with_clause_mark(text_of(units[i])))
      units[i].kind = Unit::Kind::kShort;
  // A short line right above a "——" subtitle is that subtitle's title, even
  // when it asks with a comma ("AI进课堂，老师会被替代吗？" / "——访…"): no
  // paragraph ends over a dash line.
  for (size_t i = 0; i + 1 < units.size(); ++i)
    if (units[i].kind == Unit::Kind::kParagraph && units[i].lines.size() == 1 &&
        (units[i + 1].kind == Unit::Kind::kShort || units[i + 1].kind == Unit::Kind::kHeading) &&
        is_subtitle_dash(text_of(units[i + 1])) && letter_count(text_of(units[i])) <= 24 &&
        !ends_with_clause_mark(text_of(units[i])) && !ends_with(text_of(units[i]), U"。") &&
        (i == 0 || units[i - 1].kind != Unit::Kind::kParagraph ||
         ends_sentence(text_of(units[i - 1])) || !starts_mid_sentence(text_of(units[i]))))
      units[i].kind = Unit::Kind::kShort;
  // So is such a title printed on one line with its subtitle ("AI进课堂，老师会被
  // 替代吗？ ——访…"): no sentence in it, the dash part a subtitle's shape.
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind != Unit::Kind::kParagraph || units[i].lines.size() != 1) continue;
    const std::u32string s = text_of(units[i]);
    auto cut = split_dash_subtitle(s);
    if (!cut || s.find(U'。') != std::u32string::npos || !is_subtitle_dash(cut->second) ||
        letter_count(cut->first) > 24 || ends_with_clause_mark(cut->first) ||
        (i > 0 && units[i - 1].kind == Unit::Kind::kParagraph &&
         !ends_sentence(text_of(units[i - 1]))))
      continue;
    units[i].kind = Unit::Kind::kShort;
  }
  // Lines between a headline line and a byline that the text follows are the
  // stack's, even with a comma inside ("写在…之际" / "奔跑吧，平城" / "从社区球场
  // 到乡村赛道，越来越多的人动了起来" / "本报记者 …" / text): a byline signs text
  // below or above it, never a sentence left open right above it.
  for (size_t i = 1; i + 1 < units.size(); ++i) {
    if (units[i].kind != Unit::Kind::kByline || units[i + 1].kind != Unit::Kind::kParagraph)
      continue;
    size_t m = i;
    while (m > 0 && i - m < 2 && open_headline_sized(units[m - 1])) --m;
    if (m == i || m == 0 ||
        (units[m - 1].kind != Unit::Kind::kShort && units[m - 1].kind != Unit::Kind::kHeading))
      continue;
    for (size_t k = m; k < i; ++k) units[k].kind = Unit::Kind::kShort;
  }
  // So are such lines under a kicker by its own shape (an occasion, a series, a
  // column, a body) over text that starts a sentence of its own: a kicker
  // heads a title, and nothing is cut across into the text.
  for (size_t i = 1; i < units.size(); ++i) {
    if (units[i - 1].kind != Unit::Kind::kShort) continue;
    const std::u32string t = text_of(units[i - 1]);
    const std::u32string_view above = trim(t);
    // A column's label (2 to 5 letters: "岚溪时评", "读者来信") heads its title too, and so does
    // a writer's bare name signing the text above ("南宫越" / "防溺水“六不”，家长孩子都要记牢");
    // a page's name heads a page, and a line opening on a time phrase, stopping on a word that
    // needs what follows ("前些天，一位市民在") or running items joined by 、 on into the text
    // ("志愿服务队" / "探望孤寡老人、清扫背街" / "小巷、义务理发，…") is a sentence's piece.
    // (Nor after a paragraph left open: the short line is then a piece wedged in its break.)
    const bool label = !is_page_name_like(above) && !after_open_paragraph(units, i - 1) &&
                       is_column_label_over(above, letter_count(text_of(units[i])));
    if (!is_theme_line(above) && !is_series_line(above) && !is_column_name(above) &&
        !is_organisation_line(above) && !label)
      continue;
    // A line opening on a pronoun or a speaker ("他说，这几年…") starts a sentence too.
    auto sentence_piece = [&](size_t k) {
      const std::u32string line = text_of(units[k]);
      return opens_on_time(line) || ends_on_function_word(line) || starts_with_speaker(line) ||
             starts_with_any(line, {U"他", U"她", U"我", U"你", U"它", U"咱"}) ||
             runs_items_on(line, opening_text(units, k + 1));
    };
    size_t m = i;
    while (m < units.size() && m - i < 2 &&
           (open_headline_sized(units[m]) || asking_headline_sized(units[m])) &&
           !ends_with(text_of(units[m]), U"：") && !(label && sentence_piece(m)))
      ++m;
    if (m == i || m >= units.size() || units[m].kind != Unit::Kind::kParagraph ||
        starts_mid_sentence(text_of(units[m])) ||
        splits_a_word(text_of(units[m - 1]), text_of(units[m])))
      continue;
    for (size_t k = i; k < m; ++k) units[k].kind = Unit::Kind::kShort;
  }
  // A voice quoted under a title, right over the text's dateline or a byline the text follows
  // ("“家门口”的老年食堂开张了" / "老人们说：“饭菜软和，价钱实惠，…。”" /
  // "本报讯…"), is its subtitle, whatever it says inside the quotation.
  for (size_t i = 1; i + 1 < units.size(); ++i) {
    if (units[i].kind != Unit::Kind::kParagraph || units[i].lines.size() != 1 ||
        (units[i - 1].kind != Unit::Kind::kShort && units[i - 1].kind != Unit::Kind::kHeading) ||
        letter_count(text_of(units[i])) > 48 || !is_quoted_voice(text_of(units[i])))
      continue;
    const Unit& next = units[i + 1];
    const bool text_after_byline = next.kind == Unit::Kind::kByline && i + 2 < units.size() &&
                                   units[i + 2].kind == Unit::Kind::kParagraph;
    if (text_after_byline || (next.kind == Unit::Kind::kParagraph && parse_dateline(text_of(next))))
      units[i].kind = Unit::Kind::kShort;
  }
  // A known banner right above a "——" subtitle is that subtitle's title
  // (page furniture never is).
  for (size_t i = 0; i + 1 < units.size(); ++i)
    if (units[i].kind == Unit::Kind::kBanner && !is_page_furniture(text_of(units[i])) &&
        (units[i + 1].kind == Unit::Kind::kShort || units[i + 1].kind == Unit::Kind::kHeading) &&
        is_subtitle_dash(text_of(units[i + 1])))
      units[i].kind = Unit::Kind::kShort;
  return units;
}

}  // namespace gazette::ingest
