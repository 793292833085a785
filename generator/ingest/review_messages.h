// The review notes the importer writes for editors, in one place so that the
// wording stays consistent (and tests can refer to it).
//
// Each function returns one message for an article's `review` list or the
// page summary. Messages name the doubt first ("缺少标题：…") so an editor can
// scan a list of them.
#pragma once

#include <string>

namespace gazette::ingest::msg {

std::string no_title();
std::string missing_start();
std::string jump_from(const std::string& page);
std::string jump_to(const std::string& page);
std::string jump_not_merged(const std::string& first_part);
std::string reconnected(int line);
std::string moved_in(int line, const std::string& from_title);
std::string moved_out(int line, const std::string& to_title);
std::string dangling(const std::string& tail);
std::string wedged_subtitle(const std::string& text, int line);
std::string two_line_stack(const std::string& kicker, const std::string& title);
// A title line in two long parts kept whole; it may hold a kicker.
std::string two_part_title(const std::string& title);
std::string wedged_banner(const std::string& text, int line);
std::string uncredited_caption(const std::string& text);
std::string unmarked_subheading(const std::string& text);
std::string banner(const std::string& text);
std::string heads_nothing(const std::string& text);
std::string table_shift(int first_line, int last_line, int shift);
std::string no_author();

}  // namespace gazette::ingest::msg
