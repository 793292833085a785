#include <iostream>

#include "assemble/build_model.h"
#include "cli/commands.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "link_checker/link_checker.h"
#include "lint/content_lint.h"
#include "util/error.h"
#include "util/filenames.h"

namespace gazette {
namespace {

// Returns the number of errors found in the content.
size_t lint(const CheckOptions& o, SiteConfig& config) {
  config = load_site_config(o.site);
  Site site = build_model(config, load_content(o.site, config, o.jobs));
  LintResult r = lint_site(site);
  for (const auto& d : r.warnings) std::cout << d.str() << " (warning)\n";
  for (const auto& d : r.errors) std::cerr << d.str() << '\n';
  std::cout << "content: " << site.articles.size() << " articles, " << r.errors.size()
            << " errors, " << r.warnings.size() << " warnings\n";
  return r.errors.size();
}

size_t links(const CheckOptions& o, const SiteConfig& config) {
  const auto out = o.out ? *o.out : o.site / filenames::kDefaultOutDir;
  std::error_code ec;
  if (!std::filesystem::is_directory(out, ec))
    throw ContentError(out.string(), 0, "no built site here: run 'gazette build' first");
  LinkReport r = check_links(out, config.base_url, o.jobs);
  for (const auto& b : r.broken)
    std::cerr << (out / b.file).string() << ':' << b.line << ": broken link '" << b.link
              << "': " << b.reason << '\n';
  std::cout << "links: " << r.links << " internal links in " << r.files << " files, "
            << r.broken.size() << " broken\n";
  return r.broken.size();
}

}  // namespace

int run_check(const CheckOptions& o) {
  try {
    SiteConfig config;
    size_t problems = lint(o, config);
    problems += links(o, config);
    return problems == 0 ? 0 : 1;
  } catch (const ContentErrors& e) {
    for (const auto& d : e.all()) std::cerr << d.str() << '\n';
  } catch (const Error& e) {
    std::cerr << e.what() << '\n';
  }
  return 1;
}

}  // namespace gazette
