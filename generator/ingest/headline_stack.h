// A headline stack: the short lines above a body, split into banners, kicker
// (引题), title (主题), subtitle (副题), byline, signature and photos.
//
// With Markdown markers (the raw text has "## title" / "### kicker"): the
// title is the last heading of the highest level; deeper headings before it
// are the kicker, same-level headings before it head nothing (banners),
// unmarked lines before the first heading are banners, unmarked lines after
// the title are the subtitle — or the signature when they are a lone name, or
// the body's first piece when one line of at most five characters, unfinished,
// stands over text without a dateline (no subtitle is that short).
// Without markers: a trailing lone name is the signature; a line shaped like
// a page name (…头条, …要闻, …新闻, …副刊) is a page banner; trailing lines
// that start with —— are the subtitle (a "主题——副题" line is cut in two).
// Without a dash the roles go by count and cues (stack_cues.h): two lines are
// kicker + title or title + subtitle (figures below, an organisation or
// series above …; with no cue kicker + title, and `doubt` is set; a first
// line that is a slogan pair merged into a title — "保护文化遗产 赓续历史文脉
// 文物普查新发现17处遗存" — or a kicker by its shape merged into one ("写在“119”消防宣传月
// 之际 警铃响起之后"; not a series with its subject or a body) is kicker and title, the
// second the subtitle); three are
// kicker / title / subtitle unless the middle one is an organisation or a
// series (then kicker, kicker, title) or the first is a short label (≤ 6
// characters: a banner, unless it names a body such as 城东街道 or the third
// line states figures or is a voice quoted whole — a subtitle's shape, even under a title that
// states some too ("屋顶装上光伏板 村民年增收3000元") — or is in two parts under a middle line
// at least three characters longer, the title, that is no kicker by its own shape ("民生一线" /
// "区政府常务会议审议通过《…》" / "物业费分五级定价 业主可“看单付费”") — then the stack is full
// and the label its kicker; two matching halves over a line longer than both together are one
// kicker printed on two lines, then the title); from four on, the first lines are banners. A short
// leading line of a multi-line kicker is a banner, and a lone title line that merged a kicker
// ("某某区供热公司 提前试水 保障温暖") is cut where the organisation or slogan pair ends. The page
// name
// (--page-name) is always a banner. Unmarked short lines after a byline that follows the stack's
// lines, none ending a sentence, are the body's first piece (lead_pieces) — a slogan pair after the
// first of them is a banner the break wedged in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/units.h"

namespace gazette::ingest {

struct HeadlineLine {
  std::string text;
  int line = 0;
};

struct HeadlineStack {
  std::vector<HeadlineLine> banners;
  std::vector<HeadlineLine> kicker, subtitle;
  std::optional<HeadlineLine> title;
  std::vector<const Unit*> bylines;  // byline units
  std::optional<HeadlineLine> signature;
  std::vector<std::string> signature_names;
  std::vector<Photo> photos;
  std::vector<HeadlineLine> lead_subheadings;  // marked headings below the title
  // Unmarked short lines after the byline that ends a stack ("“马大姐”的十年志愿路" /
  // "本报记者 孟晓燕" / "清晨" / "6点半，马春兰…"): the headline is over by
  // then, so such a line unfinished is the first piece of the body's first
  // paragraph, cut by the column, not a title.
  std::vector<const Unit*> lead_pieces;
  bool doubt = false;  // two unmarked lines no cue could tell apart: kicker + title assumed
  // A title line in two long parts left whole, which may hold a merged kicker
  // (may_hold_merged_kicker, stack_cues.h).
  bool two_part_title = false;
};

// `below`: the text under the stack (its first paragraphs; a first one the
// break cut goes on past what was wedged in), when known; it
// decides a two-line stack no shape cue could (stack_cues.h).
HeadlineStack resolve_stack(const std::vector<const Unit*>& run,
                            const std::optional<std::string>& page_name,
                            const std::string& below = {});

// "a b" from the lines' texts.
std::string join_lines(const std::vector<HeadlineLine>& lines);

}  // namespace gazette::ingest
