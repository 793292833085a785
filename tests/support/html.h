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

// What in a built page could run or lead somewhere the theme did not put
// it, one line per finding (empty: nothing): an element that embeds or
// executes (iframe, object, embed, frame, base, svg, math); an on* event
// attribute; a script that is neither a file of the site (src under
// `base_path`) nor JSON-LD free of '<'; a link, source or form target with a
// scheme other than http, https or mailto, or with a bidirectional control
// character; an <img src="x"> (a payload's); a <meta http-equiv> other than
// the Content-Security-Policy.
std::vector<std::string> unsafe_markup(const std::string& html, const std::string& base_path);

// The text of every element named `tag`, in document order.
std::vector<std::string> texts_of(const std::string& html, const std::string& tag);

// Whether `xml` parses with libxml2's XML parser (feeds, sitemaps).
bool xml_well_formed(const std::string& xml);

// How often `needle` occurs in `text`.
size_t count_of(const std::string& text, const std::string& needle);

}  // namespace gazette::testing
