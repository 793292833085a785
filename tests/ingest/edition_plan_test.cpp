#include "ingest/edition_plan.h"

#include <catch2/catch.hpp>

#include <map>

#include "ingest/article_writer.h"
#include "ingest/importer.h"
#include "ingest/lossless.h"
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

namespace {

const std::string kJumpPage1 =
    "老旧小区改造提速\n\n本报讯（记者 王芳）今年全区老旧小区改造工作进展顺利。\n\n"
    "下一步，区住建局将继续推动\n\n（下转第2版）\n\n另一篇新闻\n\n本报讯（记者 "
    "李强）区图书馆新馆开放。\n";
const std::string kJumpPage2 =
    "老旧小区改造提速\n\n（上接第1版）\n\n改造工作向纵深发展。\n\n居民说：“住得更舒心。”\n\n"
    "第二版新闻\n\n本报讯（记者 赵六）区医院开展义诊。\n";

void import_jump_page(const TempDir& dir, int page, const std::string& text, bool force = false) {
  std::string file = "p" + std::to_string(page) + ".txt";
  std::vector<PageImport> p = {import_page(text, file, {})};
  ImportRequest req{dir.path(),   "2023-12-05", "2023/12/05", page,
                    std::nullopt, std::nullopt, force};
  apply_plan(plan_import(p, req));
}

std::map<std::string, std::string> edition_files(const TempDir& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir.path() / "content/2023/12/05"))
    out[e.path().filename().string()] = read_text(e.path());
  return out;
}

}  // namespace

TEST_CASE("edition plan: an article jumping to another page becomes one, in either order",
          "[ingest]") {
  TempDir a, b;
  import_jump_page(a, 1, kJumpPage1);
  import_jump_page(a, 2, kJumpPage2);
  import_jump_page(b, 2, kJumpPage2);
  CHECK(edition_files(b).count("lao-jiu-xiao-qu-gai-zao.md"));  // the part alone, for now
  CHECK(edition_files(b)["lao-jiu-xiao-qu-gai-zao.md"].find("上接第1版：") != std::string::npos);
  import_jump_page(b, 1, kJumpPage1);
  auto files = edition_files(a);
  CHECK(files == edition_files(b));
  REQUIRE(files.size() == 4);  // two articles per page, one of them shared, and _index.md
  const std::string& merged = files["lao-jiu-xiao-qu-gai-zao.md"];
  CHECK(merged.find("page: 1\n") != std::string::npos);
  CHECK(merged.find("continued: [{page: 2, title: 老旧小区改造提速, source: {file: p2.txt") !=
        std::string::npos);
  CHECK(merged.find("继续推动（下转第2版）（上接第1版）改造工作向纵深发展。\n\n居民说") !=
        std::string::npos);
  CHECK(merged.find("review: []") != std::string::npos);
  CHECK(unchanged_since_import(merged));
  // Every character of both pages, once.
  std::vector<std::string> texts;
  for (const auto& [name, text] : files)
    if (name != "_index.md") texts.push_back(text);
  CHECK(check_lossless({kJumpPage1, kJumpPage2}, texts, {}).ok);

  // Re-importing either page changes nothing; a changed page 2 replaces only its part.
  import_jump_page(a, 1, kJumpPage1);
  import_jump_page(a, 2, kJumpPage2);
  CHECK(edition_files(a) == files);
  std::string changed = kJumpPage2;
  changed.replace(changed.find("居民说"), std::string("居民说").size(), "居民们说");
  import_jump_page(a, 2, changed);
  import_jump_page(a, 1, kJumpPage1);
  std::string now = edition_files(a)["lao-jiu-xiao-qu-gai-zao.md"];
  CHECK(now.find("居民们说") != std::string::npos);
  CHECK(now.find("居民说") == std::string::npos);
}

TEST_CASE("edition plan: a part whose first page an editor changed stays its own article",
          "[ingest]") {
  TempDir dir;
  import_jump_page(dir, 1, kJumpPage1);
  fs::path first = dir.path() / "content/2023/12/05/lao-jiu-xiao-qu-gai-zao.md";
  std::string text = read_text(first);
  text.replace(text.find("今年全区"), std::string("今年全区").size(), "今年全市");
  write_text(first, text);
  import_jump_page(dir, 2, kJumpPage2);
  auto files = edition_files(dir);
  CHECK(files.size() == 5);
  CHECK(files["lao-jiu-xiao-qu-gai-zao.md"] == text);
  CHECK(files["lao-jiu-xiao-qu-gai-zao-2.md"].find("已被编辑修改") != std::string::npos);
}
