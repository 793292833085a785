#include "ingest/jumps.h"

#include <catch2/catch.hpp>

#include "ingest/article_writer.h"
#include "ingest/importer.h"

using namespace gazette::ingest;

TEST_CASE("jumps: the pages an article comes from and goes on to", "[ingest]") {
  auto p1 = import_page(
      "改造提速\n\n本报讯（记者 王芳）今年改造工作进展顺利，下一步将继续推动\n\n（下转第2版）\n",
      "p1.txt", {});
  REQUIRE(p1.articles.size() == 1);
  CHECK(jump_ends(p1.articles[0]).to_page == 2);
  CHECK(jump_ends(p1.articles[0]).from_page == 0);
  auto p2 = import_page("改造提速\n\n（上接第1版）\n\n改造工作向纵深发展。\n", "p2.txt", {});
  REQUIRE(p2.articles.size() == 1);
  CHECK(jump_ends(p2.articles[0]).from_page == 1);
  // A lone "（上接第1版）" line joins the text below it.
  REQUIRE(p2.articles[0].body.size() == 1);
  CHECK(p2.articles[0].body[0].text == "（上接第1版）改造工作向纵深发展。");
  auto words = import_page("标题\n\n（上接第一版）改造工作向纵深发展。\n", "p.txt", {});
  CHECK(jump_ends(words.articles[0]).from_page == 0);  // not a page number we can match
}

TEST_CASE("jumps: own part, continuation part and joining", "[ingest]") {
  std::string body = "开头。\n\n继续推动（下转第2版）（上接第1版）改造工作。\n\n结尾。\n";
  CHECK(own_part(body, 1) == "开头。\n\n继续推动（下转第2版）\n");
  CHECK(continuation_part(body, 1) == "（上接第1版）改造工作。\n\n结尾。\n");
  CHECK(own_part(body, 3) == body);
  CHECK(continuation_part(body, 3).empty());
  CHECK(jumps_to(own_part(body, 1), 2));
  CHECK_FALSE(jumps_to(own_part(body, 1), 3));
  CHECK(starts_from("（上接第1版）改造。\n", 1));
  CHECK_FALSE(starts_from("文中提到（上接第1版）。\n", 1));
  // A sentence cut by the jump stays one paragraph; a finished one does not.
  CHECK(join_parts("继续推动（下转第2版）\n", "（上接第1版）改造。\n") ==
        "继续推动（下转第2版）（上接第1版）改造。\n");
  CHECK(join_parts("已经完成。（下转第2版）\n", "（上接第1版）另起一段。\n") ==
        "已经完成。（下转第2版）\n\n（上接第1版）另起一段。\n");
}

TEST_CASE("jumps: rewriting a file keeps it the importer's, hash and all", "[ingest]") {
  Article a;
  a.title = "改造提速";
  a.source_file = "p1.txt";
  a.lines = {1, 3};
  a.notes = {{3, "下转第2版：x"}, {3, "别的疑点"}};
  BodyBlock b;
  b.text = "继续推动（下转第2版）";
  a.body = {b};
  std::string file = render_article(a, {"2023-12-05", 1, std::nullopt, 1});
  std::string out =
      rewrite_article(file, "新正文。\n", {{2, "续题", "p2.txt", "1-3"}}, "下转第2版：x");
  CHECK(unchanged_since_import(out));
  CHECK(out.find("continued: [{page: 2, title: 续题, source: {file: p2.txt, lines: \"1-3\"}}]\n"
                 "review:\n  - 别的疑点\n") != std::string::npos);
  CHECK(out.find("---\n\n新正文。\n") != std::string::npos);
  auto parsed = parse_edition_article("slug", out);
  REQUIRE(parsed);
  REQUIRE(parsed->continued.size() == 1);
  CHECK(parsed->continued[0].title == "续题");
  CHECK(parsed->body == "新正文。\n");
  // The only note dropped: an empty list is written as such.
  a.notes = {{3, "下转第2版：x"}};
  std::string alone = rewrite_article(render_article(a, {"2023-12-05", 1, std::nullopt, 1}), "x\n",
                                      {}, "下转第2版：x");
  CHECK(alone.find("review: []\n") != std::string::npos);
  CHECK(alone.find("continued") == std::string::npos);
  CHECK(title_overlap("老旧小区改造提速", "小区改造（续）") > 0.7);
  CHECK(title_overlap("老旧小区改造提速", "图书馆开放") == 0);
}
