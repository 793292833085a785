// The home page, the 404 page and standalone pages (content/pages/).
#include "markdown/markdown.h"
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

size_t home_count(const Site& site) {
  return std::min(site.articles.size(), static_cast<size_t>(site.config.home_recent));
}

// Home: the latest edition and the newest `home_recent` articles.
PageLocation home_locate(const RenderJob&, const Site& site) {
  return page_at(std::string(urls::kHome),
                 site.editions.empty() ? std::string() : site.editions.front().date.iso());
}

void home_fingerprint(const RenderJob&, const PageContext& ctx, Hasher& h) {
  if (!ctx.site.editions.empty()) h.add(ctx.fingerprints->edition(0));
  for (size_t i = 0; i < home_count(ctx.site); ++i)
    h.add(ctx.fingerprints->item(static_cast<int>(i)));
}

mdata home_data(const RenderJob&, const PageContext& ctx) {
  std::vector<mdata> recent;
  recent.reserve(home_count(ctx.site));
  for (size_t i = 0; i < home_count(ctx.site); ++i)
    recent.push_back(ctx.data.article_item(static_cast<int>(i)));
  mdata page = ctx.data.page("home", ctx.site.config.title, std::string(urls::kHome));
  put(page, "recent", list_of(std::move(recent)));
  if (!ctx.site.editions.empty()) put(page, "edition", ctx.data.edition(ctx.site.editions.front()));
  return page;
}

void home_lists(const RenderJob&, const Site& site, std::vector<int>& out) {
  for (size_t i = 0; i < home_count(site); ++i) out.push_back(static_cast<int>(i));
  if (!site.editions.empty()) append_listed(site.editions.front(), out);
}

// 404: nothing of its own.
PageLocation not_found_locate(const RenderJob&, const Site&) {
  PageLocation loc;  // no URL of its own: servers show it for unknown paths
  loc.path = urls::output_file(urls::kNotFound);
  loc.in_sitemap = false;
  return loc;
}

void not_found_fingerprint(const RenderJob&, const PageContext&, Hasher&) {}

mdata not_found_data(const RenderJob&, const PageContext& ctx) {
  return ctx.data.page("404", "页面未找到", std::string(urls::kNotFound));
}

// A standalone page: job.a indexes Site::pages.
const StandalonePage& standalone_of(const RenderJob& job, const Site& site) {
  return site.pages[static_cast<size_t>(job.a)];
}

PageLocation standalone_locate(const RenderJob& job, const Site& site) {
  const std::string& url = standalone_of(job, site).url;
  return page_at(url);
}

void standalone_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  const StandalonePage& sp = standalone_of(job, ctx.site);
  h.add(sp.source.content_hash).add(sp.url);
}

mdata standalone_data(const RenderJob& job, const PageContext& ctx) {
  const StandalonePage& sp = standalone_of(job, ctx.site);
  mdata page = ctx.data.page("page", sp.title, sp.url);
  put(page, "content", markdown_to_html(read_body(ctx.site, sp.source)));
  put(page, "params", to_mustache(sp.params));
  return page;
}

// The search page: the form, and the script that queries the index under
// /search/ (written by search/); nothing of its own to fingerprint.
PageLocation search_locate(const RenderJob&, const Site&) {
  PageLocation loc = page_at(std::string(urls::kSearch));
  loc.in_sitemap = false;  // results live in the reader's browser, not on this page
  return loc;
}

void search_fingerprint(const RenderJob&, const PageContext&, Hasher&) {}

mdata search_data(const RenderJob&, const PageContext& ctx) {
  return ctx.data.page("search", "搜索", std::string(urls::kSearch));
}

}  // namespace

const PageKindDef kSearchPage{"search", search_locate, search_fingerprint, search_data};
const PageKindDef kHomePage{"home", home_locate, home_fingerprint, home_data, nullptr, home_lists};
const PageKindDef kNotFoundPage{"404", not_found_locate, not_found_fingerprint, not_found_data};
const PageKindDef kStandalonePage{"page", standalone_locate, standalone_fingerprint,
                                  standalone_data};

}  // namespace gazette
