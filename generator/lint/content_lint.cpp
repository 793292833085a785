#include "lint/content_lint.h"

#include <map>
#include <set>

#include "content/article_reader.h"
#include "text/slug.h"
#include "text/utf8.h"

namespace gazette {
namespace {

// Folds spaces and full-width forms so "平城区" and "平城区 " or "ＡＢＢ" and "ABB" meet.
std::string fold(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = next_code_point(s, i);
    if (cp == U' ' || cp == U'\u3000' || cp == U'\t') continue;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    if (cp >= U'A' && cp <= U'Z') cp += 32;
    append_utf8(out, cp);
  }
  return out;
}

void lint_terms(const Site& site, LintResult& r) {
  for (const auto& tax : site.taxonomies) {
    std::map<std::string, std::string> folded;
    std::map<std::string, std::string> by_slug;
    for (const auto& term : tax.terms) {
      const Article& first = site.articles[static_cast<size_t>(term.articles.front())];
      auto [it, fresh] = folded.emplace(fold(term.name), term.name);
      if (!fresh)
        r.warnings.push_back({first.source.display, 0,
                              tax.config.name + " '" + term.name + "' and '" + it->second +
                                  "' differ only in spacing or width: the same term?"});
      std::string base = slugify(term.name, "term");
      auto [st, unique] = by_slug.emplace(base, term.name);
      if (!unique)
        r.warnings.push_back({first.source.display, 0,
                              tax.config.name + " '" + term.name + "' and '" + st->second +
                                  "' share the slug '" + base + "'; the second is " + term.url});
      if (count_code_points(term.name) == 1 && tax.config.name == "tags")
        r.warnings.push_back({first.source.display, 0, "one-character tag '" + term.name + "'"});
    }
  }
}

void lint_articles(const Site& site, LintResult& r) {
  static const std::set<std::string> kTaxonomyLike = {"tags", "authors", "series", "categories",
                                                      "keywords"};
  std::map<std::pair<int, std::string>, std::string> titles;
  for (const auto& a : site.articles) {
    const std::string& file = a.source.display;
    for (const auto& [key, value] : a.params.map)
      if (kTaxonomyLike.count(key))
        r.errors.push_back(
            {file, 0, "'" + key + "' is not a taxonomy of this site (see taxonomies in site.yml)"});
    if (!is_known_article_type(a.type))
      r.warnings.push_back({file, 0, "unknown type '" + a.type + "'"});
    if (a.page == 0)
      r.warnings.push_back(
          {file, 0, "no 'page' (版次): the article is listed last in its edition"});
    for (const auto& flag : a.review) r.warnings.push_back({file, 0, "review: " + flag});
    if (!a.title.empty()) {
      auto [it, fresh] = titles.emplace(std::make_pair(a.edition, a.title), file);
      if (!fresh)
        r.warnings.push_back({file, 0, "same title as " + it->second + " in this edition"});
    }
  }
}

void lint_editions(const Site& site, LintResult& r) {
  for (const auto& e : site.editions) {
    if (!e.has_index) {
      r.warnings.push_back({"content/" + e.date.path() + "/", 0,
                            "edition has no _index.md (page names and banners unknown)"});
      continue;
    }
    for (const auto& p : e.pages)
      if (p.articles.empty() && p.banners.empty())
        r.warnings.push_back(
            {e.source.display, 0,
             "page " + std::to_string(p.number) + " has no articles and no banners"});
  }
}

}  // namespace

LintResult lint_site(const Site& site) {
  LintResult r;
  lint_articles(site, r);
  lint_terms(site, r);
  lint_editions(site, r);
  return r;
}

}  // namespace gazette
