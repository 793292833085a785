// Compact binary encoding for the build cache (little-endian, length-prefixed).
//
// Writer appends to a string; Reader reads it back and throws
// std::runtime_error on truncated or malformed input, so a damaged cache is
// detected and simply rebuilt, never trusted.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class BinaryWriter {
 public:
  void u64(uint64_t v) {
    for (int i = 0; i < 8; ++i) out_ += static_cast<char>((v >> (8 * i)) & 0xFF);
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
  std::string str() {
    uint64_t n = u64();
    need(n);
    std::string s(in_.substr(pos_, n));
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

 private:
  void need(uint64_t n) const {
    if (n > in_.size() - pos_) throw std::runtime_error("corrupt cache: truncated");
  }
  std::string_view in_;
  size_t pos_ = 0;
};

// 64-bit FNV-1a: a fast, stable hash for fingerprints (not for security).
class Hasher {
 public:
  Hasher& add(std::string_view s) {
    for (unsigned char c : s) h_ = (h_ ^ c) * 1099511628211ULL;
    h_ = (h_ ^ 0xFF) * 1099511628211ULL;  // separator: ("ab","c") != ("a","bc")
    return *this;
  }
  Hasher& add(uint64_t v) {
    for (int i = 0; i < 8; ++i) h_ = (h_ ^ ((v >> (8 * i)) & 0xFF)) * 1099511628211ULL;
    return *this;
  }
  uint64_t value() const { return h_; }

 private:
  uint64_t h_ = 1469598103934665603ULL;
};

inline uint64_t hash_bytes(std::string_view s) { return Hasher().add(s).value(); }

}  // namespace gazette
