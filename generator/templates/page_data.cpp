#include "templates/page_data.h"

#include <algorithm>
#include <set>

#include "model/date.h"
#include "model/urls.h"
#include "text/json.h"

namespace gazette {
namespace {

using mdata = mustache::data;

const char* const kWeekdays[] = {"星期一", "星期二", "星期三", "星期四",
                                 "星期五", "星期六", "星期日"};

// Empty text becomes `false`, so {{#kicker}}...{{/kicker}} hides the markup and
// a missing value never falls through to an outer context's key of that name.
mdata text(const std::string& s) { return s.empty() ? mdata(false) : mdata(s); }

}  // namespace

mdata list_of(std::vector<mdata>&& items) {
  mdata l(mdata::type::list);
  // list_value() is the list `l` owns (not a const object): kainjow offers
  // no way to move one in, so it is swapped in place.
  const_cast<mustache::list&>(l.list_value()).swap(items);
  return l;
}

mdata to_mustache(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kBool:
      return mdata(v.boolean);
    case Value::Kind::kString:
      return text(v.string);
    case Value::Kind::kList: {
      std::vector<mdata> l;
      l.reserve(v.list.size());
      for (const auto& item : v.list) l.push_back(to_mustache(item));
      return list_of(std::move(l));
    }
    case Value::Kind::kMap: {
      mdata o;
      for (const auto& [k, item] : v.map) put(o, k, to_mustache(item));
      return o;
    }
    default:
      return mdata(false);
  }
}

std::string_view display_title(const Article& a) {
  return a.title.empty() ? std::string_view("（无标题片段）") : std::string_view(a.title);
}

PageData::PageData(const Site& site) : site_(site) {
  for (const auto& s : site.sections) sections_[{s.year, s.month}] = &s;
  for (size_t i = 0; i < site.editions.size(); ++i) {
    const Date& d = site.editions[i].date;
    by_month_[{d.year, d.month}].push_back(static_cast<int>(i));
    date_to_edition_[d.iso()] = static_cast<int>(i);
  }
}

namespace {
// `base` + `url` without its leading '/', in one allocation (links are made
// for every field of every list entry).
std::string rebase(const std::string& base, const std::string& url) {
  std::string out;
  out.reserve(base.size() + url.size());
  out += base;
  if (!url.empty()) out.append(url, 1);
  return out;
}
}  // namespace

std::string PageData::link(const std::string& url) const {
  return rebase(site_.config.base_path, url);
}

std::string PageData::permalink(const std::string& url) const {
  return rebase(site_.config.base_url, url);
}

const SectionIndex* PageData::section(int year, int month) const {
  auto it = sections_.find({year, month});
  return it == sections_.end() ? nullptr : it->second;
}

const std::vector<int>* PageData::editions_in_month(int year, int month) const {
  auto it = by_month_.find({year, month});
  return it == by_month_.end() ? nullptr : &it->second;
}

std::vector<int> PageData::years() const {
  std::set<int, std::greater<>> ys;
  for (const auto& [ym, _] : by_month_) ys.insert(ym.first);
  return {ys.begin(), ys.end()};
}

std::vector<int> PageData::months_of(int year) const {
  std::vector<int> out;
  for (const auto& [ym, _] : by_month_)
    if (ym.first == year) out.push_back(ym.second);
  return out;
}

mdata PageData::site_data() const {
  const SiteConfig& c = site_.config;
  mdata s;
  put(s, "title", c.title);
  put(s, "description", text(c.description));
  put(s, "language", c.language);
  put(s, "base_url", c.base_url);
  put(s, "base_path", c.base_path);
  put(s, "home_url", link("/"));
  if (c.search) put(s, "search_url", link(std::string(urls::kSearch)));
  put(s, "feed_url", link(std::string(urls::kFeed)));
  put(s, "generator", std::string("gazette ") + GAZETTE_VERSION);
  put(s, "params", to_mustache(c.params));
  std::vector<mdata> taxes;
  taxes.reserve(site_.taxonomies.size());
  for (const auto& t : site_.taxonomies) {
    mdata o;
    put(o, "name", t.config.name);
    put(o, "title", t.config.title);
    put(o, "url", link(t.url));
    taxes.push_back(std::move(o));
  }
  put(s, "taxonomies", list_of(std::move(taxes)));
  const std::vector<int> year_list = years();
  std::vector<mdata> ys;
  ys.reserve(year_list.size());
  for (int y : year_list) {
    mdata o;
    put(o, "year", std::to_string(y));
    put(o, "url", link(urls::year(y)));
    ys.push_back(std::move(o));
  }
  put(s, "years", list_of(std::move(ys)));
  if (!site_.editions.empty()) {
    const Edition& latest = site_.editions.front();
    mdata o;
    put(o, "date", latest.date.chinese());
    put(o, "url", link(latest.url));
    put(s, "latest", std::move(o));
  }
  std::vector<mdata> pages;
  pages.reserve(site_.pages.size());
  for (const auto& p : site_.pages) {
    mdata o;
    put(o, "title", p.title);
    put(o, "url", link(p.url));
    pages.push_back(std::move(o));
  }
  put(s, "pages", list_of(std::move(pages)));
  mdata out;
  put(out, "site", std::move(s));
  return out;
}

mdata PageData::page(const std::string& kind, const std::string& title, const std::string& url,
                     const std::string& description, const std::string& feed_url) const {
  mdata p;
  put(p, "kind", kind);
  put(p, "is_" + kind, true);
  put(p, "title", title);
  put(p, "url", link(url));
  put(p, "permalink", permalink(url));
  put(p, "description", text(description.empty() ? site_.config.description : description));
  if (!feed_url.empty()) put(p, "feed_url", link(feed_url));
  mdata out;
  put(out, "page", std::move(p));
  return out;
}

mdata PageData::term_link(size_t taxonomy, int term_id) const {
  const Term& t = site_.taxonomies[taxonomy].terms[static_cast<size_t>(term_id)];
  mdata o;
  put(o, "name", t.name);
  put(o, "url", link(t.url));
  return o;
}

mdata PageData::article_summary(const Article& a) const {
  mdata o;
  put(o, "title", a.title);
  put(o, "display_title", std::string(display_title(a)));
  put(o, "url", link(a.url));
  put(o, "kicker", text(a.kicker));
  put(o, "subtitle", text(a.subtitle));
  put(o, "summary", text(a.summary));
  put(o, "date", a.date.chinese());
  put(o, "date_iso", a.date.iso());
  put(o, "type", a.type);
  put(o, "is_" + (a.type.empty() ? std::string("news") : a.type), true);
  put(o, "page", std::to_string(a.page));
  put(o, "page_name", text(a.page_name));
  for (size_t t = 0; t < site_.taxonomies.size(); ++t) {
    std::vector<mdata> terms;
    terms.reserve(a.term_ids[t].size());
    for (int id : a.term_ids[t]) terms.push_back(term_link(t, id));
    put(o, site_.taxonomies[t].config.name, list_of(std::move(terms)));
    put(o, "has_" + site_.taxonomies[t].config.name, !a.term_ids[t].empty());
  }
  put(o, "has_photos", !a.photos.empty());
  return o;
}

mdata PageData::item(int index, bool with_html) const {
  const Article& a = site_.articles[static_cast<size_t>(index)];
  mdata o;
  if (items_ && with_html) put(o, "html", items_(index));
  put(o, "url", link(a.url));
  put(o, "display_title", std::string(display_title(a)));
  put(o, "date_iso", a.date.iso());
  return o;
}

std::string PageData::json_ld(const Article& a) const {
  std::string j = R"({"@context":"https://schema.org","@type":"NewsArticle","headline":)";
  append_json_string(j, a.title.empty() ? a.summary : a.title);
  j += R"(,"datePublished":)";
  append_json_string(j, a.date.iso() + "T00:00:00" + site_.config.timezone);
  j += R"(,"mainEntityOfPage":)";
  append_json_string(j, permalink(a.url));
  if (!a.page_name.empty()) {
    j += R"(,"articleSection":)";
    append_json_string(j, a.page_name);
  }
  j += R"(,"inLanguage":)";
  append_json_string(j, site_.config.language);
  for (size_t t = 0; t < site_.taxonomies.size(); ++t) {
    if (site_.taxonomies[t].config.name != "authors" || a.term_ids[t].empty()) continue;
    j += R"(,"author":[)";
    bool first = true;
    for (int id : a.term_ids[t]) {
      const Term& term = site_.taxonomies[t].terms[static_cast<size_t>(id)];
      if (!first) j += ',';
      first = false;
      j += R"({"@type":"Person","name":)";
      append_json_string(j, term.name);
      j += R"(,"url":)";
      append_json_string(j, permalink(term.url));
      j += '}';
    }
    j += ']';
  }
  j += R"(,"publisher":{"@type":"Organization","name":)";
  append_json_string(j, site_.config.title);
  j += "}}";
  return j;
}

mdata PageData::article_full(const Article& a, std::string content_html) const {
  mdata o = article_summary(a);
  put(o, "dateline", text(a.dateline));
  put(o, "byline", text(a.byline));
  put(o, "content", std::move(content_html));
  put(o, "json_ld", json_ld(a));
  std::vector<mdata> photos;
  photos.reserve(a.photos.size());
  for (const auto& p : a.photos) {
    mdata ph;
    put(ph, "caption", text(p.caption));
    put(ph, "credit", text(p.credit));
    put(ph, "by", text(p.by));
    put(ph, "src", text(p.src));
    photos.push_back(std::move(ph));
  }
  put(o, "photos", list_of(std::move(photos)));
  std::vector<mdata> review;
  review.reserve(a.review.size());
  for (const auto& r : a.review) review.push_back(mdata(r));
  put(o, "review", list_of(std::move(review)));
  put(o, "params", to_mustache(a.params));
  auto neighbour = [&](int idx) {
    const Article& n = site_.articles[static_cast<size_t>(idx)];
    mdata x;
    put(x, "title", std::string(display_title(n)));
    put(x, "url", link(n.url));
    return x;
  };
  if (a.prev >= 0) put(o, "prev", neighbour(a.prev));
  if (a.next >= 0) put(o, "next", neighbour(a.next));
  const Edition& e = site_.editions[static_cast<size_t>(a.edition)];
  mdata ed;
  put(ed, "date", e.date.chinese());
  put(ed, "url", link(e.url));
  put(ed, "number", text(e.number > 0 ? std::to_string(e.number) : ""));
  put(ed, "page_url", link(e.url) + "#page-" + std::to_string(a.page));
  put(ed, "pages", page_index(e, a.page));
  put(o, "edition", std::move(ed));
  std::vector<mdata> related;
  related.reserve(a.related.size());
  for (int r : a.related) related.push_back(item(r, related_html_));
  put(o, "related", list_of(std::move(related)));
  put(o, "has_related", !a.related.empty());
  std::vector<mdata> tags;
  for (size_t t = 0; t < site_.taxonomies.size(); ++t) {
    if (site_.taxonomies[t].config.name != "tags") continue;
    tags.reserve(tags.size() + a.term_ids[t].size());
    for (int id : a.term_ids[t])
      tags.push_back(mdata(site_.taxonomies[t].terms[static_cast<size_t>(id)].name));
  }
  put(o, "tag_names", list_of(std::move(tags)));
  return o;
}

mdata PageData::page_index(const Edition& e, int current) const {
  std::vector<mdata> pages;
  pages.reserve(e.pages.size());
  const std::string edition_url = link(e.url);
  for (const auto& p : e.pages) {
    mdata po;
    put(po, "number", std::to_string(p.number));
    put(po, "name", text(p.name));
    put(po, "url", edition_url + "#page-" + std::to_string(p.number));
    put(po, "current", p.number == current);
    pages.push_back(std::move(po));
  }
  return list_of(std::move(pages));
}

mdata PageData::edition(const Edition& e) const {
  mdata o;
  put(o, "date", e.date.chinese());
  put(o, "date_iso", e.date.iso());
  put(o, "weekday", std::string(kWeekdays[e.date.weekday()]));
  put(o, "url", link(e.url));
  put(o, "number", text(e.number > 0 ? std::to_string(e.number) : ""));
  std::vector<mdata> pages;
  pages.reserve(e.pages.size());
  for (const auto& p : e.pages) {
    mdata po;
    put(po, "number", std::to_string(p.number));
    put(po, "name", text(p.name));
    put(po, "anchor", "page-" + std::to_string(p.number));
    std::vector<mdata> banners;
    banners.reserve(p.banners.size());
    for (const auto& b : p.banners) banners.push_back(mdata(b));
    put(po, "banners", list_of(std::move(banners)));
    std::vector<mdata> arts;
    arts.reserve(p.articles.size());
    for (int idx : p.articles) arts.push_back(article_item(idx));
    put(po, "articles", list_of(std::move(arts)));
    put(po, "count", std::to_string(p.articles.size()));
    pages.push_back(std::move(po));
  }
  put(o, "pages", list_of(std::move(pages)));
  auto neighbour = [&](int idx) {
    const Edition& n = site_.editions[static_cast<size_t>(idx)];
    mdata x;
    put(x, "date", n.date.chinese());
    put(x, "url", link(n.url));
    return x;
  };
  if (e.older >= 0) put(o, "older", neighbour(e.older));
  if (e.newer >= 0) put(o, "newer", neighbour(e.newer));
  put(o, "params", to_mustache(e.params));
  return o;
}

mdata PageData::calendar_month(int year, int month) const {
  mdata o;
  put(o, "year", std::to_string(year));
  put(o, "month", std::to_string(month));
  put(o, "name", std::to_string(month) + "月");
  const std::vector<int>* eds = editions_in_month(year, month);
  if (eds) put(o, "url", link(urls::month(year, month)));
  put(o, "count", std::to_string(eds ? eds->size() : 0));
  std::vector<mdata> weeks;
  weeks.reserve(6);
  mdata week;
  std::vector<mdata> days;
  days.reserve(7);
  const int lead = Date{year, month, 1}.weekday();
  for (int i = 0; i < lead; ++i) {
    mdata blank;
    put(blank, "blank", true);
    days.push_back(std::move(blank));
  }
  const int n = days_in_month(year, month);
  for (int d = 1; d <= n; ++d) {
    mdata day;
    put(day, "day", std::to_string(d));
    auto it = date_to_edition_.find(Date{year, month, d}.iso());
    if (it != date_to_edition_.end()) {
      put(day, "url", link(site_.editions[static_cast<size_t>(it->second)].url));
      put(day, "has_edition", true);
    }
    days.push_back(std::move(day));
    if ((lead + d) % 7 == 0 || d == n) {
      put(week, "days", list_of(std::move(days)));
      weeks.push_back(std::move(week));
      week = mdata();
      days.clear();
      days.reserve(7);
    }
  }
  put(o, "weeks", list_of(std::move(weeks)));
  std::vector<mdata> editions;
  if (eds) {
    editions.reserve(eds->size());
    for (int idx : *eds) {
      const Edition& e = site_.editions[static_cast<size_t>(idx)];
      mdata x;
      put(x, "date", e.date.chinese());
      put(x, "url", link(e.url));
      put(x, "weekday", std::string(kWeekdays[e.date.weekday()]));
      size_t count = 0;
      for (const auto& p : e.pages) count += p.articles.size();
      put(x, "articles", std::to_string(count));
      editions.push_back(std::move(x));
    }
  }
  put(o, "editions", list_of(std::move(editions)));
  return o;
}

mdata PageData::taxonomy_header(const Taxonomy& t) const {
  mdata o;
  put(o, "name", t.config.name);
  put(o, "title", t.config.title);
  put(o, "url", link(t.url));
  return o;
}

mdata PageData::taxonomy(const Taxonomy& t) const {
  mdata o = taxonomy_header(t);
  std::vector<mdata> terms;
  terms.reserve(t.terms.size());
  for (const auto& term : t.terms) {
    mdata x;
    put(x, "name", term.name);
    put(x, "url", link(term.url));
    put(x, "count", std::to_string(term.articles.size()));
    terms.push_back(std::move(x));
  }
  put(o, "terms", list_of(std::move(terms)));
  put(o, "count", std::to_string(t.terms.size()));
  return o;
}

mdata PageData::term(const Taxonomy& t, const Term& term) const {
  mdata o;
  put(o, "name", term.name);
  put(o, "url", link(term.url));
  put(o, "count", std::to_string(term.articles.size()));
  put(o, "taxonomy_title", t.config.title);
  return o;
}

}  // namespace gazette
