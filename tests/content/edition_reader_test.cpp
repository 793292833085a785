#include "content/edition_reader.h"

#include <catch2/catch.hpp>

#include "util/error.h"

using namespace gazette;

TEST_CASE("an edition lists its pages with banners", "[content]") {
  Edition e = read_edition(
      "---\ndate: 2023-07-20\nedition: 1234\npages:\n  - {number: 1, name: 平城头条, banners: "
      "[平城头条]}\n"
      "  - {number: 2, name: 综合}\n---\n",
      SourceRef{"_index.md"}, Date{2023, 7, 20});
  CHECK(e.number == 1234);
  REQUIRE(e.pages.size() == 2);
  CHECK(e.pages[0].name == "平城头条");
  CHECK(e.pages[0].banners == std::vector<std::string>{"平城头条"});
  CHECK(e.pages[1].banners.empty());
}

TEST_CASE("an edition's date must match its folder", "[content]") {
  try {
    read_edition("---\ndate: 2023-07-21\n---\n", SourceRef{"_index.md"}, Date{2023, 7, 20});
    FAIL("no error");
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().line == 2);
  }
  CHECK_THROWS_AS(read_edition("---\npages:\n  - {number: 1}\n  - {number: 1}\n---\n",
                               SourceRef{"_index.md"}, Date{2023, 7, 20}),
                  ContentError);
}
