#include "feeds/atom.h"

#include <algorithm>

#include "feeds/xml_writer.h"
#include "model/urls.h"

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

std::string render_atom(const Site& site, const FeedSpec& feed) {
  XmlWriter w;
  w.start("feed");
  w.attribute("xmlns", "http://www.w3.org/2005/Atom");
  w.attribute("xml:lang", site.config.language);
  w.element("title", feed.title);
  if (!site.config.description.empty()) w.element("subtitle", site.config.description);
  w.start("link");
  w.attribute("href", absolute(site, feed.page_url));
  w.end();
  w.start("link");
  w.attribute("rel", "self");
  w.attribute("href", absolute(site, feed.self_url));
  w.end();
  w.element("id", absolute(site, feed.page_url));
  const Date newest = feed.articles.empty()
                          ? Date{1970, 1, 1}
                          : site.articles[static_cast<size_t>(feed.articles.front())].date;
  w.element("updated", timestamp(site, newest));
  w.element("generator", "gazette");
  for (int i : feed.articles) write_entry(w, site, site.articles[static_cast<size_t>(i)]);
  return w.finish();
}

FeedSpec site_feed(const Site& site) {
  FeedSpec feed{site.config.title, std::string(urls::kHome), std::string(urls::kFeed), {}};
  // Articles are in edition order, newest edition first.
  const size_t n = std::min(site.articles.size(), static_cast<size_t>(site.config.feed_limit));
  for (size_t i = 0; i < n; ++i) feed.articles.push_back(static_cast<int>(i));
  return feed;
}

FeedSpec term_feed(const Site& site, const Term& term) {
  FeedSpec feed{term.name + " - " + site.config.title, term.url, urls::feed_of(term.url), {}};
  const size_t n = std::min(term.articles.size(), static_cast<size_t>(site.config.feed_limit));
  feed.articles.assign(term.articles.begin(), term.articles.begin() + static_cast<long>(n));
  return feed;
}

}  // namespace gazette
