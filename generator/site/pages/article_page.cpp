// An article's page; job.a indexes Site::articles.
#include "markdown/markdown.h"
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

const Article& article_of(const RenderJob& job, const Site& site) {
  return site.articles[static_cast<size_t>(job.a)];
}

PageLocation locate(const RenderJob& job, const Site& site) {
  const Article& a = article_of(job, site);
  return page_at(a.url, a.date.iso());
}

// What PageData::article_full() shows beyond the article's list entry: its
// page number, its neighbours' titles and URLs, its edition.
void fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  const Article& a = article_of(job, ctx.site);
  h.add(ctx.fingerprints->item(job.a)).add(static_cast<uint64_t>(a.page));
  for (int n : {a.prev, a.next}) {
    if (n < 0) {
      h.add(std::string());
      continue;
    }
    const Article& other = ctx.site.articles[static_cast<size_t>(n)];
    h.add(other.title).add(other.url);
  }
  const Edition& e = ctx.site.editions[static_cast<size_t>(a.edition)];
  h.add(e.url).add(static_cast<uint64_t>(e.number));
}

mdata data(const RenderJob& job, const PageContext& ctx) {
  const Article& a = article_of(job, ctx.site);
  mdata page = ctx.data.page("article", std::string(display_title(a)), a.url, a.summary);
  put(page, "article", ctx.data.article_full(a, markdown_to_html(read_body(a.source))));
  return page;
}

}  // namespace

const PageKindDef kArticlePage{"article", locate, fingerprint, data};

}  // namespace gazette
