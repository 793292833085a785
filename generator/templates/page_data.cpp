#include "templates/page_data.h"

#include <algorithm>
#include <set>

#include "content/date.h"

namespace gazette {
namespace {

using mdata = mustache::data;

const char* const kWeekdays[] = {"星期一", "星期二", "星期三", "星期四",
                                 "星期五", "星期六", "星期日"};

mdata list() { return mdata(mdata::type::list); }

// Empty text becomes `false`, so {{#kicker}}...{{/kicker}} hides the markup and
// a missing value never falls through to an outer context's key of that name.
mdata text(const std::string& s) { return s.empty() ? mdata(false) : mdata(s); }

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
        out += "\\u003c";
        break;  // never close the <script> early
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

}  // namespace

mdata to_mustache(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kBool:
      return mdata(v.boolean);
    case Value::Kind::kString:
      return text(v.string);
    case Value::Kind::kList: {
      mdata l = list();
      for (const auto& item : v.list) l.push_back(to_mustache(item));
      return l;
    }
    case Value::Kind::kMap: {
      mdata o;
      for (const auto& [k, item] : v.map) o.set(k, to_mustache(item));
      return o;
    }
    default:
      return mdata(false);
  }
}

PageData::PageData(const Site& site) : site_(site) {
  for (size_t i = 0; i < site.editions.size(); ++i) {
    const Date& d = site.editions[i].date;
    by_month_[{d.year, d.month}].push_back(static_cast<int>(i));
    date_to_edition_[d.iso()] = static_cast<int>(i);
  }
}

std::string PageData::link(const std::string& url) const {
  return site_.config.base_path + (url.empty() ? "" : url.substr(1));
}

std::string PageData::permalink(const std::string& url) const {
  return site_.config.base_url + (url.empty() ? "" : url.substr(1));
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
  s.set("title", c.title);
  s.set("description", text(c.description));
  s.set("language", c.language);
  s.set("base_url", c.base_url);
  s.set("base_path", c.base_path);
  s.set("home_url", link("/"));
  s.set("search_url", link("/search/"));
  s.set("feed_url", link("/atom.xml"));
  s.set("generator", std::string("gazette ") + GAZETTE_VERSION);
  s.set("params", to_mustache(c.params));
  mdata taxes = list();
  for (const auto& t : site_.taxonomies) {
    mdata o;
    o.set("name", t.config.name);
    o.set("title", t.config.title);
    o.set("url", link(t.url));
    taxes.push_back(o);
  }
  s.set("taxonomies", taxes);
  mdata ys = list();
  for (int y : years()) {
    mdata o;
    o.set("year", std::to_string(y));
    o.set("url", link("/" + std::to_string(y) + "/"));
    ys.push_back(o);
  }
  s.set("years", ys);
  if (!site_.editions.empty()) {
    const Edition& latest = site_.editions.front();
    mdata o;
    o.set("date", latest.date.chinese());
    o.set("url", link(latest.url));
    s.set("latest", o);
  }
  mdata pages = list();
  for (const auto& p : site_.pages) {
    mdata o;
    o.set("title", p.title);
    o.set("url", link(p.url));
    pages.push_back(o);
  }
  s.set("pages", pages);
  mdata out;
  out.set("site", s);
  return out;
}

mdata PageData::page(const std::string& kind, const std::string& title, const std::string& url,
                     const std::string& description) const {
  mdata p;
  p.set("kind", kind);
  p.set("is_" + kind, true);
  p.set("title", title);
  p.set("url", link(url));
  p.set("permalink", permalink(url));
  p.set("description", text(description.empty() ? site_.config.description : description));
  mdata out;
  out.set("page", p);
  return out;
}

mdata PageData::term_link(size_t taxonomy, int term_id) const {
  const Term& t = site_.taxonomies[taxonomy].terms[static_cast<size_t>(term_id)];
  mdata o;
  o.set("name", t.name);
  o.set("url", link(t.url));
  return o;
}

mdata PageData::article_summary(const Article& a) const {
  mdata o;
  o.set("title", a.title);
  o.set("display_title", a.title.empty() ? std::string("（无标题片段）") : a.title);
  o.set("url", link(a.url));
  o.set("kicker", text(a.kicker));
  o.set("subtitle", text(a.subtitle));
  o.set("summary", text(a.summary));
  o.set("date", a.date.chinese());
  o.set("date_iso", a.date.iso());
  o.set("type", a.type);
  o.set("is_" + (a.type.empty() ? std::string("news") : a.type), true);
  o.set("page", std::to_string(a.page));
  o.set("page_name", text(a.page_name));
  for (size_t t = 0; t < site_.taxonomies.size(); ++t) {
    mdata terms = list();
    for (int id : a.term_ids[t]) terms.push_back(term_link(t, id));
    o.set(site_.taxonomies[t].config.name, terms);
    o.set("has_" + site_.taxonomies[t].config.name, !a.term_ids[t].empty());
  }
  o.set("has_photos", !a.photos.empty());
  return o;
}

mdata PageData::article_item(int index) const {
  const Article& a = site_.articles[static_cast<size_t>(index)];
  mdata o;
  if (items_) o.set("html", items_(index));
  o.set("url", link(a.url));
  o.set("display_title", a.title.empty() ? std::string("（无标题片段）") : a.title);
  o.set("date_iso", a.date.iso());
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
  o.set("dateline", text(a.dateline));
  o.set("byline", text(a.byline));
  o.set("content", std::move(content_html));
  o.set("json_ld", json_ld(a));
  mdata photos = list();
  for (const auto& p : a.photos) {
    mdata ph;
    ph.set("caption", text(p.caption));
    ph.set("credit", text(p.credit));
    ph.set("by", text(p.by));
    ph.set("src", text(p.src));
    photos.push_back(ph);
  }
  o.set("photos", photos);
  mdata review = list();
  for (const auto& r : a.review) review.push_back(mdata(r));
  o.set("review", review);
  o.set("params", to_mustache(a.params));
  auto neighbour = [&](int idx) {
    const Article& n = site_.articles[static_cast<size_t>(idx)];
    mdata x;
    x.set("title", n.title.empty() ? std::string("（无标题片段）") : n.title);
    x.set("url", link(n.url));
    return x;
  };
  if (a.prev >= 0) o.set("prev", neighbour(a.prev));
  if (a.next >= 0) o.set("next", neighbour(a.next));
  const Edition& e = site_.editions[static_cast<size_t>(a.edition)];
  mdata ed;
  ed.set("date", e.date.chinese());
  ed.set("url", link(e.url));
  ed.set("number", text(e.number > 0 ? std::to_string(e.number) : ""));
  ed.set("page_url", link(e.url) + "#page-" + std::to_string(a.page));
  o.set("edition", ed);
  mdata tags = list();
  for (size_t t = 0; t < site_.taxonomies.size(); ++t) {
    if (site_.taxonomies[t].config.name != "tags") continue;
    for (int id : a.term_ids[t])
      tags.push_back(mdata(site_.taxonomies[t].terms[static_cast<size_t>(id)].name));
  }
  o.set("tag_names", tags);
  return o;
}

mdata PageData::edition(const Edition& e) const {
  mdata o;
  o.set("date", e.date.chinese());
  o.set("date_iso", e.date.iso());
  o.set("weekday", std::string(kWeekdays[e.date.weekday()]));
  o.set("url", link(e.url));
  o.set("number", text(e.number > 0 ? std::to_string(e.number) : ""));
  mdata pages = list();
  for (const auto& p : e.pages) {
    mdata po;
    po.set("number", std::to_string(p.number));
    po.set("name", text(p.name));
    po.set("anchor", "page-" + std::to_string(p.number));
    mdata banners = list();
    for (const auto& b : p.banners) banners.push_back(mdata(b));
    po.set("banners", banners);
    mdata arts = list();
    for (int idx : p.articles) arts.push_back(article_item(idx));
    po.set("articles", arts);
    po.set("count", std::to_string(p.articles.size()));
    pages.push_back(po);
  }
  o.set("pages", pages);
  auto neighbour = [&](int idx) {
    const Edition& n = site_.editions[static_cast<size_t>(idx)];
    mdata x;
    x.set("date", n.date.chinese());
    x.set("url", link(n.url));
    return x;
  };
  if (e.older >= 0) o.set("older", neighbour(e.older));
  if (e.newer >= 0) o.set("newer", neighbour(e.newer));
  o.set("params", to_mustache(e.params));
  return o;
}

mdata PageData::calendar_month(int year, int month) const {
  mdata o;
  o.set("year", std::to_string(year));
  o.set("month", std::to_string(month));
  o.set("name", std::to_string(month) + "月");
  const std::vector<int>* eds = editions_in_month(year, month);
  char path[16];
  std::snprintf(path, sizeof path, "/%04d/%02d/", year, month);
  if (eds) o.set("url", link(path));
  o.set("count", std::to_string(eds ? eds->size() : 0));
  mdata weeks = list();
  mdata week;
  mdata days = list();
  const int lead = Date{year, month, 1}.weekday();
  for (int i = 0; i < lead; ++i) {
    mdata blank;
    blank.set("blank", true);
    days.push_back(blank);
  }
  const int n = days_in_month(year, month);
  for (int d = 1; d <= n; ++d) {
    mdata day;
    day.set("day", std::to_string(d));
    auto it = date_to_edition_.find(Date{year, month, d}.iso());
    if (it != date_to_edition_.end()) {
      day.set("url", link(site_.editions[static_cast<size_t>(it->second)].url));
      day.set("has_edition", true);
    }
    days.push_back(day);
    if ((lead + d) % 7 == 0 || d == n) {
      week.set("days", days);
      weeks.push_back(week);
      week = mdata();
      days = list();
    }
  }
  o.set("weeks", weeks);
  mdata editions = list();
  if (eds) {
    for (int idx : *eds) {
      const Edition& e = site_.editions[static_cast<size_t>(idx)];
      mdata x;
      x.set("date", e.date.chinese());
      x.set("url", link(e.url));
      x.set("weekday", std::string(kWeekdays[e.date.weekday()]));
      size_t count = 0;
      for (const auto& p : e.pages) count += p.articles.size();
      x.set("articles", std::to_string(count));
      editions.push_back(x);
    }
  }
  o.set("editions", editions);
  return o;
}

mdata PageData::taxonomy_header(const Taxonomy& t) const {
  mdata o;
  o.set("name", t.config.name);
  o.set("title", t.config.title);
  o.set("url", link(t.url));
  return o;
}

mdata PageData::taxonomy(const Taxonomy& t) const {
  mdata o = taxonomy_header(t);
  mdata terms = list();
  for (const auto& term : t.terms) {
    mdata x;
    x.set("name", term.name);
    x.set("url", link(term.url));
    x.set("count", std::to_string(term.articles.size()));
    terms.push_back(x);
  }
  o.set("terms", terms);
  o.set("count", std::to_string(t.terms.size()));
  return o;
}

mdata PageData::term(const Taxonomy& t, const Term& term) const {
  mdata o;
  o.set("name", term.name);
  o.set("url", link(term.url));
  o.set("count", std::to_string(term.articles.size()));
  o.set("taxonomy_title", t.config.title);
  return o;
}

}  // namespace gazette
