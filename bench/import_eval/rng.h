// A deterministic random source for the import evaluation.
//
// std::mt19937_64's output sequence is fixed by the C++ standard, but the
// <random> distributions are not (they differ between standard libraries),
// so every draw here is made from the raw 64-bit outputs with our own
// arithmetic: the same seed gives the same pages on every platform and
// compiler. below(n) is exactly uniform (rejection sampling).
#pragma once

#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

namespace gazette::import_eval {

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(mix(seed)) {}

  uint64_t next() { return engine_(); }

  // Uniform in [0, n); n must be positive.
  size_t below(size_t n) {
    if (n == 0) throw std::logic_error("Rng::below(0)");
    const uint64_t range = static_cast<uint64_t>(n);
    const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t x;
    do x = engine_();
    while (x >= limit);
    return static_cast<size_t>(x % range);
  }

  // Uniform in [lo, hi] (inclusive).
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<size_t>(hi - lo + 1)));
  }

  // True with probability p (53-bit resolution).
  bool chance(double p) {
    const double u = static_cast<double>(engine_() >> 11) * 0x1.0p-53;
    return u < p;
  }

  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[below(v.size())];
  }

  // Splitmix64: spreads nearby seeds (1, 2, 3 …) over the whole state.
  static uint64_t mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace gazette::import_eval
