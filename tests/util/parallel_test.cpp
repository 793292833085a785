#include "util/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

TEST_CASE("parallel_for visits every index once", "[parallel]") {
  std::vector<std::atomic<int>> seen(1000);
  gazette::parallel_for(seen.size(), 4, [&](size_t i) { seen[i]++; });
  for (auto& s : seen) CHECK(s == 1);
}

TEST_CASE("parallel_for rethrows a failure", "[parallel]") {
  CHECK_THROWS_AS(gazette::parallel_for(10, 2,
                                        [](size_t i) {
                                          if (i == 3) throw std::runtime_error("boom");
                                        }),
                  std::runtime_error);
}
