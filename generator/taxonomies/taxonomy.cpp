#include "taxonomies/taxonomy.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "model/urls.h"
#include "text/collate.h"
#include "text/slug.h"

namespace gazette {
namespace {

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// Appends each article's ids for taxonomy `t` to its term_ids, in the order the
// article lists them, without duplicates.
Taxonomy build_one(size_t t, const TaxonomyConfig& config, std::vector<Article>& articles) {
  Taxonomy tax;
  tax.config = config;
  tax.url = urls::taxonomy(config.name);
  // Keys point into the articles' own tag strings, which outlive this map.
  std::unordered_map<std::string_view, int> index;  // name -> provisional term index
  std::vector<Term> terms;
  for (size_t i = 0; i < articles.size(); ++i) {
    std::vector<int>& ids = articles[i].term_ids.emplace_back();
    for (const auto& raw : articles[i].terms[t]) {
      const std::string_view name = trim(raw);
      if (name.empty()) continue;
      auto [it, inserted] = index.emplace(name, static_cast<int>(terms.size()));
      if (inserted) terms.push_back(Term{std::string(name), "", "", {}});
      if (std::find(ids.begin(), ids.end(), it->second) != ids.end()) continue;
      ids.push_back(it->second);
      terms[static_cast<size_t>(it->second)].articles.push_back(static_cast<int>(i));
    }
  }
  // Sort by pinyin, then renumber the articles' references.
  std::vector<int> order(terms.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return collate_less(terms[static_cast<size_t>(a)].name, terms[static_cast<size_t>(b)].name);
  });
  std::vector<int> final_index(terms.size());
  std::vector<std::string> names;
  for (size_t k = 0; k < order.size(); ++k) {
    final_index[static_cast<size_t>(order[k])] = static_cast<int>(k);
    names.push_back(terms[static_cast<size_t>(order[k])].name);
  }
  std::vector<std::string> slugs = unique_slugs(names, "term");
  for (size_t k = 0; k < order.size(); ++k) {
    Term term = std::move(terms[static_cast<size_t>(order[k])]);
    term.slug = slugs[k];
    term.url = urls::term(tax.config.name, term.slug);
    tax.terms.push_back(std::move(term));
  }
  for (auto& a : articles)
    for (int& id : a.term_ids[t]) id = final_index[static_cast<size_t>(id)];
  return tax;
}

}  // namespace

std::vector<std::string> unique_slugs(const std::vector<std::string>& names,
                                      std::string_view fallback) {
  std::vector<std::string> out;
  std::unordered_set<std::string> used;
  for (const auto& name : names) {
    const std::string b = slugify(name, fallback);
    std::string s = b;
    for (int k = 2; used.count(s); ++k) s = b + "-" + std::to_string(k);
    used.insert(s);
    out.push_back(s);
  }
  return out;
}

std::vector<Taxonomy> build_taxonomies(const std::vector<TaxonomyConfig>& configs,
                                       std::vector<Article>& articles) {
  std::vector<Taxonomy> out;
  for (auto& a : articles) a.term_ids.clear();
  for (size_t t = 0; t < configs.size(); ++t) out.push_back(build_one(t, configs[t], articles));
  return out;
}

}  // namespace gazette
