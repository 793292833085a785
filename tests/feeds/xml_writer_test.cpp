#include "feeds/xml_writer.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace gazette;

namespace {

// Parses `xml` and returns the text of the root's first element child named `name`.
struct Parsed {
  bool ok = false;
  std::string root, child_text, attribute;
};

Parsed parse(const std::string& xml, const char* child, const char* attr) {
  Parsed p;
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return p;
  p.ok = true;
  xmlNode* root = xmlDocGetRootElement(doc);
  p.root = reinterpret_cast<const char*>(root->name);
  for (xmlNode* n = root->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || xmlStrcmp(n->name, BAD_CAST child) != 0) continue;
    xmlChar* text = xmlNodeGetContent(n);
    p.child_text = reinterpret_cast<const char*>(text);
    xmlFree(text);
    if (xmlChar* a = xmlGetProp(n, BAD_CAST attr)) {
      p.attribute = reinterpret_cast<const char*>(a);
      xmlFree(a);
    }
    break;
  }
  xmlFreeDoc(doc);
  return p;
}

}  // namespace

TEST_CASE("xml writer: text and attributes are escaped, Chinese kept as UTF-8", "[feeds]") {
  XmlWriter w;
  w.start("feed");
  w.attribute("xml:lang", "zh-CN");
  w.start("title");
  w.attribute("type", "text \"<引号>\" & 'x'");
  w.text("测试报 <&> 『志愿红』");
  w.end();
  w.end();
  const std::string xml = w.finish();
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(xml.find("测试报 &lt;&amp;&gt; 『志愿红』") != std::string::npos);
  CHECK(xml.find("<&>") == std::string::npos);
  Parsed p = parse(xml, "title", "type");
  REQUIRE(p.ok);
  CHECK(p.root == "feed");
  CHECK(p.child_text == "测试报 <&> 『志愿红』");
  CHECK(p.attribute == "text \"<引号>\" & 'x'");
}

TEST_CASE("xml writer: element() nests inside the open element", "[feeds]") {
  XmlWriter w;
  w.start("entry");
  w.element("title", "前端收集全路段形成常态化");
  w.start("author");
  w.element("name", "邱东芳");
  w.end();
  w.end();
  const std::string xml = w.finish();
  CHECK(xml.find("<title>前端收集全路段形成常态化</title>") != std::string::npos);
  const size_t author = xml.find("<author>");
  const size_t name = xml.find("<name>邱东芳</name>");
  const size_t author_end = xml.find("</author>");
  const size_t entry_end = xml.find("</entry>");
  REQUIRE(author != std::string::npos);
  REQUIRE(name != std::string::npos);
  CHECK(author < name);
  CHECK(name < author_end);
  CHECK(author_end < entry_end);
  Parsed p = parse(xml, "title", "none");
  REQUIRE(p.ok);
  CHECK(p.child_text == "前端收集全路段形成常态化");
}

TEST_CASE("xml writer: finish() closes every element still open", "[feeds]") {
  XmlWriter w;
  w.start("urlset");
  w.start("url");
  w.start("loc");
  w.text("https://example.org/paper/2023/07/20/");
  const std::string xml = w.finish();
  CHECK(xml.find("</loc>") != std::string::npos);
  CHECK(xml.find("</url>") != std::string::npos);
  CHECK(xml.find("</urlset>") != std::string::npos);
  Parsed p = parse(xml, "url", "none");
  REQUIRE(p.ok);
  CHECK(p.root == "urlset");
  CHECK(p.child_text.find("https://example.org/paper/2023/07/20/") != std::string::npos);
  CHECK(xml.find("<loc>https://example.org/paper/2023/07/20/</loc>") != std::string::npos);
}

TEST_CASE("xml writer: ending an element that is not open is an error", "[feeds]") {
  XmlWriter w;
  CHECK_THROWS_AS(w.end(), std::runtime_error);
}

TEST_CASE("xml writer: characters XML does not allow are left out, the rest kept", "[feeds]") {
  XmlWriter w;
  w.start("feed");
  // \x01 and \x0b are C0 controls, EF BF BE / EF BF BF are U+FFFE / U+FFFF;
  // tab and line feed stay, and so do other characters starting with EF
  // (！ is EF BC 81, ｆ is EF BD 86).
  w.start("title");
  w.attribute("x", "\x02属性\xEF\xBF\xBF值");
  w.text("\x01报\tA\xEF\xBF\xBE！\x0b\n\xEF\xBF\xBFｆ\x1f");
  w.end();
  w.end();
  const std::string xml = w.finish();
  Parsed p = parse(xml, "title", "x");
  REQUIRE(p.ok);
  CHECK(p.child_text == "报\tA！\nｆ");
  CHECK(p.attribute == "属性值");
}
