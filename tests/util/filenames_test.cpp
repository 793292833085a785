#include "util/filenames.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;
namespace names = gazette::filenames;

TEST_CASE("filenames: caches live in .gazette-cache inside the site", "[util]") {
  const fs::path site = "/srv/大同日报";
  CHECK(names::cache_dir(site) == site / ".gazette-cache");
  CHECK(names::content_cache_dir(site) == site / ".gazette-cache/content");
  CHECK(names::pinyin_cache_file(site) == site / ".gazette-cache/pinyin.txt");
  CHECK(names::model_snapshot_file(site) == site / ".gazette-cache/model.bin");
  CHECK(names::model_journal_file(site) == site / ".gazette-cache/model-edits.bin");
  CHECK(names::serve_out_dir(site) == site / ".gazette-cache/serve/public");
  CHECK(names::output_manifest_file(site, "/srv/out").parent_path() == names::cache_dir(site));
}

TEST_CASE("filenames: a content shard's name is stable per key and differs between keys",
          "[util]") {
  const std::string july = names::content_shard_file("2023/07");
  CHECK(july == names::content_shard_file("2023/07"));
  CHECK(july != names::content_shard_file("2023/08"));
  CHECK(july.rfind("shard-", 0) == 0);
  CHECK(july.size() > std::string("shard-.bin").size());
  CHECK(july.substr(july.size() - 4) == ".bin");
  CHECK(names::content_shard_file("pages") != names::content_shard_file("pages/"));
}

TEST_CASE("filenames: one output folder has one manifest, however it is spelled", "[util]") {
  TempDir dir;
  const fs::path site = dir / "site";
  const fs::path manifest = names::output_manifest_file(site, dir / "public");
  CHECK(manifest.filename().string().rfind("output-", 0) == 0);
  CHECK(manifest.extension() == ".bin");
  CHECK(names::output_manifest_file(site, dir.path() / "site/../public") == manifest);
  CHECK(names::output_manifest_file(site, dir.path() / "./public") == manifest);
  CHECK(names::output_manifest_file(site, dir / "public2") != manifest);
  CHECK(names::output_manifest_file(site, dir / "公开") != manifest);
  // A relative spelling is taken from the working directory.
  const fs::path cwd = fs::current_path();
  CHECK(names::output_manifest_file(site, "public") ==
        names::output_manifest_file(site, cwd / "public"));
}

TEST_CASE("filenames: staging and old folders sit beside the output, hidden", "[util]") {
  CHECK(names::staging_dir("/srv/site/public") == fs::path("/srv/site/.public.staging"));
  CHECK(names::old_out_dir("/srv/site/public") == fs::path("/srv/site/.public.old"));
  CHECK(names::staging_dir("/srv/报纸") == fs::path("/srv/.报纸.staging"));
  CHECK(names::staging_dir("/srv/site/public") != names::old_out_dir("/srv/site/public"));
}

TEST_CASE("filenames: a temp file is beside the file it replaces, named by the random number",
          "[util]") {
  const fs::path target = "/srv/site/public/2023/07/20/新闻/index.html";
  const fs::path tmp = names::temp_file(target, 12345);
  CHECK(tmp.parent_path() == target.parent_path());
  CHECK(tmp.filename() == "index.html.tmp-12345");
  CHECK(names::temp_file(target, 12346) != tmp);
}
