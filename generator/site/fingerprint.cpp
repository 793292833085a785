#include "site/fingerprint.h"

#include "util/binary_io.h"

namespace gazette {
namespace {

uint64_t date_key(const Date& d) {
  return static_cast<uint64_t>(d.year * 10000 + d.month * 100 + d.day);
}

void add_terms(Hasher& h, const Site& site, const Article& a) {
  for (size_t t = 0; t < site.taxonomies.size(); ++t) {
    h.add(a.term_ids[t].size());
    for (int id : a.term_ids[t]) {
      const Term& term = site.taxonomies[t].terms[static_cast<size_t>(id)];
      h.add(term.name).add(term.url);
    }
  }
}

}  // namespace

uint64_t global_fingerprint(const Site& site, const PageData& data, uint64_t config_hash,
                            uint64_t theme_hash) {
  Hasher h;
  h.add(GAZETTE_VERSION).add(config_hash).add(theme_hash).add(site.config.base_url);
  for (int y : data.years()) h.add(static_cast<uint64_t>(y));
  if (!site.editions.empty()) h.add(site.editions.front().url);
  for (const auto& p : site.pages) h.add(p.title).add(p.url);
  for (const auto& t : site.taxonomies) h.add(t.config.name).add(t.config.title).add(t.url);
  return h.value();
}

Fingerprinter::Fingerprinter(const Site& site, uint64_t global) : global_(global) {
  items_.reserve(site.articles.size());
  for (const auto& a : site.articles) {
    Hasher h;
    h.add(global).add(a.source.content_hash).add(a.url).add(a.page_name);
    add_terms(h, site, a);
    items_.push_back(h.value());
  }
  editions_.reserve(site.editions.size());
  for (const Edition& e : site.editions) {
    Hasher h;
    h.add(global).add(e.has_index ? e.source.content_hash : 0).add(e.url).add(date_key(e.date));
    h.add(static_cast<uint64_t>(e.number));
    for (int n : {e.older, e.newer})
      h.add(n >= 0 ? site.editions[static_cast<size_t>(n)].url : std::string());
    for (const auto& p : e.pages) {
      h.add(static_cast<uint64_t>(p.number)).add(p.name).add(p.banners.size());
      for (const auto& b : p.banners) h.add(b);
      h.add(p.articles.size());
      for (int idx : p.articles) h.add(item(idx));
    }
    editions_.push_back(h.value());
  }
}

}  // namespace gazette
