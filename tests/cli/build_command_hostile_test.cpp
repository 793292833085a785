// Hostile text in every field an archive prints: every page parses, and no
// element, attribute, script or URL scheme in it came from the content; the
// text itself is kept (shown escaped, never dropped); feeds stay well-formed.
#include <catch2/catch.hpp>

#include "support/html.h"
#include "support/test_support.h"

using namespace gazette::testing;

namespace {

// What an attacker (or a careless paste) puts in a field, tagged with the
// field's name so each can be found in the output.
std::string payload(const std::string& field) {
  return field +
         "<script>alert(1)</script><img src=x onerror=alert(2)><a "
         "href=\"javascript:alert(3)\">点</a>{{x}}{{{y}}}</script><!-- \xE2\x80\xAE反转";
}

// As a YAML double-quoted scalar.
std::string yaml(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

void write_hostile_site(const fs::path& dir) {
  write_text(dir / "site.yml", "title: " + yaml(payload("报名")) +
                                   "\nbase_url: https://example.org/paper/\ntheme: default\n"
                                   "taxonomies: {tags: 标签, authors: 记者, series: 系列}\n");
  write_text(dir / "content/2023/07/20/_index.md",
             "---\ndate: 2023-07-20\npages:\n  - {number: 1, name: " + yaml(payload("版名")) +
                 ", banners: [" + yaml(payload("通栏")) + "]}\n---\n" + payload("版面说明") + "\n");
  write_text(
      dir / "content/2023/07/20/e.md",
      "---\ntitle: " + yaml(payload("标题")) + "\nkicker: " + yaml(payload("引题")) +
          "\nsubtitle: " + yaml(payload("副题")) + "\npage: 1\norder: 1\ndateline: " +
          yaml(payload("电头")) + "\nbyline: " + yaml(payload("署名")) + "\nauthors: [" +
          yaml(payload("记者")) + "]\ntags: [" + yaml(payload("标签")) + "]\nseries: [" +
          yaml(payload("系列")) + "]\nphotos:\n  - {caption: " + yaml(payload("图说")) +
          ", credit: " + yaml(payload("摄影")) + ", by: " + yaml(payload("摄影者")) +
          "}\n---\n"
          "正文<script>alert(6)</script>开头<img src=x onerror=alert(7)>。\n\n"
          "[点我](javascript:alert(8)) [数据](data:text/html;base64,PHNjcmlwdD4=) "
          "[空格](%20javascript:alert(9)) <javascript:alert(10)> ![图](javascript:alert(11))\n\n"
          "<iframe src=\"https://evil.example/\"></iframe>\n\n"
          "<svg onload=alert(12)></svg> <base href=\"https://evil.example/\">\n\n"
          "| 序号 | 内容 |\n|---|---|\n| 1 | <script>alert(13)</script>表格 |\n\n"
          "{{site.title}} {{{page.title}}} \xE2\x80\xAE反转的正文\n");
  write_text(dir / "content/pages/about.md",
             "---\ntitle: " + yaml(payload("页面")) + "\n---\n" + payload("页面正文") + "\n");
}

}  // namespace

TEST_CASE("hostile text in every printed field stays text", "[integration]") {
  TempDir dir;
  write_hostile_site(dir / "site");
  const CommandResult r = run_gazette("build -q --site " + (dir / "site").string() + " --out " +
                                      (dir / "out").string());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto files = snapshot(dir / "out");
  size_t pages = 0, feeds = 0;
  for (const auto& [rel, bytes] : files) {
    INFO(rel);
    if (rel.ends_with(".html")) {
      ++pages;
      CHECK(unsafe_markup(bytes, "/paper/") == std::vector<std::string>{});
      CHECK(bytes.find("http-equiv=\"Content-Security-Policy\"") != std::string::npos);
    } else if (rel.ends_with(".xml")) {
      ++feeds;
      CHECK(xml_well_formed(bytes));
      CHECK(bytes.find("<script>") == std::string::npos);
    }
  }
  CHECK(pages >= 8);  // article, edition, home, calendar, tag, reporter, series, page, 404 …
  CHECK(feeds >= 3);

  // The text is kept, as text: the article's headline shows the payload as
  // written, braces and all (no template ran on it).
  const auto article = files.find("2023/07/20/e/index.html");
  REQUIRE(article != files.end());
  const auto h1 = texts_of(article->second, "h1");
  REQUIRE_FALSE(h1.empty());
  CHECK(h1[0].find(payload("标题").substr(0, 40)) != std::string::npos);
  CHECK(h1[0].find("{{x}}{{{y}}}") != std::string::npos);
  const std::string page_text = texts_of(article->second, "body").at(0);
  // (The dateline is not printed on its own: it opens the body as written.)
  for (const char* field : {"引题", "副题", "署名", "图说", "摄影", "记者", "标签", "系列"}) {
    INFO(field);
    CHECK(page_text.find(std::string(field) + "<script>alert(1)</script>") != std::string::npos);
  }
  CHECK(page_text.find("{{site.title}} {{{page.title}}}") != std::string::npos);
}
