// The output folder, published atomically and rewritten only where it changed.
//
// A build writes into a staging folder beside --out (".<name>.staging") and,
// only when everything succeeded, swaps it with the live output in one rename
// (Linux renameat2 RENAME_EXCHANGE). A failed build therefore leaves the live
// output byte-identical. After the swap the staging folder holds the previous
// output and is kept: the next build updates it in place, writing only files
// whose bytes differ and deleting files no longer produced. That keeps a
// rebuild of a large archive from re-creating and deleting tens of thousands
// of files; the price is a second copy on disk (safe to delete at any time).
//
// With a manifest file (in the site's cache), the folder also remembers, for
// each file of the live output and of the staging folder, the fingerprint of
// the inputs it was rendered from and the hash of its bytes. reuse() then lets
// a build skip rendering a page whose inputs did not change, and writes and
// deletions are decided from the manifests without reading the files. A
// manifest is trusted only while the folder's marker names the same build;
// a build removes the staging tree's marker before it writes into that
// tree, so one killed midway leaves a tree the next build compares byte by
// byte instead of trusting.
//
// Updating in place: when the live output is known from its manifest but no
// staging tree exists (the build after a clean build), copying tens of
// thousands of unchanged files into a new staging tree would cost seconds.
// Then only the files that changed are written to staging, and publish()
// renames each over its live copy (every file is replaced whole) and deletes
// what is gone; a failed build still leaves the live output untouched, as
// nothing is moved before every page has been rendered. The staging folder is
// left empty, so the next build updates in place again.
//
// Safety: write() accepts only relative paths without "." or ".." segments, so
// nothing outside the output can be written. An existing --out is replaced only
// if gazette wrote it (it holds the marker file), and --out may not be the site
// itself, contain it, or lie inside content/, themes/ or layouts/. Two builds
// into the same --out are serialised by a lock on the staging folder.
#pragma once

#include <absl/container/flat_hash_map.h>

#include <atomic>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gazette {

class OutputDir {
 public:
  // Throws ContentError when `out` may not be replaced. `manifest` (may be
  // empty) is where the manifests of the two trees are kept between builds.
  OutputDir(std::filesystem::path out, const std::filesystem::path& site_dir,
            std::filesystem::path manifest = {});
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  // Makes staging/<rel> hold `data`; thread-safe for distinct paths. `fingerprint`
  // (0: none) identifies the inputs `data` was made from.
  void write(std::string_view rel, std::string_view data, uint64_t fingerprint = 0);
  // True when the live output holds <rel> made from the same inputs; the
  // staging copy is then brought in line (usually: it already is) and the
  // caller need not render it. Thread-safe for distinct paths.
  bool reuse(std::string_view rel, uint64_t fingerprint);
  // Whether reuse() would succeed, without doing it.
  bool can_reuse(std::string_view rel, uint64_t fingerprint) const;
  // Whether reuse() can succeed at all: the live output is known (its
  // manifest trusted). False in a clean build, which renders every page.
  bool reuses_pages() const { return live_known_; }
  // reuse() of a live file made with `old_fp`, recorded as made with
  // `new_fp`: for a file whose bytes the caller knows to be what this build
  // would write (a search shard no changed article touches).
  bool carry(std::string_view rel, uint64_t old_fp, uint64_t new_fp);
  // The bytes of <rel> in the live output. Throws IoError.
  std::string read_live(std::string_view rel) const;
  // Writes every file under `from` (later calls win on equal paths). With a
  // `confine` folder (the site), `from` and every link under it must lead
  // to files inside it: else ContentError naming `shown`/<file>.
  void copy_tree(const std::filesystem::path& from, const std::filesystem::path& confine = {},
                 const std::string& shown = {});
  // Deletes what this build did not produce, writes the marker and the
  // manifest, then swaps staging and out.
  void publish();

  // Whether the manifest file `manifest` (undamaged) describes the output
  // folder `out` as it is now (its marker names the same build): then it is
  // that folder's, wherever the folder was when the manifest was written.
  static bool describes(const std::filesystem::path& manifest, const std::filesystem::path& out);

  // Asks publish() to list what it changes in the live output (changes()).
  void track_changes() { track_changes_ = true; }
  // After publish(), with track_changes(): "+ <rel>" for every file whose
  // bytes are new or differ from the previous live output, "- <rel>" for
  // every file of it this build no longer produces, by path ('/'-separated,
  // relative to out). The marker file is gazette's own, never listed. The
  // previous output is known from its manifest, or else read from disk.
  const std::vector<std::string>& changes() const { return changes_; }

  const std::filesystem::path& staging() const { return staging_; }
  const std::filesystem::path& out() const { return out_; }
  size_t files_written() const { return written_; }
  // Damaged caches found (the manifest file), one line each; the build went
  // on without them.
  const std::vector<std::string>& warnings() const { return warnings_; }
  size_t files_unchanged() const { return unchanged_; }

  struct Record {
    uint64_t fingerprint = 0, content = 0;
  };
  // Keys point into manifest_bytes_.
  using Manifest = std::unordered_map<std::string_view, Record>;
  // A manifest in file order, which is path order.
  using Entries = std::vector<std::pair<std::string_view, Record>>;

 private:
  // Where the live file `rel` stands in live_entries_ when it was made with
  // `fingerprint`, else nothing.
  std::optional<size_t> live_index(std::string_view rel, uint64_t fingerprint) const;
  void remove_stale();
  void list_changes();
  // produced_ sorted, with the carried live files merged in: every file of
  // the new output once, in path order.
  void take_carried();
  std::unordered_set<std::string_view> produced_paths() const;
  void record(std::string_view rel, Record r, bool staged = false);
  void publish_in_place(const std::string& build_id);
  void clear_staging();
  // Loads the manifests; returns whether the staging tree's was among them.
  bool load_manifests(bool staging_empty);
  void save_manifests(const std::string& build_id) const;

  // How this build writes, decided when the folder is opened.
  enum class Mode {
    kFresh,           // staging empty, live output unknown: write every file, then swap
    kInPlace,         // staging empty, live output known: write changed files to staging,
                      //   then rename each over its live copy
    kUpdateListed,    // staging holds an earlier output and its manifest: compare hashes
    kUpdateUnlisted,  // staging holds an earlier output of unknown content: compare bytes
  };
  bool staging_was_empty() const { return mode_ == Mode::kFresh || mode_ == Mode::kInPlace; }

  std::filesystem::path out_, staging_, manifest_file_;
  int lock_fd_ = -1;
  Mode mode_ = Mode::kFresh;
  bool live_known_ = false;  // the live output's manifest is trusted: pages can be reused
  bool published_ = false;
  std::mutex mu_;
  // What write() and copy_tree() made, in call order until publish() sorts it
  // and merges in the carried files. Keys point into owned_paths_ or, for a
  // carried file, manifest_bytes_.
  Entries produced_;
  std::deque<std::string> owned_paths_;
  std::vector<std::string> staged_files_;          // in place: written to staging, to move
  std::unordered_set<std::string> written_paths_;  // by write(), unless kFresh
  std::string manifest_bytes_;                     // the manifest file as loaded
  std::string_view live_raw_;  // the live tree's manifest in it, saved again as is
  // What out/ holds, if known: its manifest, and each path's place in it.
  Entries live_entries_;
  absl::flat_hash_map<std::string_view, size_t> live_;  // flat: one probe, no node each
  // Live files a reuse() or carry() kept (by place in live_entries_) and the
  // fingerprint each is recorded with: set by one thread each, without a
  // lock (a build keeps most of its 100,000 files this way).
  std::vector<uint8_t> carried_;
  std::vector<uint64_t> carried_fp_;
  size_t live_kept_ = 0;  // by take_carried(): files of out/ the new output has too
  Manifest staged_;       // what staging/ holds, if known
  std::atomic<size_t> written_{0}, unchanged_{0};
  std::vector<std::string> warnings_;
  bool track_changes_ = false;
  std::vector<std::string> changes_;
};

}  // namespace gazette
