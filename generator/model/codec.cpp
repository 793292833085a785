#include "model/codec.h"

#include <stdexcept>

namespace gazette::codec {
namespace {
// Indices into the model's vectors (int, -1 for none), 8 bytes each.
void put_ints(BinaryWriter& w, const std::vector<int>& v) {
  w.u64(v.size());
  for (int x : v) w.i64(x);
}

std::vector<int> get_ints(BinaryReader& r) {
  const uint64_t n = r.count();
  std::vector<int> v;
  v.reserve(n);
  for (uint64_t k = 0; k < n; ++k) v.push_back(static_cast<int>(r.i64()));
  return v;
}
}  // namespace

void put_value(BinaryWriter& w, const Value& v) {
  w.u64(static_cast<uint64_t>(v.kind));
  w.u64(v.boolean);
  w.str(v.string);
  w.u64(v.list.size());
  for (const auto& item : v.list) put_value(w, item);
  w.u64(v.map.size());
  for (const auto& [k, item] : v.map) {
    w.str(k);
    put_value(w, item);
  }
}

namespace {
Value get_value_at(BinaryReader& r, int depth) {
  if (depth > 64) throw std::runtime_error("corrupt cache: too deep");
  Value v;
  uint64_t kind = r.u64();
  if (kind > static_cast<uint64_t>(Value::Kind::kMap))
    throw std::runtime_error("corrupt cache: kind");
  v.kind = static_cast<Value::Kind>(kind);
  v.boolean = r.u64() != 0;
  v.string = r.str();
  for (uint64_t n = r.count(); n > 0; --n) v.list.push_back(get_value_at(r, depth + 1));
  for (uint64_t n = r.count(); n > 0; --n) {
    std::string k = r.str();
    v.map.emplace_back(std::move(k), get_value_at(r, depth + 1));
  }
  return v;
}
}  // namespace

Value get_value(BinaryReader& r) { return get_value_at(r, 0); }

void put_source(BinaryWriter& w, const SourceRef& s) {
  w.str(s.display);
  w.u64(s.body_offset);
  w.i64(s.body_line);
  w.u64(s.content_hash);
}

SourceRef get_source(BinaryReader& r) {
  SourceRef s;
  s.display = r.str();
  s.body_offset = r.u64();
  s.body_line = static_cast<int>(r.i64());
  s.content_hash = r.u64();
  return s;
}

void put_date(BinaryWriter& w, const Date& d) {
  w.i64(d.year);
  w.i64(d.month);
  w.i64(d.day);
}

Date get_date(BinaryReader& r) {
  Date d;
  d.year = static_cast<int>(r.i64());
  d.month = static_cast<int>(r.i64());
  d.day = static_cast<int>(r.i64());
  return d;
}

void put_article(BinaryWriter& w, const Article& a) {
  put_source(w, a.source);
  w.str(a.slug);
  put_date(w, a.edition_date);
  put_date(w, a.date);
  for (const std::string* s :
       {&a.title, &a.kicker, &a.subtitle, &a.type, &a.dateline, &a.byline, &a.page_name})
    w.str(*s);
  w.i64(a.page);
  w.i64(a.order);
  w.u64(a.terms.size());
  for (const auto& t : a.terms) w.strings(t);
  w.u64(a.photos.size());
  for (const auto& p : a.photos)
    for (const std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) w.str(*s);
  w.strings(a.review);
  w.u64(a.draft);
  put_value(w, a.params);
  w.str(a.summary);
  w.i64(a.tables);
}

Article get_article(BinaryReader& r) {
  Article a;
  a.source = get_source(r);
  a.slug = r.str();
  a.edition_date = get_date(r);
  a.date = get_date(r);
  for (std::string* s :
       {&a.title, &a.kicker, &a.subtitle, &a.type, &a.dateline, &a.byline, &a.page_name})
    *s = r.str();
  a.page = static_cast<int>(r.i64());
  a.order = static_cast<int>(r.i64());
  for (uint64_t n = r.count(); n > 0; --n) a.terms.push_back(r.strings());
  for (uint64_t n = r.count(); n > 0; --n) {
    Photo p;
    for (std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) *s = r.str();
    a.photos.push_back(std::move(p));
  }
  a.review = r.strings();
  a.draft = r.u64() != 0;
  a.params = get_value(r);
  a.summary = r.str();
  a.tables = static_cast<int>(r.i64());
  return a;
}

void put_edition(BinaryWriter& w, const Edition& e) {
  put_date(w, e.date);
  w.i64(e.number);
  w.u64(e.pages.size());
  for (const auto& p : e.pages) {
    w.i64(p.number);
    w.str(p.name);
    w.strings(p.banners);
  }
  w.u64(e.has_index);
  put_source(w, e.source);
  put_value(w, e.params);
}

Edition get_edition(BinaryReader& r) {
  Edition e;
  e.date = get_date(r);
  e.number = static_cast<int>(r.i64());
  for (uint64_t n = r.count(); n > 0; --n) {
    EditionPage p;
    p.number = static_cast<int>(r.i64());
    p.name = r.str();
    p.banners = r.strings();
    e.pages.push_back(std::move(p));
  }
  e.has_index = r.u64() != 0;
  e.source = get_source(r);
  e.params = get_value(r);
  return e;
}

void put_page(BinaryWriter& w, const StandalonePage& p) {
  put_source(w, p.source);
  w.str(p.slug);
  w.str(p.title);
  put_value(w, p.params);
}

StandalonePage get_page(BinaryReader& r) {
  StandalonePage p;
  p.source = get_source(r);
  p.slug = r.str();
  p.title = r.str();
  p.params = get_value(r);
  return p;
}

void put_section(BinaryWriter& w, const SectionIndex& s) {
  put_source(w, s.source);
  w.i64(s.year);
  w.i64(s.month);
  w.str(s.title);
  put_value(w, s.params);
}

SectionIndex get_section(BinaryReader& r) {
  SectionIndex s;
  s.source = get_source(r);
  s.year = static_cast<int>(r.i64());
  s.month = static_cast<int>(r.i64());
  s.title = r.str();
  s.params = get_value(r);
  return s;
}

void put_placed_article(BinaryWriter& w, const Article& a) {
  put_article(w, a);
  w.str(a.url);
  w.i64(a.edition);
  w.i64(a.prev);
  w.i64(a.next);
  w.u64(a.term_ids.size());
  for (const auto& ids : a.term_ids) put_ints(w, ids);
  put_ints(w, a.related);
}

Article get_placed_article(BinaryReader& r) {
  Article a = get_article(r);
  a.url = r.str();
  a.edition = static_cast<int>(r.i64());
  a.prev = static_cast<int>(r.i64());
  a.next = static_cast<int>(r.i64());
  for (uint64_t n = r.count(); n > 0; --n) a.term_ids.push_back(get_ints(r));
  a.related = get_ints(r);
  return a;
}

void put_placed_edition(BinaryWriter& w, const Edition& e) {
  put_edition(w, e);
  for (const auto& p : e.pages) put_ints(w, p.articles);
  w.str(e.url);
  w.i64(e.older);
  w.i64(e.newer);
}

Edition get_placed_edition(BinaryReader& r) {
  Edition e = get_edition(r);
  for (auto& p : e.pages) p.articles = get_ints(r);
  e.url = r.str();
  e.older = static_cast<int>(r.i64());
  e.newer = static_cast<int>(r.i64());
  return e;
}

void put_taxonomy(BinaryWriter& w, const Taxonomy& t) {
  w.str(t.config.name);
  w.str(t.config.title);
  w.str(t.url);
  w.u64(t.terms.size());
  for (const auto& term : t.terms) {
    w.str(term.name);
    w.str(term.slug);
    w.str(term.url);
    put_ints(w, term.articles);
  }
}

Taxonomy get_taxonomy(BinaryReader& r) {
  Taxonomy t;
  t.config.name = r.str();
  t.config.title = r.str();
  t.url = r.str();
  for (uint64_t n = r.count(); n > 0; --n) {
    Term term;
    term.name = r.str();
    term.slug = r.str();
    term.url = r.str();
    term.articles = get_ints(r);
    t.terms.push_back(std::move(term));
  }
  return t;
}

}  // namespace gazette::codec
