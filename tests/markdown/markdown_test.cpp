#include "markdown/markdown.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("GFM tables render as HTML tables", "[markdown]") {
  std::string html = markdown_to_html("| 序号 | 路段 |\n|---|---|\n| 一 | 云中街 |\n");
  CHECK(html.find("<table>") != std::string::npos);
  CHECK(html.find("<td>云中街</td>") != std::string::npos);
}

TEST_CASE("raw HTML is never passed through", "[markdown]") {
  std::string html = markdown_to_html("正文<script>alert(1)</script>\n\n<iframe src=x></iframe>\n");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<iframe") == std::string::npos);
  CHECK(markdown_to_html("[x](javascript:alert(1))").find("javascript:") == std::string::npos);
}

TEST_CASE("strikethrough and autolinks are on", "[markdown]") {
  CHECK(markdown_to_html("~~删除~~").find("<del>删除</del>") != std::string::npos);
  CHECK(markdown_to_html("见 https://example.org 。").find("<a href=\"https://example.org\"") !=
        std::string::npos);
}

TEST_CASE("summary is the first paragraph's plain text, cut by characters", "[markdown]") {
  CHECK(markdown_summary("### 小标题\n\n第一段**重点**内容。\n\n第二段。", 100) ==
        "第一段重点内容。");
  CHECK(markdown_summary("一二三四五六", 3) == "一二三……");
  CHECK(markdown_summary("| a |\n|---|\n| b |\n", 10).empty());
  // Markup, links, code and line breaks read as text.
  CHECK(markdown_summary("见[报道](http://x.cn/)与`代码`，\n*强调*<b>与</b>~~删~~。", 100) ==
        "见报道与代码， 强调与删。");
}

TEST_CASE("a long first paragraph is cut at a whole character", "[markdown]") {
  std::string para;
  while (para.size() < 5000) para += "平城区开展创城宣传活动，";
  const std::string summary = markdown_summary(para + "\n\n第二段。", 5000);
  CHECK(summary.size() < para.size());
  CHECK(summary.rfind("平城区", 0) == 0);
  // No replacement character from a code point cut in two.
  CHECK(summary.find("\xEF\xBF\xBD") == std::string::npos);
  CHECK(summary.find("平城区开展创城宣传活动，平城区") != std::string::npos);
}
