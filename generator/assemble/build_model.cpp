#include "assemble/build_model.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "model/urls.h"
#include "taxonomies/taxonomy.h"
#include "util/error.h"

namespace gazette {
namespace {

// Every date with an article or an _index.md gets one edition, newest first.
std::vector<Edition> collect_editions(std::vector<Edition> declared,
                                      const std::vector<Article>& articles) {
  std::map<Date, Edition, std::greater<>> by_date;
  for (auto& e : declared) by_date.emplace(e.date, std::move(e));
  for (const auto& a : articles) {
    if (by_date.count(a.edition_date)) continue;
    Edition e;
    e.date = a.edition_date;
    e.params.kind = Value::Kind::kMap;
    by_date.emplace(a.edition_date, std::move(e));
  }
  std::vector<Edition> out;
  for (auto& [date, e] : by_date) out.push_back(std::move(e));
  return out;
}

// The published articles in print order: newest edition, then page number,
// then `order`, then slug. Sorts indices and moves each article once: an
// Article is large, and sorting them in place moves each many times.
std::vector<Article> published_in_print_order(std::vector<Article>& all) {
  std::vector<size_t> order;
  order.reserve(all.size());
  for (size_t i = 0; i < all.size(); ++i)
    if (!all[i].draft) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Article& a = all[i];
    const Article& b = all[j];
    if (a.edition_date != b.edition_date) return a.edition_date > b.edition_date;
    if (a.page != b.page) return a.page < b.page;
    if (a.order != b.order) return a.order < b.order;
    return a.slug < b.slug;
  });
  std::vector<Article> out;
  out.reserve(order.size());
  for (size_t i : order) out.push_back(std::move(all[i]));
  return out;
}

EditionPage& page_for(Edition& e, const Article& a) {
  for (auto& p : e.pages)
    if (p.number == a.page) return p;
  EditionPage p;
  p.number = a.page;
  p.name = a.page_name;
  e.pages.push_back(std::move(p));
  return e.pages.back();
}

void link_editions(std::vector<Edition>& editions, std::vector<Article>& articles) {
  std::unordered_map<std::string, int> index_of;
  for (size_t i = 0; i < editions.size(); ++i) {
    Edition& e = editions[i];
    e.url = urls::edition(e.date);
    e.newer = i > 0 ? static_cast<int>(i) - 1 : -1;
    e.older = i + 1 < editions.size() ? static_cast<int>(i) + 1 : -1;
    index_of[e.date.iso()] = static_cast<int>(i);
  }
  for (size_t i = 0; i < articles.size(); ++i) {
    Article& a = articles[i];
    a.edition = index_of.at(a.edition_date.iso());
    a.url = urls::article(a.edition_date, a.slug);
    EditionPage& page = page_for(editions[static_cast<size_t>(a.edition)], a);
    if (a.page_name.empty()) a.page_name = page.name;
    page.articles.push_back(static_cast<int>(i));
  }
  for (auto& e : editions) {
    std::stable_sort(e.pages.begin(), e.pages.end(),
                     [](const EditionPage& x, const EditionPage& y) {
                       // Page 0 (unknown) goes last.
                       if ((x.number == 0) != (y.number == 0)) return y.number == 0;
                       return x.number < y.number;
                     });
    // Articles are already in print order globally, hence within each page.
    int prev = -1;
    for (const auto& p : e.pages) {
      for (int idx : p.articles) {
        articles[static_cast<size_t>(idx)].prev = prev;
        if (prev >= 0) articles[static_cast<size_t>(prev)].next = idx;
        prev = idx;
      }
    }
  }
}

void place_pages(std::vector<StandalonePage>& pages, const SiteConfig& config) {
  std::set<std::string> reserved = {"search", "page", "static", "css", "js", "img"};
  for (const auto& t : config.taxonomies) reserved.insert(t.name);
  for (auto& p : pages) {
    bool numeric =
        std::all_of(p.slug.begin(), p.slug.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (reserved.count(p.slug) || numeric)
      throw ContentError(p.source.display, 0,
                         "the URL /" + p.slug + "/ is used by the archive itself; rename the file");
    p.url = urls::standalone(p.slug);
  }
}

}  // namespace

Site build_model(SiteConfig config, LoadedContent content) {
  Site site;
  std::vector<Article> articles = published_in_print_order(content.articles);
  site.editions = collect_editions(std::move(content.editions), articles);
  link_editions(site.editions, articles);
  site.taxonomies = build_taxonomies(config.taxonomies, articles);
  site.articles = std::move(articles);
  place_pages(content.pages, config);
  site.pages = std::move(content.pages);
  site.config = std::move(config);
  return site;
}

}  // namespace gazette
