#include "assemble/build_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "model/urls.h"
#include "taxonomies/taxonomy.h"
#include "util/binary_io.h"
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
// then `order`, then slug. Sorts indices, then moves each article once along
// the permutation's cycles, in place: an Article is large, sorting them moves
// each many times, and a second vector beside `all` (680 bytes an article,
// the moved-from ones included) was the largest transient of a build.
std::vector<Article> published_in_print_order(std::vector<Article>& all) {
  all.erase(std::remove_if(all.begin(), all.end(), [](const Article& a) { return a.draft; }),
            all.end());
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Article& a = all[i];
    const Article& b = all[j];
    if (a.edition_date != b.edition_date) return a.edition_date > b.edition_date;
    if (a.page != b.page) return a.page < b.page;
    if (a.order != b.order) return a.order < b.order;
    return a.slug < b.slug;
  });
  // Position k takes the article at order[k].
  std::vector<bool> placed(all.size(), false);
  for (size_t k = 0; k < all.size(); ++k) {
    if (placed[k]) continue;
    Article first = std::move(all[k]);
    size_t j = k;
    for (; order[j] != k; j = order[j]) {
      all[j] = std::move(all[order[j]]);
      placed[j] = true;
    }
    all[j] = std::move(first);
    placed[j] = true;
  }
  return std::move(all);
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

// Each article's related articles: those sharing its terms (any taxonomy but
// the reporters), a term weighing more the rarer it is (log(N / articles of
// the term)), best first, newer first on ties. Only the articles printed near
// it in each term's list are considered (kWindow each side), so the work is
// linear in the archive whatever a term's size: a story's neighbours in time.
void link_related(std::vector<Article>& articles, const std::vector<Taxonomy>& taxonomies) {
  constexpr size_t kWindow = 12, kKeep = 5;
  const double n = static_cast<double>(articles.size()) + 1;
  std::vector<std::pair<int, double>> scores;
  for (size_t i = 0; i < articles.size(); ++i) {
    scores.clear();
    for (size_t t = 0; t < taxonomies.size(); ++t) {
      if (taxonomies[t].config.name == "authors") continue;
      for (int id : articles[i].term_ids[t]) {
        const std::vector<int>& list = taxonomies[t].terms[static_cast<size_t>(id)].articles;
        if (list.size() < 2) continue;
        const double weight = std::log(n / static_cast<double>(list.size()));
        // A term lists its articles in print order, newest first: by index.
        const auto at = std::lower_bound(list.begin(), list.end(), static_cast<int>(i));
        const size_t pos = static_cast<size_t>(at - list.begin());
        const size_t from = pos > kWindow ? pos - kWindow : 0;
        const size_t to = std::min(list.size(), pos + kWindow + 1);
        for (size_t k = from; k < to; ++k)
          if (list[k] != static_cast<int>(i)) scores.emplace_back(list[k], weight);
      }
    }
    // Sum each article's weights (sorted by article, summed in place).
    std::sort(scores.begin(), scores.end());
    size_t distinct = 0;
    for (size_t k = 0; k < scores.size(); ++k) {
      if (distinct > 0 && scores[distinct - 1].first == scores[k].first)
        scores[distinct - 1].second += scores[k].second;
      else
        scores[distinct++] = scores[k];
    }
    scores.resize(distinct);
    const size_t keep = std::min(kKeep, scores.size());
    std::partial_sort(scores.begin(), scores.begin() + static_cast<long>(keep), scores.end(),
                      [](const auto& a, const auto& b) {
                        return a.second != b.second ? a.second > b.second : a.first < b.first;
                      });
    for (size_t k = 0; k < keep; ++k) articles[i].related.push_back(scores[k].first);
  }
}

// An article as build_model leaves it: its term names are the taxonomies'.
void drop_term_names(Article& a) { std::vector<std::vector<std::string>>().swap(a.terms); }

}  // namespace

uint64_t placement_key(const Article& a) {
  Hasher h;
  h.add(a.slug).add(a.edition_date.iso()).add(a.date.iso()).add(a.page_name);
  h.add(static_cast<uint64_t>(static_cast<int64_t>(a.page)))
      .add(static_cast<uint64_t>(static_cast<int64_t>(a.order)))
      .add(static_cast<uint64_t>(a.draft))
      .add(static_cast<uint64_t>(static_cast<int64_t>(a.tables)));
  h.add(a.terms.size());
  for (const auto& list : a.terms) {
    h.add(list.size());
    for (const auto& term : list) h.add(term);
  }
  return h.value();
}

Article placed_like(const Article& placed, Article parsed) {
  // The fields link_editions, build_taxonomies and link_related fill in.
  parsed.url = placed.url;
  parsed.edition = placed.edition;
  parsed.prev = placed.prev;
  parsed.next = placed.next;
  parsed.term_ids = placed.term_ids;
  parsed.related = placed.related;
  parsed.page_name = placed.page_name;  // its page's name when it had none
  drop_term_names(parsed);              // as build_model leaves them
  return parsed;
}

Site build_model(SiteConfig config, LoadedContent content) {
  Site site;
  std::vector<Article> articles = published_in_print_order(content.articles);
  site.editions = collect_editions(std::move(content.editions), articles);
  link_editions(site.editions, articles);
  site.taxonomies = build_taxonomies(config.taxonomies, articles);
  link_related(articles, site.taxonomies);
  // The names now live in the taxonomies (term_ids point at them): held
  // twice through rendering they cost ~10 MiB at 50,000 articles.
  for (Article& a : articles) drop_term_names(a);
  site.articles = std::move(articles);
  place_pages(content.pages, config);
  site.pages = std::move(content.pages);
  site.sections = std::move(content.sections);
  std::sort(site.sections.begin(), site.sections.end(), [](const auto& a, const auto& b) {
    return std::pair(a.year, a.month) < std::pair(b.year, b.month);
  });
  site.config = std::move(config);
  return site;
}

}  // namespace gazette
