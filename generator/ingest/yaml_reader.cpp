#include "ingest/yaml_reader.h"

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

}  // namespace gazette
