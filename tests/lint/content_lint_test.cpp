#include "lint/content_lint.h"
#include "config/config_reader.h"
#include "content/loader.h"

#include <catch2/catch.hpp>

#include "assemble/build_model.h"
#include "support/test_support.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("lint flags review items, near-duplicate terms and foreign taxonomies", "[lint]") {
  TempDir dir;
  write_fixture_site(dir.path());
  write_text(dir / "content/2023/07/20/frag.md",
             "---\ntitle: \"\"\ntype: fragment\npage: 1\nreview: [正文开头缺失]\ntags: [环卫 "
             "]\n---\n物、道路。\n");
  write_text(dir / "content/2023/07/20/cat.md",
             "---\ntitle: 分类\npage: 2\ncategories: [x]\ntags: [平城 区]\n---\n正文。\n");
  SiteConfig config = load_site_config(dir.path());
  LintResult r = lint_site(build_model(config, load_content(dir.path(), config, 1)));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].file == "content/2023/07/20/cat.md");
  std::string warnings;
  for (const auto& w : r.warnings) warnings += w.str() + "\n";
  CHECK(warnings.find("content/2023/07/20/frag.md: review: 正文开头缺失") != std::string::npos);
  CHECK(warnings.find("'平城 区'") != std::string::npos);
  CHECK(warnings.find("differ only in spacing") != std::string::npos);
  CHECK(warnings.find("no _index.md") != std::string::npos);
}

TEST_CASE("a clean fixture has no lint errors", "[lint]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteConfig config = load_site_config(dir.path());
  LintResult r = lint_site(build_model(config, load_content(dir.path(), config, 1)));
  CHECK(r.errors.empty());
}
