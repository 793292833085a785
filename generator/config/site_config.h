// The site's settings, read from site.yml at the root of a site.
//
// Everything has a default except `title`; unknown keys are kept in `params`
// and passed to templates. `base_url` must be absolute (http/https) and always
// ends in '/'; `base_path` is its path part ("/" or "/paper/"), the prefix of
// every internal link.
#pragma once

#include <filesystem>
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
  std::vector<TaxonomyConfig> taxonomies;
  Gazetteer gazetteer;
  Value params;  // unknown keys, for templates
};

// Parses site.yml text; `path` is used in error messages.
SiteConfig parse_site_config(std::string_view yaml, const std::string& path);

// Reads <site_dir>/site.yml; a missing file is a ContentError.
SiteConfig load_site_config(const std::filesystem::path& site_dir);

// Validates and normalises a base URL (adds the trailing '/'); throws
// std::invalid_argument with a message when it is not an absolute http(s) URL.
std::string normalise_base_url(const std::string& url);
std::string base_path_of(const std::string& base_url);

}  // namespace gazette
