#include "site/up_to_date.h"

#include <stdexcept>

#include "util/binary_io.h"
#include "util/error.h"

namespace gazette {
namespace {

constexpr uint64_t kMagic = 0x3144524f43455247ULL;  // "GRECORD1"
constexpr uint64_t kVersion = 1;

}  // namespace

InputsDigest::InputsDigest(uint64_t config_hash, uint64_t theme_hash, std::string_view base_url)
    : value_(Hasher().add(config_hash).add(theme_hash).add(base_url).value()) {}

void InputsDigest::add_tree(std::string_view tree, const std::vector<ListedFile>& files) {
  Hasher h;
  h.add(value_).add(tree).add(files.size());
  for (const auto& f : files) {
    h.add(f.rel).add(f.stamp.size).add(f.stamp.mtime_ns).add(f.stamp.ctime_ns).add(f.stamp.inode);
    h.add(static_cast<uint64_t>(f.link));
  }
  value_ = h.value();
}

RecordRead read_build_record(const std::filesystem::path& file) {
  std::string data;
  try {
    data = read_file(file);
  } catch (const IoError&) {  // none yet (or unreadable: then built again)
    return {};
  }
  RecordRead damaged{std::nullopt, true};
  if (data.size() < 8) return damaged;
  const std::string_view body(data.data(), data.size() - 8);
  try {
    if (BinaryReader(std::string_view(data).substr(body.size())).u64() != hash_bytes(body))
      return damaged;
    BinaryReader r(body);
    if (r.u64() != kMagic || r.u64() != kVersion) return {};  // another kind or version
    BuildRecord rec;
    rec.inputs = r.u64();
    rec.marker = r.str();
    rec.articles = r.u64();
    rec.editions = r.u64();
    rec.files = r.u64();
    if (!r.done()) return damaged;
    return {std::move(rec), false};
  } catch (const std::exception&) {  // cut short inside
    return damaged;
  }
}

void write_build_record(const std::filesystem::path& file, const BuildRecord& rec) {
  BinaryWriter w;
  w.u64(kMagic);
  w.u64(kVersion);
  w.u64(rec.inputs);
  w.str(rec.marker);
  w.u64(rec.articles);
  w.u64(rec.editions);
  w.u64(rec.files);
  w.u64(hash_bytes(w.data()));
  try {
    write_file_atomic(file, w.data());
  } catch (const std::exception&) {
  }
}

}  // namespace gazette
