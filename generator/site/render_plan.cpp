#include "site/render_plan.h"

#include <cstdio>

#include "markdown/markdown.h"
#include "pagination/pagination.h"
#include "util/error.h"
#include "util/fs.h"

namespace gazette {
namespace {

using Kind = RenderJob::Kind;
using mdata = mustache::data;

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string read_body(const SourceRef& src) {
  std::string text = read_file(src.path);
  if (src.body_offset > text.size())
    throw ContentError(src.display, 0, "changed while the site was being built");
  return text.substr(src.body_offset);
}

mdata pager_data(const PageData& data, const Pager& p) {
  mdata o;
  put(o, "number", std::to_string(p.number));
  put(o, "total", std::to_string(p.total));
  put(o, "has_pages", p.total > 1);
  if (!p.prev_url.empty()) put(o, "prev_url", data.link(p.prev_url));
  if (!p.next_url.empty()) put(o, "next_url", data.link(p.next_url));
  return o;
}

// Merges the kind-specific variables into the `page` object's siblings.
mdata merge(mdata page, std::initializer_list<std::pair<std::string, mdata>> extra) {
  for (const auto& [k, v] : extra) put(page, k, v);
  return page;
}

std::string finish(const Theme& theme, const std::string& tmpl, const mdata& site_data,
                   const mdata& page) {
  return theme.render(tmpl, site_data, page);
}

std::string render_home(const Site& site, const PageData& data, const Theme& theme,
                        const mdata& sd) {
  mdata recent(mdata::type::list);
  size_t n = std::min(site.articles.size(), static_cast<size_t>(site.config.home_recent));
  for (size_t i = 0; i < n; ++i) recent.push_back(data.article_item(static_cast<int>(i)));
  mdata page = data.page("home", site.config.title, "/");
  put(page, "recent", std::move(recent));
  if (!site.editions.empty()) put(page, "edition", data.edition(site.editions.front()));
  return finish(theme, "home", sd, page);
}

std::string render_year(int year, const PageData& data, const Theme& theme, const mdata& sd) {
  mdata months(mdata::type::list);
  for (int m = 1; m <= 12; ++m) months.push_back(data.calendar_month(year, m));
  mdata y;
  put(y, "year", std::to_string(year));
  put(y, "months", std::move(months));
  const std::string url = "/" + std::to_string(year) + "/";
  return finish(theme, "year", sd,
                merge(data.page("year", std::to_string(year) + "年", url), {{"year", y}}));
}

std::string render_month(int year, int month, const PageData& data, const Theme& theme,
                         const mdata& sd) {
  const std::string url = "/" + std::to_string(year) + "/" + two(month) + "/";
  return finish(
      theme, "month", sd,
      merge(data.page("month", std::to_string(year) + "年" + std::to_string(month) + "月", url),
            {{"month", data.calendar_month(year, month)}}));
}

std::string render_edition(const Site& site, int i, const PageData& data, const Theme& theme,
                           const mdata& sd) {
  const Edition& e = site.editions[static_cast<size_t>(i)];
  mdata page = data.page("edition", e.date.chinese(), e.url);
  put(page, "edition", data.edition(e));
  if (e.has_index) put(page, "content", markdown_to_html(read_body(e.source)));
  return finish(theme, "edition", sd, page);
}

std::string render_article(const Site& site, int i, const PageData& data, const Theme& theme,
                           const mdata& sd) {
  const Article& a = site.articles[static_cast<size_t>(i)];
  mdata page = data.page("article", a.title.empty() ? "（无标题片段）" : a.title, a.url, a.summary);
  put(page, "article", data.article_full(a, markdown_to_html(read_body(a.source))));
  return finish(theme, "article", sd, page);
}

std::string render_taxonomy(const Site& site, int t, const PageData& data, const Theme& theme,
                            const mdata& sd) {
  const Taxonomy& tax = site.taxonomies[static_cast<size_t>(t)];
  return finish(
      theme, "taxonomy", sd,
      merge(data.page("taxonomy", tax.config.title, tax.url), {{"taxonomy", data.taxonomy(tax)}}));
}

std::string render_term(const Site& site, int t, int term_index, int number, const PageData& data,
                        const Theme& theme, const mdata& sd) {
  const Taxonomy& tax = site.taxonomies[static_cast<size_t>(t)];
  const Term& term = tax.terms[static_cast<size_t>(term_index)];
  Pager p = make_pager(term.url, term.articles.size(), site.config.paginate, number);
  mdata articles(mdata::type::list);
  for (size_t k = p.first; k < p.last; ++k) articles.push_back(data.article_item(term.articles[k]));
  std::string title = term.name;
  if (p.number > 1) title += "（第" + std::to_string(p.number) + "页）";
  mdata page = data.page("term", title, p.url);
  put(page, "taxonomy", data.taxonomy_header(tax));
  put(page, "term", data.term(tax, term));
  put(page, "articles", std::move(articles));
  put(page, "pager", pager_data(data, p));
  return finish(theme, "term", sd, page);
}

std::string render_standalone(const Site& site, int i, const PageData& data, const Theme& theme,
                              const mdata& sd) {
  const StandalonePage& sp = site.pages[static_cast<size_t>(i)];
  mdata page = data.page("page", sp.title, sp.url);
  put(page, "content", markdown_to_html(read_body(sp.source)));
  put(page, "params", to_mustache(sp.params));
  return finish(theme, "page", sd, page);
}

}  // namespace

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> names = {"home",    "404",      "year", "month", "edition",
                                                 "article", "taxonomy", "term", "page",  "summary"};
  return names;
}

std::vector<RenderJob> plan_pages(const Site& site, const PageData& data) {
  std::vector<RenderJob> jobs;
  jobs.reserve(site.articles.size() * 2 + 16);
  jobs.push_back({Kind::kHome});
  jobs.push_back({Kind::kNotFound});
  for (int y : data.years()) {
    jobs.push_back({Kind::kYear, y});
    for (int m : data.months_of(y)) jobs.push_back({Kind::kMonth, y, m});
  }
  for (size_t i = 0; i < site.editions.size(); ++i)
    jobs.push_back({Kind::kEdition, static_cast<int>(i)});
  for (size_t i = 0; i < site.articles.size(); ++i)
    jobs.push_back({Kind::kArticle, static_cast<int>(i)});
  for (size_t t = 0; t < site.taxonomies.size(); ++t) {
    jobs.push_back({Kind::kTaxonomy, static_cast<int>(t)});
    const auto& terms = site.taxonomies[t].terms;
    for (size_t k = 0; k < terms.size(); ++k) {
      int pages = page_count(terms[k].articles.size(), site.config.paginate);
      for (int n = 1; n <= pages; ++n)
        jobs.push_back({Kind::kTerm, static_cast<int>(t), static_cast<int>(k), n});
    }
  }
  for (size_t i = 0; i < site.pages.size(); ++i) jobs.push_back({Kind::kPage, static_cast<int>(i)});
  return jobs;
}

std::string render_job(const RenderJob& job, const Site& site, const PageData& data,
                       const Theme& theme, const mustache::data& sd) {
  switch (job.kind) {
    case Kind::kHome:
      return render_home(site, data, theme, sd);
    case Kind::kNotFound:
      return theme.render("404", sd, data.page("404", "页面未找到", "/404.html"));
    case Kind::kYear:
      return render_year(job.a, data, theme, sd);
    case Kind::kMonth:
      return render_month(job.a, job.b, data, theme, sd);
    case Kind::kEdition:
      return render_edition(site, job.a, data, theme, sd);
    case Kind::kArticle:
      return render_article(site, job.a, data, theme, sd);
    case Kind::kTaxonomy:
      return render_taxonomy(site, job.a, data, theme, sd);
    case Kind::kTerm:
      return render_term(site, job.a, job.b, job.c, data, theme, sd);
    case Kind::kPage:
      return render_standalone(site, job.a, data, theme, sd);
  }
  throw std::logic_error("unknown render job");
}

PageLocation job_location(const RenderJob& job, const Site& site) {
  PageLocation loc;
  switch (job.kind) {
    case Kind::kHome:
      loc.url = "/";
      if (!site.editions.empty()) loc.lastmod = site.editions.front().date.iso();
      break;
    case Kind::kNotFound:
      loc.path = "404.html";
      loc.in_sitemap = false;
      return loc;
    case Kind::kYear:
      loc.url = "/" + std::to_string(job.a) + "/";
      break;
    case Kind::kMonth:
      loc.url = "/" + std::to_string(job.a) + "/" + two(job.b) + "/";
      break;
    case Kind::kEdition: {
      const Edition& e = site.editions[static_cast<size_t>(job.a)];
      loc.url = e.url;
      loc.lastmod = e.date.iso();
      break;
    }
    case Kind::kArticle: {
      const Article& a = site.articles[static_cast<size_t>(job.a)];
      loc.url = a.url;
      loc.lastmod = a.date.iso();
      break;
    }
    case Kind::kTaxonomy:
      loc.url = site.taxonomies[static_cast<size_t>(job.a)].url;
      break;
    case Kind::kTerm: {
      const Term& term =
          site.taxonomies[static_cast<size_t>(job.a)].terms[static_cast<size_t>(job.b)];
      loc.url = pager_url(term.url, job.c);
      loc.in_sitemap = job.c == 1;
      break;
    }
    case Kind::kPage:
      loc.url = site.pages[static_cast<size_t>(job.a)].url;
      break;
  }
  loc.path = loc.url.substr(1) + "index.html";
  return loc;
}

}  // namespace gazette
