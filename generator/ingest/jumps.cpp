#include "ingest/jumps.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "front_matter/front_matter.h"
#include "ingest/article_writer.h"
#include "ingest/chars.h"
#include "ingest/sentence.h"
#include "ingest/yaml_writer.h"
#include "util/fs.h"

namespace gazette::ingest {
namespace {

namespace fs = std::filesystem;

int page_number(const std::optional<std::string>& page) {
  if (!page || page->empty() || page->size() > 4) return 0;
  for (char c : *page)
    if (c < '0' || c > '9') return 0;
  return std::stoi(*page);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

std::string trim_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// The position of the note "（上接第P版）" (full- or half-width brackets) in
// `body` that starts a paragraph or follows a "下转" note, or npos.
size_t from_note_position(const std::string& body, int page) {
  const std::string inner = "上接第" + std::to_string(page) + "版";
  for (size_t at = body.find(inner); at != std::string::npos; at = body.find(inner, at + 1)) {
    size_t open;
    if (at >= 3 && body.compare(at - 3, 3, "（") == 0)
      open = at - 3;
    else if (at >= 1 && body[at - 1] == '(')
      open = at - 1;
    else
      continue;
    bool starts_paragraph = open == 0 || body[open - 1] == '\n';
    bool after_jump = open >= 3 && (body.compare(open - 3, 3, "）") == 0 || body[open - 1] == ')');
    if (starts_paragraph || after_jump) return open;
  }
  return std::string::npos;
}

std::string last_paragraph(const std::string& body) {
  std::string t = trim_newlines(body);
  size_t cut = t.rfind("\n\n");
  return cut == std::string::npos ? t : t.substr(cut + 2);
}

std::string continued_line(const std::vector<ContinuedPart>& parts) {
  std::string out = "continued: [";
  for (size_t i = 0; i < parts.size(); ++i) {
    const ContinuedPart& p = parts[i];
    out += (i ? ", " : "") + std::string("{page: ") + std::to_string(p.page);
    if (!p.title.empty()) out += ", title: " + yaml_flow_scalar(p.title);
    out +=
        ", source: {file: " + yaml_flow_scalar(p.file) + ", lines: " + yaml_quoted(p.lines) + "}}";
  }
  return out + "]";
}

}  // namespace

JumpEnds jump_ends(const Article& a) {
  JumpEnds out;
  const BodyBlock* first = nullptr;
  const BodyBlock* last = nullptr;
  for (const auto& b : a.body) {
    if (b.kind != BodyBlock::Kind::kParagraph) continue;
    if (!first) first = &b;
    last = &b;
  }
  if (first && &a.body.front() == first)
    out.from_page = page_number(jump_from(to_u32(first->text)));
  if (last && &a.body.back() == last) out.to_page = page_number(jump_to(to_u32(last->text)));
  return out;
}

std::optional<EditionArticle> parse_edition_article(const std::string& slug,
                                                    const std::string& text) {
  try {
    FrontMatterSplit split = split_front_matter(text, slug);
    if (!split.has_front_matter) return std::nullopt;
    YAML::Node fm = YAML::Load(std::string(split.yaml));
    if (!fm.IsMap()) return std::nullopt;
    EditionArticle a;
    a.slug = slug;
    a.text = text;
    a.page = fm["page"] ? fm["page"].as<int>(0) : 0;
    a.title = fm["title"] && fm["title"].IsScalar() ? fm["title"].Scalar() : "";
    std::string body = text.substr(split.body_offset);
    if (!body.empty() && body.front() == '\n') body.erase(0, 1);
    a.body = body;
    if (const YAML::Node c = fm["continued"]; c && c.IsSequence())
      for (const auto& n : c) {
        if (!n.IsMap()) continue;
        ContinuedPart p;
        p.page = n["page"] ? n["page"].as<int>(0) : 0;
        if (n["title"] && n["title"].IsScalar()) p.title = n["title"].Scalar();
        if (const YAML::Node s = n["source"]; s && s.IsMap()) {
          if (s["file"] && s["file"].IsScalar()) p.file = s["file"].Scalar();
          if (s["lines"] && s["lines"].IsScalar()) p.lines = s["lines"].Scalar();
        }
        a.continued.push_back(p);
      }
    if (const YAML::Node s = fm["source"]; s && s.IsMap()) {
      if (s["file"] && s["file"].IsScalar()) a.source_file = s["file"].Scalar();
      if (s["lines"] && s["lines"].IsScalar()) a.source_lines = s["lines"].Scalar();
    }
    a.only_title_and_body = !fm["kicker"] && !fm["subtitle"] && !fm["byline"] && !fm["photos"];
    a.unchanged = unchanged_since_import(text);
    return a;
  } catch (const std::exception&) {
    return std::nullopt;  // not a file the importer can work with
  }
}

std::vector<EditionArticle> read_edition_articles(const fs::path& dir) {
  std::vector<EditionArticle> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code st;
    if (it->is_symlink(st) || !it->is_regular_file(st) || it->path().extension() != ".md") continue;
    if (it->path().stem() == "_index") continue;
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (auto a = parse_edition_article(f.stem().string(), read_file(f)))
      out.push_back(std::move(*a));
  return out;
}

std::string own_part(const std::string& body, int own_page) {
  size_t at = from_note_position(body, own_page);
  if (at == std::string::npos || at == 0) return body;
  return trim_newlines(body.substr(0, at)) + "\n";
}

std::string continuation_part(const std::string& body, int own_page) {
  size_t at = from_note_position(body, own_page);
  if (at == std::string::npos || at == 0) return "";
  return body.substr(at);
}

bool jumps_to(const std::string& own_body, int page) {
  return page_number(jump_to(to_u32(last_paragraph(own_body)))) == page;
}

bool starts_from(const std::string& body, int page) { return from_note_position(body, page) == 0; }

std::string join_parts(const std::string& own, const std::string& part) {
  std::string head = trim_newlines(own), tail = trim_newlines(part);
  if (head.empty()) return tail + "\n";
  std::u32string last = to_u32(last_paragraph(head));
  size_t open = last.find_last_of(U"（(");
  std::u32string before = open == std::u32string::npos ? last : last.substr(0, open);
  bool inline_join = !before.empty() && !ends_sentence(before);
  return head + (inline_join ? "" : "\n\n") + tail + "\n";
}

std::string rewrite_article(const std::string& file_text, const std::string& body,
                            const std::vector<ContinuedPart>& continued,
                            const std::string& drop_note) {
  size_t end = file_text.find("\n---\n", 3);
  if (file_text.compare(0, 4, "---\n") != 0 || end == std::string::npos)
    throw std::logic_error("rewrite_article: not an imported article");
  std::vector<std::string> in = lines_of(file_text.substr(4, end - 3)), fm;
  const std::string dropped = drop_note.empty() ? "" : "  - " + yaml_scalar(drop_note);
  bool in_review = false;
  for (const auto& line : in) {
    if (line.rfind("continued:", 0) == 0 || line.rfind("import_hash:", 0) == 0) continue;
    if (line.rfind("review:", 0) == 0) {
      if (!continued.empty()) fm.push_back(continued_line(continued));
      in_review = true;
      fm.push_back(line);
      continue;
    }
    if (in_review && line.rfind("  - ", 0) != 0) in_review = false;
    if (in_review && !dropped.empty() && line == dropped) continue;
    fm.push_back(line);
  }
  // A review list left empty by the dropped note.
  for (size_t i = 0; i < fm.size(); ++i)
    if (fm[i] == "review:" && (i + 1 == fm.size() || fm[i + 1].rfind("  - ", 0) != 0))
      fm[i] = "review: []";
  std::string head = "---\n";
  for (const auto& line : fm) head += line + "\n";
  std::string rest = "---\n\n" + body;
  std::string hash = compute_import_hash(head + rest);
  return head + "import_hash: " + hash + "\n" + rest;
}

double title_overlap(const std::string& a, const std::string& b) {
  std::set<char32_t> x, y;
  for (char32_t c : to_u32(a))
    if (is_han(c)) x.insert(c);
  for (char32_t c : to_u32(b))
    if (is_han(c)) y.insert(c);
  if (x.empty() || y.empty()) return 0;
  size_t shared = 0;
  for (char32_t c : x) shared += y.count(c);
  return static_cast<double>(shared) / static_cast<double>(std::min(x.size(), y.size()));
}

}  // namespace gazette::ingest
