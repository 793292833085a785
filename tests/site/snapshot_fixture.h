// For the model snapshot's tests: a site loaded and assembled as a whole
// build does it, with the snapshot's file table.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "assemble/build_model.h"
#include "config/config_reader.h"
#include "content/loader.h"
#include "site/from_snapshot.h"
#include "site/model_snapshot.h"

namespace gazette::testing {

struct LoadedSite {
  SiteConfig config;
  std::vector<ListedFile> listed;
  Site site;
  std::vector<SnapshotFile> files;
};

inline LoadedSite load_whole(const std::filesystem::path& site_dir) {
  LoadedSite out;
  out.config = load_site_config(site_dir);
  out.listed = list_content(site_dir, 1);
  LoadedContent content = load_content(site_dir, out.config, 1, nullptr, out.listed);
  SnapshotTable table(out.listed, content);
  out.site = build_model(out.config, std::move(content));
  out.site.root = site_dir.string();
  out.files = std::move(table).files(out.site);
  return out;
}

// Two Sites are the same model when they encode alike (paths aside).
inline std::string model_bytes(const Site& site) { return ModelSnapshot::encode(1, {}, site); }

}  // namespace gazette::testing
