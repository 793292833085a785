#include "content/article_reader.h"
#include "config/config_reader.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace gazette;

namespace {
SiteConfig config() { return parse_site_config("title: t\n", "site.yml"); }
const Date kDate{2023, 7, 20};
}  // namespace

TEST_CASE("an article's front matter fills the model", "[content]") {
  const char* text =
      "---\ntitle: 前端收集全路段形成常态化\nkicker: 系列报道之五\npage: 1\norder: 3\n"
      "authors: [邱东芳]\ntags: [环卫, 平城区]\nphotos:\n  - {caption: 全路段垃圾收集。, credit: "
      "邱东芳摄, by: 邱东芳}\n"
      "source: {file: a.txt, lines: \"19-31\"}\nreview: [\"正文开头缺失\"]\n---\n本报讯（记者 "
      "邱东芳）正文。\n";
  Article a = read_article(text, SourceRef{"a.md"}, kDate, config());
  CHECK(a.title == "前端收集全路段形成常态化");
  CHECK(a.kicker == "系列报道之五");
  CHECK(a.page == 1);
  CHECK(a.order == 3);
  CHECK(a.type == "news");
  CHECK(a.date == kDate);
  REQUIRE(a.terms.size() == 3);
  CHECK(a.terms[0] == std::vector<std::string>{"环卫", "平城区"});
  CHECK(a.terms[1] == std::vector<std::string>{"邱东芳"});
  REQUIRE(a.photos.size() == 1);
  CHECK(a.photos[0].credit == "邱东芳摄");
  CHECK(a.review == std::vector<std::string>{"正文开头缺失"});
  CHECK(a.summary == "本报讯（记者 邱东芳）正文。");
  REQUIRE(a.params.find("source"));
  CHECK(a.params.find("source")->find("lines")->string == "19-31");
  CHECK(std::string(text).substr(a.source.body_offset) == "本报讯（记者 邱东芳）正文。\n");
}

TEST_CASE("article errors name the line", "[content]") {
  auto line_of = [](const char* text) {
    try {
      read_article(text, SourceRef{"a.md"}, kDate, config());
    } catch (const ContentError& e) {
      return e.diagnostic().line;
    }
    return -1;
  };
  CHECK(line_of("---\ntitle: x\ndate: 2023-02-30\n---\n") == 3);
  CHECK(line_of("---\ntitle: x\npage: 一\n---\n") == 3);
  CHECK(line_of("---\ntitle: x\ntags: [a, b\n---\n") >= 3);
  CHECK(line_of("---\nkicker: x\n---\n") == 2);
  CHECK(line_of("---\ntitle: \"\"\n---\n") == 2);
  CHECK(line_of("no front matter\n") == 1);
}

TEST_CASE("only a fragment may have an empty title", "[content]") {
  Article a = read_article("---\ntitle: \"\"\ntype: fragment\n---\n物、道路逆行等。\n",
                           SourceRef{"a.md"}, kDate, config());
  CHECK(a.title.empty());
  CHECK(a.type == "fragment");
}

TEST_CASE("standalone pages need a title", "[content]") {
  CHECK(read_standalone_page("---\ntitle: 关于\n---\n正文", SourceRef{"p.md"}).title == "关于");
  CHECK_THROWS_AS(read_standalone_page("正文", SourceRef{"p.md"}), ContentError);
}
