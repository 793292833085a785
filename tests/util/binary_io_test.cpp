#include "util/binary_io.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>

using namespace gazette;

TEST_CASE("binary io: varints take one byte below 128 and round-trip at the edges", "[util]") {
  const uint64_t values[] = {
      0, 1, 127, 128, 300, 16383, 16384, uint64_t{1} << 35, std::numeric_limits<uint64_t>::max()};
  BinaryWriter w;
  w.var(5);
  CHECK(w.data().size() == 1);
  w.var(128);
  CHECK(w.data().size() == 3);  // two bytes from 128 on
  w.data().clear();
  for (uint64_t v : values) w.var(v);
  w.var(std::numeric_limits<uint64_t>::max());
  CHECK(w.data().size() > 10);
  BinaryReader r(w.data());
  for (uint64_t v : values) CHECK(r.var() == v);
  CHECK(r.var() == std::numeric_limits<uint64_t>::max());
  CHECK(r.done());
}

TEST_CASE("binary io: signed varints keep -1 short and round-trip both extremes", "[util]") {
  const int64_t values[] = {0,
                            -1,
                            1,
                            -64,
                            63,
                            -65,
                            2024,
                            std::numeric_limits<int64_t>::min(),
                            std::numeric_limits<int64_t>::max()};
  BinaryWriter w;
  w.ivar(-1);
  CHECK(w.data().size() == 1);  // "none" in the model's indices
  w.data().clear();
  for (int64_t v : values) w.ivar(v);
  BinaryReader r(w.data());
  for (int64_t v : values) CHECK(r.ivar() == v);
  CHECK(r.done());
}

TEST_CASE("binary io: a cut or overlong varint is damage", "[util]") {
  BinaryWriter w;
  w.var(300);
  std::string cut = w.data().substr(0, 1);  // the continuation bit promises a byte that is gone
  BinaryReader r1(cut);
  CHECK_THROWS_AS(r1.var(), std::runtime_error);
  const std::string overlong = std::string(10, '\xFF') + '\x01';  // more than 64 bits
  BinaryReader r2(overlong);
  CHECK_THROWS_AS(r2.var(), std::runtime_error);
}

TEST_CASE("binary io: an int field out of int range is damage, not a wrapped index", "[util]") {
  BinaryWriter w;
  w.ivar(int64_t{1} << 40);
  w.ivar(-7);
  BinaryReader r(w.data());
  CHECK_THROWS_AS(r.ivar32(), std::runtime_error);
  BinaryWriter ok;
  ok.ivar(-7);
  BinaryReader r2(ok.data());
  CHECK(r2.ivar32() == -7);
}

TEST_CASE("binary io: strings carry varint lengths and fixed words stay eight bytes", "[util]") {
  BinaryWriter w;
  w.str("大同日报");
  CHECK(w.data().size() == 1 + 12);
  w.strings({"要闻", "", "民生"});
  w.fixed64(0x0102030405060708ULL);
  BinaryReader r(w.data());
  CHECK(r.str() == "大同日报");
  CHECK(r.strings() == std::vector<std::string>{"要闻", "", "民生"});
  CHECK(r.fixed64() == 0x0102030405060708ULL);
  CHECK(r.done());
  // A count larger than the bytes left cannot ask for gigabytes.
  BinaryWriter big;
  big.var(uint64_t{1} << 40);
  BinaryReader r2(big.data());
  CHECK_THROWS_AS(r2.count(), std::runtime_error);
}
