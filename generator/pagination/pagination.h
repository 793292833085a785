// Splits a list into pages of a fixed size: page 1 at the list's own URL,
// page k at <url>page/k/ (as Hugo does). Constant work per page: callers slice
// their item vector with [first, last) instead of copying it.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace gazette {

struct Pager {
  int number = 1;    // 1-based
  int total = 1;     // number of pages, at least 1
  size_t first = 0;  // item range of this page
  size_t last = 0;
  std::string url;                 // of this page (site-relative, "/tags/x/page/2/")
  std::string prev_url, next_url;  // empty at the ends
};

int page_count(size_t items, int per_page);
// The item range [first, last) of page `number` (clamped to 1..page_count),
// as make_pager() gives it, without making its URLs.
std::pair<size_t, size_t> page_range(size_t items, int per_page, int number);
Pager make_pager(const std::string& base_url, size_t items, int per_page, int number);

}  // namespace gazette
