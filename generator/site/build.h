// `gazette build`: the whole pipeline, from site folder to published output.
//
//   site.yml + content/ --load--> LoadedContent --build_model--> Site
//     --plan_pages--> jobs --render (parallel)--> staging/ --publish--> out/
//
// I/O happens only at the two ends. Any error leaves `out` untouched (see
// OutputDir). Output bytes depend only on the input files, never on `jobs`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gazette {

struct BuildSettings {
  std::filesystem::path site_dir = ".";
  std::filesystem::path out_dir;  // empty: <site_dir>/public
  std::optional<std::string> base_url;
  unsigned jobs = 0;
  // Reuse <site>/.gazette-cache/ (parsed content, page fingerprints) so that a
  // rebuild only redoes what changed; off: a clean build that ignores it.
  bool use_cache = true;
  // Called every 100 ms while pages render, then once at the end, from a
  // thread of its own: (pages done, pages in all). Empty: no progress.
  using Progress = std::function<void(size_t done, size_t total)>;
  Progress progress;
  // Called when another build of the same site (a `gazette build`, or a
  // rebuild of `gazette serve`) runs: this one waits for it to finish
  // (util/site_lock.h). The argument is the other's process id, 0 if unknown.
  std::function<void(long pid)> waiting;
  // Fill BuildReport::changes (for `gazette build --changes FILE`).
  bool list_changes = false;
  // The process ends right after this build (`gazette build`): the model and
  // the file tables are left to the exit rather than freed piece by piece
  // (some 1.5 million allocations at 50,000 articles: ~30 ms of an edit
  // build). They stay reachable, so a leak checker does not report them.
  bool process_exits = false;
};

struct BuildReport {
  size_t articles = 0, editions = 0;
  size_t files = 0;           // files in the output
  size_t files_written = 0;   // of which changed since the build that left the staging folder
  size_t pages_rendered = 0;  // pages rendered (the others were unchanged since the live output)
  // The model was the last build's snapshot with the edited articles put in
  // (site/model_snapshot.h), not a load and assembly of every file.
  bool from_snapshot = false;
  double seconds = 0;
  std::vector<std::pair<std::string, double>> phases;  // name, seconds
  long peak_rss_kb = 0;
  // Caches found damaged (and ignored: the build went on without them), one
  // line each, for the user to see.
  std::vector<std::string> warnings;
  // With list_changes: what this build changed in the output, "+ path" or
  // "- path" (OutputDir::changes()), for a deploy step to upload exactly that.
  std::vector<std::string> changes;
};

// Throws ContentError / ContentErrors for problems in the user's files.
BuildReport build_site(const BuildSettings& settings);

// A build kept in memory between rebuilds: what `gazette serve` holds.
//
// build() is build_site() (which is one session's build()), and keeps the
// theme and the assembled Site. When only the text of published articles
// changed — not where they stand or what they are filed under (their
// placement_key, assemble/build_model.h) — patch() re-reads just those files
// and puts them into the Site in place: everything build_model derives
// depends only on the placement, so the patched Site is the one a full load
// would assemble, and publish() then writes exactly what build() would. An
// edit thus costs one parse and the render and publish phases, not a load of
// every file. Not thread-safe; the Site is not shared while it is patched.
class BuildSession {
 public:
  explicit BuildSession(BuildSettings settings);
  ~BuildSession();
  BuildSession(const BuildSession&) = delete;
  BuildSession& operator=(const BuildSession&) = delete;

  // A whole build (its model taken from the last build's snapshot when only
  // article text changed since: site/model_snapshot.h). Throws as
  // build_site(); after a failure the session holds no Site until the next
  // build() succeeds.
  BuildReport build();
  // build(), unless nothing it is made from changed since the last build into
  // the same output folder (site/up_to_date.h): then it stops after listing
  // the files and reports 0 rendered and 0 written. A one-shot build: the
  // session holds no Site afterwards (patch() then asks for a build()). What
  // build_site() does.
  BuildReport update();

  // After a successful build(): the indices (Site::articles) of the articles
  // `changed` (files under the site, as a watcher reports them; files the
  // loader ignores are skipped) edited in place, when every change is such
  // an edit of a published article and its file parses; nullopt when a
  // whole build() is needed (the Site is then unchanged).
  std::optional<std::vector<int>> patch(const std::vector<std::filesystem::path>& changed);

  // Article `index`'s own page as the Site now has it: {output path, bytes}.
  std::pair<std::string, std::string> render_article(int index) const;

  // Renders and publishes what changed since the last build or publish
  // (build()'s render, search, feeds and publish phases on the Site held).
  BuildReport publish();

 private:
  struct State;
  BuildReport run(bool stop_when_unchanged);
  BuildSettings settings_;
  std::unique_ptr<State> state_;
};

}  // namespace gazette
