// Parsed content kept between builds, so a rebuild parses only changed files.
//
// Each content file is remembered with its stamp (size, mtime, ctime, inode)
// and what the loader made of it, encoded. A file whose stamp is unchanged is
// not read again. The cache is a folder of shards under <site>/.gazette-cache/,
// one per content folder two levels down ("content/2023/07"), so a build that
// changes one article rewrites one shard, not the whole cache. Every shard is
// versioned, checksummed and tied to a hash of site.yml and the program; a missing, damaged
// or foreign shard simply means "not cached": its files are parsed again,
// exactly as in a clean build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/loaded_content.h"
#include "util/fs.h"

namespace gazette {

class ContentCache {
 public:
  struct Entry {
    FileStamp stamp;
    std::string_view encoded;
    std::shared_ptr<const void> bytes;  // owns what `encoded` points into
  };

  // The entry of `display` whatever its stamp (nullptr: none), for a file
  // whose stamp changed but whose bytes may not have (a fresh checkout).
  const Entry* find_any(const std::string& display) const;

  // Reads every shard in `dir` (on `jobs` threads); an empty cache when
  // there is none.
  static ContentCache load(const std::filesystem::path& dir, uint64_t config_hash,
                           unsigned jobs = 0);

  // The entry for `display` if its stamp still matches, else null. Entries
  // stay encoded until asked for: loading is one read per shard and decoding
  // happens on the loader's threads.
  const Entry* find(const std::string& display, const FileStamp& stamp) const;
  static ParsedDoc decode(std::string_view encoded);  // throws std::runtime_error
  static std::string encode(const ParsedDoc& doc);    // "" for an empty document

  // The cache for this build, initially empty: every file seen is either
  // carried over from this one (keep) or parsed anew (put); files neither kept
  // nor put are forgotten.
  ContentCache successor() const;
  void keep(const std::string& display, const Entry& entry);
  void put(const std::string& display, const FileStamp& stamp, std::string encoded);

  // Writes the shards that changed since load() (atomically, each) and removes
  // shards and files no longer needed. Errors are ignored: a cache is an
  // optimisation.
  void save(const std::filesystem::path& dir) const;

  // For a loader that has kept or put every file of shard `key`: writes the
  // shard now, into the folder load() read, if it changed, and lets go of its
  // entries (save() keeps the file and does not write it again). A clean
  // build then never holds every file's encoded document at once (~0.7 KB
  // an article). Does nothing for a cache load() did not make.
  void save_shard(const std::string& key);

  size_t size() const { return entries_.size(); }
  // Shard files load() found damaged (cut short, bits flipped) and ignored.
  const std::vector<std::filesystem::path>& damaged() const { return damaged_; }
  // Whether save() has anything to write.
  bool dirty() const;
  uint64_t config_hash() const { return config_hash_; }
  void set_config_hash(uint64_t h) { config_hash_ = h; }

  // The shard a content file belongs to: its folder, cut to three components.
  static std::string shard_of(std::string_view display);

 private:
  struct Shard {
    size_t loaded = 0;  // entries the shard file held when loaded
    size_t now = 0;     // entries in it now
    bool changed = false;
  };
  Shard& shard(std::string_view display);

  uint64_t config_hash_ = 0;
  std::filesystem::path dir_;  // the folder load() read, where save_shard() writes
  bool saved_shards_ = false;  // save_shard() wrote some: save() still removes stale files
  std::vector<std::filesystem::path> damaged_;
  std::unordered_map<std::string, Entry> entries_;
  std::map<std::string, Shard, std::less<>> shards_;
};

}  // namespace gazette
