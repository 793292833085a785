#include "site/build.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "content_cache/content_cache.h"
#include "feeds/sitemap.h"
#include "publish/output_dir.h"
#include "site/fingerprint.h"
#include "site/from_snapshot.h"
#include "site/model_snapshot.h"
#include "site/page_kind.h"
#include "site/render_plan.h"
#include "site/search_index.h"
#include "site/up_to_date.h"
#include "templates/page_data.h"
#include "templates/theme.h"
#include "text/slug.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"
#include "util/parallel.h"
#include "util/site_lock.h"

namespace gazette {
namespace {

// Keeps `value` until the process ends, reachable from a static pointer (no
// destructor runs for it, not even at exit): BuildSettings::process_exits.
template <typename T>
void left_to_exit(T&& value) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>;
  static std::mutex mu;
  std::lock_guard lock(mu);
  kept->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}

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

// Reports progress every 100 ms from its own thread while alive (if asked to).
class ProgressTicker {
 public:
  ProgressTicker(const BuildSettings::Progress& report, const std::atomic<size_t>& done,
                 size_t total)
      : report_(report), done_(done), total_(total) {
    if (report_) thread_ = std::thread([this] { run(); });
  }
  ~ProgressTicker() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
    report_(total_, total_);
  }

 private:
  void run() {
    std::unique_lock lock(mu_);
    while (!cv_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stop_; }))
      report_(done_.load(), total_);
  }
  const BuildSettings::Progress& report_;
  const std::atomic<size_t>& done_;
  size_t total_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

// Renders every page whose inputs changed since the live output was built
// (all of them without a manifest).
void render_all(const Site& site, PageData& data, const std::vector<RenderJob>& plan,
                const Theme& theme, OutputDir& out, unsigned jobs, uint64_t config_hash,
                size_t& rendered, const BuildSettings::Progress& progress) {
  const mustache::data site_data = data.site_data();
  // Each article's list entry is rendered at most once, when the first page
  // that lists it is rendered. The pages that list entries
  // (PageKindDef::lists) are rendered first; then the article pages, which
  // ask for entries again (rendered anew) only if they show their related
  // articles' HTML, else the entries are let go. In a clean build (~700 bytes
  // an article, its largest transient) an entry is let go as soon as the
  // last page listing it is rendered, and the listing pages go in order of
  // the newest article each lists, so that an entry lives from about its
  // first listing to its last; a build that reuses pages renders few entries
  // and skips that bookkeeping. A theme whose article template shows related
  // entries' HTML keeps every entry to the end.
  const bool related_html = theme.mentions("article", "html");
  const size_t n_articles = site.articles.size();
  std::vector<std::string> items(n_articles);
  std::unique_ptr<std::once_flag[]> item_done(new std::once_flag[n_articles]);
  std::atomic<bool> released{false};
  const auto render_item = [&](size_t k) {
    return theme.render("summary", site_data, data.article_summary(site.articles[k]));
  };
  data.use_item_html(
      [&](int i) -> const std::string& {
        const auto k = static_cast<size_t>(i);
        if (released.load(std::memory_order_acquire)) {
          thread_local std::string again;  // copied by the caller at once
          again = render_item(k);
          return again;
        }
        std::call_once(item_done[k], [&] {
          items[k] = render_item(k);
          items[k].shrink_to_fit();  // kept while lists render
        });
        return items[k];
      },
      related_html);
  const Fingerprinter fingerprints(
      site, global_fingerprint(site, data, config_hash, theme.fingerprint()));
  const PageContext ctx{site, data, &fingerprints};
  std::atomic<size_t> count{0}, done{0};
  ProgressTicker ticker(progress, done, plan.size());

  const bool let_go_early = !related_html && !out.reuses_pages();
  // Listing pages left to render, by entry (when let go early).
  std::vector<uint32_t> uses(let_go_early ? n_articles : 0);
  std::vector<std::pair<int, size_t>> listing;  // {newest article listed, job}
  std::vector<size_t> rest;
  std::vector<int> listed;
  for (size_t i = 0; i < plan.size(); ++i) {
    const auto lists = page_kind(plan[i].kind).lists;
    if (!lists) {
      rest.push_back(i);
      continue;
    }
    if (!let_go_early) {
      listing.emplace_back(0, i);
      continue;
    }
    listed.clear();
    lists(plan[i], site, listed);
    int newest = static_cast<int>(n_articles);
    for (int k : listed) {
      newest = std::min(newest, k);
      ++uses[static_cast<size_t>(k)];
    }
    listing.emplace_back(newest, i);
  }
  if (let_go_early) std::sort(listing.begin(), listing.end());
  const auto render_job = [&](size_t i) {  // true if rendered, false if reused
    const RenderJob& job = plan[i];
    const uint64_t fingerprint = page_fingerprint(job, ctx);
    const bool reused = out.reuse(job.where.path, fingerprint);
    if (!reused) {
      out.write(job.where.path, render_page(job, ctx, theme, site_data), fingerprint);
      ++count;
    }
    ++done;
    return !reused;
  };
  parallel_for(listing.size(), jobs, [&](size_t n) {
    const size_t i = listing[n].second;
    if (!render_job(i) || !let_go_early) return;
    thread_local std::vector<int> mine;
    mine.clear();
    page_kind(plan[i].kind).lists(plan[i], site, mine);
    for (int k : mine) {
      const auto e = static_cast<size_t>(k);
      if (std::atomic_ref<uint32_t>(uses[e]).fetch_sub(1, std::memory_order_acq_rel) == 1)
        std::string().swap(items[e]);
    }
  });
  if (!related_html) {
    released.store(true, std::memory_order_release);
    std::vector<std::string>().swap(items);
  }
  parallel_for(rest.size(), jobs, [&](size_t n) { render_job(rest[n]); });
  rendered = count;
}

void write_feeds(const Site& site, const std::vector<RenderJob>& plan, uint64_t config_hash,
                 OutputDir& out) {
  std::vector<SitemapUrl> urls;
  for (const auto& job : plan)
    if (job.where.in_sitemap && !job.where.url.empty())
      urls.push_back({job.where.url, job.where.lastmod});
  // The sitemaps depend on nothing but the configuration (base URL), this
  // program and the URL list: when those are unchanged, the live files are
  // reused instead of re-rendered.
  Hasher inputs;
  inputs.add("sitemap").add(config_hash).add(site.config.base_url);
  for (const auto& u : urls) inputs.add(u.url).add(u.lastmod);
  const uint64_t fingerprint = inputs.value() | 1;  // never 0 ("none")
  const std::vector<std::string> names = sitemap_file_names(urls.size());
  std::vector<bool> reused;
  for (const auto& name : names) reused.push_back(out.reuse(name, fingerprint));
  if (std::find(reused.begin(), reused.end(), false) == reused.end()) return;
  auto files = render_sitemaps(site, urls);
  for (size_t k = 0; k < files.size(); ++k)
    if (!reused[k]) out.write(files[k].first, files[k].second, fingerprint);
}

// What decides how content is read and pages are made: site.yml and this very
// program. The executable's bytes, not just the version number, so a rebuilt
// gazette never reuses pages or parsed files made by the previous one.
uint64_t config_fingerprint(const std::filesystem::path& site_dir) {
  static const uint64_t program = [] {
    try {
      return hash_bytes(read_file("/proc/self/exe"));
    } catch (const IoError&) {
      return hash_bytes(GAZETTE_VERSION);
    }
  }();
  return Hasher().add(read_file(site_dir / filenames::kSiteConfig)).add(program).value();
}

// A site copied or restored elsewhere (a CI job that restores .gazette-cache/
// and the output folder into a fresh checkout): the output's caches are named
// after the folder's old path. When one of them describes the output as it is
// (its marker names the same build), it is this folder's: take it over, with
// its search-index states, so nothing unchanged is rendered again.
void adopt_moved_output(const std::filesystem::path& site_dir, const std::filesystem::path& out_dir,
                        const std::filesystem::path& manifest) {
  std::error_code ec;
  if (std::filesystem::exists(manifest, ec)) return;
  for (const auto& old : filenames::output_caches(site_dir)) {
    if (!OutputDir::describes(old.manifest, out_dir)) continue;
    std::filesystem::rename(old.manifest, manifest, ec);
    if (ec) return;  // then the output is rendered again: slower, no less right
    const auto search = filenames::search_state_dir(site_dir, out_dir);
    if (std::filesystem::exists(old.search_dir, ec) && !std::filesystem::exists(search, ec))
      std::filesystem::rename(old.search_dir, search, ec);
    return;
  }
}

// Where a build writes.
std::filesystem::path out_dir_of(const BuildSettings& s) {
  return s.out_dir.empty() ? s.site_dir / filenames::kDefaultOutDir : s.out_dir;
}

// The output's marker file (names the build that wrote it), "" when none.
std::string marker_of(const std::filesystem::path& out_dir) {
  try {
    return read_file(out_dir / filenames::kOutputMarker);
  } catch (const IoError&) {
    return "";
  }
}

// The back half of a build: every page whose inputs changed rendered, the
// search index and feeds brought up to date, the output published.
void produce(const BuildSettings& settings, const Site& site, const Theme& theme,
             uint64_t config_hash, std::string& pinyin_saved, BuildReport& report,
             PhaseTimer& timer) {
  const unsigned jobs = resolve_jobs(settings.jobs);
  const std::filesystem::path out_dir = out_dir_of(settings);
  // Manifests are per output folder: a site may be built into several.
  std::filesystem::path manifest;
  if (settings.use_cache) {
    manifest = filenames::output_manifest_file(settings.site_dir, out_dir);
    adopt_moved_output(settings.site_dir, out_dir, manifest);
  }
  OutputDir out(out_dir, settings.site_dir, manifest);
  // Static files: the theme's, then the site's own. Those in the site are
  // confined to it (a link must not publish a file from elsewhere).
  for (const auto& dir : theme.static_dirs()) {
    if (lexically_inside(dir, settings.site_dir))
      out.copy_tree(dir, settings.site_dir, display_path(dir, settings.site_dir));
    else
      out.copy_tree(dir);
  }
  PageData data(site);
  const std::vector<RenderJob> plan = plan_pages(site, data);
  // The feeds need the model and where pages go, not the pages: they are made
  // on their own thread while the pages render.
  std::future<void> feeds =
      std::async(std::launch::async, [&] { write_feeds(site, plan, config_hash, out); });
  render_all(site, data, plan, theme, out, jobs, config_hash, report.pages_rendered,
             settings.progress);
  timer.lap("render");
  // The index depends on site.yml, this program and the base URL (its links),
  // not on the theme.
  if (site.config.search) {
    const SearchIndexReport index =
        write_search_index(site, data, Hasher().add(config_hash).add(site.config.base_url).value(),
                           out, jobs, settings.site_dir, settings.use_cache);
    for (const auto& w : index.warnings) report.warnings.push_back(w);
  }
  timer.lap("search");
  feeds.get();
  for (const auto& w : out.warnings()) report.warnings.push_back(w);
  report.files = out.files_written() + out.files_unchanged();
  report.files_written = out.files_written();
  timer.lap("feeds");
  if (settings.list_changes) out.track_changes();
  out.publish();
  report.changes = out.changes();
  if (settings.use_cache) {
    std::string pinyin = export_transliteration_cache();
    if (pinyin != pinyin_saved) {
      try {
        write_file_atomic(filenames::pinyin_cache_file(settings.site_dir), pinyin);
        pinyin_saved = std::move(pinyin);
      } catch (const IoError&) {  // a cache is only an optimisation
      }
    }
  }
  timer.lap("publish");
}

}  // namespace

struct BuildSession::State {
  Theme theme;
  uint64_t config_hash = 0;
  Site site;
  // Of every published article: where it is in site.articles and its
  // placement_key as parsed (build_model fills in the page name), by its
  // path under content/.
  std::unordered_map<std::string, std::pair<int, uint64_t>> articles;
  std::string pinyin_saved;  // the pinyin cache as last read or written
};

BuildSession::BuildSession(BuildSettings settings) : settings_(std::move(settings)) {}
BuildSession::~BuildSession() = default;

BuildReport build_site(const BuildSettings& settings) { return BuildSession(settings).update(); }

BuildReport BuildSession::build() { return run(false); }
BuildReport BuildSession::update() { return run(true); }

BuildReport BuildSession::run(bool stop_when_unchanged) {
  state_.reset();
  // Held until the output is published: builds of one site never interleave.
  const SiteLock lock = SiteLock::acquire(settings_.site_dir, settings_.waiting);
  BuildReport report;
  PhaseTimer timer(report);
  const unsigned jobs = resolve_jobs(settings_.jobs);
  SiteConfig config = load_config(settings_);
  Theme theme = Theme::load(settings_.site_dir, config, required_templates());
  auto state = std::make_unique<State>(State{std::move(theme), 0, {}, {}, {}});
  state->config_hash = config_fingerprint(settings_.site_dir);
  // Everything the output is made from, by name and stamp (site/up_to_date.h).
  std::vector<ListedFile> listed = list_content(settings_.site_dir, jobs);
  InputsDigest inputs(state->config_hash, state->theme.fingerprint(), config.base_url);
  inputs.add_tree(filenames::kContentDir, listed);
  for (const auto& dir : state->theme.static_dirs())
    inputs.add_tree(dir.string(), scan_files(dir, ""));
  const std::filesystem::path out_dir = out_dir_of(settings_);
  const std::filesystem::path record_file =
      settings_.use_cache ? filenames::build_record_file(settings_.site_dir, out_dir)
                          : std::filesystem::path();
  if (stop_when_unchanged && settings_.use_cache) {
    const RecordRead read = read_build_record(record_file);
    if (read.damaged)
      report.warnings.push_back(display_path(record_file, settings_.site_dir) +
                                ": damaged; ignored (the site is built)");
    const auto& last = read.record;
    if (last && last->inputs == inputs.value() && marker_of(out_dir) == last->marker) {
      report.articles = last->articles;
      report.editions = last->editions;
      report.files = last->files;
      timer.lap("load");
      timer.done();
      struct rusage usage {};
      if (getrusage(RUSAGE_SELF, &usage) == 0) report.peak_rss_kb = usage.ru_maxrss;
      return report;
    }
  }
  // The snapshot's key: what decides how files are read and assembled.
  const uint64_t snapshot_key = Hasher().add(state->config_hash).add(config.base_url).value();
  const std::filesystem::path snapshot_file =
      settings_.use_cache ? filenames::model_snapshot_file(settings_.site_dir)
                          : std::filesystem::path();
  const std::filesystem::path journal_file = settings_.use_cache
                                                 ? filenames::model_journal_file(settings_.site_dir)
                                                 : std::filesystem::path();
  std::optional<ModelSnapshot> snapshot;
  if (settings_.use_cache) {
    std::vector<std::filesystem::path> damaged;
    snapshot = ModelSnapshot::open(snapshot_file, journal_file, snapshot_key, damaged);
    for (const auto& file : damaged)
      report.warnings.push_back(display_path(file, settings_.site_dir) +
                                (file == journal_file
                                     ? ": damaged; ignored (the files edited since the "
                                       "snapshot are read again)"
                                     : ": damaged; ignored (the site is loaded whole)"));
  }
  bool have_pinyin = false;
  if (settings_.use_cache) {
    std::error_code ec;
    if (const auto pinyin = filenames::pinyin_cache_file(settings_.site_dir);
        std::filesystem::exists(pinyin, ec)) {
      have_pinyin = import_transliteration_cache(read_file(pinyin));
      if (!have_pinyin)
        report.warnings.push_back(display_path(pinyin, settings_.site_dir) +
                                  ": damaged or of another version; ignored (pinyin is worked "
                                  "out again)");
    }
  }
  // Tag and reporter slugs will need pinyin: overlap ICU's set-up with loading.
  if (!have_pinyin) prepare_transliteration();
  state->pinyin_saved = settings_.use_cache ? export_transliteration_cache() : "";
  const bool stays = !stop_when_unchanged;
  // A build after edits the snapshot can take (site/model_snapshot.h) starts
  // from it: no cache decoded, no model assembled.
  std::optional<Site> patched;
  if (snapshot) {
    try {
      patched = site_from_snapshot(*snapshot, settings_.site_dir, listed, config, jobs);
    } catch (const std::exception&) {  // not only runtime_error: a count too large to allocate
      report.warnings.push_back(display_path(snapshot_file, settings_.site_dir) +
                                ": damaged; ignored (the site is loaded whole)");
    }
  }
  std::vector<SnapshotFile> snapshot_files;
  std::future<void> saving;
  ContentCache cache;
  if (patched) {
    timer.lap("load");
    state->site = std::move(*patched);
    snapshot_files = std::move(snapshot->files());  // the journal is taken against the stored table
    report.from_snapshot = true;
    // What patch() needs: the table has each article's place and placement.
    if (stays)
      for (const SnapshotFile& f : snapshot_files)
        if (f.article >= 0)
          state->articles.emplace(std::string(filenames::kContentDir) + "/" + f.rel,
                                  std::pair(f.article, f.placement));
  } else {
    snapshot.reset();
    if (settings_.use_cache) {
      cache = ContentCache::load(filenames::content_cache_dir(settings_.site_dir),
                                 state->config_hash, jobs);
      for (const auto& file : cache.damaged())
        report.warnings.push_back(
            display_path(file, settings_.site_dir) +
            ": damaged or of an older version; ignored (its files are parsed again)");
    }
    std::optional<std::vector<ListedFile>> kept;
    if (settings_.use_cache) kept = listed;
    LoadedContent content = load_content(settings_.site_dir, config, jobs,
                                         settings_.use_cache ? &cache : nullptr, std::move(listed));
    // The cache now describes every content file, whatever happens next: save
    // it (on its own thread, while the build goes on) and let it go, rather
    // than hold ~0.6 KB per article through rendering.
    if (settings_.use_cache && cache.dirty()) {
      saving = std::async(std::launch::async,
                          [&cache, dir = filenames::content_cache_dir(settings_.site_dir)] {
                            cache.save(dir);
                            cache = ContentCache();
                          });
    } else {
      cache = ContentCache();
    }
    timer.lap("load");
    std::optional<SnapshotTable> table;
    if (kept) table.emplace(std::move(*kept), content);
    // What patch() needs, only for a session that stays (build_site() is gone
    // after one build: no need to index 50,000 articles for it).
    std::unordered_map<std::string, uint64_t> placements;
    if (stays)
      for (const Article& a : content.articles)
        if (!a.draft) placements.emplace(a.source.display, placement_key(a));
    state->site = build_model(std::move(config), std::move(content));
    state->site.root = settings_.site_dir.string();  // where bodies are read at render time
    for (size_t i = 0; stays && i < state->site.articles.size(); ++i) {
      const std::string& display = state->site.articles[i].source.display;
      state->articles.emplace(display, std::pair(static_cast<int>(i), placements.at(display)));
    }
    if (table) snapshot_files = std::move(*table).files(state->site);
  }
  // The snapshot of this model, or after a patch the journal of what changed
  // in it, written while the pages render (it only reads the Site, as they do).
  std::future<void> snapshotting;
  if (settings_.use_cache)
    snapshotting = std::async(std::launch::async, [&] {
      try {
        // A build killed while writing them leaves its pieces (up to the
        // snapshot's size): under the site lock, any such piece is stale.
        remove_stale_temp_files(snapshot_file);
        remove_stale_temp_files(journal_file);
        std::optional<std::string> journal;
        if (snapshot) journal = snapshot->encode_journal(snapshot_key, snapshot_files, state->site);
        if (journal) {
          write_file_atomic(journal_file, *journal);
          return;
        }
        // The old journal goes first: killed between the two, the next build
        // finds the old snapshot alone (its edited files are read again),
        // never a new snapshot with a journal of the old one.
        std::error_code ec;
        std::filesystem::remove(journal_file, ec);
        ModelSnapshot::write(snapshot_file, snapshot_key, snapshot_files, state->site);
      } catch (const std::exception&) {  // a cache is only an optimisation
      }
    });
  report.articles = state->site.articles.size();
  report.editions = state->site.editions.size();
  timer.lap("model");
  produce(settings_, state->site, state->theme, state->config_hash, state->pinyin_saved, report,
          timer);
  if (saving.valid()) saving.get();
  if (snapshotting.valid()) snapshotting.get();
  if (settings_.use_cache) {
    if (std::string marker = marker_of(out_dir); !marker.empty())
      write_build_record(record_file, {inputs.value(), std::move(marker), report.articles,
                                       report.editions, report.files});
  }
  if (stays) {
    state_ = std::move(state);
  } else if (settings_.process_exits) {
    left_to_exit(std::move(state));
    left_to_exit(std::move(snapshot_files));
    left_to_exit(std::move(snapshot));
  }
  timer.done();
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) == 0) report.peak_rss_kb = usage.ru_maxrss;
  return report;
}

std::optional<std::vector<int>> BuildSession::patch(
    const std::vector<std::filesystem::path>& changed) {
  if (!state_) return std::nullopt;
  const std::filesystem::path content_dir = settings_.site_dir / filenames::kContentDir;
  std::vector<std::pair<int, Article>> edits;
  for (const auto& path : changed) {
    const std::filesystem::path rel = path.lexically_normal().lexically_relative(content_dir);
    if (rel.empty() || *rel.begin() == "..") return std::nullopt;  // not content
    if (rel.extension() != ".md") continue;                        // the loader ignores it
    const std::string display = std::string(filenames::kContentDir) + "/" + rel.generic_string();
    const auto known = state_->articles.find(display);
    if (known == state_->articles.end()) return std::nullopt;  // new, a draft, not an article
    ParsedDoc doc;
    try {
      doc = load_file(settings_.site_dir, rel.generic_string(), state_->site.config);
    } catch (const std::exception&) {  // deleted, or to be reported by a whole build
      return std::nullopt;
    }
    auto* article = std::get_if<Article>(&doc);
    if (!article || placement_key(*article) != known->second.second) return std::nullopt;
    edits.emplace_back(known->second.first, std::move(*article));
  }
  std::vector<int> patched;
  for (auto& [index, parsed] : edits) {
    Article& placed = state_->site.articles[static_cast<size_t>(index)];
    placed = placed_like(placed, std::move(parsed));
    patched.push_back(index);
  }
  std::sort(patched.begin(), patched.end());
  patched.erase(std::unique(patched.begin(), patched.end()), patched.end());
  return patched;
}

std::pair<std::string, std::string> BuildSession::render_article(int index) const {
  const Site& site = state_->site;
  PageData data(site);
  const mustache::data site_data = data.site_data();
  std::unordered_map<int, std::string> items;  // the list entries this page shows
  data.use_item_html(
      [&](int i) -> const std::string& {
        auto [it, added] = items.try_emplace(i);
        if (added)
          it->second = state_->theme.render(
              "summary", site_data, data.article_summary(site.articles[static_cast<size_t>(i)]));
        return it->second;
      },
      state_->theme.mentions("article", "html"));
  RenderJob job{PageKind::kArticle, index, 0, 0, {}};
  job.where = page_kind(job.kind).locate(job, site);
  const PageContext ctx{site, data, nullptr};
  return {job.where.path, render_page(job, ctx, state_->theme, site_data)};
}

BuildReport BuildSession::publish() {
  if (!state_) throw std::logic_error("BuildSession::publish() before a successful build()");
  const SiteLock lock = SiteLock::acquire(settings_.site_dir, settings_.waiting);
  BuildReport report;
  PhaseTimer timer(report);
  report.articles = state_->site.articles.size();
  report.editions = state_->site.editions.size();
  timer.lap("load");
  timer.lap("model");
  produce(settings_, state_->site, state_->theme, state_->config_hash, state_->pinyin_saved, report,
          timer);
  timer.done();
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) == 0) report.peak_rss_kb = usage.ru_maxrss;
  return report;
}

}  // namespace gazette
