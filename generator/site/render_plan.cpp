#include "site/render_plan.h"

#include <stdexcept>

#include "model/urls.h"
#include "pagination/pagination.h"
#include "site/page_kind.h"
#include "util/error.h"
#include "util/fs.h"

namespace gazette {

const PageKindDef& page_kind(PageKind kind) {
  switch (kind) {
    case PageKind::kHome:
      return kHomePage;
    case PageKind::kNotFound:
      return kNotFoundPage;
    case PageKind::kYear:
      return kYearPage;
    case PageKind::kMonth:
      return kMonthPage;
    case PageKind::kEdition:
      return kEditionPage;
    case PageKind::kArticle:
      return kArticlePage;
    case PageKind::kTaxonomy:
      return kTaxonomyPage;
    case PageKind::kTerm:
      return kTermPage;
    case PageKind::kPage:
      return kStandalonePage;
    case PageKind::kSearch:
      return kSearchPage;
    case PageKind::kSiteFeed:
      return kSiteFeedPage;
    case PageKind::kTermFeed:
      return kTermFeedPage;
    case PageKind::kTable:
      return kTablePage;
  }
  throw std::logic_error("unknown page kind");
}

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (auto k : {PageKind::kHome, PageKind::kNotFound, PageKind::kYear, PageKind::kMonth,
                   PageKind::kEdition, PageKind::kArticle, PageKind::kTaxonomy, PageKind::kTerm,
                   PageKind::kPage, PageKind::kSearch, PageKind::kSiteFeed, PageKind::kTermFeed,
                   PageKind::kTable})
      if (const char* name = page_kind(k).template_name) v.emplace_back(name);
    v.emplace_back("summary");  // every article's list entry (PageData::article_item)
    return v;
  }();
  return names;
}

std::vector<RenderJob> plan_pages(const Site& site, const PageData& data) {
  std::vector<RenderJob> jobs;
  jobs.reserve(site.articles.size() * 2 + 16);
  auto add = [&](PageKind kind, int a = 0, int b = 0, int c = 0) {
    jobs.push_back(RenderJob{kind, a, b, c, {}});
  };
  add(PageKind::kHome);
  add(PageKind::kNotFound);
  if (site.config.search) add(PageKind::kSearch);
  add(PageKind::kSiteFeed);
  for (int y : data.years()) {
    add(PageKind::kYear, y);
    for (int m : data.months_of(y)) add(PageKind::kMonth, y, m);
  }
  for (size_t i = 0; i < site.editions.size(); ++i) add(PageKind::kEdition, static_cast<int>(i));
  for (size_t i = 0; i < site.articles.size(); ++i) {
    add(PageKind::kArticle, static_cast<int>(i));
    for (int n = 1; n <= site.articles[i].tables; ++n)
      add(PageKind::kTable, static_cast<int>(i), n);
  }
  for (size_t t = 0; t < site.taxonomies.size(); ++t) {
    add(PageKind::kTaxonomy, static_cast<int>(t));
    const auto& terms = site.taxonomies[t].terms;
    for (size_t k = 0; k < terms.size(); ++k) {
      int pages = page_count(terms[k].articles.size(), site.config.paginate);
      for (int n = 1; n <= pages; ++n)
        add(PageKind::kTerm, static_cast<int>(t), static_cast<int>(k), n);
      add(PageKind::kTermFeed, static_cast<int>(t), static_cast<int>(k));
    }
  }
  for (size_t i = 0; i < site.pages.size(); ++i) add(PageKind::kPage, static_cast<int>(i));
  for (auto& job : jobs) job.where = page_kind(job.kind).locate(job, site);
  return jobs;
}

uint64_t page_fingerprint(const RenderJob& job, const PageContext& ctx) {
  Hasher h;
  h.add(ctx.fingerprints->global()).add(static_cast<uint64_t>(job.kind));
  page_kind(job.kind).fingerprint(job, ctx, h);
  return h.value();
}

std::string render_page(const RenderJob& job, const PageContext& ctx, const Theme& theme,
                        const mustache::data& site_data) {
  const PageKindDef& kind = page_kind(job.kind);
  if (kind.raw) return kind.raw(job, ctx);
  return theme.render(kind.template_name, site_data, kind.data(job, ctx));
}

PageLocation page_at(const std::string& url, std::string lastmod) {
  PageLocation loc;
  loc.path = urls::output_file(url);
  loc.url = url;
  loc.lastmod = std::move(lastmod);
  return loc;
}

std::string read_body(const Site& site, const SourceRef& src) {
  std::string text = read_file(site.root.empty() ? src.display : site.root + "/" + src.display);
  if (src.body_offset > text.size())
    throw ContentError(src.display, 0, "changed while the site was being built");
  return text.substr(src.body_offset);
}

}  // namespace gazette
