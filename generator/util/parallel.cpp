#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gazette {

unsigned resolve_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& body) {
  jobs = resolve_jobs(jobs);
  if (count == 0) return;
  std::atomic<size_t> next{0};
  std::mutex mu;
  size_t failed_index = count;
  std::exception_ptr failure;
  std::atomic<bool> stop{false};

  // Items are claimed in small runs: neighbouring items usually touch the same
  // folder (articles of one edition), and two threads creating files in one
  // directory contend on its lock in the kernel.
  const size_t chunk = std::clamp<size_t>(count / (static_cast<size_t>(jobs) * 64), 1, 32);
  auto worker = [&] {
    for (;;) {
      if (stop.load(std::memory_order_relaxed)) return;
      const size_t first = next.fetch_add(chunk);
      if (first >= count) return;
      for (size_t i = first; i < std::min(count, first + chunk); ++i) {
        try {
          body(i);
        } catch (...) {
          std::lock_guard<std::mutex> lock(mu);
          if (i < failed_index) {
            failed_index = i;
            failure = std::current_exception();
          }
          stop = true;
          return;
        }
      }
    }
  };

  size_t threads = std::min<size_t>(jobs, count);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gazette
