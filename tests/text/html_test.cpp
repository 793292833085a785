#include "text/html.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("html: the five special characters become entities", "[text]") {
  CHECK(html_escape("&") == "&amp;");
  CHECK(html_escape("<") == "&lt;");
  CHECK(html_escape(">") == "&gt;");
  CHECK(html_escape("\"") == "&quot;");
  CHECK(html_escape("'") == "&#39;");
  CHECK(html_escape("<a href=\"x\" title='y'>A&B</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A&amp;B&lt;/a&gt;");
  CHECK(html_escape("&amp;") == "&amp;amp;");  // escaped again, never taken as an entity
}

TEST_CASE("html: Chinese text and full-width punctuation pass unchanged", "[text]") {
  const std::string text = "『志愿红』助力旅发大会——“公益岗爱心服务站”＆＜平城区＞";
  CHECK(html_escape(text) == text);
  CHECK(html_escape("") == "");
  CHECK(html_escape("记者<邱东芳>摄") == "记者&lt;邱东芳&gt;摄");
  CHECK(html_escape("平城区&云冈区") == "平城区&amp;云冈区");
}

TEST_CASE("html: append keeps what is already there and copies runs between specials", "[text]") {
  std::string out = "<p>";
  append_html_escaped(out, "环卫工人说：\"干净\"<br>");
  CHECK(out == "<p>环卫工人说：&quot;干净&quot;&lt;br&gt;");
  append_html_escaped(out, "&");
  CHECK(out == "<p>环卫工人说：&quot;干净&quot;&lt;br&gt;&amp;");
  std::string nul;
  append_html_escaped(nul, std::string_view("a\0<b", 4));
  CHECK(nul == std::string("a\0&lt;b", 7));  // a string_view is taken whole, NUL and all
}
