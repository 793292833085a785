// A theme: Mustache templates (kainjow) by name, plus static files to copy.
//
// Lookup, as in Hugo: <site>/layouts/NAME.mustache overrides
// <theme>/layouts/NAME.mustache; partials ({{> name}}) come from
// layouts/partials/ the same way. The theme folder is <site>/themes/THEME, else
// $GAZETTE_THEMES_DIR/THEME, else the themes shipped with gazette.
//
// Partials are expanded into each template once at load time, so a render
// never re-parses anything. kainjow templates are not safe to render from two
// threads at once, so each thread compiles its own copy on first use
// (render() handles that); the Theme itself is immutable after load().
#pragma once

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/site_config.h"

namespace gazette {

namespace mustache = kainjow::mustache;

class Theme {
 public:
  // Loads and checks every template in `required`; a missing theme or template,
  // or a syntax error, throws ContentError naming the file (and site.yml's
  // `theme` line for a missing theme).
  static Theme load(const std::filesystem::path& site_dir, const SiteConfig& config,
                    const std::vector<std::string>& required);

  // Renders template `name` with `page` looked up first, then `site`.
  std::string render(const std::string& name, const mustache::data& site,
                     const mustache::data& page) const;

  bool has(const std::string& name) const { return sources_.count(name) > 0; }
  // Whether template `name` (partials expanded) may read a variable called
  // `variable` (an identifier), alone or as the last part of a dotted name, in
  // any kind of tag. Conservative: a template that changes its delimiters, or
  // one not loaded, may read anything. Lets the page data leave out what no
  // template shows.
  bool mentions(const std::string& name, const std::string& variable) const;
  // Static folders to copy into the output, theme first, then the site's own.
  const std::vector<std::filesystem::path>& static_dirs() const { return static_dirs_; }
  const std::filesystem::path& dir() const { return dir_; }
  // A hash of every loaded template (partials expanded): pages depend on it.
  uint64_t fingerprint() const { return fingerprint_; }

 private:
  struct Source {
    std::string text;  // with partials expanded
    std::string path;  // for messages
  };
  std::filesystem::path dir_;
  std::map<std::string, Source> sources_;
  std::vector<std::filesystem::path> static_dirs_;
  uint64_t id_ = 0;  // identifies this theme in per-thread template caches
  uint64_t fingerprint_ = 0;
};

}  // namespace gazette
