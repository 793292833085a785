// Whether a build would change nothing: ninja's "no work to do" for a site.
//
// A build that published records, beside the output's manifest, one hash of
// everything it was made from: site.yml and the program (the configuration
// hash), the theme's templates, the base URL, and the name and stamp (size,
// mtime, ctime, inode) of every content and static file. The next build into
// the same folder lists those files (which it must do anyway), hashes the same
// way and, when the hash and the output's marker are still those recorded,
// stops there: nothing is read, parsed, rendered or written. Stamps are the
// same evidence the parsed-file cache trusts. Any difference — a file edited,
// added, removed or touched, another theme, a rebuilt gazette, an output
// folder replaced or rebuilt by someone else — means an ordinary build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/fs.h"

namespace gazette {

class InputsDigest {
 public:
  // `config_hash`: site.yml and the program; `theme_hash`: the templates;
  // `base_url`: as the build uses it (after --base-url).
  InputsDigest(uint64_t config_hash, uint64_t theme_hash, std::string_view base_url);
  // Files of one tree (`tree` names it: "content", a static folder's path),
  // as scan_files() lists them.
  void add_tree(std::string_view tree, const std::vector<ListedFile>& files);
  uint64_t value() const { return value_; }

 private:
  uint64_t value_;
};

struct BuildRecord {
  uint64_t inputs = 0;  // InputsDigest::value()
  std::string marker;   // the output's marker file as the build left it
  uint64_t articles = 0, editions = 0, files = 0;
};

struct RecordRead {
  std::optional<BuildRecord> record;  // none: missing, damaged or of another version
  bool damaged = false;               // there, but cut short or altered (checksum)
};
RecordRead read_build_record(const std::filesystem::path& file);
// Writes it atomically; errors are ignored (a record is only an optimisation).
void write_build_record(const std::filesystem::path& file, const BuildRecord& record);

}  // namespace gazette
