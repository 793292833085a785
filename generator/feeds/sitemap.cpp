#include "feeds/sitemap.h"

#include "feeds/xml_writer.h"

namespace gazette {
namespace {

constexpr const char* kNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

std::string urlset(const Site& site, const std::vector<SitemapUrl>& urls, size_t first,
                   size_t last) {
  XmlWriter w;
  w.start("urlset");
  w.attribute("xmlns", kNs);
  for (size_t i = first; i < last; ++i) {
    w.start("url");
    w.element("loc", site.config.base_url + urls[i].url.substr(1));
    if (!urls[i].lastmod.empty()) w.element("lastmod", urls[i].lastmod);
    w.end();
  }
  return w.finish();
}

}  // namespace

std::vector<std::string> sitemap_file_names(size_t url_count, size_t per_file) {
  std::vector<std::string> names = {"sitemap.xml"};
  if (url_count <= per_file) return names;
  for (size_t first = 0, n = 1; first < url_count; first += per_file, ++n)
    names.push_back("sitemap-" + std::to_string(n) + ".xml");
  return names;
}

std::vector<std::pair<std::string, std::string>> render_sitemaps(
    const Site& site, const std::vector<SitemapUrl>& urls, size_t per_file) {
  if (urls.size() <= per_file) return {{"sitemap.xml", urlset(site, urls, 0, urls.size())}};
  const std::vector<std::string> names = sitemap_file_names(urls.size(), per_file);
  std::vector<std::pair<std::string, std::string>> files;
  XmlWriter index;
  index.start("sitemapindex");
  index.attribute("xmlns", kNs);
  for (size_t first = 0, n = 1; first < urls.size(); first += per_file, ++n) {
    const std::string& name = names[n];
    files.emplace_back(name, urlset(site, urls, first, std::min(urls.size(), first + per_file)));
    index.start("sitemap");
    index.element("loc", site.config.base_url + name);
    index.end();
  }
  files.insert(files.begin(), {"sitemap.xml", index.finish()});
  return files;
}

}  // namespace gazette
