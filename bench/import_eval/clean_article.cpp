#include "clean_article.h"

#include <yaml-cpp/yaml.h>

#include <stdexcept>
#include <string_view>

#include "front_matter/front_matter.h"

namespace gazette::import_eval {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Removes the backslash of "\X" escapes (X an ASCII punctuation mark).
std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) ++i;
    out += s[i];
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

// Cells of "| a | b \| c |": split on unescaped bars, trimmed, unescaped.
std::vector<std::string> table_cells(std::string_view line) {
  line = trim(line);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cur;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      cur += line[i];
      cur += line[++i];
    } else if (line[i] == '|') {
      cells.push_back(unescape(trim(cur)));
      cur.clear();
    } else {
      cur += line[i];
    }
  }
  cells.push_back(unescape(trim(cur)));
  return cells;
}

bool is_separator_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (c.find_first_not_of("-: ") != std::string::npos || c.empty()) return false;
  return true;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw std::runtime_error(path + ": " + message);
}

CleanBlock read_block(const std::vector<std::string_view>& lines, const std::string& path) {
  CleanBlock b;
  bool all_items = true, all_rows = true, hard_breaks = lines.size() > 1;
  for (size_t i = 0; i < lines.size(); ++i) {
    all_items = all_items && starts_with(lines[i], "- ");
    all_rows = all_rows && starts_with(lines[i], "|");
    if (i + 1 < lines.size()) hard_breaks = hard_breaks && lines[i].ends_with('\\');
  }
  if (lines.size() == 1 && starts_with(lines[0], "#")) {
    size_t hashes = lines[0].find_first_not_of('#');
    if (hashes == std::string_view::npos || lines[0][hashes] != ' ')
      fail(path, "a heading needs a space after its '#'");
    b.kind = CleanBlock::Kind::kSubheading;
    b.text = unescape(trim(lines[0].substr(hashes)));
  } else if (all_items) {
    b.kind = CleanBlock::Kind::kList;
    for (auto l : lines) b.items.push_back(unescape(trim(l.substr(2))));
  } else if (all_rows) {
    b.kind = CleanBlock::Kind::kTable;
    for (auto l : lines) {
      auto cells = table_cells(l);
      if (!is_separator_row(cells)) b.rows.push_back(std::move(cells));
    }
  } else if (hard_breaks) {
    b.kind = CleanBlock::Kind::kLines;
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view l = lines[i];
      if (i + 1 < lines.size()) l.remove_suffix(1);
      b.items.push_back(unescape(trim(l)));
    }
  } else {
    for (auto l : lines) b.text += unescape(trim(l));
  }
  return b;
}

bool has_text(const CleanBlock& b) {
  if (b.kind == CleanBlock::Kind::kParagraph || b.kind == CleanBlock::Kind::kSubheading)
    return !b.text.empty();
  for (const auto& i : b.items)
    if (i.empty()) return false;
  for (const auto& r : b.rows)
    if (r.empty()) return false;
  return !b.items.empty() || !b.rows.empty();
}

std::string scalar(const YAML::Node& fm, const char* key) {
  const YAML::Node n = fm[key];
  if (!n || n.IsNull()) return "";
  return n.as<std::string>();
}

std::vector<std::string> string_list(const YAML::Node& fm, const char* key) {
  std::vector<std::string> out;
  const YAML::Node n = fm[key];
  if (!n || n.IsNull()) return out;
  if (n.IsScalar()) return {n.as<std::string>()};
  for (const auto& item : n) out.push_back(item.as<std::string>());
  return out;
}

}  // namespace

bool CleanArticle::signed_with_name() const {
  if (byline.empty()) return false;
  for (std::string_view role : {"记者", "通讯员", "实习生", "评论员", "文/", "图/", "撰稿", "作者"})
    if (byline.find(role) != std::string::npos) return false;
  return true;
}

CleanArticle read_clean_article(const std::string& text, const std::string& path) {
  FrontMatterSplit split = split_front_matter(text, path);
  if (!split.has_front_matter) fail(path, "no front matter");
  CleanArticle a;
  a.file = path;
  try {
    YAML::Node fm = YAML::Load(std::string(split.yaml));
    a.title = scalar(fm, "title");
    a.kicker = scalar(fm, "kicker");
    a.subtitle = scalar(fm, "subtitle");
    a.byline = scalar(fm, "byline");
    a.dateline = scalar(fm, "dateline");
    a.type = scalar(fm, "type");
    a.authors = string_list(fm, "authors");
    a.people = string_list(fm, "people");
    if (const YAML::Node photos = fm["photos"]; photos && photos.IsSequence())
      for (const auto& p : photos) a.photos.push_back({scalar(p, "caption"), scalar(p, "credit")});
    const YAML::Node review = fm["review"];
    a.reviewed = review && review.IsSequence() && review.size() == 0;
  } catch (const YAML::Exception& e) {
    fail(path, std::string("front matter: ") + e.what());
  }

  std::vector<std::string_view> block;
  auto flush = [&] {
    if (block.empty()) return;
    CleanBlock b = read_block(block, path);
    if (!has_text(b)) fail(path, "an empty block in the body");
    a.body.push_back(std::move(b));
    block.clear();
  };
  for (std::string_view line : split_lines(std::string_view(text).substr(split.body_offset))) {
    if (trim(line).empty()) {
      flush();
    } else {
      block.push_back(trim(line));
    }
  }
  flush();

  if (a.title.empty()) fail(path, "no title");
  if (a.body.empty()) fail(path, "no body");
  if (!a.dateline.empty() && (a.body.front().kind != CleanBlock::Kind::kParagraph ||
                              !starts_with(a.body.front().text, a.dateline)))
    fail(path, "the first paragraph does not open with the dateline");
  for (const auto& p : a.photos)
    if (p.caption.empty() && p.credit.empty()) fail(path, "a photo without caption or credit");
  return a;
}

}  // namespace gazette::import_eval
