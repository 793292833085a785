// A site's model built in-process (loader + build_model, as a build does), with
// the page data and fingerprints the page kinds (site/page_kind.h) read.
// Header-only: the tests of site/ share it.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "site/fingerprint.h"
#include "site/page_kind.h"
#include "site/render_plan.h"
#include "support/test_support.h"

namespace gazette::testing {

class SiteModel {
 public:
  // `global` stands for the global fingerprint: constant, so that only a
  // page's own inputs can change its fingerprint.
  explicit SiteModel(const fs::path& site_dir, uint64_t global = 20230720)
      : site(load(site_dir)),
        data(site),
        fingerprints(site, global),
        ctx{site, data, &fingerprints} {}
  SiteModel(const SiteModel&) = delete;
  SiteModel& operator=(const SiteModel&) = delete;

  const Site site;
  const PageData data;
  const Fingerprinter fingerprints;
  const PageContext ctx;

  // A job of `kind`, located as plan_pages() locates it.
  RenderJob job(PageKind kind, int a = 0, int b = 0, int c = 0) const {
    RenderJob j{kind, a, b, c, {}};
    j.where = page_kind(kind).locate(j, site);
    return j;
  }
  uint64_t fingerprint(const RenderJob& j) const { return page_fingerprint(j, ctx); }
  mustache::data page_data(const RenderJob& j) const { return page_kind(j.kind).data(j, ctx); }

  int article(const std::string& slug) const {
    for (size_t i = 0; i < site.articles.size(); ++i)
      if (site.articles[i].slug == slug) return static_cast<int>(i);
    throw std::invalid_argument("no article " + slug);
  }
  int edition(const std::string& iso) const {
    for (size_t i = 0; i < site.editions.size(); ++i)
      if (site.editions[i].date.iso() == iso) return static_cast<int>(i);
    throw std::invalid_argument("no edition " + iso);
  }
  // {taxonomy index, term index} of a term by its name.
  std::pair<int, int> term(const std::string& taxonomy, const std::string& name) const {
    for (size_t t = 0; t < site.taxonomies.size(); ++t) {
      if (site.taxonomies[t].config.name != taxonomy) continue;
      const auto& terms = site.taxonomies[t].terms;
      for (size_t k = 0; k < terms.size(); ++k)
        if (terms[k].name == name) return {static_cast<int>(t), static_cast<int>(k)};
    }
    throw std::invalid_argument("no term " + name);
  }

 private:
  static Site load(const fs::path& dir) {
    SiteConfig config = load_site_config(dir);
    Site site = build_model(config, load_content(dir, config, 1));
    site.root = dir.string();  // as the builder sets it: bodies are read from here
    return site;
  }
};

// Renders a Mustache template with `data`: reads page data as a theme would.
inline std::string render(const std::string& tmpl, const mustache::data& data) {
  return mustache::mustache(tmpl).render(data);
}

}  // namespace gazette::testing
