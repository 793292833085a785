#include "ingest/markdown_escape.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "markdown/markdown.h"
#include "text/html.h"

using namespace gazette::ingest;

namespace {

// What CommonMark makes of one escaped line: it must be the text itself.
std::string rendered(const std::string& text) {
  return gazette::markdown_to_html(escape_line(text));
}

}  // namespace

TEST_CASE("markdown escape: printed text renders as itself", "[ingest]") {
  for (std::string text :
       {"1. 摸清国家人口", "- 不是列表", "# 不是标题", "> 不是引用", "***", "---", "===", "2*3*4",
        "a_b_c", "<b>粗体</b>", "[链接](x)", "a\\b", "`代码`", "~~删除~~", "&amp; 与 &#65;",
        "12) 项", "+ 加号 ", "| a | b |"}) {
    std::string expected = "<p>" + gazette::html_escape(text) + "</p>\n";
    // A trailing space is not printed text.
    if (text.back() == ' ')
      expected = "<p>" + gazette::html_escape(text.substr(0, text.size() - 1)) + "</p>\n";
    INFO(text << " -> " << escape_line(text));
    CHECK(rendered(text) == expected);
  }
}

TEST_CASE("markdown escape: ordinary Chinese text is left alone", "[ingest]") {
  CHECK(escape_line("本报讯（记者 孙露）记者日前获悉。") == "本报讯（记者 孙露）记者日前获悉。");
  CHECK(escape_line("1.摸清国家人口") == "1.摸清国家人口");
  CHECK(escape_line("2~3公斤") == "2~3公斤");
  CHECK(escape_line("-3℃") == "-3℃");
}

TEST_CASE("markdown escape: printed_text removes exactly the syntax the writer adds", "[ingest]") {
  std::string md =
      "### 小标题\n\n正文 \\*重点\\*\n\n- 一、甲\n- 二、乙\n\n平城区创城办\\\n2022年3月25日\n\n"
      "| 序号 | 单位\\|名称 |\n| --- | --- |\n| 一 | 机扫一公司 |\n|  | --- |\n";
  std::string printed = printed_text(md);
  printed.erase(std::remove(printed.begin(), printed.end(), ' '), printed.end());
  CHECK(printed ==
        "小标题\n\n正文*重点*\n\n一、甲\n二、乙\n\n平城区创城办\n2022年3月25日\n\n序号单位|"
        "名称\n一机扫一公司\n---\n\n");
}

TEST_CASE("markdown escape: cells escape the pipe", "[ingest]") {
  CHECK(escape_cell("a|b") == "a\\|b");
  CHECK(escape_line("a|b") == "a\\|b");
  CHECK(printed_text(escape_line("| 不是表格 |") + "\n") == "| 不是表格 |\n\n");
}
