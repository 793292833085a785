// The command line itself (generator/main.cpp): version, help, usage errors.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::testing;

TEST_CASE("main: --version prints the program and its version", "[cli]") {
  CommandResult r = run_gazette("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out == std::string("gazette ") + GAZETTE_VERSION + "\n");
}

TEST_CASE("main: --help lists every command", "[cli]") {
  CommandResult r = run_gazette("--help");
  CHECK(r.exit_code == 0);
  for (const char* command : {"build", "import", "serve", "check"}) {
    INFO(command);
    CHECK(r.out.find(std::string("  ") + command) != std::string::npos);
  }
  CommandResult build = run_gazette("build --help");
  CHECK(build.exit_code == 0);
  CHECK(build.out.find("--base-url") != std::string::npos);
  CHECK(build.out.find("--no-cache") != std::string::npos);
}

TEST_CASE("main: usage errors exit with status 2 and say what is wrong", "[cli]") {
  TempDir dir;
  write_text(dir / "page.txt", "前端收集全路段形成常态化\n");
  const std::string page = (dir / "page.txt").string();

  CommandResult none = run_gazette("");
  CHECK(none.exit_code == 2);  // a command is required

  CommandResult unknown = run_gazette("build --no-such-option");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("--no-such-option") != std::string::npos);

  CommandResult no_date = run_gazette("import " + page + " --page 1");
  CHECK(no_date.exit_code == 2);
  CHECK(no_date.err.find("--date") != std::string::npos);

  CHECK(run_gazette("import " + page + " --date 2023-07-20 --page 0").exit_code == 2);
  CHECK(run_gazette("import " + (dir / "missing.txt").string() + " --date 2023-07-20 --page 1")
            .exit_code == 2);
  CHECK(run_gazette("serve --port 70000").exit_code == 2);
  CHECK(run_gazette("publish").exit_code == 2);
  CHECK_FALSE(fs::exists(dir / "content"));
}

TEST_CASE("main: a parsed command runs and returns its own status", "[cli]") {
  TempDir dir;
  CommandResult r = run_gazette("build --site " + (dir / "nosite").string() + " --quiet");
  CHECK(r.exit_code == 1);  // a content error, not a usage error
  CHECK(r.err.find("site.yml") != std::string::npos);
}
