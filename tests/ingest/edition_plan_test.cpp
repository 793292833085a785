#include "ingest/edition_plan.h"

#include <catch2/catch.hpp>

#include "ingest/importer.h"
#include "support/test_support.h"

using namespace gazette::ingest;
using gazette::testing::read_text;
using gazette::testing::TempDir;
using gazette::testing::write_text;
namespace fs = std::filesystem;

namespace {

const std::string kPage =
    "前端收集全路段形成常态化\n\n本报讯（记者 邱东芳）完善前端收集体系。\n\n"
    "前端收集全路段形成常态化\n\n本报讯（记者 孙露）近日，平城区开展工作。\n\n"
    "物、道路逆行等不文明行为进行劝阻。\n";

ImportRequest request(const TempDir& dir, bool force = false) {
  return {dir.path(), "2023-07-20", "2023/07/20", 1, "平城头条", std::nullopt, force};
}

std::vector<PageImport> pages(const std::string& text = kPage, const std::string& file = "p.txt") {
  return {import_page(text, file, {})};
}

}  // namespace

TEST_CASE("edition plan: slugs are short pinyin, unique, fragments named by their first words",
          "[ingest]") {
  TempDir dir;
  auto p = pages();
  ImportPlan plan = plan_import(p, request(dir));
  REQUIRE(plan.articles.size() == 3);
  CHECK(plan.articles[0].slug == "qian-duan-shou-ji-quan-lu");
  CHECK(plan.articles[1].slug == "qian-duan-shou-ji-quan-lu-2");
  CHECK(plan.articles[2].slug == "fragment-wu-dao-lu-ni");
  CHECK(plan.changes.back().path == dir.path() / "content/2023/07/20/_index.md");
  CHECK(plan.blocked.empty());
}

TEST_CASE("edition plan: re-import replaces untouched files and leaves others' files alone",
          "[ingest]") {
  TempDir dir;
  write_text(dir / "content/2023/07/20/qian-duan-shou-ji-quan-lu.md",
             "---\ntitle: 手写的文章\npage: 1\n---\n正文\n");
  auto p = pages();
  ImportPlan first = plan_import(p, request(dir));
  CHECK(first.articles[0].slug == "qian-duan-shou-ji-quan-lu-2");
  apply_plan(first);
  ImportPlan again = plan_import(p, request(dir));
  for (const auto& c : again.changes) CHECK(c.action == FileChange::Action::kUnchanged);
  CHECK(read_text(dir / "content/2023/07/20/qian-duan-shou-ji-quan-lu.md").find("手写的文章") !=
        std::string::npos);
}

TEST_CASE("edition plan: an editor's change blocks the import unless forced", "[ingest]") {
  TempDir dir;
  auto p = pages();
  apply_plan(plan_import(p, request(dir)));
  fs::path edited = dir / "content/2023/07/20/qian-duan-shou-ji-quan-lu.md";
  write_text(edited, read_text(edited) + "编辑补充。\n");
  ImportPlan blocked = plan_import(p, request(dir));
  REQUIRE(blocked.blocked == std::vector<fs::path>{edited});
  CHECK_THROWS(apply_plan(blocked));
  CHECK(read_text(edited).find("编辑补充。") != std::string::npos);
  ImportPlan forced = plan_import(p, request(dir, true));
  CHECK(forced.blocked.empty());
  apply_plan(forced);
  CHECK(read_text(edited).find("编辑补充。") == std::string::npos);
}

TEST_CASE("edition plan: articles a new import no longer yields are deleted", "[ingest]") {
  TempDir dir;
  auto p = pages();
  apply_plan(plan_import(p, request(dir)));
  auto shorter = pages("前端收集全路段形成常态化\n\n本报讯（记者 邱东芳）完善前端收集体系。\n");
  ImportPlan plan = plan_import(shorter, request(dir));
  size_t deletions = 0;
  for (const auto& c : plan.changes) deletions += c.action == FileChange::Action::kDelete ? 1 : 0;
  CHECK(deletions == 2);
  apply_plan(plan);
  CHECK_FALSE(fs::exists(dir / "content/2023/07/20/fragment-wu-dao-lu-ni.md"));
  // Another source file of the same page is not "ours": nothing of it is deleted.
  auto other = pages("另一篇\n\n本报讯（记者 郝雨）近日。\n", "q.txt");
  ImportPlan plan2 = plan_import(other, request(dir));
  for (const auto& c : plan2.changes) CHECK(c.action != FileChange::Action::kDelete);
}
