#include "ingest/finalize.h"

#include <algorithm>

#include "ingest/byline.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/review_messages.h"
#include "ingest/sentence.h"

namespace gazette::ingest {
namespace {

using BK = BodyBlock::Kind;

bool contains(const std::string& s, std::string_view word) {
  return s.find(word) != std::string::npos;
}

bool contains_any(const std::string& s, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return contains(s, w); });
}

void read_dateline(Article& a) {
  for (const auto& b : a.body) {
    if (b.kind != BK::kParagraph) continue;
    if (auto d = parse_dateline(to_u32(b.text))) {
      a.dateline = d->text;
      a.authors.insert(a.authors.begin(), d->authors.begin(), d->authors.end());
    }
    return;  // only the first paragraph can open with a dateline
  }
}

void split_end_byline(Article& a) {
  if (a.body.empty() || a.body.back().kind != BK::kParagraph) return;
  auto t = split_trailing_byline(to_u32(a.body.back().text));
  if (!t) return;
  a.body.back().text = t->paragraph;
  a.byline += (a.byline.empty() ? "" : " ") + t->byline.text;
  a.authors.insert(a.authors.end(), t->byline.authors.begin(), t->byline.authors.end());
}

// Consecutive paragraphs numbered 1, 2, 3… (一、二、三、…) → one list block.
void make_lists(Article& a) {
  std::vector<BodyBlock> out;
  for (size_t i = 0; i < a.body.size();) {
    size_t j = i;
    std::vector<std::u32string> texts;
    while (j < a.body.size() && a.body[j].kind == BK::kParagraph) {
      texts.push_back(to_u32(a.body[j].text));
      if (!is_numbered_run(texts) && texts.size() > 1) {
        texts.pop_back();
        break;
      }
      ++j;
    }
    if (texts.size() >= 2 && is_numbered_run(texts)) {
      BodyBlock list;
      list.kind = BK::kList;
      for (size_t k = i; k < i + texts.size(); ++k) {
        list.items.push_back(a.body[k].text);
        list.lines.insert(list.lines.end(), a.body[k].lines.begin(), a.body[k].lines.end());
      }
      out.push_back(std::move(list));
      i += texts.size();
    } else {
      out.push_back(std::move(a.body[i]));
      ++i;
    }
  }
  a.body = std::move(out);
}

void dedupe(std::vector<std::string>& v) {
  std::vector<std::string> out;
  for (auto& s : v)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  v = std::move(out);
}

// A part that goes on from another page: its writers are named there.
bool continues_from_elsewhere(const Article& a) {
  return !a.body.empty() && a.body.front().kind == BK::kParagraph &&
         jump_from(to_u32(a.body.front().text));
}

void note_open_ends(Article& a) {
  if (continues_from_elsewhere(a)) {
    std::string note = msg::jump_from(*jump_from(to_u32(a.body.front().text)));
    bool noted = std::any_of(a.notes.begin(), a.notes.end(),
                             [&](const Note& n) { return n.message == note; });
    if (!noted) a.notes.push_back({a.first_line, note});
  }
  for (const auto& b : a.body) {
    if (b.kind != BK::kParagraph) continue;
    std::u32string s = to_u32(b.text);
    int line = b.lines.empty() ? a.first_line : b.lines.back();
    if (auto page = jump_to(s)) {
      a.notes.push_back({line, msg::jump_to(*page)});
    } else if (!ends_sentence(s) && !is_field_line(s)) {
      std::u32string tail = s.size() > 8 ? s.substr(s.size() - 8) : s;
      a.notes.push_back({line, msg::dangling(to_utf8(tail))});
    }
  }
}

}  // namespace

std::string classify_article(const Article& a) {
  if (a.headless) return "fragment";
  bool table = false, lines = false;
  size_t list_items = 0, paragraphs = 0;
  for (const auto& b : a.body) {
    table = table || b.kind == BK::kTable;
    lines = lines || b.kind == BK::kLines;
    if (b.kind == BK::kList) list_items += b.items.size();
    if (b.kind == BK::kParagraph) ++paragraphs;
  }
  if (table) return "table";
  std::string head = a.kicker + " " + a.title;
  if (lines || contains_any(a.title, {"倡议书", "公告", "通知", "公示", "通告", "启事", "声明"}))
    return "notice";
  if (list_items >= 3 && paragraphs <= 1 && a.dateline.empty()) return "list";
  if (contains_any(a.subtitle, {"——访", "—访", "专访"}) || contains_any(head, {"专访", "访谈"}))
    return "interview";
  if (a.signed_commentary ||
      contains_any(head, {"评论", "时评", "新语", "短评", "社论", "言论", "述评"}))
    return "commentary";
  if (!a.dateline.empty()) return "news";
  return "feature";
}

void finalize_article(Article& a) {
  read_dateline(a);
  split_end_byline(a);
  make_lists(a);
  dedupe(a.authors);
  a.type = classify_article(a);
  if (a.headless) a.title.clear();
  note_open_ends(a);
  bool expects_author =
      a.type == "news" || a.type == "feature" || a.type == "interview" || a.type == "commentary";
  if (expects_author && a.authors.empty() && !continues_from_elsewhere(a))
    a.notes.push_back({a.first_line, msg::no_author()});
  std::stable_sort(a.notes.begin(), a.notes.end(),
                   [](const Note& x, const Note& y) { return x.line < y.line; });
  std::sort(a.lines.begin(), a.lines.end());
  a.lines.erase(std::unique(a.lines.begin(), a.lines.end()), a.lines.end());
}

}  // namespace gazette::ingest
