// The build's search index (search/index_writer.h) for a Site: one segment
// per year of editions, each kept, patched or rebuilt as its articles'
// changes allow (search::update_segment).
//
// An article's fingerprint covers what the index takes from it (its file,
// URL, page and page name, its place in the year); with the state the last
// build left in the site's cache (filenames::search_state_file), an edit
// reads and cuts only the changed articles and patches the shards their keys
// fall in.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/site.h"
#include "publish/output_dir.h"
#include "templates/page_data.h"

namespace gazette {

struct SearchIndexReport {
  size_t kept = 0, patched = 0, rebuilt = 0;  // segments
  std::vector<std::string> warnings;          // damaged segment states (ignored)
};

// `inputs` is the fingerprint of what every segment depends on besides its
// articles (site.yml, the program, the base URL). `state_dir` (may be empty:
// no state kept) is where segment states are read and written: the cache of
// this site's output folder `out`.
SearchIndexReport write_search_index(const Site& site, const PageData& data, uint64_t inputs,
                                     OutputDir& out, unsigned jobs,
                                     const std::filesystem::path& site_dir, bool keep_state);

}  // namespace gazette
