// Splits a content file into its YAML front matter and its Markdown body.
//
// A file starts with a line "---", then YAML, then a line "---" (or "..."); the
// rest is the body. A file without an opening "---" has no front matter. An
// opening without a closing delimiter is an error naming the opening line.
// A UTF-8 byte order mark and CRLF line ends are accepted.
#pragma once

#include <string>
#include <string_view>

namespace gazette {

struct FrontMatterSplit {
  std::string_view yaml;   // empty when there is none
  int yaml_line = 0;       // 1-based line of the first YAML line
  size_t body_offset = 0;  // byte offset of the body in the file
  int body_line = 1;       // 1-based line where the body starts
  bool has_front_matter = false;
};

FrontMatterSplit split_front_matter(std::string_view text, const std::string& path);

}  // namespace gazette
