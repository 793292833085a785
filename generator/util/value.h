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

struct Value {
  enum class Kind { kNull, kBool, kString, kList, kMap };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string string;  // scalars keep their text as written
  std::vector<Value> list;
  std::vector<std::pair<std::string, Value>> map;

  const Value* find(const std::string& key) const;
  bool is_null() const { return kind == Kind::kNull; }
};

}  // namespace gazette
