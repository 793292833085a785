#include "ingest/series.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("series: the series name without the part number", "[ingest]") {
  CHECK(series_of(U"平城区环境卫生“提档升级六大战略”系列报道之五") ==
        std::optional<std::string>("平城区环境卫生“提档升级六大战略”系列报道"));
  CHECK(series_of(U"“创城，环卫在行动”系列报道（二）") ==
        std::optional<std::string>("“创城，环卫在行动”系列报道"));
  CHECK(series_of(U"学习贯彻二十大精神系列评论⑤") ==
        std::optional<std::string>("学习贯彻二十大精神系列评论"));
}

TEST_CASE("series: 系列 inside an ordinary headline is no series", "[ingest]") {
  CHECK_FALSE(series_of(U"平城区开展系列活动迎新春"));
  CHECK_FALSE(series_of(U"抓党建促基层治理能力提升"));
  CHECK_FALSE(series_of(U"系列报道"));
}
