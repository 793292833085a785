#include "ingest/importer.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("importer: one page end to end, in memory", "[ingest]") {
  PageSettings s;
  s.page_name = "平城头条";
  s.gazetteer.places = {"平城区"};
  s.gazetteer.topics = {"环卫"};
  PageImport p = import_page(
      "\n平城头条\n\n平城区环境卫生系列报道之五\n\n前端收集全路段形成常态化\n\n\n\n全路段垃圾收集。"
      "\n\n邱东芳摄\n\n"
      "本报讯(记者 "
      "邱东芳)今年以来,平城区环卫服务中心多措并举,推动垃圾收集常态化.平城区环卫服务中心把市区\n\n"
      "划分成57个网格。\n",
      "p.txt", s);
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(p.banners == std::vector<std::string>{"平城头条"});
  CHECK(a.kicker == "平城区环境卫生系列报道之五");
  CHECK(a.series == "平城区环境卫生系列报道");
  CHECK(a.dateline == "本报讯（记者 邱东芳）");
  CHECK(a.authors == std::vector<std::string>{"邱东芳"});
  CHECK(a.body.size() == 1);
  CHECK(a.body[0].text.find("推动垃圾收集常态化.平城区") != std::string::npos);  // '.' kept
  CHECK(a.body[0].text.find("把市区划分成") != std::string::npos);
  CHECK(a.tags == std::vector<std::string>{"平城区", "平城区环卫服务中心", "环卫"});
  CHECK(a.source_lines == "4-16");  // the banner on line 2 is the page's
  CHECK(a.type == "news");
  CHECK(a.notes.empty());
}

TEST_CASE("importer: --keep-punctuation leaves ASCII marks", "[ingest]") {
  PageSettings s;
  s.fix_punctuation = false;
  PageImport p = import_page("标题\n\n本报讯(记者 郝雨)近日,平城区开展工作。\n", "p.txt", s);
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].dateline == "本报讯(记者 郝雨)");
  CHECK(p.articles[0].body[0].text == "本报讯(记者 郝雨)近日,平城区开展工作。");
}
