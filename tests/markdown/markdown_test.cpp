#include "markdown/markdown.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

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

namespace {
const char* const kNotice =
    "公示如下：\n\n| 序号 | 路段 | 负责人 |\n|---|---|---|\n| 一 | 云中街, 操场城 | 王洪亮 |\n"
    "| 二 | 魏都大道 | \"老刘\" |\n\n以上。\n\n| a | b |\n|---|---|\n| 1 |\n";
}

TEST_CASE("tables can be wrapped in a scrolling region with a CSV link", "[markdown]") {
  MarkdownOptions options;
  options.table_download = [](int n) {
    return "/2023/07/20/gong-shi/table-" + std::to_string(n) + ".csv";
  };
  const std::string html = markdown_to_html(kNotice, options);
  CHECK(
      html.find("<div class=\"table-wrap\" role=\"region\" aria-label=\"表格1\" tabindex=\"0\">") !=
      std::string::npos);
  CHECK(html.find("<a href=\"/2023/07/20/gong-shi/table-2.csv\" download>下载表格2（CSV）</a>") !=
        std::string::npos);
  CHECK(html.find("<td>王洪亮</td>") != std::string::npos);
  // Without the option nothing is wrapped.
  CHECK(markdown_to_html(kNotice).find("table-wrap") == std::string::npos);
}

TEST_CASE("tables are counted cheaply and read as cells", "[markdown]") {
  CHECK(count_markdown_tables("没有表格的正文。\n\n- 列表 | 竖线\n") == 0);
  CHECK(count_markdown_tables("正文 --- | 不是表格\n") == 0);
  CHECK(count_markdown_tables(kNotice) == 2);
  const auto tables = markdown_tables(kNotice);
  REQUIRE(tables.size() == 2);
  REQUIRE(tables[0].size() == 3);
  CHECK(tables[0][0] == std::vector<std::string>{"序号", "路段", "负责人"});
  CHECK(tables[0][1][1] == "云中街, 操场城");
  CHECK(tables[1][1].size() == 2);  // the short row padded to the header's width
}

TEST_CASE("a table as CSV has a byte order mark, quotes and CRLF", "[markdown]") {
  const auto tables = markdown_tables(kNotice);
  REQUIRE(!tables.empty());
  CHECK(table_csv(tables[0]) ==
        "\xEF\xBB\xBF序号,路段,负责人\r\n一,\"云中街, "
        "操场城\",王洪亮\r\n二,魏都大道,\"\"\"老刘\"\"\"\r\n");
}

TEST_CASE("plain text keeps every block on a line of its own", "[markdown]") {
  CHECK(markdown_plain_text("### 小标题\n\n第一段**重点**\n内容。\n\n- 甲\n- 乙\n\n| a | b "
                            "|\n|---|---|\n| 1 | 2 |\n") ==
        "小标题\n第一段重点 内容。\n甲\n乙\na\tb\n1\t2\n");
  CHECK(markdown_plain_text("<b>原始</b>HTML 不算正文") == "原始HTML 不算正文\n");
}

TEST_CASE("markdown: the printed page's jump notes are marked for themes to hide", "[markdown]") {
  std::string html = gazette::markdown_to_html(
      "继续推动（下转第2版）（上接第1版）改造工作。\n\n见(转第12版)"
      "与（下转第二版）；第3版不是。\n");
  CHECK(html ==
        "<p>继续推动<span class=\"jump\">（下转第2版）</span><span "
        "class=\"jump\">（上接第1版）</span>改造工作。</p>\n<p>见<span "
        "class=\"jump\">(转第12版)</span>与<span "
        "class=\"jump\">（下转第二版）</span>；第3版不是。</p>\n");
  CHECK(gazette::markdown_to_html("**（下转第2版）**\n") ==
        "<p><strong><span class=\"jump\">（下转第2版）</span></strong></p>\n");
}

// cmark-gfm marks the extensions' inline characters ('~' for strikethrough,
// ':' and 'w' for autolinks) in a process-wide table while a parser reads a
// document's inlines, and clears them when it is done: a parser finishing on
// one thread cleared '~' under another, and the same article came out with
// or without <del> depending on timing (seen in two clean builds).
TEST_CASE("markdown: parsers on many threads read the same document the same way", "[markdown]") {
  const std::string doc =
      "每个门店每天平均产生生活垃圾2~3公斤，加上市场的垃圾，每天总量为2~3吨。见 "
      "www.example.org 和 ~~旧~~ 新。\n\n另一段：**加粗**、`代码`。\n";
  const std::string expected = markdown_to_html(doc);
  const std::string summary = markdown_summary(doc, 200);
  std::atomic<int> differing{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 3000; ++i) {
        // Half the threads make pages, half summaries (which parse too).
        if (t % 2 == 0 && markdown_to_html(doc) != expected) ++differing;
        if (t % 2 == 1 && markdown_summary(doc, 200) != summary) ++differing;
      }
    });
  for (auto& t : threads) t.join();
  CHECK(differing == 0);
  CHECK(summary.find("和 旧 新") != std::string::npos);
  CHECK(expected.find("<del>旧</del>") != std::string::npos);
  CHECK(expected.find("2~3公斤，加上市场的垃圾，每天总量为2~3吨") != std::string::npos);
  CHECK(expected.find("<a href=\"http://www.example.org\">") != std::string::npos);
}
