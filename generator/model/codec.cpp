#include "model/codec.h"

#include <stdexcept>

namespace gazette::codec {
namespace {
// Indices into the model's vectors (int, -1 for none), a varint each.
void put_ints(BinaryWriter& w, const std::vector<int>& v) {
  w.var(v.size());
  for (int x : v) w.ivar(x);
}

std::vector<int> get_ints(BinaryReader& r) {
  const uint64_t n = r.count();
  std::vector<int> v;
  v.reserve(n);
  for (uint64_t k = 0; k < n; ++k) v.push_back(r.ivar32());
  return v;
}
}  // namespace

void put_value(BinaryWriter& w, const Value& v) {
  w.var(static_cast<uint64_t>(v.kind));
  w.var(v.boolean);
  w.str(v.string);
  w.var(v.list.size());
  for (const auto& item : v.list) put_value(w, item);
  w.var(v.map.size());
  for (const auto& [k, item] : v.map) {
    w.str(k);
    put_value(w, item);
  }
}

namespace {
Value get_value_at(BinaryReader& r, int depth) {
  if (depth > 64) throw std::runtime_error("corrupt cache: too deep");
  Value v;
  uint64_t kind = r.var();
  if (kind > static_cast<uint64_t>(Value::Kind::kMap))
    throw std::runtime_error("corrupt cache: kind");
  v.kind = static_cast<Value::Kind>(kind);
  v.boolean = r.var() != 0;
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
  w.var(s.body_offset);
  w.ivar(s.body_line);
  w.fixed64(s.content_hash);
}

SourceRef get_source(BinaryReader& r) {
  SourceRef s;
  s.display = r.str();
  s.body_offset = r.var();
  s.body_line = r.ivar32();
  s.content_hash = r.fixed64();
  return s;
}

void put_date(BinaryWriter& w, const Date& d) {
  w.ivar(d.year);
  w.ivar(d.month);
  w.ivar(d.day);
}

Date get_date(BinaryReader& r) {
  Date d;
  d.year = r.ivar32();
  d.month = r.ivar32();
  d.day = r.ivar32();
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
  w.ivar(a.page);
  w.ivar(a.order);
  w.var(a.terms.size());
  for (const auto& t : a.terms) w.strings(t);
  w.var(a.photos.size());
  for (const auto& p : a.photos)
    for (const std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) w.str(*s);
  w.strings(a.review);
  w.var(a.draft);
  put_value(w, a.params);
  w.str(a.summary);
  w.ivar(a.tables);
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
  a.page = r.ivar32();
  a.order = r.ivar32();
  for (uint64_t n = r.count(); n > 0; --n) a.terms.push_back(r.strings());
  for (uint64_t n = r.count(); n > 0; --n) {
    Photo p;
    for (std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) *s = r.str();
    a.photos.push_back(std::move(p));
  }
  a.review = r.strings();
  a.draft = r.var() != 0;
  a.params = get_value(r);
  a.summary = r.str();
  a.tables = r.ivar32();
  return a;
}

void put_edition(BinaryWriter& w, const Edition& e) {
  put_date(w, e.date);
  w.ivar(e.number);
  w.var(e.pages.size());
  for (const auto& p : e.pages) {
    w.ivar(p.number);
    w.str(p.name);
    w.strings(p.banners);
  }
  w.var(e.has_index);
  put_source(w, e.source);
  put_value(w, e.params);
}

Edition get_edition(BinaryReader& r) {
  Edition e;
  e.date = get_date(r);
  e.number = r.ivar32();
  for (uint64_t n = r.count(); n > 0; --n) {
    EditionPage p;
    p.number = r.ivar32();
    p.name = r.str();
    p.banners = r.strings();
    e.pages.push_back(std::move(p));
  }
  e.has_index = r.var() != 0;
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
  w.ivar(s.year);
  w.ivar(s.month);
  w.str(s.title);
  put_value(w, s.params);
}

SectionIndex get_section(BinaryReader& r) {
  SectionIndex s;
  s.source = get_source(r);
  s.year = r.ivar32();
  s.month = r.ivar32();
  s.title = r.str();
  s.params = get_value(r);
  return s;
}

void put_placed_article(BinaryWriter& w, const Article& a) {
  put_article(w, a);
  w.str(a.url);
  w.ivar(a.edition);
  w.ivar(a.prev);
  w.ivar(a.next);
  w.var(a.term_ids.size());
  for (const auto& ids : a.term_ids) put_ints(w, ids);
  put_ints(w, a.related);
}

Article get_placed_article(BinaryReader& r) {
  Article a = get_article(r);
  a.url = r.str();
  a.edition = r.ivar32();
  a.prev = r.ivar32();
  a.next = r.ivar32();
  for (uint64_t n = r.count(); n > 0; --n) a.term_ids.push_back(get_ints(r));
  a.related = get_ints(r);
  return a;
}

void put_placed_edition(BinaryWriter& w, const Edition& e) {
  put_edition(w, e);
  for (const auto& p : e.pages) put_ints(w, p.articles);
  w.str(e.url);
  w.ivar(e.older);
  w.ivar(e.newer);
}

Edition get_placed_edition(BinaryReader& r) {
  Edition e = get_edition(r);
  for (auto& p : e.pages) p.articles = get_ints(r);
  e.url = r.str();
  e.older = r.ivar32();
  e.newer = r.ivar32();
  return e;
}

void put_taxonomy(BinaryWriter& w, const Taxonomy& t) {
  w.str(t.config.name);
  w.str(t.config.title);
  w.str(t.url);
  w.var(t.terms.size());
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
