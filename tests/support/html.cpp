#include "support/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cctype>

namespace gazette::testing {
namespace {

std::string content(xmlNode* n) {
  xmlChar* t = xmlNodeGetContent(n);
  std::string s = t ? reinterpret_cast<const char*>(t) : "";
  xmlFree(t);
  return s;
}

std::string prop(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

void walk(xmlNode* n, HtmlPage& page) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string name = reinterpret_cast<const char*>(n->name);
    if (name == "html") page.lang = prop(n, "lang");
    if (name == "title" && page.title.empty()) page.title = content(n);
    if (name == "h1" && page.h1.empty()) page.h1 = content(n);
    if (name == "a") page.links.push_back({prop(n, "href"), content(n)});
    walk(n->children, page);
  }
}

bool has_bidi_control(const std::string& s) {
  // U+202A..U+202E, U+2066..U+2069 in UTF-8.
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]),
               c = static_cast<unsigned char>(s[i + 2]);
    if (a == 0xE2 && b == 0x80 && c >= 0xAA && c <= 0xAE) return true;
    if (a == 0xE2 && b == 0x81 && c >= 0xA6 && c <= 0xA9) return true;
  }
  return false;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

void audit(xmlNode* n, const std::string& base_path, std::vector<std::string>& out) {
  static const std::vector<std::string> kEmbedding = {"iframe",   "object", "embed", "frame",
                                                      "frameset", "base",   "svg",   "math"};
  static const std::vector<std::string> kUrlAttrs = {"href",   "src",    "action", "formaction",
                                                     "srcset", "poster", "data",   "cite"};
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string name = lower(reinterpret_cast<const char*>(n->name));
    const std::string where = "<" + name + "> line " + std::to_string(xmlGetLineNo(n)) + ": ";
    if (std::find(kEmbedding.begin(), kEmbedding.end(), name) != kEmbedding.end())
      out.push_back(where + "an embedding element");
    for (xmlAttr* a = n->properties; a; a = a->next) {
      const std::string attr = lower(reinterpret_cast<const char*>(a->name));
      const std::string value = prop(n, reinterpret_cast<const char*>(a->name));
      if (attr.rfind("on", 0) == 0) out.push_back(where + "event attribute " + attr);
      if (std::find(kUrlAttrs.begin(), kUrlAttrs.end(), attr) == kUrlAttrs.end()) continue;
      if (has_bidi_control(value)) out.push_back(where + attr + " holds a bidi control");
      // The scheme as a browser reads it: leading spaces and controls
      // dropped, tabs and line breaks removed anywhere, then letters,
      // digits, "+", "-", "." up to a colon (anything else: a relative URL).
      std::string url;
      for (char c : value)
        if (c != '\t' && c != '\n' && c != '\r') url += c;
      const auto at = std::find_if(url.begin(), url.end(), [](char c) {
        return c != ' ' && static_cast<unsigned char>(c) >= 0x20;
      });
      if (at == url.end()) continue;
      const size_t start = static_cast<size_t>(at - url.begin());
      const size_t colon = url.find(':', start);
      if (colon == std::string::npos) continue;
      const std::string scheme = lower(url.substr(start, colon - start));
      const bool is_scheme =
          !scheme.empty() && std::isalpha(static_cast<unsigned char>(scheme[0])) &&
          std::all_of(scheme.begin(), scheme.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
          });
      if (is_scheme && scheme != "http" && scheme != "https" && scheme != "mailto")
        out.push_back(where + attr + " with scheme " + scheme + ": " + value);
    }
    if (name == "script") {
      const std::string src = prop(n, "src"), type = prop(n, "type");
      const bool own_file =
          !src.empty() && src.rfind(base_path, 0) == 0 && src.find("..") == std::string::npos;
      const bool data =
          src.empty() && type == "application/ld+json" && content(n).find('<') == std::string::npos;
      if (!own_file && !data)
        out.push_back(where + "a script not of the site: " + src + content(n));
    }
    if (name == "img" && prop(n, "src") == "x") out.push_back(where + "a payload's image");
    if (name == "meta" && xmlHasProp(n, BAD_CAST "http-equiv") &&
        lower(prop(n, "http-equiv")) != "content-security-policy")
      out.push_back(where + "meta http-equiv " + prop(n, "http-equiv"));
    audit(n->children, base_path, out);
  }
}

void collect(xmlNode* n, const std::string& tag, std::vector<std::string>& out) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (lower(reinterpret_cast<const char*>(n->name)) == tag) out.push_back(content(n));
    collect(n->children, tag, out);
  }
}

htmlDocPtr read_html(const std::string& html) {
  return htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
}

}  // namespace

std::vector<std::string> unsafe_markup(const std::string& html, const std::string& base_path) {
  std::vector<std::string> out;
  htmlDocPtr doc = read_html(html);
  if (!doc) return {"does not parse"};
  audit(xmlDocGetRootElement(doc), base_path, out);
  xmlFreeDoc(doc);
  return out;
}

std::vector<std::string> texts_of(const std::string& html, const std::string& tag) {
  std::vector<std::string> out;
  htmlDocPtr doc = read_html(html);
  if (!doc) return out;
  collect(xmlDocGetRootElement(doc), tag, out);
  xmlFreeDoc(doc);
  return out;
}

HtmlPage parse_html(const std::string& html) {
  HtmlPage page;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!doc) return page;
  page.parsed = true;
  walk(xmlDocGetRootElement(doc), page);
  xmlFreeDoc(doc);
  return page;
}

bool xml_well_formed(const std::string& xml) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return false;
  xmlFreeDoc(doc);
  return true;
}

size_t count_of(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace gazette::testing
