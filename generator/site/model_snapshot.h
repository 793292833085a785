// The last assembled model, kept between builds: how a `gazette build` after
// an edit skips loading and assembling the whole archive.
//
// A build that assembles the model (build_model) writes, in
// .gazette-cache/model.bin (util/filenames.h), the Site it assembled and the
// table of the content files it was made from: each file's name as listed,
// stamp, content hash and, for an article, its placement_key
// (assemble/build_model.h) and where it stands in Site::articles. The next
// build lists the files (as it must anyway) and compares: when the same files
// are there and every one whose stamp changed either has the same bytes
// (hashed: a fresh checkout, a restored cache) or is an article whose text
// changed but not its placement, the snapshot's Site with those articles
// re-read and put in place (placed_like) is exactly the Site a whole load and
// build_model would assemble. Anything else — a file added, removed or
// renamed, an _index.md or standalone page edited, an article moved, retagged
// or (un)drafted, a file that no longer parses — takes the ordinary way.
//
// Such a build does not rewrite the whole snapshot (~35 MB at 50,000
// articles): it writes a journal beside it (.gazette-cache/model-edits.bin)
// with what differs from it — the file table's changed rows and the articles
// whose text changed — as LevelDB keeps a log beside its tables. A whole
// load writes a new snapshot and removes the journal; so does an edit build
// once the journal holds more than kJournalArticles articles. The snapshot
// alone is always a valid starting point (the files that changed since are
// found and read again), so a missing or damaged journal costs only time.
//
// Both files are tied to a key (site.yml and this program, and the base URL),
// versioned and checksummed (XXH3, which the writer takes as it streams); the journal also names
// the snapshot it follows. A file of another key is ignored, a damaged one reported by the caller
// and ignored. Articles are stored in blocks decoded on several threads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/site.h"
#include "util/fs.h"

namespace gazette {

// One content file, as the snapshot's Site was made from it.
struct SnapshotFile {
  static constexpr int kNotArticle = -1;  // an edition, a standalone page, a section index
  static constexpr int kDraft = -2;       // an article not published (draft: true)
  std::string rel;                        // as list_content() lists it: "2023/07/20/a.md"
  FileStamp stamp;
  bool link = false;
  uint64_t content_hash = 0;
  int article = kNotArticle;  // else its index in Site::articles, or kDraft
  uint64_t placement = 0;     // an article's placement_key() as parsed
};

class ModelSnapshot {
 public:
  static constexpr size_t kJournalArticles = 1024;

  // The checksum a snapshot or journal file ends with (8 bytes, little
  // endian) over every byte before it.
  static uint64_t checksum(std::string_view bytes);

  // The snapshot in `file` if it is there, of this version and of `key`, and
  // intact (its checksum holds), with its `journal` applied when that is
  // there and follows it; the file table is read, the Site not yet. Each
  // file there but altered or cut short is added to `damaged`.
  static std::optional<ModelSnapshot> open(const std::filesystem::path& file,
                                           const std::filesystem::path& journal, uint64_t key,
                                           std::vector<std::filesystem::path>& damaged);
  ModelSnapshot(ModelSnapshot&&) noexcept;
  ModelSnapshot& operator=(ModelSnapshot&&) noexcept;
  ~ModelSnapshot();

  std::vector<SnapshotFile>& files() { return files_; }
  // The Site as stored, with `config` (the build's own) as its configuration;
  // decoded on `jobs` threads. Throws std::runtime_error when the bytes do
  // not decode or an index in them points outside the Site (a snapshot
  // altered and checksummed again): such a Site is never rendered.
  Site site(SiteConfig config, unsigned jobs) const;

  // Writes the snapshot of `site` and `files` to `file` (atomically), a block
  // of articles at a time: the whole encoding (~0.7 KB an article) is never
  // held. Only reads `site`: may run while others read it. Throws IoError.
  static void write(const std::filesystem::path& file, uint64_t key,
                    const std::vector<SnapshotFile>& files, const Site& site);
  // The same bytes, in memory.
  static std::string encode(uint64_t key, const std::vector<SnapshotFile>& files, const Site& site);
  // The journal that takes this snapshot (as stored, without any journal) to
  // `site` and `files` (the same files, in the same order), encoded; nullopt
  // when more than kJournalArticles articles differ (write a snapshot then).
  std::optional<std::string> encode_journal(uint64_t key, const std::vector<SnapshotFile>& files,
                                            const Site& site) const;

 private:
  ModelSnapshot() = default;
  static void emit(uint64_t key, const std::vector<SnapshotFile>& files, const Site& site,
                   const std::function<void(std::string_view)>& sink);
  std::unique_ptr<MappedFile> mapped_, journal_;
  uint64_t id_ = 0;  // the snapshot's checksum: what a journal follows
  // The file table as the snapshot stores it (each row's bytes in the mapped
  // file: compared, not copied), and decoded with the journal applied.
  std::vector<std::string_view> stored_;
  std::vector<SnapshotFile> files_;
  std::vector<std::pair<size_t, std::string_view>> replaced_;  // articles the journal replaces
  size_t site_at_ = 0;                                         // where the Site's bytes begin
};

}  // namespace gazette
