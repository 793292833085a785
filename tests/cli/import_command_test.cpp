// `gazette import` end to end: the built binary on real pages and bad input.
#include <unicode/ucnv.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

const fs::path kRaw = source_dir() / "tests/data/raw/000_fdc77c6d4c024258.txt";

struct Site {
  TempDir dir;
  Site() { write_text(dir / "site.yml", read_text(source_dir() / "tests/data/ingest/site.yml")); }
  fs::path edition() const { return dir / "content/2023/07/20"; }
  CommandResult import(const fs::path& raw, const std::string& extra = "") const {
    return run_gazette("import '" + raw.string() +
                       "' --date 2023-07-20 --page 1 --page-name 平城头条 --site '" +
                       dir.path().string() + "' " + extra);
  }
};

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("gb18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

}  // namespace

TEST_CASE("import cli: writes articles and the edition, prints the review summary", "[ingest]") {
  Site s;
  CommandResult r = s.import(kRaw);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(fs::exists(s.edition() / "_index.md"));
  CHECK(fs::exists(s.edition() / "qian-duan-shou-ji-quan-lu.md"));
  CHECK(r.out.find("review (") != std::string::npos);
  CHECK(r.out.find("000_fdc77c6d4c024258.txt:63: [fragment-wu-dao-lu-ni] 正文开头缺失") !=
        std::string::npos);
  CHECK(r.out.find("lossless check passed") != std::string::npos);
}

TEST_CASE("import cli: --dry-run prints the plan and writes nothing", "[ingest]") {
  Site s;
  CommandResult r = s.import(kRaw, "--dry-run");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("would create  content/2023/07/20/qian-duan-shou-ji-quan-lu.md") !=
        std::string::npos);
  CHECK(r.out.find("nothing was written") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "content"));
}

TEST_CASE("import cli: an edited article is protected, --force overwrites it", "[ingest]") {
  Site s;
  REQUIRE(s.import(kRaw).exit_code == 0);
  auto before = snapshot(s.edition());
  CommandResult again = s.import(kRaw);
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("unchanged  content/2023/07/20/qian-duan-shou-ji-quan-lu.md") !=
        std::string::npos);
  CHECK(snapshot(s.edition()) == before);

  fs::path article = s.edition() / "qian-duan-shou-ji-quan-lu.md";
  write_text(article, read_text(article) + "编辑补充的一句。\n");
  auto edited = snapshot(s.edition());
  CommandResult blocked = s.import(kRaw);
  CHECK(blocked.exit_code == 1);
  CHECK(blocked.err.find("qian-duan-shou-ji-quan-lu.md: changed by an editor") !=
        std::string::npos);
  CHECK(snapshot(s.edition()) == edited);

  CommandResult forced = s.import(kRaw, "--force");
  CHECK(forced.exit_code == 0);
  CHECK(snapshot(s.edition()) == before);
}

TEST_CASE("import cli: invalid bytes stop the import with the offset, nothing written",
          "[ingest]") {
  Site s;
  std::string text = read_text(kRaw);
  size_t offset = text.find("本报讯（记者 尚丽）");
  text.insert(offset, "\xC3\x28");
  write_text(s.dir / "bad.txt", text);
  CommandResult r = s.import(s.dir / "bad.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.txt:11: invalid UTF-8 byte") != std::string::npos);
  CHECK(r.err.find("at byte offset " + std::to_string(offset)) != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "content"));
}

TEST_CASE("import cli: GB18030 and BOM/CRLF pages import like UTF-8", "[ingest]") {
  Site utf8, gb, bom;
  REQUIRE(utf8.import(kRaw).exit_code == 0);
  std::string text = read_text(kRaw);
  write_text(gb.dir / "000_fdc77c6d4c024258.txt", to_gb18030(text));
  CommandResult g = gb.import(gb.dir / "000_fdc77c6d4c024258.txt");
  INFO(g.out << g.err);
  REQUIRE(g.exit_code == 0);
  CHECK(g.out.find("read as GB18030") != std::string::npos);
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write_text(bom.dir / "000_fdc77c6d4c024258.txt", crlf);
  REQUIRE(bom.import(bom.dir / "000_fdc77c6d4c024258.txt").exit_code == 0);
  CHECK(snapshot(gb.edition()) == snapshot(utf8.edition()));
  CHECK(snapshot(bom.edition()) == snapshot(utf8.edition()));
}

TEST_CASE("import cli: importing a second page keeps the first in the edition", "[ingest]") {
  Site s;
  REQUIRE(s.import(kRaw).exit_code == 0);
  fs::path other = source_dir() / "tests/data/raw/003_358b230124c61151.txt";
  CommandResult r =
      run_gazette("import '" + other.string() + "' --date 2023-07-20 --page 2 --site '" +
                  s.dir.path().string() + "'");
  REQUIRE(r.exit_code == 0);
  std::string index = read_text(s.edition() / "_index.md");
  CHECK(index.find("  - number: 1\n    name: 平城头条\n") != std::string::npos);
  CHECK(index.find("  - number: 2\n") != std::string::npos);
  CHECK(fs::exists(s.edition() / "qian-duan-shou-ji-wang-ge.md"));
  CHECK(fs::exists(s.edition() / "qian-duan-shou-ji-quan-lu.md"));
}

TEST_CASE("import cli: usage errors exit 2", "[ingest]") {
  Site s;
  CHECK(run_gazette("import '" + kRaw.string() + "' --date 2023-02-30 --page 1 --site '" +
                    s.dir.path().string() + "'")
            .exit_code == 2);
  CHECK(run_gazette("import '" + kRaw.string() + "' --page 1").exit_code == 2);
}

TEST_CASE("import cli: a page without text is an error and writes nothing", "[ingest]") {
  Site s;
  write_text(s.dir / "empty.txt", "\n\n  \n");
  CommandResult r = s.import(s.dir / "empty.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("empty.txt: no text to import") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "content"));
}

TEST_CASE("import cli: pages imported together, one --page per file, a jump becomes one article",
          "[ingest]") {
  Site s;
  write_text(s.dir / "p1.txt",
             "老旧小区改造提速\n\n本报讯（记者 王芳）今年改造进展顺利，下一步将继续推动\n\n"
             "（下转第2版）\n");
  write_text(s.dir / "p2.txt",
             "小区改造（续）\n\n（上接第1版）改造工作向纵深发展。\n\n第二版新闻\n\n"
             "本报讯（记者 赵六）区医院开展义诊。\n");
  auto run = [&](const std::string& args) {
    return run_gazette("import '" + (s.dir / "p1.txt").string() + "' '" +
                       (s.dir / "p2.txt").string() + "' --date 2023-07-20 --site '" +
                       s.dir.path().string() + "' " + args);
  };
  CHECK(run("--page 1 --page 2 --page 3").exit_code == 2);
  CHECK(run("--page 1 --page 2 --page-name 头版").exit_code == 2);
  CHECK(run("--page 2 --page 2").exit_code == 2);
  CHECK_FALSE(fs::exists(s.dir / "content"));
  CommandResult r = run("--page 1 --page 2 --page-name 平城头条 --page-name 要闻");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  std::string merged = read_text(s.edition() / "lao-jiu-xiao-qu-gai-zao.md");
  CHECK(merged.find("continued: [{page: 2, title: 小区改造（续）") != std::string::npos);
  CHECK(merged.find("继续推动（下转第2版）（上接第1版）改造工作向纵深发展。") != std::string::npos);
  CHECK(fs::exists(s.edition() / "di-er-ban-xin-wen.md"));
  CHECK_FALSE(fs::exists(s.edition() / "xiao-qu-gai-zao-xu.md"));
  std::string index = read_text(s.edition() / "_index.md");
  CHECK(index.find("name: 平城头条") != std::string::npos);
  CHECK(index.find("name: 要闻") != std::string::npos);
}

TEST_CASE("import cli: banners from site.yml and from two earlier editions are banners anywhere",
          "[ingest]") {
  Site s;
  write_text(s.dir / "site.yml", "title: t\nbanners: [守护碧水蓝天 共建美丽家园]\n");
  // A page whose sentence a banner cuts in two; the second banner is unknown yet.
  const std::string page =
      "食堂检查常态化\n\n本报讯（记者 张华）近日，执法人员对学校食堂的留样记录\n\n"
      "守护碧水蓝天 共建美丽家园\n\n进行了检查，发现问题3处。\n\n"
      "民生直通车\n\n图书馆新馆开放\n\n本报讯（记者 李强）区图书馆新馆昨日开放。\n";
  write_text(s.dir / "p.txt", page);
  auto import = [&](const std::string& date) {
    return run_gazette("import '" + (s.dir / "p.txt").string() + "' --date " + date +
                       " --page 1 --site '" + s.dir.path().string() + "'");
  };
  CommandResult r = import("2023-07-20");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  std::string article = read_text(s.edition() / "shi-tang-jian-cha-chang-tai.md");
  CHECK(article.find("对学校食堂的留样记录进行了检查，发现问题3处。") != std::string::npos);
  CHECK(read_text(s.edition() / "_index.md").find("守护碧水蓝天 共建美丽家园") !=
        std::string::npos);

  // While unknown, 民生直通车 reads as the next article's kicker; recorded as a banner by
  // two editions (as an editor keeps it), it is a banner on the next page.
  auto library = [&](const fs::path& edition) {
    for (const auto& e : fs::directory_iterator(edition)) {
      std::string text = read_text(e.path());
      if (text.find("title: 图书馆新馆开放") != std::string::npos) return text;
    }
    return std::string();
  };
  CHECK(library(s.edition()).find("kicker: 民生直通车") != std::string::npos);
  for (const char* day : {"2023-07-21", "2023-07-22"}) {
    std::string dir = std::string("content/2023/07/") + (day + 8);
    write_text(s.dir / dir / "_index.md",
               std::string("---\ndate: ") + day +
                   "\npages:\n  - number: 1\n    banners: [民生直通车]\n---\n");
  }
  REQUIRE(import("2023-07-23").exit_code == 0);
  fs::path later = s.dir / "content/2023/07/23";
  std::string now = library(later);
  REQUIRE_FALSE(now.empty());
  CHECK(now.find("kicker:") == std::string::npos);
  CHECK(read_text(later / "_index.md").find("民生直通车") != std::string::npos);
}
