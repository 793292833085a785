// An article's page, and each of its tables as a CSV file.
#include "markdown/markdown.h"
#include "model/urls.h"
#include "site/page_kind.h"
#include "util/error.h"

namespace gazette {
namespace {

using mdata = mustache::data;

// job.a indexes Site::articles.
const Article& article_of(const RenderJob& job, const Site& site) {
  return site.articles[static_cast<size_t>(job.a)];
}

PageLocation locate(const RenderJob& job, const Site& site) {
  const Article& a = article_of(job, site);
  return page_at(a.url, a.date.iso());
}

// What PageData::article_full() shows beyond the article's list entry: its
// page number, its neighbours' titles and URLs, its edition and that
// edition's pages (numbers and names), its related articles' entries.
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
  h.add(e.url).add(static_cast<uint64_t>(e.number)).add(e.pages.size());
  for (const auto& p : e.pages) h.add(static_cast<uint64_t>(p.number)).add(p.name);
  h.add(a.related.size());
  for (int r : a.related) h.add(ctx.fingerprints->item(r));
}

mdata data(const RenderJob& job, const PageContext& ctx) {
  const Article& a = article_of(job, ctx.site);
  MarkdownOptions options;
  options.table_download = [&](int n) { return ctx.data.link(urls::article_table(a.url, n)); };
  mdata page = ctx.data.page("article", std::string(display_title(a)), a.url, a.summary);
  put(page, "article",
      ctx.data.article_full(a, markdown_to_html(read_body(ctx.site, a.source), options)));
  return page;
}

// An article's table as CSV: job.a the article, job.b the table (from 1).
PageLocation table_locate(const RenderJob& job, const Site& site) {
  PageLocation loc = page_at(urls::article_table(article_of(job, site).url, job.b));
  loc.in_sitemap = false;
  return loc;
}

void table_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  h.add(article_of(job, ctx.site).source.content_hash).add(static_cast<uint64_t>(job.b));
}

std::string table_render(const RenderJob& job, const PageContext& ctx) {
  const Article& a = article_of(job, ctx.site);
  const std::vector<TableRows> tables = markdown_tables(read_body(ctx.site, a.source));
  if (static_cast<size_t>(job.b) > tables.size())
    throw ContentError(a.source.display, 0, "changed while the site was being built");
  return table_csv(tables[static_cast<size_t>(job.b) - 1]);
}

}  // namespace

const PageKindDef kArticlePage{"article", locate, fingerprint, data};
const PageKindDef kTablePage{nullptr, table_locate, table_fingerprint, nullptr, table_render};

}  // namespace gazette
