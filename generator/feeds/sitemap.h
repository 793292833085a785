// sitemap.xml: every page a search engine should index.
//
// The sitemap protocol allows 50,000 URLs per file; beyond that sitemap.xml
// becomes a sitemap index pointing at sitemap-1.xml, sitemap-2.xml, ...
// Returns (file name, content) pairs to write at the output root.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/site.h"

namespace gazette {

struct SitemapUrl {
  std::string url;      // site-relative ("/2023/07/20/a/")
  std::string lastmod;  // YYYY-MM-DD or empty
};

constexpr size_t kSitemapUrlsPerFile = 50000;

std::vector<std::pair<std::string, std::string>> render_sitemaps(
    const Site& site, const std::vector<SitemapUrl>& urls, size_t per_file = kSitemapUrlsPerFile);

// The names render_sitemaps() returns for `url_count` URLs, in the same order,
// without rendering anything.
std::vector<std::string> sitemap_file_names(size_t url_count,
                                            size_t per_file = kSitemapUrlsPerFile);

}  // namespace gazette
