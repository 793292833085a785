// Reads site.yml, the site's settings, into a SiteConfig (model/site_config.h).
//
// Defaults fill what site.yml leaves out; only `title` is required. Malformed
// values throw ContentError naming site.yml and the line.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/site_config.h"

namespace gazette {

// Parses site.yml text; `path` is used in error messages.
SiteConfig parse_site_config(std::string_view yaml, const std::string& path);

// Reads <site_dir>/site.yml; a missing file is a ContentError.
SiteConfig load_site_config(const std::filesystem::path& site_dir);

// Validates and normalises a base URL (adds the trailing '/'); throws
// std::invalid_argument with a message when it is not an absolute http(s) URL.
std::string normalise_base_url(const std::string& url);
std::string base_path_of(const std::string& base_url);

}  // namespace gazette
