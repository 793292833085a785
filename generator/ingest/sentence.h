// Sentence boundaries at the edges of a paragraph: the column-break signals.
//
// A printed paragraph ends with a terminal mark (。！？；：…, or a closing quote
// after one). A paragraph that does not "dangles": a column break cut it and
// its continuation follows elsewhere. A paragraph that begins with a mark that
// cannot start a sentence (，、。）”…), with 的/们/吗…, or with a one-character
// clause ("物、道路…", "点，重点…"), or with one character before a colon
// other than 问/答/注/按/附 (a speaker's name cut: "刘卫" / "东：…"), or with
// a sentence of two or three characters not ending on a particle ("科学课。…",
// not "天亮了。…"), or with a verb of saying after nothing or after one
// character that is no pronoun or adverb ("介绍，…", "远介绍，…": a speaker's
// name cut; not "他介绍，", "据介绍，"), or with a directional complement
// before a mark ("下来的，…", "起来，…": a verb cut), or with a word closing a time phrase before
// a mark ("之际，…", "以来，…", "期间，…": the phrase began before the break) starts
// mid-sentence. These are the only
// signals the joiner trusts; a name split across the break ("周" / "玉芳") has
// no start signal and is found through the dangling end alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette::ingest {

bool ends_sentence(std::u32string_view paragraph);

bool starts_mid_sentence(std::u32string_view paragraph);

// The text opens with what follows a subject — the copula, an agent or
// passive marker, an adverb of time or scope (是, 由, 已, 正在, 将, 被, 成为,
// 也, 还, 都, 就, 则, 即): "由社区党组织牵头，…" after "“物业议事会”".
bool opens_with_predicate(std::u32string_view paragraph);

// "（下转第2版）" at the end / "（上接第1版）" at the start of a paragraph: the
// page number the text jumps to or comes from.
std::optional<std::string> jump_to(std::u32string_view paragraph);
std::optional<std::string> jump_from(std::u32string_view paragraph);

}  // namespace gazette::ingest
