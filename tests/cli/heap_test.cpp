// generator/heap.h: how the gazette program takes its memory, as `build
// --stats` reports it. With mimalloc (every build but the sanitizers') and a
// kernel that gives transparent huge pages on request, the program's heap is
// an arena in 2 MiB pages; otherwise it says why not.
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

TEST_CASE("heap: build --stats says how memory is taken, in 2 MiB pages where the kernel has them",
          "[integration]") {
  TempDir dir;
  const CommandResult r = run_gazette("build --stats --no-cache --site " + source_dir().string() +
                                      " --out " + (dir / "public").string());
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
#ifdef GAZETTE_BIN_MIMALLOC
  if (kernel_offers_huge_pages())
    CHECK(r.out.find("  heap     2 MiB pages where the kernel has them") != std::string::npos);
  else
    CHECK(r.out.find("  heap     4 KiB pages (transparent huge pages off)") != std::string::npos);
#else
  CHECK(r.out.find("  heap     4 KiB pages (the system allocator)") != std::string::npos);
#endif
}
