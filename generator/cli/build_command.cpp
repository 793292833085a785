#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "site/build.h"
#include "util/error.h"
#include "util/fs.h"

namespace gazette {

int run_build(const BuildOptions& o) {
  BuildSettings s;
  s.site_dir = o.site;
  if (o.out) s.out_dir = *o.out;
  s.base_url = o.base_url;
  s.jobs = o.jobs;
  s.use_cache = !o.no_cache;
  s.list_changes = o.changes.has_value();
  if (!o.quiet && ::isatty(STDOUT_FILENO)) {
    s.progress = [](size_t done, size_t total) {
      // One line rewritten in place; cleared at the end so the summary stands alone.
      if (done >= total) {
        std::printf("\r\033[K");
      } else {
        const int width = 30;
        const int filled = total ? static_cast<int>(width * done / total) : width;
        std::printf("\rrendering [%.*s%*s] %zu/%zu", filled, "##############################",
                    width - filled, "", done, total);
      }
      std::fflush(stdout);
    };
  }
  s.process_exits = true;  // main returns right after
  s.waiting = [](long pid) {
    std::cerr << "gazette: waiting for another build of this site to finish";
    if (pid > 0) std::cerr << " (process " << pid << ")";
    std::cerr << "..." << std::endl;
  };
  try {
    BuildReport r = build_site(s);
    for (const auto& w : r.warnings) std::cerr << "gazette: warning: " << w << '\n';
    if (o.changes) {
      std::string list;
      for (const auto& line : r.changes) list += line + '\n';
      try {
        write_file_atomic(*o.changes, list);
      } catch (const IoError& e) {
        std::cerr << e.what() << "\ngazette: the build was published, but its list of changes "
                  << "could not be written\n";
        return 1;
      }
    }
    if (!o.quiet)
      std::printf(
          "gazette: %zu articles in %zu editions: %zu files, %zu rendered, %zu written, %.2f s\n",
          r.articles, r.editions, r.files, r.pages_rendered, r.files_written, r.seconds);
    if (o.stats) {
      for (const auto& [name, secs] : r.phases) std::printf("  %-8s %8.3f s\n", name.c_str(), secs);
      std::printf("  peak RSS %ld MiB\n", r.peak_rss_kb / 1024);
      if (!o.heap.empty()) std::printf("  heap     %s\n", o.heap.c_str());
      if (r.from_snapshot)
        std::printf("  model    the last build's snapshot, edited articles re-read\n");
    }
    return 0;
  } catch (const ContentErrors& e) {
    for (const auto& d : e.all()) std::cerr << d.str() << '\n';
    std::cerr << "gazette: build failed (" << e.all().size()
              << " errors); the previous output is unchanged\n";
  } catch (const Error& e) {
    std::cerr << e.what() << "\ngazette: build failed; the previous output is unchanged\n";
  } catch (const std::exception& e) {
    std::cerr << "gazette: build failed: " << e.what() << "\n";
  }
  return 1;
}

}  // namespace gazette
