#include "front_matter/front_matter.h"

#include "util/error.h"

namespace gazette {
namespace {

// The line starting at `pos` without its line end; `next` gets the following line's start.
std::string_view line_at(std::string_view text, size_t pos, size_t& next) {
  size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) {
    next = text.size();
    end = text.size();
  } else {
    next = end + 1;
  }
  std::string_view line = text.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_delimiter(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---" || (closing && line == "...");
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text, const std::string& path) {
  FrontMatterSplit out;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  size_t next = 0;
  if (!is_delimiter(line_at(text, pos, next), false)) {
    out.body_offset = pos;
    return out;
  }
  out.has_front_matter = true;
  const size_t yaml_start = next;
  out.yaml_line = 2;
  int line_no = 2;
  for (pos = next; pos < text.size(); pos = next, ++line_no) {
    std::string_view line = line_at(text, pos, next);
    if (is_delimiter(line, true)) {
      out.yaml = text.substr(yaml_start, pos - yaml_start);
      out.body_offset = next;
      out.body_line = line_no + 1;
      return out;
    }
  }
  throw ContentError(path, 1, "front matter opened with '---' is never closed");
}

}  // namespace gazette
