#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <tuple>
#include <vector>

#include "text/html.h"
#include "text/utf8.h"

namespace gazette {
namespace {

// Strikethrough only with two tildes: Chinese text writes ranges with one
// ("2~3公斤，5~6吨"), and GFM's single-tilde pairs struck the text between them.
constexpr int kOptions =
    CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter"};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

ParserPtr make_parser() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  ParserPtr parser(cmark_parser_new(kOptions));
  for (const char* name : kExtensions)
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  return parser;
}

std::string take(char* s) {
  std::string out = s ? s : "";
  std::free(s);
  return out;
}

// The text of a paragraph as a reader sees it: literal text and code, line
// breaks as spaces, markup and raw HTML dropped. What cmark's plain-text
// renderer gives without its line-wrapping machinery, which cost more than
// parsing the paragraph.
std::string plain_text(cmark_node* paragraph) {
  std::string out;
  cmark_iter* it = cmark_iter_new(paragraph);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(it);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* literal = cmark_node_get_literal(node)) out += literal;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(it);
  return out;
}

}  // namespace

namespace {

NodePtr parse(cmark_parser* parser, std::string_view markdown) {
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  // cmark_parser_finish() reads the inlines. While it does, cmark-gfm marks
  // the extensions' characters ('~', and ':' and 'w' for autolinks) in a table
  // shared by the whole process, and clears them when it is done: a parser
  // finishing on one thread cleared them under another, which then read
  // "~~删~~" or "www.…" as plain text, depending on timing. So one parser at a
  // time reads inlines (block parsing, above, and rendering run in parallel).
  static std::mutex inlines;
  std::lock_guard<std::mutex> lock(inlines);
  return NodePtr(cmark_parser_finish(parser));
}

bool is_table(cmark_node* node) {
  const char* type = cmark_node_get_type_string(node);
  return type && std::string_view(type) == "table";
}

// Moves every top-level table into a custom block that wraps it in a
// scrolling region and adds the link to its CSV copy (custom blocks are
// written as given, so safe mode leaves this markup alone; it holds no user
// text).
void wrap_tables(cmark_node* doc, const std::function<std::string(int)>& link) {
  int number = 0;
  for (cmark_node* n = cmark_node_first_child(doc); n;) {
    cmark_node* next = cmark_node_next(n);
    if (is_table(n)) {
      const std::string k = std::to_string(++number);
      const std::string href = html_escape(link(number));
      cmark_node* wrap = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(wrap, ("<div class=\"table-wrap\" role=\"region\" aria-label=\"表格" +
                                     k + "\" tabindex=\"0\">")
                                        .c_str());
      cmark_node_set_on_exit(wrap, ("</div>\n<p class=\"table-csv\"><a href=\"" + href +
                                    "\" download>下载表格" + k + "（CSV）</a></p>")
                                       .c_str());
      cmark_node_insert_before(n, wrap);
      cmark_node_append_child(wrap, n);
    }
    n = next;
  }
}

// "（下转第2版）" / "（上接第1版）" / "(转第3版)": the [begin, end) byte range of
// the first jump note in `s` at or after `from`, or npos.
std::pair<size_t, size_t> find_jump_note(const std::string& s, size_t from) {
  static const std::string kOpen[] = {"（", "("}, kClose[] = {"）", ")"};
  static const std::string kVerbs[] = {"下转", "上接", "转", "接"};
  static const std::string kDigits = "0123456789";
  static const std::string kNumerals[] = {"一", "二", "三", "四", "五",
                                          "六", "七", "八", "九", "十"};
  for (size_t at = s.find("第", from); at != std::string::npos; at = s.find("第", at + 1)) {
    size_t begin = std::string::npos;
    for (const auto& verb : kVerbs) {
      if (at < verb.size() || s.compare(at - verb.size(), verb.size(), verb) != 0) continue;
      for (const auto& open : kOpen) {
        size_t o = at - verb.size();
        if (o >= open.size() && s.compare(o - open.size(), open.size(), open) == 0) {
          begin = o - open.size();
          break;
        }
      }
      if (begin != std::string::npos) break;
    }
    if (begin == std::string::npos || begin < from) continue;
    size_t p = at + std::string("第").size(), digits = 0;
    for (bool more = true; more && digits < 3;) {
      more = false;
      if (p < s.size() && kDigits.find(s[p]) != std::string::npos) {
        ++p, ++digits, more = true;
        continue;
      }
      for (const auto& n : kNumerals)
        if (s.compare(p, n.size(), n) == 0) {
          p += n.size(), ++digits, more = true;
          break;
        }
    }
    if (digits == 0 || s.compare(p, std::string("版").size(), "版") != 0) continue;
    p += std::string("版").size();
    for (const auto& close : kClose)
      if (s.compare(p, close.size(), close) == 0) return {begin, p + close.size()};
  }
  return {std::string::npos, std::string::npos};
}

// Wraps each jump note of the text in <span class="jump"> so that a theme can
// hide the printed page's navigation (jumps.h in the importer).
void mark_jump_notes(cmark_node* doc) {
  std::vector<cmark_node*> texts;
  cmark_iter* it = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT)
      texts.push_back(node);
  }
  cmark_iter_free(it);
  for (cmark_node* t : texts) {
    const char* literal = cmark_node_get_literal(t);
    if (!literal || !std::strstr(literal, "版")) continue;
    std::string rest = literal;
    for (auto [b, e] = find_jump_note(rest, 0); b != std::string::npos;
         std::tie(b, e) = find_jump_note(rest, 0)) {
      if (b > 0) {
        cmark_node* before = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(before, rest.substr(0, b).c_str());
        cmark_node_insert_before(t, before);
      }
      cmark_node* span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
      cmark_node_set_on_enter(span, "<span class=\"jump\">");
      cmark_node_set_on_exit(span, "</span>");
      cmark_node* note = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(note, rest.substr(b, e - b).c_str());
      cmark_node_append_child(span, note);
      cmark_node_insert_before(t, span);
      rest = rest.substr(e);
    }
    if (rest.empty()) {
      cmark_node_unlink(t);
      cmark_node_free(t);
    } else if (rest != literal) {
      cmark_node_set_literal(t, rest.c_str());
    }
  }
}

void append_inline_text(std::string& out, cmark_node* node);

}  // namespace

std::string markdown_to_html(std::string_view markdown, const MarkdownOptions& options) {
  ParserPtr parser = make_parser();
  NodePtr doc = parse(parser.get(), markdown);
  if (options.table_download) wrap_tables(doc.get(), options.table_download);
  mark_jump_notes(doc.get());
  return take(
      cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string markdown_summary(std::string_view markdown, size_t max_chars) {
  // A summary needs the first paragraph only. Parse blank-line separated
  // chunks from the start, one more each time, until a paragraph appears:
  // usually the first chunk, a few hundred bytes instead of the whole body.
  constexpr size_t kMaxPrefix = 4096;
  size_t end = 0;
  while (end < markdown.size() && end < kMaxPrefix) {
    size_t blank = markdown.find("\n\n", end);
    end = blank == std::string_view::npos ? markdown.size() : blank + 2;
    if (markdown.substr(0, end).find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    ParserPtr parser = make_parser();
    size_t cut = std::min(end, kMaxPrefix);
    while (cut < markdown.size() && cut > 0 && (markdown[cut] & 0xC0) == 0x80)
      --cut;  // whole chars
    NodePtr doc = parse(parser.get(), markdown.substr(0, cut));
    for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
      if (cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH) continue;
      std::string text = plain_text(n);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      return truncate_code_points(text, max_chars);
    }
  }
  return "";
}

namespace {

// The text of an inline container (paragraph, heading, table cell).
void append_inline_text(std::string& out, cmark_node* node) { out += plain_text(node); }

// One line per leaf block; a table row's cells separated by tabs.
void block_text(std::string& out, cmark_node* node) {
  for (cmark_node* n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
    const cmark_node_type type = cmark_node_get_type(n);
    const char* name = cmark_node_get_type_string(n);
    const std::string_view kind = name ? name : "";
    if (kind == "table_row" || kind == "table_header") {
      bool first = true;
      for (cmark_node* cell = cmark_node_first_child(n); cell; cell = cmark_node_next(cell)) {
        if (!first) out += '\t';
        first = false;
        append_inline_text(out, cell);
      }
      out += '\n';
    } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      append_inline_text(out, n);
      out += '\n';
    } else if (type == CMARK_NODE_CODE_BLOCK) {
      if (const char* literal = cmark_node_get_literal(n)) out += literal;
      if (!out.empty() && out.back() != '\n') out += '\n';
    } else if (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_THEMATIC_BREAK) {
      block_text(out, n);  // lists, items, quotes, tables: their blocks in order
    }
  }
}

}  // namespace

std::string markdown_plain_text(std::string_view markdown) {
  ParserPtr parser = make_parser();
  NodePtr doc = parse(parser.get(), markdown);
  std::string out;
  block_text(out, doc.get());
  return out;
}

namespace {

// A GFM delimiter row: cells of dashes with optional colons, separated by
// '|', at least one '|' and one '-' ("|---|:--:|", "--- | ---").
bool is_delimiter_row(std::string_view line) {
  bool pipe = false, dash = false;
  for (char c : line) {
    if (c == '|') {
      pipe = true;
    } else if (c == '-') {
      dash = true;
    } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return pipe && dash;
}

// Whether some line of `markdown` is a delimiter row: without one there is
// no table, and no parse is needed (the common case).
bool has_delimiter_row(std::string_view markdown) {
  for (size_t start = 0; start < markdown.size();) {
    size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    if (is_delimiter_row(markdown.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::vector<TableRows> markdown_tables(std::string_view markdown) {
  std::vector<TableRows> tables;
  if (!has_delimiter_row(markdown)) return tables;
  ParserPtr parser = make_parser();
  NodePtr doc = parse(parser.get(), markdown);
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
    if (!is_table(n)) continue;
    TableRows& rows = tables.emplace_back();
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      std::vector<std::string>& cells = rows.emplace_back();
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
        cells.push_back(plain_text(cell));
    }
  }
  return tables;
}

size_t count_markdown_tables(std::string_view markdown) {
  if (!has_delimiter_row(markdown)) return 0;
  ParserPtr parser = make_parser();
  NodePtr doc = parse(parser.get(), markdown);
  size_t n = 0;
  for (cmark_node* node = cmark_node_first_child(doc.get()); node; node = cmark_node_next(node))
    n += is_table(node) ? 1 : 0;
  return n;
}

std::string table_csv(const TableRows& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      const std::string& cell = row[i];
      if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        out += cell;
        continue;
      }
      out += '"';
      for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace gazette
