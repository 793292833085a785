// The import pipeline as `gazette import` runs it: prepare_import, commit_import.
#include "ingest/import_run.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>
#include <stdexcept>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette::ingest;
using gazette::ContentError;
using namespace gazette::testing;

namespace {

const std::string kFrontPage =
    "前端收集全路段形成常态化\n\n本报讯（记者 邱东芳）今年以来，平城区环卫服务中心多措并举，"
    "完善前端收集体系。\n\n"
    "『志愿红』助力旅发大会\n\n本报讯（记者 尚丽）连日来，市爱心公益协会组织志愿者在古城内"
    "为游客开展志愿服务活动。\n";

const std::string kSecondPage =
    "主动问需解难 助力企业发展\n\n本报讯（记者 郝雨）平城区人民法院深入走访包联企业，"
    "了解企业司法需求，为企业发展提供法律服务和保障，优化法治化营商环境。\n";

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert("gb18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

ImportRequest request(const TempDir& dir) {
  return {dir.path(), "2023-07-20", "2023/07/20", 1, std::string("平城头条"), 1234, false};
}

PageSettings settings() {
  PageSettings s;
  s.page_name = "平城头条";
  return s;
}

}  // namespace

TEST_CASE("import run: UTF-8 and GB18030 pages are decoded, imported and checked", "[ingest]") {
  TempDir dir;
  const PreparedImport p =
      prepare_import({{"raw/a.txt", kFrontPage}, {"raw/b.txt", to_gb18030(kSecondPage)}},
                     settings(), request(dir));
  CHECK(p.encodings == std::vector<std::string>{"UTF-8", "GB18030"});
  CHECK(p.texts == std::vector<std::string>{kFrontPage, kSecondPage});
  REQUIRE(p.pages.size() == 2);
  CHECK(p.pages[0].source_file == "a.txt");
  CHECK(p.pages[0].articles.size() == 2);
  CHECK(p.pages[1].articles.size() == 1);
  CHECK(p.lossless.ok);
  CHECK(p.plan.blocked.empty());
  CHECK(p.ok());
  REQUIRE(p.plan.articles.size() == 3);
  CHECK(p.plan.articles[0].article->title == "前端收集全路段形成常态化");
  CHECK(p.plan.articles[2].article->title == "主动问需解难 助力企业发展");
  CHECK_FALSE(fs::exists(dir / "content"));  // nothing written yet
}

TEST_CASE("import run: commit writes the articles and _index.md into the edition folder",
          "[ingest]") {
  TempDir dir;
  PreparedImport prepared = prepare_import({{"raw/a.txt", kFrontPage}}, settings(), request(dir));
  const PreparedImport p = std::move(prepared);  // the plan still points into the pages
  commit_import(p);
  const fs::path edition = dir / "content/2023/07/20";
  const auto files = snapshot(edition);
  CHECK(files.size() == 3);
  REQUIRE(files.count("_index.md"));
  CHECK(files.at("_index.md").find("平城头条") != std::string::npos);
  REQUIRE(files.count(p.plan.articles[0].slug + ".md"));
  REQUIRE(files.count(p.plan.articles[1].slug + ".md"));
  const std::string first = files.at(p.plan.articles[0].slug + ".md");
  CHECK(first.find("title: 前端收集全路段形成常态化") != std::string::npos);
  CHECK(first.find("平城区环卫服务中心多措并举") != std::string::npos);
  CHECK(files.at(p.plan.articles[1].slug + ".md").find("『志愿红』助力旅发大会") !=
        std::string::npos);
}

TEST_CASE("import run: a bad byte or an empty page stops the import before anything is written",
          "[ingest]") {
  TempDir dir;
  std::string bad = kFrontPage;
  const size_t offset = bad.find("今年");
  bad.insert(offset, "\xFF");
  try {
    prepare_import({{"raw/a.txt", kSecondPage}, {"raw/bad.txt", bad}}, settings(), request(dir));
    FAIL("no error");
  } catch (const ContentError& e) {
    INFO(e.what());
    CHECK(e.diagnostic().file == "raw/bad.txt");
    CHECK(e.diagnostic().line == 3);
    CHECK(std::string(e.what()).find("byte offset " + std::to_string(offset)) != std::string::npos);
  }
  CHECK_THROWS_WITH(prepare_import({{"raw/empty.txt", "\n \n\n"}}, settings(), request(dir)),
                    Catch::StartsWith("raw/empty.txt: ") && Catch::Contains("no text to import"));
  CHECK_THROWS_AS(prepare_import({}, settings(), request(dir)), ContentError);
  CHECK_FALSE(fs::exists(dir / "content"));
}

TEST_CASE("import run: an import that would overwrite an editor's change cannot be committed",
          "[ingest]") {
  TempDir dir;
  commit_import(prepare_import({{"raw/a.txt", kFrontPage}}, settings(), request(dir)));
  const fs::path edition = dir / "content/2023/07/20";
  const PreparedImport first =
      prepare_import({{"raw/a.txt", kFrontPage}}, settings(), request(dir));
  CHECK(first.ok());  // an unchanged re-import is fine
  const fs::path edited = edition / (first.plan.articles[0].slug + ".md");
  write_text(edited, read_text(edited) + "编辑补充：本文有更正。\n");
  const auto before = snapshot(dir.path());

  const PreparedImport again =
      prepare_import({{"raw/a.txt", kFrontPage}}, settings(), request(dir));
  CHECK(again.lossless.ok);
  CHECK(again.plan.blocked == std::vector<fs::path>{edited});
  CHECK_FALSE(again.ok());
  CHECK_THROWS_AS(commit_import(again), std::logic_error);
  CHECK(snapshot(dir.path()) == before);
}
