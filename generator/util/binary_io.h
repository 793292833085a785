// Compact binary encoding for the build cache (little-endian, length-prefixed).
//
// Writer appends to a string; Reader reads it back and throws
// std::runtime_error on truncated or malformed input, so a damaged cache is
// detected and simply rebuilt, never trusted.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class BinaryWriter {
 public:
  void u64(uint64_t v) {
    char buf[8];
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    out_.append(buf, 8);
  }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    u64(v.size());
    for (const auto& s : v) str(s);
  }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view in) : in_(in) {}
  uint64_t u64() {
    need(8);
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  int64_t i64() { return static_cast<int64_t>(u64()); }
  std::string str() { return std::string(view()); }
  // A string without copying it: valid while the input is.
  std::string_view view() { return bytes(u64()); }
  // The next `n` bytes as they are (no length before them).
  std::string_view bytes(uint64_t n) {
    need(n);
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::vector<std::string> strings() {
    uint64_t n = count();
    std::vector<std::string> v;
    v.reserve(n);
    for (uint64_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }
  // A element count, checked against the bytes left so a corrupt length
  // cannot make us allocate gigabytes.
  uint64_t count() {
    uint64_t n = u64();
    if (n > in_.size() - pos_) throw std::runtime_error("corrupt cache: bad count");
    return n;
  }
  bool done() const { return pos_ == in_.size(); }
  size_t offset() const { return pos_; }

 private:
  void need(uint64_t n) const {
    if (n > in_.size() - pos_) throw std::runtime_error("corrupt cache: truncated");
  }
  std::string_view in_;
  size_t pos_ = 0;
};

// A fast, stable 64-bit hash for fingerprints and content hashes (not for
// security). It takes 8 bytes per step (multiply and xor-shift, in the spirit
// of FNV-1a but word-wise): content hashing of every output byte was 6% of a
// build with byte-at-a-time FNV. Defined here, so it is the same everywhere.
class Hasher {
 public:
  Hasher& add(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size();
    while (n >= 8) {
      uint64_t w = 0;
      std::memcpy(&w, p, 8);
      mix(w);
      p += 8;
      n -= 8;
    }
    uint64_t tail = 0;
    if (n > 0) std::memcpy(&tail, p, n);           // p may be null for an empty view
    mix(tail ^ (static_cast<uint64_t>(n) << 56));  // length marks the end: ("ab","c") != ("a","bc")
    return *this;
  }
  Hasher& add(uint64_t v) {
    mix(v);
    return *this;
  }
  uint64_t value() const { return h_ ^ (h_ >> 32); }

 private:
  void mix(uint64_t w) {
    h_ = (h_ ^ w) * 0x9E3779B97F4A7C15ULL;
    h_ ^= h_ >> 29;
  }
  uint64_t h_ = 1469598103934665603ULL;
};

inline uint64_t hash_bytes(std::string_view s) { return Hasher().add(s).value(); }

}  // namespace gazette
