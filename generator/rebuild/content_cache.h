// Parsed content kept between builds, so a rebuild parses only changed files.
//
// Each content file is remembered with its stamp (size, mtime, ctime, inode)
// and what the loader made of it. A file whose stamp is unchanged is not read
// again. The cache is one binary file under <site>/.gazette-cache/; it is
// versioned and tied to a hash of site.yml (which decides how front matter is
// read), and any mismatch or damage simply means "no cache": the build then
// parses everything, exactly as a clean build does.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <variant>

#include "model/site.h"

namespace gazette {

struct FileStamp {
  uint64_t size = 0, mtime_ns = 0, ctime_ns = 0, inode = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of a file; all zero when it cannot be stat'ed.
FileStamp stamp_of(const std::filesystem::path& path);

using ParsedDoc = std::variant<std::monostate, Article, Edition, StandalonePage>;

class ContentCache {
 public:
  // An empty cache when the file is missing, damaged, or for another config.
  static ContentCache load(const std::filesystem::path& file, uint64_t config_hash);

  // The encoded document for `display` if its stamp still matches, else null.
  // Entries stay encoded until asked for, so loading the cache is one read and
  // decoding happens on the loader's threads.
  const std::string* find(const std::string& display, const FileStamp& stamp) const;
  static ParsedDoc decode(const std::string& encoded);  // throws std::runtime_error
  static std::string encode(const ParsedDoc& doc);      // "" for an empty document
  void put(const std::string& display, const FileStamp& stamp, std::string encoded);
  // Written atomically; errors are ignored (a cache is an optimisation).
  void save(const std::filesystem::path& file) const;

  size_t size() const { return entries_.size(); }
  // Whether anything was put or dropped since load(): no need to save otherwise.
  bool dirty() const { return dirty_; }
  void mark_dirty() { dirty_ = true; }
  uint64_t config_hash() const { return config_hash_; }
  void set_config_hash(uint64_t h) { config_hash_ = h; }

 private:
  struct Entry {
    FileStamp stamp;
    std::string encoded;
  };
  uint64_t config_hash_ = 0;
  bool dirty_ = false;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace gazette
