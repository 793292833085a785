#include "ingest/draft.h"

#include <algorithm>

#include "ingest/byline.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/review_messages.h"
#include "ingest/sentence.h"

namespace gazette::ingest {
namespace {

const BodyBlock* first_paragraph(const Article& a) {
  for (const auto& b : a.body)
    if (b.kind == BodyBlock::Kind::kParagraph) return &b;
  return nullptr;
}

// One note per run of consecutive rows moved by the same amount.
void note_repairs(Draft& d, const std::vector<TableRepair>& repairs,
                  const std::vector<int>& lines) {
  for (size_t r = 0; r < repairs.size();) {
    size_t e = r;
    while (e + 1 < repairs.size() && repairs[e + 1].row == repairs[e].row + 1 &&
           repairs[e + 1].shift == repairs[r].shift)
      ++e;
    int first = lines[static_cast<size_t>(repairs[r].row)];
    int last = lines[static_cast<size_t>(repairs[e].row)];
    d.note(first, msg::table_shift(first, last, repairs[r].shift));
    r = e + 1;
  }
}

}  // namespace

bool Draft::dangles() const {
  if (closed || a.body.empty()) return false;
  const BodyBlock& b = a.body.back();
  if (b.kind != BodyBlock::Kind::kParagraph) return false;
  std::u32string s = to_u32(b.text);
  // "（上接第1版）" printed on a line of its own: the text goes on below it.
  if (is_wholly_bracketed(trim(s)) && jump_from(s)) return true;
  // A word quoted alone ("“物业议事会”") is no paragraph: its predicate was
  // cut off by the break.
  if (is_quoted_word(s)) return true;
  // "…还高兴。本报记者 魏红梅": a byline run into the last paragraph ends it.
  if (std::u32string_view t = trim(s); !t.empty() && is_han(t.back()) && split_trailing_byline(t))
    return false;
  return !ends_sentence(s);
}

bool Draft::has_dateline() const {
  const BodyBlock* p = first_paragraph(a);
  return p && parse_dateline(to_u32(p->text)).has_value();
}

bool Draft::has_author() const {
  if (!a.authors.empty()) return true;
  const BodyBlock* p = first_paragraph(a);
  if (!p) return false;
  auto d = parse_dateline(to_u32(p->text));
  return d && !d->authors.empty();
}

void Draft::add_lines(const Unit& u) {
  a.lines.insert(a.lines.end(), u.lines.begin(), u.lines.end());
}

void Draft::add_paragraph(const Unit& u) {
  BodyBlock b;
  b.text = u.text;
  b.lines = u.lines;
  a.body.push_back(std::move(b));
  add_lines(u);
}

void Draft::join(const Unit& u) {
  BodyBlock& b = a.body.back();
  b.text += u.text;
  b.lines.insert(b.lines.end(), u.lines.begin(), u.lines.end());
  add_lines(u);
}

void Draft::add_block(const Unit& u) {
  BodyBlock b;
  b.lines = u.lines;
  if (u.kind == Unit::Kind::kList) {
    if (!a.body.empty() && a.body.back().kind == BodyBlock::Kind::kList) {
      auto& items = a.body.back().items;
      items.insert(items.end(), u.rows.begin(), u.rows.end());
      add_lines(u);
      return;
    }
    b.kind = BodyBlock::Kind::kList;
    b.items = u.rows;
  } else if (u.kind == Unit::Kind::kLines) {
    b.kind = BodyBlock::Kind::kLines;
    b.items = u.rows;
  } else {
    b.kind = BodyBlock::Kind::kTable;
    std::vector<TableRepair> repairs;
    b.table = parse_table(u.rows, &repairs);
    note_repairs(*this, repairs, u.lines);
  }
  a.body.push_back(std::move(b));
  add_lines(u);
}

void Draft::add_byline(const Unit& u) {
  a.byline += (a.byline.empty() ? "" : " ") + u.text;
  for (const auto& n : u.authors) a.authors.push_back(n);
  add_lines(u);
}

void Draft::add_photo(const Photo& p, const Unit& u) {
  a.photos.push_back(p);
  add_lines(u);
}

void Draft::add_subheading(const Unit& u) {
  BodyBlock b;
  b.kind = BodyBlock::Kind::kSubheading;
  b.text = u.text;
  b.lines = u.lines;
  a.body.push_back(std::move(b));
  add_lines(u);
}

bool Draft::reopen_subheading(const std::string& subheading_note) {
  if (closed || a.body.empty() || a.body.back().kind != BodyBlock::Kind::kSubheading) return false;
  BodyBlock& b = a.body.back();
  b.kind = BodyBlock::Kind::kParagraph;
  int line = b.lines.empty() ? 0 : b.lines.front();
  a.notes.erase(
      std::remove_if(a.notes.begin(), a.notes.end(),
                     [&](const Note& n) { return n.line == line && n.message == subheading_note; }),
      a.notes.end());
  return true;
}

void Draft::note(int line, std::string message) { a.notes.push_back({line, std::move(message)}); }

}  // namespace gazette::ingest
