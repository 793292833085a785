// How the gazette program takes its memory: in 2 MiB pages where it can.
//
// A build holds the whole assembled model (about 4 KiB an article), and an
// edit build decodes it from the snapshot at once: ~190 MiB at 50,000
// articles, first touched within a second. In 4 KiB pages that is ~47,000
// page faults, each a trap into the kernel (on a virtual machine, into the
// hypervisor too): a third of an edit build's time, measured on the
// development machine (a virtual machine).
//
// Every build takes it, a clean one too: at 50,000 articles a clean build
// with the arena took ~20 % less time (bench/run: pages 6.4 s against 7.9-9.0
// s) for ~60 MiB more peak memory (276-287 against 217-231 MiB; Hugo takes
// ~4,200); limiting it to builds that start from the model snapshot was tried
// and reverted, and so was handing it to mimalloc uncommitted (edit builds
// slower).
//
// prepare_heap(), called once at the start of main, before any thread, when
// the program is linked with mimalloc (GAZETTE_MIMALLOC): reserves a large
// range of address space (nothing committed: pages exist once touched), asks
// the kernel for transparent huge pages on it (madvise MADV_HUGEPAGE, which
// the kernel honours when /sys/kernel/mm/transparent_hugepage/enabled is
// "always" or "madvise") and hands it to mimalloc as an arena, which mimalloc
// fills before asking the system for more. mimalloc's own option for this
// (MIMALLOC_LARGE_OS_PAGES) is read from the environment before main runs, so
// it cannot be set from here. Never fails: when any step is refused (no THP,
// a strict overcommit policy, no mimalloc) memory comes in 4 KiB pages, as
// before. Returns what it did, for `--stats`.
#pragma once

#include <string>

namespace gazette {

std::string prepare_heap();

}  // namespace gazette
