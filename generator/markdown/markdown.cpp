#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

#include "text/utf8.h"

namespace gazette {
namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG;
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

std::string markdown_to_html(std::string_view markdown) {
  ParserPtr parser = make_parser();
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  NodePtr doc(cmark_parser_finish(parser.get()));
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
    std::string_view head = markdown.substr(0, cut);
    cmark_parser_feed(parser.get(), head.data(), head.size());
    NodePtr doc(cmark_parser_finish(parser.get()));
    for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
      if (cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH) continue;
      std::string text = plain_text(n);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      return truncate_code_points(text, max_chars);
    }
  }
  return "";
}

}  // namespace gazette
