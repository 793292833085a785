#include "support/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

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

}  // namespace

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
