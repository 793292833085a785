#include "ingest/punctuation.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("punctuation: ASCII marks next to Chinese become full-width", "[ingest]") {
  CHECK(fix_punctuation("为扮靓城市环境,近日,平城区") == "为扮靓城市环境，近日，平城区");
  CHECK(fix_punctuation("本报讯 (记者 张鑫) 为扮靓") == "本报讯 （记者 张鑫） 为扮靓");
  CHECK(fix_punctuation("如何创新治理?成立5年") == "如何创新治理？成立5年");
  CHECK(fix_punctuation("诠释爱的力量!") == "诠释爱的力量！");
  CHECK(fix_punctuation("比如:社区;魏都学院(老年大学)") == "比如：社区；魏都学院（老年大学）");
  CHECK(fix_punctuation("“推进会”,安排") == "“推进会”，安排");
  CHECK(fix_punctuation("范九柱: 1553426661") == "范九柱： 1553426661");
}

TEST_CASE("punctuation: neighbours converted earlier count as Chinese", "[ingest]") {
  CHECK(fix_punctuation("任静(化名),走失") == "任静（化名），走失");
}

TEST_CASE("punctuation: digits on both sides, Latin text and '.' stay", "[ingest]") {
  CHECK(fix_punctuation("12,500人 10:30开始") == "12,500人 10:30开始");
  CHECK(fix_punctuation("1.8万家 2.3公斤") == "1.8万家 2.3公斤");
  CHECK(fix_punctuation("ABB, Inc. (USA)") == "ABB, Inc. (USA)");
  CHECK(fix_punctuation("07:00—10:00") == "07:00—10:00");
  CHECK(fix_punctuation("“社区”，“六稳”") == "“社区”，“六稳”");
}

TEST_CASE("punctuation: the mapping is symmetric for the seven marks", "[ingest]") {
  for (char32_t c : std::u32string(U",:;()?!")) CHECK(ascii_of(full_width_of(c)) == c);
  CHECK(full_width_of(U'.') == 0);
  CHECK(ascii_of(U'。') == U'。');
}
