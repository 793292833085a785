#include "site/fingerprint.h"

#include "pagination/pagination.h"
#include "util/binary_io.h"

namespace gazette {
namespace {

using Kind = RenderJob::Kind;

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

Fingerprinter::Fingerprinter(const Site& site, const PageData& data, uint64_t global)
    : site_(site), data_(data), global_(global) {
  items_.reserve(site.articles.size());
  for (const auto& a : site.articles) {
    Hasher h;
    h.add(global).add(a.source.content_hash).add(a.url).add(a.page_name);
    add_terms(h, site, a);
    items_.push_back(h.value());
  }
  for (size_t i = 0; i < site.editions.size(); ++i) {
    const Edition& e = site.editions[i];
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

uint64_t Fingerprinter::edition(int index) const { return editions_[static_cast<size_t>(index)]; }

uint64_t Fingerprinter::page(const RenderJob& job) const {
  Hasher h;
  h.add(global_).add(static_cast<uint64_t>(job.kind));
  switch (job.kind) {
    case Kind::kHome: {
      if (!site_.editions.empty()) h.add(edition(0));
      size_t n = std::min(site_.articles.size(), static_cast<size_t>(site_.config.home_recent));
      for (size_t i = 0; i < n; ++i) h.add(item(static_cast<int>(i)));
      break;
    }
    case Kind::kNotFound:
      break;
    case Kind::kYear:
      h.add(static_cast<uint64_t>(job.a));
      for (int m = 1; m <= 12; ++m)
        if (const auto* eds = data_.editions_in_month(job.a, m))
          for (int e : *eds) h.add(site_.editions[static_cast<size_t>(e)].url);
      break;
    case Kind::kMonth:
      h.add(static_cast<uint64_t>(job.a)).add(static_cast<uint64_t>(job.b));
      if (const auto* eds = data_.editions_in_month(job.a, job.b))
        for (int e : *eds) {
          const Edition& ed = site_.editions[static_cast<size_t>(e)];
          h.add(ed.url);
          for (const auto& p : ed.pages) h.add(p.articles.size());
        }
      break;
    case Kind::kEdition:
      h.add(edition(job.a));
      break;
    case Kind::kArticle: {
      const Article& a = site_.articles[static_cast<size_t>(job.a)];
      h.add(item(job.a)).add(static_cast<uint64_t>(a.page));
      for (int n : {a.prev, a.next}) {
        if (n < 0) {
          h.add(std::string());
          continue;
        }
        const Article& other = site_.articles[static_cast<size_t>(n)];
        h.add(other.title).add(other.url);
      }
      const Edition& e = site_.editions[static_cast<size_t>(a.edition)];
      h.add(e.url).add(static_cast<uint64_t>(e.number));
      break;
    }
    case Kind::kTaxonomy:
      for (const auto& term : site_.taxonomies[static_cast<size_t>(job.a)].terms)
        h.add(term.name).add(term.url).add(term.articles.size());
      break;
    case Kind::kTerm: {
      const Taxonomy& tax = site_.taxonomies[static_cast<size_t>(job.a)];
      const Term& term = tax.terms[static_cast<size_t>(job.b)];
      Pager p = make_pager(term.url, term.articles.size(), site_.config.paginate, job.c);
      h.add(term.name)
          .add(term.url)
          .add(term.articles.size())
          .add(p.url)
          .add(static_cast<uint64_t>(p.total));
      for (size_t k = p.first; k < p.last; ++k) h.add(item(term.articles[k]));
      break;
    }
    case Kind::kPage: {
      const StandalonePage& sp = site_.pages[static_cast<size_t>(job.a)];
      h.add(sp.source.content_hash).add(sp.url);
      break;
    }
  }
  return h.value();
}

}  // namespace gazette
