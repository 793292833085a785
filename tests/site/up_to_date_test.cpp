// The inputs digest and the build record a build leaves for the next one.
#include "site/up_to_date.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

std::vector<ListedFile> content() {
  return {{"2023/07/20/_index.md", {120, 1, 2, 3}, false},
          {"2023/07/20/huan-wei.md", {2048, 4, 5, 6}, false},
          {"2023/07/20/zhi-yuan.md", {1024, 7, 8, 9}, false}};
}

uint64_t digest_of(uint64_t config, uint64_t theme, const std::string& base,
                   const std::vector<ListedFile>& files, const std::string& tree = "content") {
  InputsDigest d(config, theme, base);
  d.add_tree(tree, files);
  d.add_tree("themes/default/static", {{"css/site.css", {300, 1, 1, 1}, false}});
  return d.value();
}

}  // namespace

TEST_CASE("inputs digest: equal inputs agree, any difference shows", "[site]") {
  const uint64_t base = digest_of(1, 2, "https://example.org/", content());
  CHECK(digest_of(1, 2, "https://example.org/", content()) == base);
  CHECK(digest_of(9, 2, "https://example.org/", content()) != base);  // site.yml, program
  CHECK(digest_of(1, 9, "https://example.org/", content()) != base);  // templates
  CHECK(digest_of(1, 2, "http://127.0.0.1:1313/", content()) != base);
  CHECK(digest_of(1, 2, "https://example.org/", content(), "static") != base);
  auto with = [&](auto change) {
    auto files = content();
    change(files);
    return digest_of(1, 2, "https://example.org/", files);
  };
  CHECK(with([](auto& f) { f[1].rel = "2023/07/20/huan-wei-2.md"; }) != base);  // renamed
  CHECK(with([](auto& f) { f.pop_back(); }) != base);                           // removed
  CHECK(with([](auto& f) { f.push_back({"2023/07/20/xin.md", {1, 1, 1, 1}, false}); }) != base);
  CHECK(with([](auto& f) { f[1].stamp.size = 2049; }) != base);
  CHECK(with([](auto& f) { f[1].stamp.mtime_ns = 40; }) != base);
  CHECK(with([](auto& f) { f[1].stamp.ctime_ns = 50; }) != base);  // touched, even if put back
  CHECK(with([](auto& f) { f[1].stamp.inode = 60; }) != base);     // replaced by a copy
  CHECK(with([](auto& f) { f[1].link = true; }) != base);
}

TEST_CASE("build record: read back as written, damage is told from absence", "[site]") {
  TempDir dir;
  const fs::path file = dir / "build-1.bin";
  CHECK_FALSE(read_build_record(file).record);
  CHECK_FALSE(read_build_record(file).damaged);  // no record yet: nothing to report

  write_build_record(file, {42, "gazette output: 1234\n", 4, 2, 61});
  const RecordRead read = read_build_record(file);
  REQUIRE(read.record);
  CHECK_FALSE(read.damaged);
  CHECK(read.record->inputs == 42);
  CHECK(read.record->marker == "gazette output: 1234\n");
  CHECK(read.record->articles == 4);
  CHECK(read.record->editions == 2);
  CHECK(read.record->files == 61);

  const std::string bytes = read_text(file);
  for (size_t at = 0; at < bytes.size(); at += 7) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
    write_text(file, flipped);
    INFO("bit flipped at " << at);
    CHECK_FALSE(read_build_record(file).record);
    CHECK(read_build_record(file).damaged);
  }
  write_text(file, bytes.substr(0, bytes.size() / 2));
  CHECK(read_build_record(file).damaged);
  write_text(file, "");
  CHECK(read_build_record(file).damaged);
}
