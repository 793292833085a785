#include "ingest/markdown_escape.h"

#include <algorithm>
#include <vector>

namespace gazette::ingest {
namespace {

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string escape_inline(std::string_view text) {
  bool tildes = std::count(text.begin(), text.end(), '~') >= 2;
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool esc =
        c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == '<' ||
        (c == '~' && tildes) || c == '|' ||
        (c == '&' && i + 1 < text.size() && (is_ascii_letter(text[i + 1]) || text[i + 1] == '#'));
    if (esc) out += '\\';
    out += c;
  }
  return out;
}

// Escapes what would make the start of a line block syntax.
std::string escape_line_start(std::string line, std::string_view original) {
  if (line.empty()) return line;
  char c = line[0];
  auto followed_by_space = [&](size_t i) {
    return i >= line.size() || line[i] == ' ' || line[i] == '\t';
  };
  if (c == '#' || c == '>') return "\\" + line;
  if ((c == '-' || c == '+') && followed_by_space(1)) return "\\" + line;
  bool all_same = original.find_first_not_of(std::string(1, c) + " ") == std::string_view::npos;
  if ((c == '-' || c == '=') && all_same) return "\\" + line;
  size_t digits = 0;
  while (digits < line.size() && digits < 10 && line[digits] >= '0' && line[digits] <= '9')
    ++digits;
  if (digits > 0 && digits <= 9 && digits < line.size() &&
      (line[digits] == '.' || line[digits] == ')') && followed_by_space(digits + 1))
    return line.substr(0, digits) + "\\" + line.substr(digits);
  return line;
}

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1])) {
      out += s[++i];
      continue;
    }
    out += s[i];
  }
  return out;
}

bool is_table_separator(std::string_view line) {
  if (line.empty() || line[0] != '|') return false;
  bool dash = false;
  for (char c : line) {
    if (c == '-')
      dash = true;
    else if (c != '|' && c != ':' && c != ' ')
      return false;
  }
  return dash;
}

// Cells of "| a | b\| c |" → {"a", "b| c"} (unescaped).
std::vector<std::string> table_cells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cur;
  bool started = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      cur += line[i];
      cur += line[++i];
      continue;
    }
    if (line[i] == '|') {
      if (started) cells.push_back(unescape(cur));
      cur.clear();
      started = true;
      continue;
    }
    cur += line[i];
  }
  if (!cur.empty() && cur.find_first_not_of(' ') != std::string::npos)
    cells.push_back(unescape(cur));
  return cells;
}

}  // namespace

std::string escape_line(std::string_view text) {
  return escape_line_start(escape_inline(text), text);
}

std::string escape_cell(std::string_view text) { return escape_inline(text); }

std::string printed_text(std::string_view markdown) {
  std::string out;
  bool in_table = false;
  bool expect_separator = false;
  size_t pos = 0;
  while (pos <= markdown.size()) {
    size_t nl = markdown.find('\n', pos);
    if (nl == std::string_view::npos) nl = markdown.size();
    std::string_view line = markdown.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line[0] == '|') {
      if (in_table && expect_separator && is_table_separator(line)) {
        expect_separator = false;
        continue;
      }
      expect_separator = !in_table;
      in_table = true;
      for (const auto& cell : table_cells(line)) out += cell + " ";
      out += '\n';
      continue;
    }
    in_table = expect_separator = false;
    size_t hashes = 0;
    while (hashes < line.size() && hashes < 7 && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ')
      line.remove_prefix(hashes + 1);
    else if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
             line[1] == ' ')
      line.remove_prefix(2);
    size_t trailing = 0;
    while (trailing < line.size() && line[line.size() - 1 - trailing] == '\\') ++trailing;
    if (trailing % 2 == 1) line.remove_suffix(1);  // a hard line break
    out += unescape(line);
    out += '\n';
  }
  return out;
}

}  // namespace gazette::ingest
