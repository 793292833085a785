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

// One page of the edition from `files`.
struct PageJob {
  int page = 0;
  std::optional<std::string> page_name;
  std::vector<fs::path> files;
};

PreparedImport prepare_job(const ImportOptions& o, const PageJob& job, const Date& date,
                           PageSettings& settings) {
  if (job.page_name && !job.page_name->empty()) settings.page_name = job.page_name;
  settings.fix_punctuation = !o.keep_punctuation;
  const SiteConfig config = site_config(o.site);
  settings.gazetteer = config.gazetteer;
  settings.banners = known_banners(o.site / filenames::kContentDir, config.banners);

  std::vector<RawPage> raw;
  for (const auto& file : job.files) raw.push_back({file.string(), read_file(file)});
  const ImportRequest req{o.site,    date.iso(), date.path(), job.page, settings.page_name,
                          o.edition, o.force};
  return prepare_import(raw, settings, req);
}

int import_page_job(const ImportOptions& o, const PageJob& job, const Date& date) {
  PageSettings settings;
  const PreparedImport prepared = prepare_job(o, job, date, settings);
  for (size_t i = 0; i < job.files.size(); ++i)
    if (prepared.encodings[i] != "UTF-8")
      std::cout << "gazette import: " << job.files[i].string() << ": read as "
                << prepared.encodings[i] << "\n";
  const ImportPlan& plan = prepared.plan;
  if (!prepared.lossless.ok) {
    std::cerr << "gazette import: internal error: the output would not account for every character "
                 "of the input ("
              << prepared.lossless.message << "); nothing was written. Please report this page.\n";
    return 1;
  }
  size_t articles = plan.articles.size(), fragments = 0;
  for (const auto& p : plan.articles) fragments += p.article->headless ? 1 : 0;
  std::cout << "gazette import: page " << job.page
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
  std::vector<PageJob> jobs;
  const auto& pages = options.pages;
  const auto& names = options.page_names;
  if (pages.size() == 1 && names.size() <= 1) {
    jobs.push_back(
        {pages[0], names.empty() ? std::nullopt : std::optional(names[0]), options.raw_files});
  } else if (pages.size() == options.raw_files.size() &&
             (names.empty() || names.size() == pages.size())) {
    for (size_t i = 0; i < pages.size(); ++i)
      jobs.push_back({pages[i],
                      names.empty() ? std::nullopt : std::optional(names[i]),
                      {options.raw_files[i]}});
  } else {
    std::cerr << "gazette import: give one --page for all raw files, or one per raw file (and "
                 "then --page-name once per --page, or not at all)\n";
    return 2;
  }
  for (size_t i = 0; i < jobs.size(); ++i)
    for (size_t k = 0; k < i; ++k)
      if (jobs[i].page == jobs[k].page) {
        std::cerr << "gazette import: page " << jobs[i].page << " is given twice\n";
        return 2;
      }
  try {
    // Pages of one command are imported one after the other, so that a page
    // finds the articles the pages before it wrote (jumps between pages) —
    // after every page was checked: one that cannot be imported stops the
    // command before anything is written (it reports why itself).
    if (jobs.size() > 1 && !options.dry_run)
      for (const auto& job : jobs) {
        PageSettings settings;
        if (!prepare_job(options, job, *date, settings).ok())
          return import_page_job(options, job, *date);
      }
    for (const auto& job : jobs)
      if (int status = import_page_job(options, job, *date); status != 0) return status;
    return 0;
  } catch (const Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "gazette import: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace gazette
