// Parses built pages with libxml2's HTML parser, as a browser would read them.
#pragma once

#include <string>
#include <vector>

namespace gazette::testing {

struct HtmlLink {
  std::string href, text;
};

struct HtmlPage {
  bool parsed = false;
  std::string lang;   // <html lang>
  std::string title;  // <title> text
  std::string h1;     // first <h1> text
  std::vector<HtmlLink> links;
};

HtmlPage parse_html(const std::string& html);

// Whether `xml` parses with libxml2's XML parser (feeds, sitemaps).
bool xml_well_formed(const std::string& xml);

// How often `needle` occurs in `text`.
size_t count_of(const std::string& text, const std::string& needle);

}  // namespace gazette::testing
