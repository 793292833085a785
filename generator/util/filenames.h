// Every file and folder name gazette reads in a site or writes, in one place.
//
// A site folder holds the user's files (site.yml, content/, layouts/,
// static/, themes/) and, written by gazette:
//   .gazette-cache/                    caches; deleting it changes nothing but speed
//     content/shard-<hash>.bin         the parsed-file cache, one shard per month folder
//     pinyin.txt                       pinyin per Han character, for slugs
//     model.bin                        the last assembled model and the files it was made
//                                      from (site/model_snapshot.h)
//     model-edits.bin                  what edit builds changed in it since (its journal)
//     lock                             held by the build running (util/site_lock.h)
//     output-<hash>.bin                manifests of one output folder (hash of its path)
//     build-<hash>.bin                 what the last build into that folder was made from
//                                      (site/up_to_date.h)
//     search-<hash>/<year>.bin         what that folder's search segment of a year was
//                                      built from, for patching it
//     serve/public/                    what `gazette serve` builds and serves
//   public/                            the default output folder (--out)
// Beside an output folder <out> (public/ or --out):
//   <out>/.gazette-output              marker: gazette wrote this folder (and which build)
//   .<out-name>.staging/               the next build is written here, then swapped in
//   .<out-name>.old/                   only while publishing without RENAME_EXCHANGE
// And any file replaced atomically is first written beside it as
// <name>.tmp-<random>.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::filenames {

namespace fs = std::filesystem;

// The user's files.
inline constexpr std::string_view kSiteConfig = "site.yml";
inline constexpr std::string_view kContentDir = "content";
inline constexpr std::string_view kPagesDir = "pages";  // content/pages/: standalone pages
inline constexpr std::string_view kIndexFile = "_index.md";
inline constexpr std::string_view kLayoutsDir = "layouts";
inline constexpr std::string_view kStaticDir = "static";
inline constexpr std::string_view kThemesDir = "themes";
inline constexpr std::string_view kDefaultOutDir = "public";

// What gazette writes.
inline constexpr std::string_view kOutputMarker = ".gazette-output";

fs::path cache_dir(const fs::path& site_dir);
fs::path content_cache_dir(const fs::path& site_dir);
std::string content_shard_file(std::string_view shard_key);  // "shard-<hash>.bin"
fs::path pinyin_cache_file(const fs::path& site_dir);
fs::path model_snapshot_file(const fs::path& site_dir);
fs::path model_journal_file(const fs::path& site_dir);
fs::path lock_file(const fs::path& site_dir);  // one build of a site at a time
// The manifests of output folder `out` (any spelling of the same folder gives one name).
fs::path output_manifest_file(const fs::path& site_dir, const fs::path& out_dir);
fs::path build_record_file(const fs::path& site_dir, const fs::path& out_dir);
fs::path serve_out_dir(const fs::path& site_dir);
fs::path search_state_file(const fs::path& site_dir, const fs::path& out_dir,
                           std::string_view segment);
fs::path search_state_dir(const fs::path& site_dir, const fs::path& out_dir);
// The caches of every output folder the site has been built into (named
// after folders' paths, which a copied or restored site no longer has).
struct OutputCaches {
  fs::path manifest, search_dir;
};
std::vector<OutputCaches> output_caches(const fs::path& site_dir);
fs::path staging_dir(const fs::path& out_dir);  // `out_dir` absolute and clean
fs::path old_out_dir(const fs::path& out_dir);
fs::path temp_file(const fs::path& path, uint64_t random);

}  // namespace gazette::filenames
