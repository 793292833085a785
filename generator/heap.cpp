#include "heap.h"

#ifdef GAZETTE_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#endif

namespace gazette {
#ifdef GAZETTE_MIMALLOC
namespace {

// Address space only: 16 GiB is about 70 times what a 50,000-article build
// touches (20 times at 200,000); beyond it mimalloc takes ordinary memory.
constexpr size_t kArenaBytes = size_t{16} << 30;
// mimalloc's arenas hand out 32 MiB blocks and want their start aligned so.
constexpr size_t kArenaAlign = size_t{32} << 20;

// Whether the kernel gives transparent huge pages to a range that asks.
bool huge_pages_on_request() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string modes{std::istreambuf_iterator<char>(in), {}};
  return modes.find("[always]") != std::string::npos ||
         modes.find("[madvise]") != std::string::npos;
}

}  // namespace
#endif

std::string prepare_heap() {
#ifdef GAZETTE_MIMALLOC
  if (!huge_pages_on_request()) return "4 KiB pages (transparent huge pages off)";
  void* raw = mmap(nullptr, kArenaBytes + kArenaAlign, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return "4 KiB pages (no address space for an arena)";
  const auto at = (reinterpret_cast<uintptr_t>(raw) + kArenaAlign - 1) & ~(kArenaAlign - 1);
  void* start = reinterpret_cast<void*>(at);
  // Committed in mimalloc's sense (readable and writable now; the kernel
  // backs each page when first touched) and zero, as fresh anonymous memory is.
  if (madvise(start, kArenaBytes, MADV_HUGEPAGE) != 0 ||
      !mi_manage_os_memory(start, kArenaBytes, /*is_committed=*/true, /*is_large=*/false,
                           /*is_zero=*/true, /*numa_node=*/-1)) {
    munmap(raw, kArenaBytes + kArenaAlign);
    return "4 KiB pages (the arena was refused)";
  }
  return "2 MiB pages where the kernel has them (transparent huge pages)";
#else
  return "4 KiB pages (the system allocator)";
#endif
}

}  // namespace gazette
