#include "site/up_to_date.h"

#include <stdexcept>

#include "util/binary_io.h"
#include "util/error.h"

namespace gazette {
namespace {

constexpr uint64_t kMagic = 0x3144524f43455247ULL;  // "GRECORD1"
constexpr uint64_t kVersion = 2;                    // 2: varint lengths (binary_io.h)

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
    if (BinaryReader(std::string_view(data).substr(body.size())).fixed64() != hash_bytes(body))
      return damaged;
    BinaryReader r(body);
    if (r.fixed64() != kMagic || r.fixed64() != kVersion) return {};  // another kind or version
    BuildRecord rec;
    rec.inputs = r.fixed64();
    rec.marker = r.str();
    rec.articles = r.var();
    rec.editions = r.var();
    rec.files = r.var();
    if (!r.done()) return damaged;
    return {std::move(rec), false};
  } catch (const std::exception&) {  // cut short inside
    return damaged;
  }
}

void write_build_record(const std::filesystem::path& file, const BuildRecord& rec) {
  BinaryWriter w;
  w.fixed64(kMagic);
  w.fixed64(kVersion);
  w.fixed64(rec.inputs);
  w.str(rec.marker);
  w.var(rec.articles);
  w.var(rec.editions);
  w.var(rec.files);
  w.fixed64(hash_bytes(w.data()));
  try {
    write_file_atomic(file, w.data());
  } catch (const std::exception&) {
  }
}

}  // namespace gazette
