#include "model/date.h"

#include <catch2/catch.hpp>

using gazette::Date;

TEST_CASE("dates parse strictly", "[date]") {
  auto d = Date::parse("2023-07-20");
  REQUIRE(d);
  CHECK(d->iso() == "2023-07-20");
  CHECK(d->path() == "2023/07/20");
  CHECK(d->chinese() == "2023年7月20日");
  CHECK(d->weekday() == 3);  // Thursday
  CHECK(!Date::parse("2023-02-29"));
  CHECK(Date::parse("2024-02-29"));
  CHECK(!Date::parse("2023-7-20"));
  CHECK(!Date::parse("2023-13-01"));
  CHECK(!Date::parse("20230720"));
}
