#include "site/search_index.h"

#include <catch2/catch.hpp>

#include "search/gzip.h"
#include "support/site_model.h"
#include "util/filenames.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

// Writes the search index of `site_dir` into `out` (with manifests and
// segment states, so a second run can keep or patch files).
SearchIndexReport index_once(const fs::path& site_dir, const fs::path& out) {
  SiteModel m(site_dir);
  OutputDir dir(out, site_dir, filenames::output_manifest_file(site_dir, out));
  const SearchIndexReport r = write_search_index(m.site, m.data, 42, dir, 2, site_dir, true);
  dir.publish();
  return r;
}

}  // namespace

TEST_CASE("search index: a segment per year, rebuilt only when its articles change", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "site/content/2022/03/29/lao-wen.md",
             "---\ntitle: 去年的旧闻\npage: 2\npage_name: 要闻\n---\n环卫工人孙秀兰。\n");
  const fs::path out = dir / "out";
  CHECK(index_once(dir / "site", out).rebuilt == 2);
  const std::string meta = read_text(out / "search/meta.json");
  CHECK(meta.find("{\"key\":\"2023\",\"docs\":4,\"shards\":1},{\"key\":\"2022\",\"docs\":1") !=
        std::string::npos);
  // The 2022 segment: its one article's fragment, by its URL with the base path.
  const std::string fragment = search::gunzip(read_text(out / "search/2022/d0.gz"));
  CHECK(fragment.find("\"u\":\"/paper/2022/03/29/lao-wen/\"") != std::string::npos);
  CHECK(fragment.find("环卫工人孙秀兰。") != std::string::npos);
  // 2023 in print order, the older edition first: 19th, then the 20th's.
  CHECK(search::gunzip(read_text(out / "search/2023/d0.gz")).find("前一天的新闻") !=
        std::string::npos);
  CHECK(search::gunzip(read_text(out / "search/2023/d1.gz")).find("前端收集全路段") !=
        std::string::npos);
  CHECK(fs::exists(out / "search/2023/k0.gz"));
  CHECK(fs::exists(out / "search/2023/docs.gz"));

  SearchIndexReport same = index_once(dir / "site", out);  // nothing changed: every file kept
  CHECK(same.kept == 2);
  CHECK(same.rebuilt + same.patched == 0);
  write_text(dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』助力旅发大会\npage: 1\norder: 2\n---\n改过的正文。\n");
  SearchIndexReport edited = index_once(dir / "site", out);  // only 2023, patched
  CHECK(edited.kept == 1);
  CHECK(edited.patched == 1);
  CHECK(fs::exists(filenames::search_state_file(dir / "site", out, "2023")));
  CHECK(search::gunzip(read_text(out / "search/2023/d2.gz")).find("改过的正文") !=
        std::string::npos);
}
