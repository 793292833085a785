// Compact binary encoding for the build cache: fixed 8-byte little-endian
// words for hashes and checksums, LEB128 varints for lengths, counts and small
// numbers.
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
  // Eight bytes, whatever the value: hashes, stamps, magic numbers and
  // checksums (which must sit at a known place).
  void fixed64(uint64_t v) {
    char buf[8];
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    out_.append(buf, 8);
  }
  // As few bytes as the value needs (LEB128: seven bits a byte, the high bit
  // set on every byte but the last): lengths, counts, small numbers. Most
  // take one byte, where a fixed field took eight.
  void var(uint64_t v) {
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
      buf[n++] = static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    buf[n++] = static_cast<char>(v);
    out_.append(buf, static_cast<size_t>(n));
  }
  // A signed number, zigzag-mapped first so that -1 (the model's "none")
  // takes one byte too.
  void ivar(int64_t v) { var((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void str(std::string_view s) {
    var(s.size());
    out_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    var(v.size());
    for (const auto& s : v) str(s);
  }
  std::string& data() { return out_; }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view in) : in_(in) {}
  uint64_t fixed64() {
    need(8);
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  uint64_t var() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      need(1);
      const auto b = static_cast<unsigned char>(in_[pos_++]);
      if (shift == 63 && b > 1) throw std::runtime_error("corrupt cache: number too large");
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  int64_t ivar() {
    const uint64_t z = var();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  // An int field (an index, a page number, a date part): a value that does
  // not fit one is damage, not data.
  int ivar32() {
    const int64_t v = ivar();
    if (v < INT32_MIN || v > INT32_MAX) throw std::runtime_error("corrupt cache: number too large");
    return static_cast<int>(v);
  }
  std::string str() { return std::string(view()); }
  // A string without copying it: valid while the input is.
  std::string_view view() { return bytes(var()); }
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
  // An element count (written with var()), checked against the bytes left
  // (every element takes at least one) so a corrupt length cannot make us
  // allocate gigabytes.
  uint64_t count() {
    uint64_t n = var();
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
