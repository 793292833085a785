// An edition's page: its pages (版面) with their articles; job.a indexes
// Site::editions.
#include "markdown/markdown.h"
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

const Edition& edition_of(const RenderJob& job, const Site& site) {
  return site.editions[static_cast<size_t>(job.a)];
}

PageLocation locate(const RenderJob& job, const Site& site) {
  const Edition& e = edition_of(job, site);
  return page_at(e.url, e.date.iso());
}

void fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(ctx.fingerprints->edition(job.a));
}

mdata data(const RenderJob& job, const PageContext& ctx) {
  const Edition& e = edition_of(job, ctx.site);
  mdata page = ctx.data.page("edition", e.date.chinese(), e.url);
  put(page, "edition", ctx.data.edition(e));
  if (e.has_index) put(page, "content", markdown_to_html(read_body(ctx.site, e.source)));
  return page;
}

void lists(const RenderJob& job, const Site& site, std::vector<int>& out) {
  append_listed(edition_of(job, site), out);
}

}  // namespace

void append_listed(const Edition& e, std::vector<int>& out) {
  for (const auto& p : e.pages) out.insert(out.end(), p.articles.begin(), p.articles.end());
}

const PageKindDef kEditionPage{"edition", locate, fingerprint, data, nullptr, lists};

}  // namespace gazette
