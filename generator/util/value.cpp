#include "util/value.h"

namespace gazette {

const Value* Value::find(const std::string& key) const {
  for (const auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

}  // namespace gazette
