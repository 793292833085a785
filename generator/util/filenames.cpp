#include "util/filenames.h"

#include "util/binary_io.h"

#include <algorithm>

namespace gazette::filenames {

fs::path cache_dir(const fs::path& site_dir) { return site_dir / ".gazette-cache"; }

fs::path content_cache_dir(const fs::path& site_dir) { return cache_dir(site_dir) / "content"; }

std::string content_shard_file(std::string_view shard_key) {
  return "shard-" + std::to_string(hash_bytes(shard_key)) + ".bin";
}

fs::path pinyin_cache_file(const fs::path& site_dir) { return cache_dir(site_dir) / "pinyin.txt"; }

fs::path lock_file(const fs::path& site_dir) { return cache_dir(site_dir) / "lock"; }

namespace {
std::string out_hash(const fs::path& out_dir) {
  return std::to_string(hash_bytes(fs::absolute(out_dir).lexically_normal().string()));
}
}  // namespace

fs::path output_manifest_file(const fs::path& site_dir, const fs::path& out_dir) {
  return cache_dir(site_dir) / ("output-" + out_hash(out_dir) + ".bin");
}

fs::path model_snapshot_file(const fs::path& site_dir) { return cache_dir(site_dir) / "model.bin"; }

fs::path model_journal_file(const fs::path& site_dir) {
  return cache_dir(site_dir) / "model-edits.bin";
}

fs::path build_record_file(const fs::path& site_dir, const fs::path& out_dir) {
  return cache_dir(site_dir) / ("build-" + out_hash(out_dir) + ".bin");
}

fs::path search_state_dir(const fs::path& site_dir, const fs::path& out_dir) {
  return cache_dir(site_dir) / ("search-" + out_hash(out_dir));
}

fs::path search_state_file(const fs::path& site_dir, const fs::path& out_dir,
                           std::string_view segment) {
  return search_state_dir(site_dir, out_dir) / (std::string(segment) + ".bin");
}

std::vector<OutputCaches> output_caches(const fs::path& site_dir) {
  std::vector<OutputCaches> out;
  std::error_code ec;
  for (fs::directory_iterator it(cache_dir(site_dir), ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= 11 || name.rfind("output-", 0) != 0 || !name.ends_with(".bin")) continue;
    const std::string hash = name.substr(7, name.size() - 11);
    out.push_back({it->path(), cache_dir(site_dir) / ("search-" + hash)});
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.manifest < b.manifest; });
  return out;
}

fs::path serve_out_dir(const fs::path& site_dir) {
  return cache_dir(site_dir) / "serve" / "public";
}

fs::path staging_dir(const fs::path& out_dir) {
  return out_dir.parent_path() / ("." + out_dir.filename().string() + ".staging");
}

fs::path old_out_dir(const fs::path& out_dir) {
  return out_dir.parent_path() / ("." + out_dir.filename().string() + ".old");
}

fs::path temp_file(const fs::path& path, uint64_t random) {
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(random);
  return tmp;
}

}  // namespace gazette::filenames
