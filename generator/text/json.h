// JSON string literals, for JSON-LD in pages and the search index's files.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

// Appends `s` as a JSON string literal (quotes included). Besides what JSON
// requires, '<', '>' and '&' are written as \u escapes, so the literal can
// sit inside an HTML <script> element without ever closing it.
void append_json_string(std::string& out, std::string_view s);

}  // namespace gazette
