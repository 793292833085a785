// The segmenter: the units of one raw page → articles, banners, review notes.
//
// It walks the page once. Body units (paragraphs, tables, lists, signature
// blocks) go to the current article; a paragraph that follows a dangling one
// (see sentence.h) is its continuation and is joined to it, across photos,
// captions and credits in between. Runs of non-body units (short lines,
// headings, bylines, photos) between bodies are read in context:
//   - bylines and a lone name right after a body end the current article,
//     unless it already named its writers (then they head the next one) —
//     a lone name over "东：…" is a speaker's name the break cut, not a
//     signature;
//   - short issuer lines and a date after a notice are its signature block,
//     and up to two short lines right above them (a hotline, or its cut
//     first piece over the rest) the notice's last text, never a headline
//     over an article of a signature alone;
//   - a short line right after a dangling paragraph that the dictionary reads across, or that
//     ends a sentence, is that paragraph's continuation — not when it heads text: a dateline
//     right under it, a byline or a "——" subtitle after it ("三、新址办" / "公交线网优化后，
//     市民出行会有哪些变化？" / "——访…": 办公 reads across by chance);
//   - photos, or up to two unmarked short lines followed by text that starts
//     mid-sentence, inside a dangling paragraph are wedged into it (a column
//     break) — not lines over a whole article signed off by its byline, after
//     which a paragraph starts mid-sentence or is a bare end ("为每一位“城市美容师”
//     点赞！" / its text / "本报评论员" / "发生。"): they head that article — photos stay with the
//     article, a short line becomes its subtitle (flagged; never one with a label's shape: a slogan
//     pair, at most five characters, a page name) or a page banner; on topic alone (the text after
//     staying on the dangling article's) never a line the text after repeats clearly more than the
//     article above: that heads the text
//     ("今年74岁的" / "“掌上公交”App上线 候车时间一查便知" / "“3路车…”");
//   - a lone "###" heading right over a list is the open article's section
//     ("### 观灯赏景" / "- 古城新春灯会：…"), never a kicker with no title;
//   - a lone "###" heading between paragraphs is a subheading (label-shaped
//     unmarked lines beside it, a slogan pair, are banners, and so is any
//     unmarked line over text that starts a sentence of its own with nothing
//     read across: a marked subheading has no subtitle), and so is a
//     lone unmarked short line on a page with Markdown headings, or inside a
//     feature when the text after it stays on the feature's topic or the line
//     is printed in its subheadings' pattern (about as long, a word quoted:
//     "分拣线上的“接力赛”" / … / "一单一单地“跑”出来") (a
//     subheading stands between whole paragraphs: never after a dangling
//     one; a slogan pair there is a banner unless the feature repeats its words;
//     short lines set off between whole paragraphs as banners are the article's
//     sections after all when it has two sections or more with them: "告别矿井"
//     before "重新当“学生”";
//     over a numbered run from its first item it is a list's own title, and so over text that
//     reaches a table within a few units (before another line that may head text); a series
//     or an occasion, alone or before a title on one line, is never a section; a column's name
//     ("营商环境大家谈", stack_cues.h is_column_name) alone over text with no dateline, in an
//     article with a headline, is a banner: it heads neither an article nor a section, and so is
//     one last in a run of lines over such text (the lines above it read without it);
//     right after the lead paragraph of a feature that opened with its
//     byline or under a "——" subtitle, a line of at most 13 characters is a
//     subheading);
//   - numbered short lines (一、招生范围) inside an article are its section
//     headings, never new articles — but one that stops unfinished where the
//     item before or after it is printed run-in (二、推广节水器具。… as a
//     paragraph) is that item's cut first piece ("一、树立节水" / "意识。…"), also with a
//     whole article printed below it (its continuation then comes after that); with a line after
//     them that ends on a comma or a digit and a headline below, that line is the first piece of a
//     paragraph cut by a whole other article (a number it leaves open is finished by a later
//     paragraph, which rejoins it) — so is, in an open article, a line over a headline whose
//     cut a later paragraph (after a finished one) finishes: a number it cuts, or, for a line
//     shaped like text (a comma or a speaker's colon inside, a numbered item's start), a word
//     read across the cut whose four characters the page prints whole once ("据介绍，这部电" /
//     … / "梯总投资约68万元…") or, for such a line of eight characters or more, text that starts
//     mid-sentence ("清明节是缅怀先人、寄托哀思的传统" / a notice / "节日。…"; a notice's date
//     ends the wedged article as a finished paragraph does); a kicker such as 乡村振兴看平城 never
//     is; the next section heading (二、 after 一、), with label banners around it, may stand above
//     the first piece of a cut paragraph whose continuation follows, and so may, in an article
//     with no dateline, one short unnumbered label ("“每块表都有故事”" / "…每年要修的表有5" / a
//     whole commentary / "00多块，…");
//   - in a feature, a short line with a comma (≤ 12 characters) over text
//     that opens with a time phrase is a subheading ("一间教室，三个年级" /
//     "上午第一节课，…"); so is, between whole paragraphs of an article
//     without a dateline, a line that opens with a time of day, a space and
//     a phrase ("凌晨1时40分 醉酒者与受伤的孩子": is_timeline_heading); and a
//     line over text with such sections, in an article without them, is that
//     text's title (a feature prints its sections in one pattern), as is any
//     unmarked line after a table (a feature prints no tables); so is a section labelled
//     in one pattern ("产业账：一棵杏树结出“金果果”", a label of two to four letters and a
//     colon), in an article without a dateline over text that opens a sentence, when the
//     article already has, or the page further down prints, another label as long ending
//     alike ("生态账：…"; never a body, "区民政局：…", which heads a brief);
//   - the rest of an interview's question a break cut ("…新举措？"), with
//     banners or photos beside it, over an answer ("答：…", "何建平：…") is
//     joined to the open question of this article or an earlier one, and the
//     answer follows it there; an answer after an article that asks nothing
//     goes to the earlier article whose last block is its question;
//   - a contact field cut inside its number above a notice's issuer and date
//     ("监督电话：0352-" / "5037788") is one paragraph again;
//   - in a feature, a short line (≤ 13 characters) over a line at least twice
//     as long that starts a sentence, before its continuation: a subheading
//     and the cut paragraph's first piece ("从小迷上剪纸" / "今年67岁的…") —
//     unless the short line is of four letters or fewer, unmarked, and its own
//     cut the continuation finishes ("为确" / a banner / "保改造质量，…"); so
//     are a marked "###" subheading and a line under it whose cut the
//     continuation finishes ("### 老人的书架" / "今年74岁的苗振" / photo /
//     "华是一名…", the page naming 苗振华);
//   - photos between an article's end and the next headline go to the
//     article their caption is about (topic_similarity.h; the earlier one
//     when the caption does not tell);
//   - a word quoted alone, or a line ending on one, over text that opens with its predicate
//     ("“物业议事会”" / "由社区党组织牵头，…", "让“高效办成一件事”" / "成为常态，…") is that
//     paragraph's first piece, cut after its quote;
//   - a short line that points back at the text above it (以上, 上述 …) is
//     that text's cut first piece, never a headline; so is a lone line of
//     two characters or fewer over text ("小事" / "连着民生，…"): no headline,
//     subheading or banner is that short;
//   - lines that head no body at all are page banners;
//   - otherwise the run is a new article's headline stack (headline_stack.h),
//     but for its last line when that is the first piece of the paragraph
//     under it: at most 10 characters, a headline line above it, and the
//     text goes on across the cut (a word, number or name cut, "本报" / "讯（…",
//     a piece opening with a preposition, or text starting mid-sentence).
// A fragment's lone short line (≤ 13 characters) over text that opens a
// sentence (not with a time phrase read as a cut piece's rest) and stays on
// its topic is its subheading: the end of a feature printed on from another
// page keeps its sections.
// Text that belongs to no headline — a dateline paragraph without a title, or
// a paragraph starting mid-sentence that continues no open paragraph — starts
// a headless article (a fragment) with a review note; a paragraph starting
// mid-sentence is first offered to the nearest earlier article still waiting
// for its continuation, and so is any text right after an article that has
// ended (its byline or signature printed), or text that finishes a number or
// word the earlier article left cut, or that goes on with the numbered items
// an earlier article's last block left off at ("三、…" after its "二、…",
// another article printed in between; when that item was cut, the whole
// paragraph right before the next one is its rest, if it is closer in topic
// to the list's article than to the one it follows). A cut word is the dictionary's (ICU) or
// a name or term the page prints whole elsewhere (word_seam.h seam_recurs);
// when the text would otherwise follow an article that ended, such a name
// is proof enough, else the text must also be closer in topic to the cut
// article. Text with no home at all that finishes an earlier article's
// one-line kicker (a number, a dictionary word for text that starts
// mid-sentence, a name the page prints whole, a list of names going on after
// an enumeration comma, or text that starts mid-sentence under a kicker opening a clause on a
// preposition or a condition, "在位于白鹭街道" / "的区第七幼儿园，…"; never a marked heading or a
// series line) takes it back: the kicker was the
// first piece of a paragraph of the article before that one, cut right above the wedged article.
// So does a line read as a banner above a stack that has no banner's shape (at most ten letters,
// no space, no sentence's end, no slogan pair, page, column, theme, series, body or notice
// name: "自今年4月启动以" / a commentary / "来，…"), for the open article before it.
// Nothing is ever dropped: every unit lands in exactly
// one article field or banner.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/article.h"
#include "ingest/units.h"

namespace gazette::ingest {

struct SegmentOptions {
  std::optional<std::string> page_name;
};

PageImport segment_page(const std::vector<Unit>& units, const std::string& source_file,
                        const SegmentOptions& options);

}  // namespace gazette::ingest
