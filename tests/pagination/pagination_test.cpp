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

TEST_CASE("page_range gives each page's slice as make_pager does", "[pagination]") {
  for (size_t items : {size_t{0}, size_t{1}, size_t{20}, size_t{45}})
    for (int number : {0, 1, 2, 3, 9}) {
      const Pager p = make_pager("/tags/x/", items, 20, number);
      INFO(items << " items, page " << number);
      CHECK(page_range(items, 20, number) == std::pair(p.first, p.last));
    }
  CHECK(page_range(45, 20, 3) == std::pair<size_t, size_t>(40, 45));
}
