// Every page a build writes, as a flat list of small jobs.
//
// A job names a page kind and the model indices it needs; where its page goes
// is decided when it is planned. Rendering a job reads nothing but the
// immutable Site (and, for an article, its own body file), so jobs run in any
// order on any thread and the output stays byte-identical. Paging (20 per
// page) happens here: a term with 45 articles is 3 jobs.
//
// What each kind of page is made from, where it goes and how it is rendered
// is defined once per kind (site/page_kind.h); this file decides which pages
// exist and in which order (the sitemap lists them in this order).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/site.h"
#include "templates/page_data.h"

namespace gazette {

enum class PageKind : uint8_t {
  kHome,
  kNotFound,
  kYear,
  kMonth,
  kEdition,
  kArticle,
  kTaxonomy,
  kTerm,
  kPage,
  kSearch,    // the search page
  kSiteFeed,  // atom.xml
  kTermFeed,  // a term's atom.xml
  kTable,     // an article's table as CSV
};

// Where a job's page goes, known without rendering it.
struct PageLocation {
  std::string path;     // output-relative file ("2023/07/20/a/index.html")
  std::string url;      // site-relative URL ("/2023/07/20/a/"), empty for 404
  std::string lastmod;  // for the sitemap, may be empty
  bool in_sitemap = true;
};

struct RenderJob {
  PageKind kind;
  int a = 0, b = 0, c = 0;  // indices or numbers, by kind (see site/pages/)
  PageLocation where;       // filled in by plan_pages()
};

// Templates a theme must provide.
const std::vector<std::string>& required_templates();

std::vector<RenderJob> plan_pages(const Site& site, const PageData& data);

}  // namespace gazette
