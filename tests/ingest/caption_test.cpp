#include "ingest/caption.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("caption: credits name who took the picture", "[ingest]") {
  CHECK(parse_credit(U"邱东芳摄")->by == "邱东芳");
  CHECK(parse_credit(U"孙鑫 摄")->by == "孙鑫");
  CHECK(parse_credit(U"本报记者 邱东芳 摄")->by == "邱东芳");
  CHECK(parse_credit(U"记者 张三 李四 摄影")->by == "张三、李四");
  CHECK(parse_credit(U"图片由平城区委宣传部提供")->by == "平城区委宣传部");
  CHECK(parse_credit(U"图/王五")->by == "王五");
  CHECK(parse_credit(U"（邱东芳 摄）")->text == "（邱东芳 摄）");
  CHECK(parse_credit(U"资料图片")->by.empty());
}

TEST_CASE("caption: text ending in 摄 is not always a credit", "[ingest]") {
  CHECK_FALSE(parse_credit(U"请勿拍摄"));
  CHECK_FALSE(parse_credit(U"严禁在此处拍摄"));
  CHECK_FALSE(parse_credit(U"全路段垃圾收集。"));
}

TEST_CASE("caption: caption and credit on one line", "[ingest]") {
  auto a = split_caption_credit(U"生活垃圾前端收集不落地。 邱东芳摄");
  REQUIRE(a);
  CHECK(a->caption == "生活垃圾前端收集不落地。");
  CHECK(a->credit.text == "邱东芳摄");
  auto b = split_caption_credit(U"志愿者在古城内服务。（尚丽 摄）");
  REQUIRE(b);
  CHECK(b->credit.by == "尚丽");
  CHECK_FALSE(split_caption_credit(U"该大队要求各执法队员要文明执法。"));
}

TEST_CASE("caption: lines worded as captions", "[ingest]") {
  CHECK(starts_like_caption(U"图为志愿者在鼓楼附近服务。"));
  CHECK(starts_like_caption(U"上图：志愿者在鼓楼附近服务。"));
  CHECK_FALSE(starts_like_caption(U"上图书馆借书的人多了。"));
}

TEST_CASE("caption: the longest credit wins, role and all", "[ingest]") {
  auto cc = split_caption_credit(U"老人们在日间照料中心做手工。 本报记者 周婷 摄");
  REQUIRE(cc);
  CHECK(cc->caption == "老人们在日间照料中心做手工。");
  CHECK(cc->credit.text == "本报记者 周婷 摄");
  CHECK(cc->credit.by == "周婷");
}
