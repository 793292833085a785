#include "feeds/atom.h"

#include "feeds/xml_writer.h"

namespace gazette {
namespace {

std::string timestamp(const Site& site, const Date& d) {
  return d.iso() + "T00:00:00" + site.config.timezone;
}

std::string absolute(const Site& site, const std::string& url) {
  return site.config.base_url + url.substr(1);
}

void write_entry(XmlWriter& w, const Site& site, const Article& a) {
  w.start("entry");
  w.element("title", a.title.empty() ? a.summary : a.title);
  w.start("link");
  w.attribute("href", absolute(site, a.url));
  w.end();
  w.element("id", absolute(site, a.url));
  w.element("updated", timestamp(site, a.date));
  w.element("published", timestamp(site, a.date));
  for (size_t t = 0; t < site.taxonomies.size(); ++t) {
    const Taxonomy& tax = site.taxonomies[t];
    for (int id : a.term_ids[t]) {
      const Term& term = tax.terms[static_cast<size_t>(id)];
      if (tax.config.name == "authors") {
        w.start("author");
        w.element("name", term.name);
        w.element("uri", absolute(site, term.url));
        w.end();
      } else {
        w.start("category");
        w.attribute("term", term.name);
        w.attribute("scheme", absolute(site, tax.url));
        w.end();
      }
    }
  }
  if (!a.summary.empty()) w.element("summary", a.summary);
  w.end();
}

}  // namespace

std::string render_atom(const Site& site) {
  XmlWriter w;
  w.start("feed");
  w.attribute("xmlns", "http://www.w3.org/2005/Atom");
  w.attribute("xml:lang", site.config.language);
  w.element("title", site.config.title);
  if (!site.config.description.empty()) w.element("subtitle", site.config.description);
  w.start("link");
  w.attribute("href", site.config.base_url);
  w.end();
  w.start("link");
  w.attribute("rel", "self");
  w.attribute("href", site.config.base_url + "atom.xml");
  w.end();
  w.element("id", site.config.base_url);
  const Date newest = site.articles.empty() ? Date{1970, 1, 1} : site.articles.front().date;
  w.element("updated", timestamp(site, newest));
  w.element("generator", "gazette");
  // Articles are in edition order; the feed shows the newest first by date.
  size_t n = std::min(site.articles.size(), static_cast<size_t>(site.config.feed_limit));
  for (size_t i = 0; i < n; ++i) write_entry(w, site, site.articles[i]);
  return w.finish();
}

}  // namespace gazette
