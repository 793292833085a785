// Atom feeds: the site's (/atom.xml) and each taxonomy term's
// (/tags/<slug>/atom.xml, announced on the term's page).
#include "feeds/atom.h"
#include "model/urls.h"
#include "site/page_kind.h"

namespace gazette {
namespace {

using mdata = mustache::data;

PageLocation unlisted(const std::string& url) {
  PageLocation loc = page_at(url);
  loc.in_sitemap = false;  // feeds are announced by their pages, not in the sitemap
  return loc;
}

// A feed shows, per entry, what an article's list entry is made of (title,
// summary, URL, date, terms): the entries' item fingerprints cover it; site
// title, description and time zone are global.
void hash_entries(const FeedSpec& feed, const PageContext& ctx, Hasher& h) {
  h.add(feed.title).add(feed.page_url).add(feed.articles.size());
  for (int i : feed.articles) h.add(ctx.fingerprints->item(i));
}

PageLocation site_locate(const RenderJob&, const Site&) {
  return unlisted(std::string(urls::kFeed));
}

void site_fingerprint(const RenderJob&, const PageContext& ctx, Hasher& h) {
  hash_entries(site_feed(ctx.site), ctx, h);
}

std::string site_render(const RenderJob&, const PageContext& ctx) {
  return render_atom(ctx.site, site_feed(ctx.site));
}

// job.a the taxonomy, job.b the term.
const Term& term_of(const RenderJob& job, const Site& site) {
  return site.taxonomies[static_cast<size_t>(job.a)].terms[static_cast<size_t>(job.b)];
}

PageLocation term_locate(const RenderJob& job, const Site& site) {
  return unlisted(urls::feed_of(term_of(job, site).url));
}

void term_fingerprint(const RenderJob& job, const PageContext& ctx, Hasher& h) {
  hash_entries(term_feed(ctx.site, term_of(job, ctx.site)), ctx, h);
}

std::string term_render(const RenderJob& job, const PageContext& ctx) {
  return render_atom(ctx.site, term_feed(ctx.site, term_of(job, ctx.site)));
}

}  // namespace

const PageKindDef kSiteFeedPage{nullptr, site_locate, site_fingerprint, nullptr, site_render};
const PageKindDef kTermFeedPage{nullptr, term_locate, term_fingerprint, nullptr, term_render};

}  // namespace gazette
