#include "pagination/pagination.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("pages of 20", "[pagination]") {
  CHECK(page_count(0, 20) == 1);
  CHECK(page_count(20, 20) == 1);
  CHECK(page_count(21, 20) == 2);
  Pager p = make_pager("/tags/x/", 45, 20, 2);
  CHECK(p.url == "/tags/x/page/2/");
  CHECK(p.first == 20);
  CHECK(p.last == 40);
  CHECK(p.prev_url == "/tags/x/");
  CHECK(p.next_url == "/tags/x/page/3/");
  Pager last = make_pager("/tags/x/", 45, 20, 3);
  CHECK(last.last == 45);
  CHECK(last.next_url.empty());
}
