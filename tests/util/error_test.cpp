#include "util/error.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <type_traits>

using namespace gazette;

TEST_CASE("error: a diagnostic reads path:line: message, without the line when it is 0", "[util]") {
  CHECK(Diagnostic{"content/2023/07/20/huan-wei.md", 3, "'date' 必须是真实的日期"}.str() ==
        "content/2023/07/20/huan-wei.md:3: 'date' 必须是真实的日期");
  CHECK(Diagnostic{"site.yml", 0, "缺少 title"}.str() == "site.yml: 缺少 title");
}

TEST_CASE("error: ContentError keeps its diagnostic and says it in what()", "[util]") {
  const ContentError e("content/2023/07/20/zhi-yuan.md", 5, "标签格式错误");
  CHECK(std::string(e.what()) == "content/2023/07/20/zhi-yuan.md:5: 标签格式错误");
  CHECK(e.diagnostic().file == "content/2023/07/20/zhi-yuan.md");
  CHECK(e.diagnostic().line == 5);
  CHECK(e.diagnostic().message == "标签格式错误");
  const ContentError whole(Diagnostic{"content/pages/about.md", 0, "没有标题"});
  CHECK(std::string(whole.what()) == "content/pages/about.md: 没有标题");
}

TEST_CASE("error: ContentErrors lists every diagnostic, one per line", "[util]") {
  const ContentErrors e(
      {{"content/2023/07/20/a.md", 2, "第一个错误"}, {"content/2023/07/19/b.md", 0, "第二个错误"}});
  CHECK(std::string(e.what()) ==
        "content/2023/07/20/a.md:2: 第一个错误\ncontent/2023/07/19/b.md: 第二个错误");
  REQUIRE(e.all().size() == 2);
  CHECK(e.all()[1].message == "第二个错误");
}

TEST_CASE("error: IoError names the path, the action and the system's reason", "[util]") {
  const IoError e("public/2023/07/20/新闻/index.html", "write failed", ENOSPC);
  const std::string reason = std::string("write failed: ") + std::strerror(ENOSPC);
  CHECK(std::string(e.what()) == "public/2023/07/20/新闻/index.html: " + reason);
  CHECK(e.path() == "public/2023/07/20/新闻/index.html");
  CHECK(e.reason() == reason);
  CHECK(e.error_number() == ENOSPC);

  const IoError own(".gazette-cache", "cannot be locked");
  CHECK(std::string(own.what()) == ".gazette-cache: cannot be locked");
  CHECK(own.reason() == "cannot be locked");
  CHECK(own.error_number() == 0);
}

TEST_CASE("error: every kind is a gazette::Error, so commands report them alike", "[util]") {
  STATIC_REQUIRE(std::is_base_of_v<Error, ContentError>);
  STATIC_REQUIRE(std::is_base_of_v<Error, ContentErrors>);
  STATIC_REQUIRE(std::is_base_of_v<Error, IoError>);
  auto message_of = [](auto thrown) -> std::string {
    try {
      throw thrown;
    } catch (const Error& e) {
      return e.what();
    }
  };
  CHECK(message_of(ContentError("site.yml", 2, "主题不存在")) == "site.yml:2: 主题不存在");
  CHECK(message_of(IoError("a.md", "cannot read", ENOENT)).find("a.md: cannot read: ") == 0);
}
