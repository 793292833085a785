#include "search/gzip.h"

#include <catch2/catch.hpp>

using namespace gazette::search;

TEST_CASE("gzip round-trips and is deterministic", "[search]") {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "平城区环卫服务中心" + std::to_string(i) + "\n";
  const std::string z = gzip(text);
  CHECK(z.size() < text.size() / 4);
  CHECK(static_cast<unsigned char>(z[0]) == 0x1f);
  CHECK(static_cast<unsigned char>(z[1]) == 0x8b);
  CHECK(z.substr(4, 4) == std::string(4, '\0'));  // no time stamp
  CHECK(gzip(text) == z);
  CHECK(gunzip(z) == text);
  CHECK(gunzip(gzip("")).empty());
  CHECK_THROWS(gunzip(z.substr(0, z.size() / 2)));
}
