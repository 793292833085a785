#include "site/build.h"

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <stdexcept>

#include "config/site_config.h"
#include "content/loader.h"
#include "feeds/atom.h"
#include "feeds/sitemap.h"
#include "model/build_model.h"
#include "site/output.h"
#include "site/render_plan.h"
#include "templates/page_data.h"
#include "templates/theme.h"
#include "util/error.h"
#include "util/parallel.h"

namespace gazette {
namespace {

class PhaseTimer {
 public:
  explicit PhaseTimer(BuildReport& report) : report_(report), start_(now()), last_(start_) {}
  void lap(const char* name) {
    auto t = now();
    report_.phases.emplace_back(name, seconds(last_, t));
    last_ = t;
  }
  void done() { report_.seconds = seconds(start_, now()); }

 private:
  using Clock = std::chrono::steady_clock;
  static Clock::time_point now() { return Clock::now(); }
  static double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  }
  BuildReport& report_;
  Clock::time_point start_, last_;
};

SiteConfig load_config(const BuildSettings& s) {
  SiteConfig config = load_site_config(s.site_dir);
  if (s.base_url) {
    try {
      config.base_url = normalise_base_url(*s.base_url);
    } catch (const std::invalid_argument& e) {
      throw ContentError("--base-url", 0, e.what());
    }
    config.base_path = base_path_of(config.base_url);
  }
  return config;
}

struct PageMeta {
  std::string url, lastmod;
  bool in_sitemap = false;
};

std::vector<PageMeta> render_all(const Site& site, const Theme& theme, OutputDir& out,
                                 unsigned jobs) {
  PageData data(site);
  const mustache::data site_data = data.site_data();
  // Each article's list entry is rendered once, not once per list it is in.
  std::vector<std::string> items(site.articles.size());
  parallel_for(items.size(), jobs, [&](size_t i) {
    items[i] = theme.render("summary", site_data, data.article_summary(site.articles[i]));
  });
  data.use_item_html(&items);
  const std::vector<RenderJob> plan = plan_pages(site, data);
  std::vector<PageMeta> meta(plan.size());
  parallel_for(plan.size(), jobs, [&](size_t i) {
    RenderedPage page = render_job(plan[i], site, data, theme, site_data);
    out.write(page.path, page.html);
    const bool in_sitemap = page.in_sitemap && !page.url.empty();
    meta[i] = PageMeta{std::move(page.url), std::move(page.lastmod), in_sitemap};
  });
  return meta;
}

void write_feeds(const Site& site, const std::vector<PageMeta>& pages, OutputDir& out) {
  out.write("atom.xml", render_atom(site));
  std::vector<SitemapUrl> urls;
  for (const auto& p : pages)
    if (p.in_sitemap) urls.push_back({p.url, p.lastmod});
  auto files = render_sitemaps(site, urls);
  for (const auto& [name, xml] : files) out.write(name, xml);
}

}  // namespace

BuildReport build_site(const BuildSettings& settings) {
  BuildReport report;
  PhaseTimer timer(report);
  const unsigned jobs = resolve_jobs(settings.jobs);
  SiteConfig config = load_config(settings);
  Theme theme = Theme::load(settings.site_dir, config, required_templates());
  LoadedContent content = load_content(settings.site_dir, config, jobs);
  timer.lap("load");
  const Site site = build_model(std::move(config), std::move(content));
  report.articles = site.articles.size();
  report.editions = site.editions.size();
  timer.lap("model");

  OutputDir out(settings.out_dir.empty() ? settings.site_dir / "public" : settings.out_dir,
                settings.site_dir);
  for (const auto& dir : theme.static_dirs()) out.copy_tree(dir);
  std::vector<PageMeta> pages = render_all(site, theme, out, jobs);
  timer.lap("render");
  write_feeds(site, pages, out);
  report.files = out.files_written() + out.files_unchanged();
  report.files_written = out.files_written();
  timer.lap("feeds");
  out.publish();
  timer.lap("publish");
  timer.done();
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) == 0) report.peak_rss_kb = usage.ru_maxrss;
  return report;
}

}  // namespace gazette
