// `gazette import`: raw page text → Markdown articles of one edition page.
//
// Everything is decided before anything is written: all raw files are
// decoded (a bad byte stops the import with its offset), imported, placed
// (slugs, re-import protection) and checked for losslessness; only then are
// the files written, each atomically. --dry-run stops before writing.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "config/config_reader.h"
#include "ingest/import_run.h"
#include "ingest/known_banners.h"
#include "model/date.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

namespace fs = std::filesystem;
using namespace ingest;

const char* verb(FileChange::Action a, bool dry_run) {
  switch (a) {
    case FileChange::Action::kCreate:
      return dry_run ? "would create" : "created";
    case FileChange::Action::kReplace:
      return dry_run ? "would update" : "updated";
    case FileChange::Action::kUnchanged:
      return "unchanged";
    case FileChange::Action::kDelete:
      return dry_run ? "would delete" : "deleted";
  }
  return "";
}

SiteConfig site_config(const fs::path& site) {
  std::error_code ec;
  if (!fs::exists(site / filenames::kSiteConfig, ec)) {
    std::cerr << "gazette import: warning: no site.yml in " << site.string()
              << "; tags come from detected names only\n";
    return {};
  }
  return load_site_config(site);
}

void print_changes(const ImportPlan& plan, const fs::path& site, bool dry_run) {
  for (const auto& c : plan.changes) {
    std::cout << "  " << verb(c.action, dry_run) << "  " << display_path(c.path, site) << "  "
              << c.label << (c.forced ? "  (editor's changes overwritten: --force)" : "") << "\n";
  }
  if (!plan.banners.empty()) {
    std::cout << "  banners:";
    for (const auto& b : plan.banners) std::cout << " 「" << b << "」";
    std::cout << "\n";
  }
}

size_t print_review(const std::vector<PageImport>& pages, const ImportPlan& plan) {
  size_t count = 0, index = 0;
  std::string out;
  for (const auto& page : pages) {
    for (const auto& n : page.notes)
      out +=
          "  " + page.source_file + ":" + std::to_string(n.line) + ": [版面] " + n.message + "\n",
          ++count;
    for (const auto& a : page.articles) {
      const std::string& slug = plan.articles[index++].slug;
      for (const auto& n : a.notes)
        out += "  " + a.source_file + ":" + std::to_string(n.line) + ": [" + slug + "] " +
               n.message + "\n",
            ++count;
    }
  }
  if (count) std::cout << "review (" << count << "):\n" << out;
  return count;
}

int import_pages(const ImportOptions& o, const Date& date) {
  PageSettings settings;
  if (o.page_name && !o.page_name->empty()) settings.page_name = o.page_name;
  settings.fix_punctuation = !o.keep_punctuation;
  const SiteConfig config = site_config(o.site);
  settings.gazetteer = config.gazetteer;
  settings.banners = known_banners(o.site / filenames::kContentDir, config.banners);

  std::vector<RawPage> raw;
  for (const auto& file : o.raw_files) raw.push_back({file.string(), read_file(file)});
  const ImportRequest req{o.site,    date.iso(), date.path(), o.page, settings.page_name,
                          o.edition, o.force};
  const PreparedImport prepared = prepare_import(raw, settings, req);
  for (size_t i = 0; i < raw.size(); ++i)
    if (prepared.encodings[i] != "UTF-8")
      std::cout << "gazette import: " << raw[i].path << ": read as " << prepared.encodings[i]
                << "\n";
  const ImportPlan& plan = prepared.plan;
  if (!prepared.lossless.ok) {
    std::cerr << "gazette import: internal error: the output would not account for every character "
                 "of the input ("
              << prepared.lossless.message << "); nothing was written. Please report this page.\n";
    return 1;
  }
  size_t articles = plan.articles.size(), fragments = 0;
  for (const auto& p : plan.articles) fragments += p.article->headless ? 1 : 0;
  std::cout << "gazette import: page " << o.page
            << (settings.page_name ? " " + *settings.page_name : "") << " of " << date.iso() << ": "
            << articles << " articles (" << fragments << " fragments), " << plan.banners.size()
            << " banners\n";
  print_changes(plan, o.site, o.dry_run);
  size_t notes = print_review(prepared.pages, plan);
  if (!plan.blocked.empty()) {
    for (const auto& p : plan.blocked)
      std::cerr << display_path(p, o.site)
                << ": changed by an editor since it was imported; not overwritten\n";
    std::cerr << "gazette import: " << plan.blocked.size()
              << " file(s) changed since import; nothing was written (use --force to overwrite)\n";
    return 1;
  }
  if (o.dry_run) {
    std::cout << "dry run: nothing was written (lossless check passed, " << notes
              << " notes to review)\n";
    return 0;
  }
  commit_import(prepared);
  std::cout << "lossless check passed; " << notes << " notes to review\n";
  return 0;
}

}  // namespace

int run_import(const ImportOptions& options) {
  auto date = Date::parse(options.date);
  if (!date) {
    std::cerr << "gazette import: --date must be a real day as YYYY-MM-DD, not '" << options.date
              << "'\n";
    return 2;
  }
  if (options.page < 1) {
    std::cerr << "gazette import: --page must be 1 or more\n";
    return 2;
  }
  try {
    return import_pages(options, *date);
  } catch (const Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "gazette import: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace gazette
