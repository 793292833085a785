// A kind of page, defined once: where its pages go, what they are made of,
// and the fingerprint of those inputs, side by side in one file per group of
// kinds (site/pages/), so that what a page shows and what decides whether it
// must be rendered again are written next to each other.
//
// The contract between `data` and `fingerprint`: two jobs of a kind whose
// fingerprints are equal (in builds with equal global fingerprints, see
// fingerprint.h) get equal page data, hence equal bytes, so the page of the
// earlier build may be reused. Everything `data` reads from the Site (beyond
// the global inputs) must therefore be hashed by `fingerprint`. The
// incremental byte-identity test (random edits, incremental vs clean build)
// checks this end to end.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

#include "model/site.h"
#include "site/fingerprint.h"
#include "site/render_plan.h"
#include "templates/page_data.h"
#include "templates/theme.h"
#include "util/binary_io.h"

namespace gazette {

// What the page kinds may read.
struct PageContext {
  const Site& site;
  const PageData& data;
  const Fingerprinter* fingerprints = nullptr;  // for fingerprint()
};

struct PageKindDef {
  // The theme template that renders it (`data` gives its variables); null for
  // files gazette writes itself (feeds, CSV), which `raw` renders.
  const char* template_name;
  // Where the page goes (its URL and file).
  PageLocation (*locate)(const RenderJob& job, const Site& site);
  // The page's own inputs, added to `h` (the global inputs are already in it).
  void (*fingerprint)(const RenderJob& job, const PageContext& ctx, Hasher& h);
  // The template's page data (README "Templates"): everything but `site`.
  mustache::data (*data)(const RenderJob& job, const PageContext& ctx);
  std::string (*raw)(const RenderJob& job, const PageContext& ctx) = nullptr;
  // The articles whose list entries (PageData::article_item) `data` shows,
  // appended to `out` once per showing; null for kinds that show none. The
  // builder renders each entry once and lets it go after the last page that
  // lists it, so this must name every entry `data` asks for.
  void (*lists)(const RenderJob& job, const Site& site, std::vector<int>& out) = nullptr;
};

const PageKindDef& page_kind(PageKind kind);

// The kinds, one definition each (site/pages/*.cpp).
extern const PageKindDef kHomePage, kNotFoundPage, kStandalonePage, kSearchPage;  // site_pages.cpp
extern const PageKindDef kYearPage, kMonthPage;         // calendar_pages.cpp
extern const PageKindDef kEditionPage;                  // edition_page.cpp
extern const PageKindDef kArticlePage, kTablePage;      // article_page.cpp
extern const PageKindDef kSiteFeedPage, kTermFeedPage;  // feed_pages.cpp
extern const PageKindDef kTaxonomyPage, kTermPage;      // taxonomy_pages.cpp

// The articles of an edition's pages in print order (PageData::edition shows
// their entries), appended to `out`.
void append_listed(const Edition& e, std::vector<int>& out);

// The fingerprint of a job's page: its kind, the global inputs and its own.
uint64_t page_fingerprint(const RenderJob& job, const PageContext& ctx);

// Renders a job's page; `site_data` is PageData::site_data(), built once per build.
std::string render_page(const RenderJob& job, const PageContext& ctx, const Theme& theme,
                        const mustache::data& site_data);

// A page published at `url` ("/2023/" -> 2023/index.html), listed in the sitemap.
PageLocation page_at(const std::string& url, std::string lastmod = {});

// The body of a content file, read again from disk at render time.
std::string read_body(const Site& site, const SourceRef& source);

}  // namespace gazette
