// Typed, line-aware reading of a YAML document (front matter or site.yml).
//
// Every accessor that finds a value of the wrong shape throws ContentError with
// the file and the 1-based line of the offending value, so a user sees
// "content/2023/07/20/a.md:4: 'page' must be a whole number".
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"
#include "util/value.h"

namespace gazette {

class YamlDoc {
 public:
  // `first_line` is the file line on which `yaml` starts.
  YamlDoc(std::string_view yaml, std::string path, int first_line);

  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  int line_of(const YAML::Node& node) const;
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const;

  std::optional<std::string> get_string(const YAML::Node& map, const char* key) const;
  std::optional<long> get_int(const YAML::Node& map, const char* key) const;
  std::optional<bool> get_bool(const YAML::Node& map, const char* key) const;
  // A sequence of scalars; a single scalar counts as a one-item list.
  std::vector<std::string> get_string_list(const YAML::Node& map, const char* key) const;

 private:
  std::string path_;
  int first_line_;
  YAML::Node root_;
};

// Converts any YAML node into a plain Value (scalars keep their text).
Value to_value(const YAML::Node& node);

}  // namespace gazette
