#include "text/utf8.h"

#include <catch2/catch.hpp>

using namespace gazette;

TEST_CASE("code points are counted and cut whole", "[utf8]") {
  CHECK(count_code_points("平城a") == 3);
  CHECK(truncate_code_points("平城区大力发展", 3) == "平城区……");
  CHECK(truncate_code_points("平城", 3) == "平城");
  CHECK(count_code_points("\xff\xfe") == 2);  // invalid bytes count, no loop
}

TEST_CASE("CJK detection", "[utf8]") {
  CHECK(is_cjk(U'平'));
  CHECK(is_cjk(U'，'));
  CHECK(!is_cjk(U'a'));
}
