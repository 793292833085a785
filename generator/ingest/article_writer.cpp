#include "ingest/article_writer.h"

#include <cstdio>

#include "ingest/markdown_escape.h"
#include "ingest/yaml_writer.h"

namespace gazette::ingest {
namespace {

constexpr std::string_view kHashKey = "import_hash: ";

std::string render_block(const BodyBlock& b) {
  using K = BodyBlock::Kind;
  std::string out;
  switch (b.kind) {
    case K::kParagraph:
      return escape_line(b.text);
    case K::kSubheading: {
      // "### a #" would lose its closing '#': escape a trailing run.
      std::string h = escape_line(b.text);
      size_t end = h.find_last_not_of('#');
      if (end != std::string::npos && end + 1 < h.size() && h[end] != '\\') h.insert(end + 1, "\\");
      return "### " + h;
    }
    case K::kList:
      for (const auto& item : b.items)
        out += (out.empty() ? "" : "\n") + ("- " + escape_line(item));
      return out;
    case K::kLines:
      for (size_t i = 0; i < b.items.size(); ++i)
        out += escape_line(b.items[i]) + (i + 1 < b.items.size() ? "\\\n" : "");
      return out;
    case K::kTable:
      return render_gfm(b.table);
  }
  return out;
}

void key(std::string& out, std::string_view name, const std::string& value) {
  if (!value.empty()) out += std::string(name) + ": " + yaml_scalar(value) + "\n";
}

void photos(std::string& out, const std::vector<Photo>& list) {
  if (list.empty()) return;
  out += "photos:\n";
  for (const auto& p : list) {
    const char* lead = "  - ";
    auto item = [&](std::string_view k, const std::string& v) {
      if (v.empty()) return;
      out += lead + std::string(k) + ": " + yaml_scalar(v) + "\n";
      lead = "    ";
    };
    item("caption", p.caption);
    item("credit", p.credit);
    item("by", p.by);
  }
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The byte range of the import_hash line (with its '\n') inside the front matter.
std::pair<size_t, size_t> hash_line(std::string_view text) {
  if (text.substr(0, 4) != "---\n") return {std::string_view::npos, 0};
  size_t pos = 4;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (line == "---") break;
    if (line.substr(0, kHashKey.size()) == kHashKey) return {pos, nl + 1 - pos};
    pos = nl + 1;
  }
  return {std::string_view::npos, 0};
}

}  // namespace

std::string line_ranges(const std::vector<int>& lines, const std::vector<bool>& blank) {
  auto bridged = [&](int from, int to) {  // only blank lines strictly between
    for (int l = from + 1; l < to; ++l)
      if (l >= static_cast<int>(blank.size()) || !blank[static_cast<size_t>(l)]) return false;
    return true;
  };
  std::string out;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j + 1 < lines.size() &&
           (lines[j + 1] <= lines[j] + 1 || bridged(lines[j], lines[j + 1])))
      ++j;
    if (!out.empty()) out += ", ";
    out += std::to_string(lines[i]);
    if (lines[j] != lines[i]) out += "-" + std::to_string(lines[j]);
    i = j + 1;
  }
  return out;
}

std::string render_body(const Article& a) {
  std::string out;
  for (const auto& b : a.body) out += (out.empty() ? "" : "\n\n") + render_block(b);
  return out.empty() ? out : out + "\n";
}

std::string render_article(const Article& a, const ArticlePlacement& where) {
  std::string fm = "---\n";
  fm += "title: " + yaml_scalar(a.title) + "\n";
  key(fm, "kicker", a.kicker);
  key(fm, "subtitle", a.subtitle);
  fm += "date: " + where.date + "\n";
  fm += "page: " + std::to_string(where.page) + "\n";
  if (where.page_name) key(fm, "page_name", *where.page_name);
  fm += "order: " + std::to_string(where.order) + "\n";
  key(fm, "type", a.type);
  key(fm, "dateline", a.dateline);
  key(fm, "byline", a.byline);
  if (!a.authors.empty()) fm += "authors: " + yaml_flow_list(a.authors) + "\n";
  photos(fm, a.photos);
  key(fm, "series", a.series);
  if (!a.tags.empty()) fm += "tags: " + yaml_flow_list(a.tags) + "\n";
  fm += "source: {file: " + yaml_flow_scalar(a.source_file) +
        ", lines: " + yaml_quoted(a.source_lines.empty() ? line_ranges(a.lines) : a.source_lines) +
        "}\n";
  if (a.notes.empty()) {
    fm += "review: []\n";
  } else {
    fm += "review:\n";
    for (const auto& n : a.notes) fm += "  - " + yaml_scalar(n.message) + "\n";
  }
  std::string rest = "---\n\n" + render_body(a);
  std::string without_hash = fm + rest;
  return fm + std::string(kHashKey) + compute_import_hash(without_hash) + "\n" + rest;
}

std::optional<std::string> recorded_import_hash(std::string_view file_text) {
  auto [pos, len] = hash_line(file_text);
  if (pos == std::string_view::npos) return std::nullopt;
  std::string_view line = file_text.substr(pos + kHashKey.size(), len - kHashKey.size());
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\r'))
    line.remove_suffix(1);
  return std::string(line);
}

std::string compute_import_hash(std::string_view file_text) {
  auto [pos, len] = hash_line(file_text);
  std::string text(file_text);
  if (pos != std::string_view::npos) text.erase(pos, len);
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(text)));
  return buf;
}

bool unchanged_since_import(std::string_view file_text) {
  auto recorded = recorded_import_hash(file_text);
  return recorded && *recorded == compute_import_hash(file_text);
}

}  // namespace gazette::ingest
