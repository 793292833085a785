// Hand-formatted YAML for front matter: plain scalars where YAML reads them
// back unchanged as strings, double quotes otherwise.
//
// yaml_scalar() is for block context (key: value), yaml_flow_scalar() for
// items inside [...] / {...}, where , [ ] { } must be quoted too. Quoted
// strings escape \ " and control characters. Reading the output with yaml-cpp
// gives back exactly the input string (tests check the round trip).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

std::string yaml_scalar(std::string_view s);
std::string yaml_flow_scalar(std::string_view s);
std::string yaml_quoted(std::string_view s);
// [a, b, "c, d"]
std::string yaml_flow_list(const std::vector<std::string>& items);

}  // namespace gazette::ingest
