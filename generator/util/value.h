// A plain, immutable tree of values: what front-matter keys the builder does not
// know are kept as, so templates still receive them.
//
// Maps keep the order in which keys were written (a vector of pairs), which is
// what templates and error messages should follow. No YAML types leak past the
// loader: yaml-cpp nodes are not safe to read from several threads.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gazette {

struct ValueEntry;

struct Value {
  enum class Kind { kNull, kBool, kString, kList, kMap };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string string;  // scalars keep their text as written
  std::vector<Value> list;
  // (Not std::pair<std::string, Value>: a pair needs Value complete here,
  // which only GCC's library lets pass.)
  std::vector<ValueEntry> map;

  const Value* find(const std::string& key) const;
  bool is_null() const { return kind == Kind::kNull; }
};

// A map's key and value, read as .first / .second or `auto& [key, value]`.
struct ValueEntry {
  ValueEntry(std::string key, Value value) : first(std::move(key)), second(std::move(value)) {}
  std::string first;
  Value second;
};

}  // namespace gazette
