#include "pagination/pagination.h"
#include "model/urls.h"

#include <algorithm>
#include <tuple>

namespace gazette {

int page_count(size_t items, int per_page) {
  if (per_page < 1) per_page = 1;
  return std::max<int>(1, static_cast<int>((items + static_cast<size_t>(per_page) - 1) /
                                           static_cast<size_t>(per_page)));
}

std::pair<size_t, size_t> page_range(size_t items, int per_page, int number) {
  const int n = std::clamp(number, 1, page_count(items, per_page));
  const size_t first = std::min(items, static_cast<size_t>(n - 1) * static_cast<size_t>(per_page));
  return {first, std::min(items, first + static_cast<size_t>(per_page))};
}

Pager make_pager(const std::string& base_url, size_t items, int per_page, int number) {
  Pager p;
  p.total = page_count(items, per_page);
  p.number = std::clamp(number, 1, p.total);
  std::tie(p.first, p.last) = page_range(items, per_page, number);
  p.url = urls::paged(base_url, p.number);
  if (p.number > 1) p.prev_url = urls::paged(base_url, p.number - 1);
  if (p.number < p.total) p.next_url = urls::paged(base_url, p.number + 1);
  return p;
}

}  // namespace gazette
