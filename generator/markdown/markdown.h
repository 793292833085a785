// Markdown to HTML with cmark-gfm (tables, strikethrough, autolinks, tagfilter).
//
// Raw HTML in Markdown is never passed through: cmark-gfm's safe mode replaces
// it with a comment, and tagfilter neutralises the dangerous tags that might
// still slip through. Link URLs with unsafe schemes (javascript:, vbscript:,
// file:, data: other than images) are dropped by cmark's safe mode too.
// Functions are thread-safe; each call uses its own parser.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

std::string markdown_to_html(std::string_view markdown);

// The plain text of the first paragraph, for summaries and meta descriptions
// (at most `max_chars` code points, "……" appended when cut).
std::string markdown_summary(std::string_view markdown, size_t max_chars);

}  // namespace gazette
