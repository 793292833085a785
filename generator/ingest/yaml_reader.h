// yaml-cpp parsing with file-line error messages, for the importer.
//
// The importer reads an existing _index.md into yaml-cpp nodes so that it can
// re-emit page entries it does not understand unchanged (YAML::Emitter). The
// builder does not use this: it reads every YAML file with YamlTree
// (yaml_tree.h, libyaml), which also has the typed getters. A syntax error
// throws ContentError with the file and the 1-based line.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

#include "util/error.h"

namespace gazette {

class YamlDoc {
 public:
  // `first_line` is the file line on which `yaml` starts.
  YamlDoc(std::string_view yaml, std::string path, int first_line);

  const YAML::Node& root() const { return root_; }
  int line_of(const YAML::Node& node) const;
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const;

 private:
  std::string path_;
  int first_line_;
  YAML::Node root_;
};

}  // namespace gazette
