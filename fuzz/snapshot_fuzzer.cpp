// The model snapshot and its journal (site/model_snapshot.h) on any bytes:
// a damaged file, or one altered and checksummed again. open() and site()
// accept them or reject them with an exception the build turns into a
// warning and a whole load; none crashes or reads out of bounds, and a Site
// they give has every index in range (it is rendered).
//
// The input is a 4-byte little-endian length, the snapshot's bytes before
// its checksum (that many), then the journal's. The harness appends each
// file's checksum and, in the journal, the snapshot's id (bytes 24..32) and
// takes the key from the snapshot's header: mutations reach the decoders
// instead of stopping at a checksum the fuzzer cannot guess. Seeds
// (fuzz/corpus/snapshot/) are a real snapshot and journal of a small site.
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <string>

#include "fuzz_support.h"
#include "model/site_config.h"
#include "site/model_snapshot.h"
#include "util/binary_io.h"
#include "util/fs.h"

using namespace gazette;

namespace {

std::string with_checksum(std::string body) {
  BinaryWriter w;
  w.fixed64(ModelSnapshot::checksum(body));
  return body + w.data();
}

uint64_t u64_at(const std::string& s, size_t at) {
  return s.size() >= at + 8 ? BinaryReader(std::string_view(s).substr(at, 8)).fixed64() : 0;
}

void put_u64_at(std::string& s, size_t at, uint64_t v) {
  if (s.size() < at + 8) return;
  BinaryWriter w;
  w.fixed64(v);
  s.replace(at, 8, w.data());
}

const std::filesystem::path& work_dir() {
  static const std::filesystem::path dir = [] {
    const auto d = std::filesystem::temp_directory_path() /
                   ("gazette-snapshot-fuzzer-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::text(data, size);
  if (bytes.size() < 4) return 0;
  uint32_t len = 0;
  for (int i = 0; i < 4; ++i)
    len |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
  const std::string_view rest = bytes.substr(4);
  len = static_cast<uint32_t>(std::min<size_t>(len, rest.size()));
  const std::string snapshot = with_checksum(std::string(rest.substr(0, len)));
  std::string journal_body(rest.substr(len));
  // The journal names the snapshot it follows by the snapshot's checksum.
  put_u64_at(journal_body, 24, u64_at(snapshot, snapshot.size() - 8));
  const std::filesystem::path file = work_dir() / "model.bin", journal = work_dir() / "edits.bin";
  write_file(file, snapshot);
  write_file(journal, with_checksum(journal_body));
  std::vector<std::filesystem::path> damaged;
  try {
    std::optional<ModelSnapshot> snap =
        ModelSnapshot::open(file, journal, u64_at(snapshot, 16), damaged);
    if (!snap) return 0;
    const Site site = snap->site(SiteConfig{}, 1);
    // What it gave is safe to render: every index points into the Site.
    for (const Article& a : site.articles) {
      if (a.edition < 0 || static_cast<size_t>(a.edition) >= site.editions.size())
        fuzz::broken("an article's edition is in range");
      for (int r : a.related)
        if (r < 0 || static_cast<size_t>(r) >= site.articles.size())
          fuzz::broken("a related article is in range");
    }
  } catch (const std::runtime_error&) {
  } catch (const std::bad_alloc&) {  // a count too large: the build ignores the snapshot
  }
  return 0;
}
