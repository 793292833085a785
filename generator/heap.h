// How the gazette program takes its memory: in 2 MiB pages where it can.
//
// A build holds the whole assembled model (about 4 KiB an article), and an
// edit build decodes it from the snapshot at once: ~190 MiB at 50,000
// articles, first touched within a second. In 4 KiB pages that is ~47,000
// page faults, each a trap into the kernel (on a virtual machine, into the
// hypervisor too): a third of an edit build's time, measured on the
// development machine (a virtual machine).
//
// prepare_heap(model_snapshot), called once by main after the arguments are
// read and before any thread, when the program is linked with mimalloc
// (GAZETTE_MIMALLOC) and the site has a model snapshot to start from (a
// build with --no-cache or without one does not take the arena: a clean build
// fills its heap gradually, over its render threads, where partly used 2 MiB
// pages cost ~60-75 MiB of peak memory at 50,000 articles, 283 against
// 206-225 MiB, and saved no time measurably): reserves a large
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

#include <filesystem>
#include <string>

namespace gazette {

std::string prepare_heap(const std::filesystem::path& model_snapshot);

}  // namespace gazette
