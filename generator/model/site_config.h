// The site's settings as plain data (read from site.yml by config/).
//
// Everything has a default except `title`; unknown keys are kept in `params`
// and passed to templates. `base_url` is absolute (http/https) and always
// ends in '/'; `base_path` is its path part ("/" or "/paper/"), the prefix of
// every internal link.
#pragma once

#include <string>
#include <vector>

#include "util/value.h"

namespace gazette {

struct TaxonomyConfig {
  std::string name;   // front-matter key and URL segment: "tags"
  std::string title;  // shown to readers: "标签"
};

struct Gazetteer {
  std::vector<std::string> places;  // place names used as tags when they occur
  std::vector<std::string> topics;  // topic words used as tags when they occur
};

struct SiteConfig {
  std::string title;
  std::string description;
  std::string base_url = "http://localhost:1313/";
  std::string base_path = "/";
  std::string language = "zh-CN";
  std::string theme = "default";
  int theme_line = 0;               // line of `theme` in site.yml, for "theme not found"
  std::string timezone = "+08:00";  // offset used for feed and JSON-LD timestamps
  int paginate = 20;
  int feed_limit = 100;  // newest articles in atom.xml
  int home_recent = 20;  // articles listed on the home page
  bool search = true;    // the search page and its index under /search/
  std::vector<TaxonomyConfig> taxonomies;
  Gazetteer gazetteer;
  std::vector<std::string> banners;  // recurring slogans and column labels, for the importer
  Value params;                      // unknown keys, for templates
};

}  // namespace gazette
