// generator/heap.h: how the gazette program takes its memory, as `build
// --stats` reports it. With mimalloc (every build but the sanitizers'), a
// kernel that gives transparent huge pages on request and a model snapshot to
// start from, the program's heap is an arena in 2 MiB pages; otherwise it says
// why not.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

#ifdef GAZETTE_BIN_MIMALLOC
bool kernel_offers_huge_pages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string modes{std::istreambuf_iterator<char>(in), {}};
  return modes.find("[always]") != std::string::npos ||
         modes.find("[madvise]") != std::string::npos;
}
#endif

}  // namespace

TEST_CASE(
    "heap: build --stats says how memory is taken, the arena only for a build that starts "
    "from the model snapshot",
    "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string args =
      "build --stats --site " + (dir / "site").string() + " --out " + (dir / "public").string();
  const auto heap_line = [](const std::string& out) {
    const auto at = out.find("  heap     ");
    return at == std::string::npos ? std::string{} : out.substr(at, out.find('\n', at) - at);
  };

  // A clean build (no snapshot yet) fills its heap gradually: 4 KiB pages.
  const CommandResult first = run_gazette(args);
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  // The next one starts from the snapshot the first wrote.
  const CommandResult second = run_gazette(args);
  INFO(second.out << second.err);
  REQUIRE(second.exit_code == 0);
  // --no-cache reads no snapshot, so takes no arena either.
  const CommandResult clean = run_gazette(args + " --no-cache");
  INFO(clean.out << clean.err);
  REQUIRE(clean.exit_code == 0);
#ifdef GAZETTE_BIN_MIMALLOC
  CHECK(heap_line(first.out) == "  heap     4 KiB pages (no model snapshot to start from)");
  CHECK(heap_line(clean.out) == "  heap     4 KiB pages (no model snapshot to start from)");
  if (kernel_offers_huge_pages())
    CHECK(heap_line(second.out) ==
          "  heap     2 MiB pages where the kernel has them (transparent huge pages)");
  else
    CHECK(heap_line(second.out) == "  heap     4 KiB pages (transparent huge pages off)");
#else
  for (const auto* r : {&first, &second, &clean})
    CHECK(heap_line(r->out) == "  heap     4 KiB pages (the system allocator)");
#endif
}
