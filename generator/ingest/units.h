// Raw text → units: the lines and blocks the segmenter reasons about.
//
// A block is a run of non-blank lines; `gap_before` counts the blank lines
// before it (a run of two or more marks a photo placeholder). A block of
// tab-separated rows is a table, "- " lines a list, short lines ending in a
// date a notice's signature, three or more other lines that are all text
// (no byline, credit, date, banner, heading or dateline) a list whose items
// lost their markers (a headline stack or a paragraph is set off by blank
// lines on every real and generated page seen: the raw text prints a
// paragraph on one line, and a hard-wrapped one would read as a list); any
// other multi-line block is read line by line.
// Each single line is classified by shape alone — Markdown heading, byline
// (never an interview turn: "记者：今年" is a question cut by the break),
// photo credit (with its caption when that is the line above or on the same
// line), date, page furniture (责任编辑, 第1234期) or a known banner (always a banner),
// headline-like short line, or paragraph — after the punctuation fix. A short
// line that is a paragraph's first piece becomes a paragraph: it cuts a word
// or a name the page prints whole elsewhere (or cuts a number whose unit
// opens the text after known banners), or it runs items joined by 、 and
// stops without a mark, before text that is no dateline; or, as the last line
// of a headline run, it has at most five characters and breaks a clause
// (word_seam.h: "参保群众可", "在街道党") or makes a dateline with the text
// ("本报" / "讯（记者…"), or has at most three characters and is no page name
// ("外墙" / "做了保温，…", a photo may stand between it and the headline) — a
// five-character title ("山村女医生") stays a title. A dateline the break cut ("本报" /
// "讯（记者…）…", wherever it stands) is then joined into one paragraph. After a paragraph, an
// unfinished line that opens with a speaker the page gives another turn ("王晓帆：我们村种谷子有",
// another line opening with 王晓帆：) is that turn's first piece. Under a notice's title any
// unmarked line but a dash subtitle is
// text: notices have no subtitles. Over a dash subtitle, a line of at most 24
// characters that ends no sentence with 。 or a clause mark is its title, even
// asking with a comma inside ("AI进课堂，老师会被替代吗？" / "——访…") and after a paragraph
// left open unless it starts mid-sentence (then it is that paragraph's end); so is such a
// title printed on one line with its dash subtitle, no 。 in it, not under a paragraph left open.
// Up to two one-line paragraphs of at most 24 letters that end no sentence, between a headline
// line and a byline the text follows, are headline lines ("奔跑吧，平城" under "写在…之际"); so
// are they under a kicker by its own shape (stack_cues.h: an occasion, a series, a column, a
// body; a column's label of two to five letters, "岚溪时评", not a page's name; or a bare
// name signing the text above) over text that starts a sentence of its own with no word cut
// across (under a label or a name: not after a paragraph left open, and only lines that open on
// no time phrase, pronoun or speaker, stop on no word that needs more — "…一位市民在" — and run
// no items joined by 、 on into the text); such a line may ask, at most 20 letters ending on its
// only ？ ("读者来信" / "鹭洲公园的路灯，能否晚关一小时？"). A voice quoted
// (is_quoted_voice) under a title, over the dateline or a byline the text follows, is a
// headline line whatever the quotation says ("老人们说：“饭菜软和，…。”").
// A line with a comma inside that ends no sentence, right over a dateline or byline (a caption
// may stand between), is a headline line: at most 24 characters, or 36 right under another
// headline line (a subtitle stating its figures: "12支队伍460余人参演，重点检验…"); one of at
// most 12 letters between whole paragraphs over text opening on a time phrase or a quotation
// is a feature's section ("一根竹子，劈出几十层" / "“竹编的功夫，…").
// Right under a headline line (not a notice's title), a line of at most 36 characters with one
// comma, no sentence end and no word that needs more, over text that plainly starts on its own
// (on a time phrase, a voice quoted — not a word in quotes —, 据…, or a salutation; after a
// photo only when the line states figures) or over a table or a list, is a subtitle
// ("东港街道长者食堂运营满一年，日均供餐420份" / "上午10点半，…"); so is any dash line of at
// most 48 characters with no full stop under a headline line (commas and all).
// Context (is this short line a title, a kicker or a banner?) is the segmenter's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"

namespace gazette::ingest {

struct Unit {
  enum class Kind {
    kParagraph,
    kHeading,
    kShort,
    kByline,
    kPhoto,
    kDate,
    kBanner,
    kTable,
    kList,
    kLines
  };
  Kind kind = Kind::kParagraph;
  std::string text;                  // single-line units: the printed text
  int level = 0;                     // kHeading: number of '#'
  std::vector<std::string> rows;     // kTable rows (tabs kept), kList items, kLines lines
  std::vector<std::string> authors;  // kByline
  Photo photo;                       // kPhoto
  int line = 0;                      // first raw line
  std::vector<int> lines;            // all raw lines
  int gap_before = 0;                // blank lines before the unit
};

struct UnitOptions {
  bool fix_punctuation = true;
  // Known banners (importer.h PageSettings::banners), trimmed: a line equal
  // to one of them is a kBanner unit. Not owned; may be null.
  const std::vector<std::string>* banners = nullptr;
};

std::vector<Unit> make_units(std::string_view text, const UnitOptions& options);

bool is_body_unit(const Unit& u);

// The text a paragraph unit opens with, read across a number the column
// break cut right at its start ("19" / "96年，闫桂香…" → "1996年，闫桂香…"):
// the unit's text, joined with the next paragraph's when the unit (a
// paragraph, or a short line not yet read as one) is a piece of at most six
// characters, unfinished, whose number the next one goes on.
std::u32string opening_text(const std::vector<Unit>& units, size_t i);

}  // namespace gazette::ingest
