#include "support/html.h"

#include <libxml/HTMLparser.h>

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

}  // namespace gazette::testing
