#include "publish/output_dir.h"

#include <catch2/catch.hpp>
#include <memory>

#include "support/test_support.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/fs.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("only safe relative paths are written", "[output]") {
  CHECK(is_safe_relative_path("2023/07/20/a/index.html"));
  CHECK_FALSE(is_safe_relative_path("../etc/passwd"));
  CHECK_FALSE(is_safe_relative_path("a/../../b"));
  CHECK_FALSE(is_safe_relative_path("/abs"));
  CHECK_FALSE(is_safe_relative_path("a//b"));
  CHECK_FALSE(is_safe_relative_path(""));
  TempDir dir;
  OutputDir out(dir / "public", dir / "site");
  CHECK_THROWS_AS(out.write("../x", "data"), ContentError);
}

TEST_CASE("publish swaps the whole tree and an unpublished build changes nothing", "[output]") {
  TempDir dir;
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "old");
    out.write("gone/index.html", "old page");
    out.publish();
  }
  CHECK(read_text(dir / "public/index.html") == "old");
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "half-built");
    // destroyed without publish(), as when a build throws
  }
  CHECK(read_text(dir / "public/index.html") == "old");
  {
    OutputDir out(dir / "public", dir / "site");
    out.write("index.html", "new");
    out.publish();
  }
  CHECK(read_text(dir / "public/index.html") == "new");
  CHECK_FALSE(fs::exists(dir / "public/gone"));
}

TEST_CASE("unchanged files are not rewritten and stale ones are removed", "[output]") {
  TempDir dir;
  auto build = [&](std::vector<std::pair<std::string, std::string>> files) {
    OutputDir out(dir / "public", dir / "site");
    for (const auto& [rel, data] : files) out.write(rel, data);
    out.publish();
    return std::make_pair(out.files_written(), out.files_unchanged());
  };
  build({{"a/index.html", "A"}, {"b/index.html", "B"}});
  build({{"a/index.html", "A"}, {"b/index.html", "B"}});  // fills the second buffer
  auto [written, unchanged] = build({{"a/index.html", "A"}, {"c/index.html", "C"}});
  CHECK(written == 1);    // only c/index.html
  CHECK(unchanged == 1);  // a/index.html
  CHECK(read_text(dir / "public/c/index.html") == "C");
  CHECK_FALSE(fs::exists(dir / "public/b"));  // stale file and its folder removed
}

TEST_CASE("a folder gazette did not write is never replaced", "[output]") {
  TempDir dir;
  write_text(dir / "public/notes.txt", "an editor's file");
  CHECK_THROWS_WITH(OutputDir(dir / "public", dir / "site"), Catch::Contains("refusing"));
  CHECK(read_text(dir / "public/notes.txt") == "an editor's file");
  CHECK_THROWS_AS(OutputDir(dir / "site", dir / "site"), ContentError);
  CHECK_THROWS_AS(OutputDir(dir.path(), dir / "site"), ContentError);
  CHECK_THROWS_AS(OutputDir(dir / "site/content/out", dir / "site"), ContentError);
}

TEST_CASE("with a known live output, a build updates it in place", "[output]") {
  TempDir dir;
  const fs::path manifest = dir / "cache/output.bin";
  auto open = [&] { return std::make_unique<OutputDir>(dir / "public", dir / "site", manifest); };
  {
    auto out = open();
    out->write("index.html", "home", 1);
    out->write("a/index.html", "A", 2);
    out->write("b/index.html", "B", 3);
    out->publish();
  }
  const FileStamp a_before = stamp_of(dir / "public/a/index.html");
  {
    auto out = open();
    CHECK(out->reuse("a/index.html", 2));       // same inputs: the live file stays
    CHECK_FALSE(out->reuse("index.html", 99));  // changed inputs: render again
    out->write("index.html", "home, changed", 99);
    out->write("c/d/index.html", "C", 4);  // a new page in a new folder
    out->publish();                        // b/ is no longer produced
    CHECK(out->files_written() == 2);
  }
  CHECK(read_text(dir / "public/index.html") == "home, changed");
  CHECK(read_text(dir / "public/c/d/index.html") == "C");
  CHECK_FALSE(fs::exists(dir / "public/b"));
  CHECK(stamp_of(dir / "public/a/index.html") == a_before);  // not even rewritten
  CHECK(fs::is_empty(dir / ".public.staging"));              // nothing left behind

  {  // a build that fails before publish() changes nothing and leaves nothing
    auto out = open();
    out->write("index.html", "half-built", 100);
  }
  CHECK(read_text(dir / "public/index.html") == "home, changed");
  CHECK(fs::is_empty(dir / ".public.staging"));

  {  // a path written twice in one build (a step redone) is published once, the last bytes
    auto out = open();
    CHECK(out->reuse("index.html", 99));
    out->write("c/d/index.html", "C, first try", 5);
    out->write("c/d/index.html", "C", 4);
    out->publish();
  }
  CHECK(read_text(dir / "public/c/d/index.html") == "C");

  {  // and the manifest still describes the live output
    auto out = open();
    CHECK(out->reuse("index.html", 99));
    CHECK(out->reuse("c/d/index.html", 4));
    out->publish();
    CHECK(out->files_written() == 0);
  }
  CHECK(read_text(dir / "public/c/d/index.html") == "C");
  CHECK_FALSE(fs::exists(dir / "public/a"));  // not reused in that build: gone

  {  // a path produced twice is still one live file: the other one goes
    auto out = open();
    CHECK(out->reuse("index.html", 99));
    out->write("index.html", "home, again", 101);
    out->publish();
  }
  CHECK(read_text(dir / "public/index.html") == "home, again");
  CHECK_FALSE(fs::exists(dir / "public/c"));
}

TEST_CASE("an in-place publish leaves no piece of its marker in the output", "[output]") {
  // A build killed while writing the new marker beside the live one once left
  // `.gazette-output.tmp-<n>` published, and no later build removed it.
  TempDir dir;
  const fs::path manifest = dir / "cache/output.bin";
  auto open = [&] { return std::make_unique<OutputDir>(dir / "public", dir / "site", manifest); };
  {
    auto out = open();
    out->write("index.html", "首页", 1);
    out->publish();
  }
  write_text(dir / "public/.gazette-output.tmp-123", "a killed build's piece");
  {
    auto out = open();
    out->write("index.html", "首页，更新", 2);
    out->publish();  // in place: the live output is known
  }
  std::vector<std::string> files;
  for (const auto& f : scan_files(dir / "public", "")) files.push_back(f.rel);
  CHECK(files == std::vector<std::string>{".gazette-output", "index.html"});
  CHECK(read_text(dir / "public/index.html") == "首页，更新");
  CHECK(fs::is_empty(dir / ".public.staging"));
}

TEST_CASE("a build killed while updating the staging tree leaves it untrusted", "[output]") {
  // The staging tree is the previous output, described by the manifest while
  // its marker names that build. A build writes into it in place; killed
  // midway, it leaves files the manifest no longer describes, and the next
  // build must compare them, not trust them (a half-written page was once
  // published that way).
  TempDir dir;
  const fs::path manifest = dir / "cache/output.bin";
  auto open = [&] { return std::make_unique<OutputDir>(dir / "public", dir / "site", manifest); };
  {
    auto out = open();
    out->write("a/index.html", "A", 1);
    out->publish();
  }
  // A killed in-place build's leftovers: the next build updates the staging
  // tree and swaps it in, so the tree it swaps out is described by the manifest.
  write_text(dir / ".public.staging/stray.html", "left by a killed build");
  {
    auto out = open();
    out->write("a/index.html", "A2", 2);
    out->publish();
  }
  CHECK(read_text(dir / ".public.staging/a/index.html") == "A");  // the described tree
  {  // killed after writing half a page into it (never published)
    auto out = open();
    write_text(dir / ".public.staging/a/index.html", "<htm");
  }
  CHECK_FALSE(fs::exists(dir / ".public.staging/.gazette-output"));  // no longer trusted
  {
    auto out = open();
    out->write("a/index.html", "A", 1);  // what the manifest says the staging copy holds
    out->publish();
  }
  CHECK(read_text(dir / "public/a/index.html") == "A");
}

TEST_CASE("a manifest whose paths are out of order is not trusted", "[output]") {
  // Kept files are merged into the next manifest in the live one's order, so
  // that order must be path order; a manifest otherwise intact (its checksum
  // holds) that lists paths out of order is treated as damaged.
  TempDir dir;
  const fs::path manifest = dir / "cache/output.bin";
  auto open = [&] { return std::make_unique<OutputDir>(dir / "public", dir / "site", manifest); };
  {
    auto out = open();
    out->write("a/index.html", "A", 2);
    out->write("b/index.html", "B", 3);
    out->publish();
  }
  // The marker ends "build <id>\n"; a manifest is trusted under that id.
  std::string id = read_text(dir / "public" / ".gazette-output");
  id = id.substr(id.rfind("build ") + 6);
  while (!id.empty() && id.back() == '\n') id.pop_back();
  auto write_manifest = [&](std::vector<std::pair<std::string, uint64_t>> entries) {
    BinaryWriter w;
    w.data() = "GZM2";
    w.str(id);
    w.var(entries.size());
    for (const auto& [rel, fp] : entries) {
      w.str(rel);
      w.fixed64(fp);
      w.fixed64(hash_bytes(rel == "a/index.html" ? "A" : "B"));
    }
    w.str("");
    w.var(0);
    w.fixed64(hash_bytes(w.data()));
    write_text(manifest, w.data());
  };
  write_manifest({{"a/index.html", 2}, {"b/index.html", 3}});  // as the build wrote it
  CHECK(open()->can_reuse("a/index.html", 2));
  write_manifest({{"b/index.html", 3}, {"a/index.html", 2}});
  auto out = open();
  CHECK_FALSE(out->can_reuse("a/index.html", 2));
  REQUIRE(out->warnings().size() == 1);
  CHECK_THAT(out->warnings()[0], Catch::Contains("damaged"));
  out->write("a/index.html", "A", 2);  // so every page is rendered, and the build is right
  out->write("b/index.html", "B", 3);
  out->publish();
  CHECK(read_text(dir / "public/b/index.html") == "B");
  CHECK(open()->can_reuse("b/index.html", 3));
}
