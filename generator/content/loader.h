// Loads every content file of a site: the first stage of a build.
//
// Walks <site>/content once, classifies each .md file by where it lives
//   content/YYYY/MM/DD/_index.md   an edition
//   content/YYYY/MM/DD/<slug>.md   an article
//   content/pages/<slug>.md        a standalone page
// and parses them in parallel. Anything else ending in .md is an error, as is
// any malformed file; all problems are collected and thrown together as
// ContentErrors, so one build reports every bad file. Output order depends only
// on the file names, never on thread timing.
#pragma once

#include <filesystem>
#include <vector>

#include "model/loaded_content.h"
#include "model/site_config.h"
#include "util/fs.h"

namespace gazette {

class ContentCache;

// With a cache, files whose stamp is unchanged are taken from it instead of
// being read, and the cache is updated with everything parsed. `listed`:
// list_content() as the caller already has it (else it is listed here).
LoadedContent load_content(const std::filesystem::path& site_dir, const SiteConfig& config,
                           unsigned jobs, ContentCache* cache = nullptr,
                           std::vector<ListedFile> listed = {});
// The .md files under <site>/content, with their stamps (util/fs.h
// scan_files). Throws ContentError when content/ is a link out of the site.
std::vector<ListedFile> list_content(const std::filesystem::path& site_dir, unsigned jobs = 0);

// One content file, `rel` its path under content/ ("2023/07/20/a.md"), read
// and parsed exactly as load_content() would (the same checks: where it lives,
// its name, a link leading out of the site). Throws ContentError / IoError.
ParsedDoc load_file(const std::filesystem::path& site_dir, const std::string& rel,
                    const SiteConfig& config);

}  // namespace gazette
