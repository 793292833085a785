// A taxonomy's index of terms, and each term's pages of articles.
#include "model/urls.h"
#include "pagination/pagination.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

const Taxonomy& taxonomy_of(const RenderJob& job, const Site& site) {
  return site.taxonomies[static_cast<size_t>(job.a)];
}

// The index: job.a indexes Site::taxonomies.
PageLocation index_locate(const RenderJob& job, const Site& site) {
  const std::string& url = taxonomy_of(job, site).url;
  return page_at(url);
}

void index_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  for (const auto& term : taxonomy_of(job, ctx.site).terms)
    h.add(term.name).add(term.url).add(term.articles.size());
}

mdata index_data(const RenderJob& job, const PageContext& ctx) {
  const Taxonomy& tax = taxonomy_of(job, ctx.site);
  mdata page = ctx.data.page("taxonomy", tax.config.title, tax.url);
  put(page, "taxonomy", ctx.data.taxonomy(tax));
  return page;
}

// A term's page: job.a the taxonomy, job.b the term, job.c the page number.
const Term& term_of(const RenderJob& job, const Site& site) {
  return taxonomy_of(job, site).terms[static_cast<size_t>(job.b)];
}

Pager pager_of(const RenderJob& job, const Site& site) {
  const Term& term = term_of(job, site);
  return make_pager(term.url, term.articles.size(), site.config.paginate, job.c);
}

PageLocation term_locate(const RenderJob& job, const Site& site) {
  PageLocation loc = page_at(urls::paged(term_of(job, site).url, job.c));
  loc.in_sitemap = job.c == 1;  // the first page stands for the term
  return loc;
}

void term_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  const Term& term = term_of(job, ctx.site);
  const Pager p = pager_of(job, ctx.site);
  h.add(term.name).add(term.url).add(term.articles.size()).add(p.url);
  h.add(static_cast<uint64_t>(p.total));
  for (size_t k = p.first; k < p.last; ++k) h.add(ctx.fingerprints->item(term.articles[k]));
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

mdata term_data(const RenderJob& job, const PageContext& ctx) {
  const Taxonomy& tax = taxonomy_of(job, ctx.site);
  const Term& term = term_of(job, ctx.site);
  const Pager p = pager_of(job, ctx.site);
  std::vector<mdata> articles;
  articles.reserve(p.last - p.first);
  for (size_t k = p.first; k < p.last; ++k)
    articles.push_back(ctx.data.article_item(term.articles[k]));
  std::string title = term.name;
  if (p.number > 1) title += "（第" + std::to_string(p.number) + "页）";
  mdata page = ctx.data.page("term", title, p.url, "", urls::feed_of(term.url));
  put(page, "taxonomy", ctx.data.taxonomy_header(tax));
  mdata t = ctx.data.term(tax, term);
  put(t, "feed_url", ctx.data.link(urls::feed_of(term.url)));
  put(page, "term", std::move(t));
  put(page, "articles", list_of(std::move(articles)));
  put(page, "pager", pager_data(ctx.data, p));
  return page;
}

void term_lists(const RenderJob& job, const Site& site, std::vector<int>& out) {
  const Term& term = term_of(job, site);
  const auto [first, last] = page_range(term.articles.size(), site.config.paginate, job.c);
  out.insert(out.end(), term.articles.begin() + static_cast<std::ptrdiff_t>(first),
             term.articles.begin() + static_cast<std::ptrdiff_t>(last));
}

}  // namespace

const PageKindDef kTaxonomyPage{"taxonomy", index_locate, index_fingerprint, index_data};
const PageKindDef kTermPage{"term", term_locate, term_fingerprint, term_data, nullptr, term_lists};

}  // namespace gazette
