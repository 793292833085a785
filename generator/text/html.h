// HTML escaping for text and attribute values (& < > " ').
#pragma once

#include <string>
#include <string_view>

namespace gazette {

void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

}  // namespace gazette
