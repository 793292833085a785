#include "front_matter/yaml_reader.h"

#include <cerrno>
#include <cstdlib>

namespace gazette {

YamlDoc::YamlDoc(std::string_view yaml, std::string path, int first_line)
    : path_(std::move(path)), first_line_(first_line) {
  try {
    root_ = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    int line = e.mark.is_null() ? first_line_ : first_line_ + e.mark.line;
    throw ContentError(path_, line, "invalid YAML: " + e.msg);
  }
  if (root_.IsNull()) root_ = YAML::Node(YAML::NodeType::Map);
  if (!root_.IsMap()) fail(root_, "expected key: value pairs");
}

int YamlDoc::line_of(const YAML::Node& node) const {
  const YAML::Mark m = node.Mark();
  return m.is_null() ? first_line_ : first_line_ + m.line;
}

void YamlDoc::fail(const YAML::Node& node, const std::string& message) const {
  throw ContentError(path_, line_of(node), message);
}

std::optional<std::string> YamlDoc::get_string(const YAML::Node& map, const char* key) const {
  const YAML::Node n = map[key];
  if (!n || n.IsNull()) return std::nullopt;
  if (!n.IsScalar()) fail(n, std::string("'") + key + "' must be a single value");
  return n.Scalar();
}

std::optional<long> YamlDoc::get_int(const YAML::Node& map, const char* key) const {
  auto s = get_string(map, key);
  if (!s) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long v = std::strtol(s->c_str(), &end, 10);
  if (s->empty() || *end != '\0' || errno != 0)
    fail(map[key], std::string("'") + key + "' must be a whole number, not '" + *s + "'");
  return v;
}

std::optional<bool> YamlDoc::get_bool(const YAML::Node& map, const char* key) const {
  auto s = get_string(map, key);
  if (!s) return std::nullopt;
  if (*s == "true" || *s == "yes" || *s == "True") return true;
  if (*s == "false" || *s == "no" || *s == "False") return false;
  fail(map[key], std::string("'") + key + "' must be true or false, not '" + *s + "'");
}

std::vector<std::string> YamlDoc::get_string_list(const YAML::Node& map, const char* key) const {
  std::vector<std::string> out;
  const YAML::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (n.IsScalar()) {
    if (!n.Scalar().empty()) out.push_back(n.Scalar());
    return out;
  }
  if (!n.IsSequence()) fail(n, std::string("'") + key + "' must be a list");
  for (const auto& item : n) {
    if (!item.IsScalar()) fail(item, std::string("items of '") + key + "' must be single values");
    if (!item.Scalar().empty()) out.push_back(item.Scalar());
  }
  return out;
}

Value to_value(const YAML::Node& node) {
  Value v;
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      v.kind = Value::Kind::kString;
      v.string = node.Scalar();
      if (v.string == "true" || v.string == "false") {
        v.kind = Value::Kind::kBool;
        v.boolean = v.string == "true";
      }
      break;
    case YAML::NodeType::Sequence:
      v.kind = Value::Kind::kList;
      for (const auto& item : node) v.list.push_back(to_value(item));
      break;
    case YAML::NodeType::Map:
      v.kind = Value::Kind::kMap;
      for (const auto& kv : node) v.map.emplace_back(kv.first.as<std::string>(), to_value(kv.second));
      break;
    default:
      break;
  }
  return v;
}

}  // namespace gazette
