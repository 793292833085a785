#include "model/codec.h"

#include <catch2/catch.hpp>

using namespace gazette;

namespace {

Article sample_article() {
  Article a;
  a.source.display = "content/2023/07/20/huan-wei.md";
  a.source.body_offset = 120;
  a.source.body_line = 9;
  a.source.content_hash = 0x1234567890abcdefULL;
  a.slug = "huan-wei";
  a.edition_date = Date{2023, 7, 20};
  a.date = Date{2023, 7, 19};
  a.title = "环卫工人的一天";
  a.kicker = "走基层";
  a.subtitle = "凌晨四点的平城街头";
  a.type = "news";
  a.dateline = "本报讯";
  a.byline = "本报记者 王芳";
  a.page_name = "要闻";
  a.page = 2;
  a.order = 3;
  a.terms = {{"环卫", "民生"}, {"王芳"}};
  a.photos = {{"清扫街道", "李强 摄", "李强", "img/a.jpg"}};
  a.review = {"标题待核"};
  a.draft = false;
  a.params.kind = Value::Kind::kMap;
  Value list;
  list.kind = Value::Kind::kList;
  list.list.push_back(Value{Value::Kind::kString, false, "一", {}, {}});
  a.params.map.emplace_back("系列", list);
  a.summary = "凌晨四点，环卫工人已经上岗。";
  a.tables = 1;
  a.url = "/2023/07/20/huan-wei/";
  a.edition = 4;
  a.prev = 10;
  a.next = -1;
  a.term_ids = {{0, 7}, {2}};
  a.related = {5, 9, 11};
  return a;
}

std::string placed(const Article& a) {
  BinaryWriter w;
  codec::put_placed_article(w, a);
  return w.data();
}

}  // namespace

TEST_CASE("codec: a placed article round-trips every field", "[model]") {
  const Article a = sample_article();
  const std::string bytes = placed(a);
  BinaryReader r(bytes);
  const Article b = codec::get_placed_article(r);
  CHECK(r.done());
  CHECK(b.source.display == a.source.display);
  CHECK(b.source.body_offset == 120);
  CHECK(b.source.body_line == 9);
  CHECK(b.source.content_hash == a.source.content_hash);
  CHECK(b.edition_date == a.edition_date);
  CHECK(b.date == a.date);
  CHECK(b.title == "环卫工人的一天");
  CHECK(b.kicker == "走基层");
  CHECK(b.subtitle == "凌晨四点的平城街头");
  CHECK(b.byline == "本报记者 王芳");
  CHECK(b.page == 2);
  CHECK(b.order == 3);
  CHECK(b.terms == a.terms);
  REQUIRE(b.photos.size() == 1);
  CHECK(b.photos[0].credit == "李强 摄");
  CHECK(b.review == a.review);
  REQUIRE(b.params.find("系列"));
  CHECK(b.params.find("系列")->list.at(0).string == "一");
  CHECK(b.summary == a.summary);
  CHECK(b.tables == 1);
  CHECK(b.url == a.url);
  CHECK(b.edition == 4);
  CHECK(b.prev == 10);
  CHECK(b.next == -1);
  CHECK(b.term_ids == a.term_ids);
  CHECK(b.related == a.related);
  // Encoding it again gives the same bytes: nothing was lost.
  CHECK(placed(b) == bytes);
}

TEST_CASE("codec: a placed edition and a taxonomy round-trip", "[model]") {
  Edition e;
  e.date = Date{2023, 7, 20};
  e.number = 1024;
  e.pages = {{1, "要闻", {"守护碧水蓝天"}, {0, 1}}, {2, "综合", {}, {2}}};
  e.has_index = true;
  e.source.display = "content/2023/07/20/_index.md";
  e.params.kind = Value::Kind::kMap;
  e.url = "/2023/07/20/";
  e.older = 1;
  e.newer = -1;
  BinaryWriter w;
  codec::put_placed_edition(w, e);
  Taxonomy t;
  t.config = {"tags", "标签"};
  t.url = "/tags/";
  t.terms = {{"环卫", "huan-wei", "/tags/huan-wei/", {0, 3}}};
  codec::put_taxonomy(w, t);
  BinaryReader r(w.data());
  const Edition e2 = codec::get_placed_edition(r);
  const Taxonomy t2 = codec::get_taxonomy(r);
  CHECK(r.done());
  CHECK(e2.number == 1024);
  REQUIRE(e2.pages.size() == 2);
  CHECK(e2.pages[0].banners == std::vector<std::string>{"守护碧水蓝天"});
  CHECK(e2.pages[0].articles == std::vector<int>{0, 1});
  CHECK(e2.pages[1].articles == std::vector<int>{2});
  CHECK(e2.url == "/2023/07/20/");
  CHECK(e2.older == 1);
  CHECK(e2.newer == -1);
  CHECK(t2.config.title == "标签");
  REQUIRE(t2.terms.size() == 1);
  CHECK(t2.terms[0].slug == "huan-wei");
  CHECK(t2.terms[0].articles == std::vector<int>{0, 3});
}

TEST_CASE("codec: bytes cut short are refused, never read as a document", "[model]") {
  const std::string bytes = placed(sample_article());
  for (size_t cut : {size_t{0}, size_t{7}, bytes.size() / 2, bytes.size() - 1}) {
    INFO("cut to " << cut);
    BinaryReader r(std::string_view(bytes).substr(0, cut));
    CHECK_THROWS_AS(codec::get_placed_article(r), std::runtime_error);
  }
}
