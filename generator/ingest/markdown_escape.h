// Escaping printed text for Markdown, and the exact inverse the lossless check
// uses.
//
// escape_line() makes one line of printed text read back as itself in
// CommonMark/GFM: backslash, ` * _ [ < | are always escaped ('|' so that no
// line can pass for a table row); ~ when the line holds two or more; & before
// a letter or '#' (an entity); at the line start # > and list or
// thematic-break markers ("- ", "1. ", "---", "==="). Table cells get the
// same inline escapes. The writer adds only this syntax: "### "
// headings, "- " list items, "| … |" table rows with a "| --- |" separator,
// and a trailing backslash for hard line breaks; printed_text() removes
// exactly that syntax and these escapes again.
#pragma once

#include <string>
#include <string_view>

namespace gazette::ingest {

std::string escape_line(std::string_view text);
std::string escape_cell(std::string_view text);

// The printed text of a Markdown body written by this importer: syntax and
// escapes removed, lines kept (separated by '\n').
std::string printed_text(std::string_view markdown);

}  // namespace gazette::ingest
