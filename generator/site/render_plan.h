// Every page a build writes, as a flat list of small jobs.
//
// A job names a page kind and the model indices it needs; rendering it reads
// nothing but the immutable Site (and, for an article, its own body file), so
// jobs run in any order on any thread and the output stays byte-identical.
// Paging (20 per page) happens here: a term with 45 articles is 3 jobs.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"
#include "templates/page_data.h"
#include "templates/theme.h"

namespace gazette {

struct RenderJob {
  enum class Kind { kHome, kNotFound, kYear, kMonth, kEdition, kArticle, kTaxonomy, kTerm, kPage };
  Kind kind;
  int a = 0, b = 0, c = 0;  // indices or numbers, by kind (see render_plan.cpp)
};

// Templates a theme must provide.
const std::vector<std::string>& required_templates();

std::vector<RenderJob> plan_pages(const Site& site, const PageData& data);

// Where a job's page goes, known without rendering it.
struct PageLocation {
  std::string path;     // output-relative file ("2023/07/20/a/index.html")
  std::string url;      // site-relative URL ("/2023/07/20/a/"), empty for 404
  std::string lastmod;  // for the sitemap, may be empty
  bool in_sitemap = true;
};

PageLocation job_location(const RenderJob& job, const Site& site);

// Renders one job's HTML; `site_data` is PageData::site_data(), built once per build.
std::string render_job(const RenderJob& job, const Site& site, const PageData& data,
                       const Theme& theme, const mustache::data& site_data);

}  // namespace gazette
