#include "site/model_snapshot.h"

#include <catch2/catch.hpp>
#include <functional>

#include "site/snapshot_fixture.h"
#include "support/test_support.h"
#include "util/fs.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

bool same_rows(const std::vector<SnapshotFile>& a, const std::vector<SnapshotFile>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].rel != b[i].rel || !(a[i].stamp == b[i].stamp) || a[i].link != b[i].link ||
        a[i].content_hash != b[i].content_hash || a[i].article != b[i].article ||
        a[i].placement != b[i].placement)
      return false;
  return true;
}

// The fixture site loaded whole, its snapshot written to <dir>/model.bin (key 7).
LoadedSite written_fixture(const TempDir& dir) {
  write_fixture_site(dir / "site");
  LoadedSite loaded = load_whole(dir / "site");
  ModelSnapshot::write(dir / "model.bin", 7, loaded.files, loaded.site);
  return loaded;
}

std::optional<ModelSnapshot> open_at(const TempDir& dir, std::vector<fs::path>& damaged) {
  return ModelSnapshot::open(dir / "model.bin", dir / "journal.bin", 7, damaged);
}

}  // namespace

TEST_CASE("model snapshot: the Site and file table round-trip, another key is not read",
          "[snapshot]") {
  TempDir dir;
  const LoadedSite loaded = written_fixture(dir);
  // Streamed to the file, the same bytes as encoded in memory.
  CHECK(read_file(dir / "model.bin") == ModelSnapshot::encode(7, loaded.files, loaded.site));
  std::vector<fs::path> damaged;
  auto snap = open_at(dir, damaged);
  REQUIRE(snap);
  CHECK(damaged.empty());
  CHECK(same_rows(snap->files(), loaded.files));
  const Site site = snap->site(loaded.config, 2);
  CHECK(model_bytes(site) == model_bytes(loaded.site));
  CHECK(site.articles.size() == 4);
  CHECK(site.config.title == "测试报");
  CHECK_FALSE(ModelSnapshot::open(dir / "model.bin", dir / "journal.bin", 8, damaged));
  CHECK_FALSE(ModelSnapshot::open(dir / "none.bin", dir / "journal.bin", 7, damaged));
  CHECK(damaged.empty());  // neither is damage
}

TEST_CASE("model snapshot: a damaged snapshot is reported and not read", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const LoadedSite loaded = load_whole(dir / "site");
  const std::string bytes = ModelSnapshot::encode(7, loaded.files, loaded.site);
  for (size_t at : {size_t{3}, bytes.size() / 2, bytes.size() - 3}) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
    for (const std::string& bad : {flipped, bytes.substr(0, at)}) {
      write_file_atomic(dir / "model.bin", bad);
      std::vector<fs::path> damaged;
      CHECK_FALSE(open_at(dir, damaged));
      CHECK(damaged == std::vector<fs::path>{dir / "model.bin"});
    }
  }
}

TEST_CASE("model snapshot: a journal carries edits, it is ignored when it follows another",
          "[snapshot]") {
  TempDir dir;
  const LoadedSite loaded = written_fixture(dir);
  std::vector<fs::path> damaged;
  auto snap = open_at(dir, damaged);
  REQUIRE(snap);
  // One article edited: its row and its text.
  std::vector<SnapshotFile> files = snap->files();
  Site site = snap->site(loaded.config, 1);
  size_t row = 0;
  while (files[row].article < 0) ++row;
  files[row].content_hash ^= 1;
  files[row].stamp.mtime_ns += 1;
  site.articles[static_cast<size_t>(files[row].article)].title = "标题改过了";
  const auto journal = snap->encode_journal(7, files, site);
  REQUIRE(journal);
  CHECK(journal->size() < 2000);  // the edit, not the archive
  write_file_atomic(dir / "journal.bin", *journal);

  auto again = open_at(dir, damaged);
  REQUIRE(again);
  CHECK(damaged.empty());
  CHECK(same_rows(again->files(), files));
  CHECK(model_bytes(again->site(loaded.config, 2)) == model_bytes(site));
  // The journal of what is now the snapshot: empty of edits.
  const auto none = again->encode_journal(7, again->files(), site);
  REQUIRE(none);

  SECTION("damaged: reported, the snapshot read without it") {
    std::string bad = *journal;
    bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 1);
    write_file_atomic(dir / "journal.bin", bad);
    auto base = open_at(dir, damaged);
    REQUIRE(base);
    CHECK(damaged == std::vector<fs::path>{dir / "journal.bin"});
    CHECK(same_rows(base->files(), loaded.files));
    CHECK(model_bytes(base->site(loaded.config, 1)) == model_bytes(loaded.site));
  }
  SECTION("following another snapshot: ignored") {
    std::vector<SnapshotFile> other = loaded.files;
    other[0].stamp.inode += 1;
    write_file_atomic(dir / "model.bin", ModelSnapshot::encode(7, other, loaded.site));
    auto base = open_at(dir, damaged);
    REQUIRE(base);
    CHECK(damaged.empty());
    CHECK(same_rows(base->files(), other));
  }
}

TEST_CASE("model snapshot: past kJournalArticles edited articles a journal is refused",
          "[snapshot]") {
  Site site;
  site.editions.emplace_back();
  std::vector<SnapshotFile> files;
  const size_t n = ModelSnapshot::kJournalArticles + 2;
  for (size_t i = 0; i < n; ++i) {
    Article a;
    a.source.display = "content/2023/07/20/a" + std::to_string(i) + ".md";
    a.title = "第" + std::to_string(i) + "篇";
    a.edition = 0;
    site.articles.push_back(a);
    SnapshotFile f;
    f.rel = "2023/07/20/a" + std::to_string(i) + ".md";
    f.content_hash = i;
    f.article = static_cast<int>(i);
    files.push_back(f);
  }
  TempDir dir;
  write_file_atomic(dir / "model.bin", ModelSnapshot::encode(3, files, site));
  std::vector<fs::path> damaged;
  auto snap = ModelSnapshot::open(dir / "model.bin", dir / "journal.bin", 3, damaged);
  REQUIRE(snap);
  CHECK(snap->site(SiteConfig{}, 2).articles.at(n - 1).title ==
        "第" + std::to_string(n - 1) + "篇");
  for (size_t i = 0; i < ModelSnapshot::kJournalArticles; ++i) files[i].content_hash += 100000;
  CHECK(snap->encode_journal(3, files, site));
  files[n - 1].content_hash += 100000;
  files[n - 2].content_hash += 100000;
  CHECK_FALSE(snap->encode_journal(3, files, site));
}

TEST_CASE("model snapshot: a Site whose indices point outside it is refused", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const LoadedSite loaded = load_whole(dir / "site");
  const std::vector<std::function<void(Site&)>> breaks = {
      [](Site& s) { s.articles[0].edition = 99; },
      [](Site& s) { s.articles[1].next = -2; },
      [](Site& s) { s.articles[0].related.push_back(4); },
      [](Site& s) { s.articles[0].term_ids[0].push_back(1000); },
      [](Site& s) { s.editions[0].pages[0].articles.push_back(7); },
      [](Site& s) { s.editions[0].older = 5; },
      [](Site& s) { s.taxonomies[0].terms[0].articles.push_back(-1); },
  };
  for (size_t k = 0; k < breaks.size(); ++k) {
    INFO("break " << k);
    Site site = loaded.site;
    breaks[k](site);
    ModelSnapshot::write(dir / "model.bin", 7, loaded.files, site);  // checksummed as valid
    std::vector<fs::path> damaged;
    auto snap = open_at(dir, damaged);
    REQUIRE(snap);
    CHECK_THROWS_AS(snap->site(loaded.config, 1), std::runtime_error);
  }
}
