// Runs independent work items on a fixed number of threads.
//
// Items are claimed through an atomic counter, so the split is dynamic but the
// result of each item must depend only on its index: that is what keeps builds
// byte-identical whatever `jobs` is. If items throw, the exception of the
// lowest-numbered failing item is rethrown after all threads stop.
#pragma once

#include <cstddef>
#include <functional>

namespace gazette {

// 0 means "one per hardware thread".
unsigned resolve_jobs(unsigned jobs);

void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& body);

}  // namespace gazette
