#include "site/from_snapshot.h"

#include <catch2/catch.hpp>
#include <functional>

#include "site/page_kind.h"
#include "site/snapshot_fixture.h"
#include "support/test_support.h"
#include "util/binary_io.h"
#include "util/fs.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

// The snapshot a whole build of `site_dir` leaves, opened as the next build does.
ModelSnapshot snapshot_of(const fs::path& site_dir, const fs::path& file) {
  const LoadedSite loaded = load_whole(site_dir);
  write_file_atomic(file, ModelSnapshot::encode(1, loaded.files, loaded.site));
  std::vector<fs::path> damaged;
  auto snap = ModelSnapshot::open(file, file.string() + ".journal", 1, damaged);
  REQUIRE(snap);
  return std::move(*snap);
}

std::optional<Site> from(ModelSnapshot& snap, const fs::path& site_dir) {
  return site_from_snapshot(snap, site_dir, list_content(site_dir, 1), load_site_config(site_dir),
                            2);
}

void replace(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_text(file);
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), to);
  write_text(file, text);
}

}  // namespace

TEST_CASE("snapshot table: one row per file, articles by their place in the Site", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const LoadedSite loaded = load_whole(dir / "site");
  REQUIRE(loaded.files.size() == loaded.listed.size());
  int articles = 0, drafts = 0, others = 0;
  for (size_t i = 0; i < loaded.files.size(); ++i) {
    const SnapshotFile& f = loaded.files[i];
    INFO(f.rel);
    CHECK(f.rel == loaded.listed[i].rel);
    CHECK(f.content_hash == hash_bytes(read_text(dir / "site/content" / f.rel)));
    if (f.article >= 0) {
      ++articles;
      const Article& a = loaded.site.articles.at(static_cast<size_t>(f.article));
      CHECK(a.source.display == "content/" + f.rel);
      CHECK(f.placement != 0);
    } else if (f.article == SnapshotFile::kDraft) {
      ++drafts;
      CHECK(f.rel == "2023/07/19/cao-gao.md");
    } else {
      ++others;  // the edition's _index.md, pages/about.md
    }
  }
  CHECK(articles == 4);
  CHECK(drafts == 1);
  CHECK(others == 2);
}

TEST_CASE("from snapshot: edited article text is the Site a whole load assembles", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  ModelSnapshot snap = snapshot_of(dir / "site", dir / "model.bin");
  const auto same = from(snap, dir / "site");
  REQUIRE(same);
  CHECK(model_bytes(*same) == model_bytes(load_whole(dir / "site").site));

  // The title, the kicker and the body of one article; another saved unchanged.
  const fs::path huan_wei = dir / "site/content/2023/07/20/huan-wei.md";
  replace(huan_wei, "形成常态化", "实现常态化，成效明显");
  replace(huan_wei, "系列报道之五", "系列报道之六");
  replace(huan_wei, "多措并举。", "多措并举，扎实推进。");
  const fs::path draft = dir / "site/content/2023/07/19/cao-gao.md";
  replace(draft, "不应出现。", "仍不应出现，还在修改。");  // and stays a draft
  const fs::path zhi_yuan = dir / "site/content/2023/07/20/zhi-yuan.md";
  const std::string text = read_text(zhi_yuan);
  fs::remove(zhi_yuan);
  write_text(zhi_yuan, text);  // a new inode: the same bytes

  const auto patched = from(snap, dir / "site");
  REQUIRE(patched);
  const LoadedSite whole = load_whole(dir / "site");
  CHECK(model_bytes(*patched) == model_bytes(whole.site));
  // The table now describes the files as they are.
  REQUIRE(snap.files().size() == whole.files.size());
  for (size_t i = 0; i < whole.files.size(); ++i) {
    INFO(whole.files[i].rel);
    CHECK(snap.files()[i].stamp == whole.files[i].stamp);
    CHECK(snap.files()[i].content_hash == whole.files[i].content_hash);
  }
  // Bodies are read from where the site is.
  CHECK(patched->root == (dir / "site").string());
}

TEST_CASE("from snapshot: a site copied elsewhere reads its bodies from the copy", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  ModelSnapshot snap = snapshot_of(dir / "site", dir / "model.bin");
  fs::copy(dir / "site", dir / "copy", fs::copy_options::recursive);
  const auto copied = from(snap, dir / "copy");
  REQUIRE(copied);
  CHECK(model_bytes(*copied) == model_bytes(load_whole(dir / "copy").site));
  CHECK(copied->root == (dir / "copy").string());
  // The copy's file, not the original's, is what a page is rendered from.
  const SourceRef& about = copied->pages.at(0).source;
  const std::string text = read_text(dir / "copy" / about.display);
  write_text(dir / "copy" / about.display, text.substr(0, about.body_offset) + "副本的正文。\n");
  CHECK(read_body(*copied, about) == "副本的正文。\n");
}

TEST_CASE("from snapshot: what it cannot patch asks for a whole load", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const fs::path article = dir / "site/content/2023/07/19/jiu-wen.md";
  struct Change {
    const char* what;
    std::function<void()> make;
  };
  const std::vector<Change> changes = {
      {"its tags", [&] { replace(article, "tags: [环卫]", "tags: [环卫, 平城区]"); }},
      {"its page", [&] { replace(article, "page: 1", "page: 2"); }},
      {"made a draft", [&] { replace(article, "title:", "draft: true\ntitle:"); }},
      {"a draft published",
       [&] { replace(dir / "site/content/2023/07/19/cao-gao.md", "draft: true\n", ""); }},
      {"broken front matter", [&] { replace(article, "title: 前一天的新闻", "title: [前一天"); }},
      {"an article added",
       [&] {
         write_text(dir / "site/content/2023/07/19/xin.md", "---\ntitle: 新稿\n---\n正文。\n");
       }},
      {"an article removed", [&] { fs::remove(article); }},
      {"an edition's _index.md",
       [&] { replace(dir / "site/content/2023/07/20/_index.md", "1234", "1235"); }},
      {"a standalone page", [&] { replace(dir / "site/content/pages/about.md", "简介", "介绍"); }},
  };
  for (const Change& change : changes) {
    INFO(change.what);
    fs::remove_all(dir / "site");
    write_fixture_site(dir / "site");
    ModelSnapshot snap = snapshot_of(dir / "site", dir / "model.bin");
    change.make();
    CHECK_FALSE(from(snap, dir / "site"));
  }
}

TEST_CASE("from snapshot: a link that now leads out of the site asks for a whole load",
          "[snapshot]") {
  // A link's stamp is its target's: a site copied with `cp -a` keeps a link
  // that leads back into the original, with the stamp it had. The whole
  // load refuses it, so the snapshot must not take it either.
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "site/shared/lian.md", "---\ntitle: 共享的稿件\npage: 1\n---\n正文。\n");
  fs::create_symlink(dir / "site/shared/lian.md", dir / "site/content/2023/07/20/lian.md");
  ModelSnapshot snap = snapshot_of(dir / "site", dir / "model.bin");
  fs::copy(dir / "site", dir / "copy",
           fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  REQUIRE(fs::read_symlink(dir / "copy/content/2023/07/20/lian.md") == dir / "site/shared/lian.md");
  CHECK_THROWS_WITH(load_whole(dir / "copy"), Catch::Contains("outside the site"));
  CHECK_FALSE(from(snap, dir / "copy"));
  CHECK(from(snap, dir / "site"));  // in its own site the link is fine
}

TEST_CASE("from snapshot: a table row naming no article of the Site is refused", "[snapshot]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  LoadedSite loaded = load_whole(dir / "site");
  for (SnapshotFile& f : loaded.files)
    if (f.article >= 0) f.article = static_cast<int>(loaded.site.articles.size()) + 3;
  write_file_atomic(dir / "model.bin", ModelSnapshot::encode(1, loaded.files, loaded.site));
  std::vector<fs::path> damaged;
  auto snap = ModelSnapshot::open(dir / "model.bin", dir / "journal", 1, damaged);
  REQUIRE(snap);  // its checksum holds: the rows are checked when used
  CHECK_THROWS_AS(from(*snap, dir / "site"), std::runtime_error);
}
