// Between a build and the next: the model snapshot's file table made from a
// whole load, and the Site taken from the snapshot when the files changed
// only in ways it can patch (the rules are in site/model_snapshot.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/loaded_content.h"
#include "model/site.h"
#include "site/model_snapshot.h"
#include "util/fs.h"

namespace gazette {

// The file table of a whole load: what it needs of the loaded content is
// noted before build_model consumes it, the rest taken from the Site.
class SnapshotTable {
 public:
  SnapshotTable(std::vector<ListedFile> listed, const LoadedContent& content);
  std::vector<SnapshotFile> files(const Site& site) &&;

 private:
  struct Parsed {
    uint64_t content_hash = 0, placement = 0;
    bool draft = false, article = false;
  };
  std::vector<ListedFile> listed_;
  std::unordered_map<std::string, Parsed> parsed_;  // by display path ("content/…")
};

// The Site that loading `listed` (list_content()) and build_model would give,
// from `snapshot`, with its file table brought up to date; nullopt when the
// site must be loaded whole. Files whose stamps changed are read (on `jobs`
// threads) and, when their bytes changed, parsed. Throws std::runtime_error
// when the snapshot's Site does not decode.
std::optional<Site> site_from_snapshot(ModelSnapshot& snapshot,
                                       const std::filesystem::path& site_dir,
                                       const std::vector<ListedFile>& listed,
                                       const SiteConfig& config, unsigned jobs);

}  // namespace gazette
