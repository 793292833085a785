#include "pagination/pagination.h"
#include "model/urls.h"

#include <algorithm>

namespace gazette {

int page_count(size_t items, int per_page) {
  if (per_page < 1) per_page = 1;
  return std::max<int>(1, static_cast<int>((items + static_cast<size_t>(per_page) - 1) /
                                           static_cast<size_t>(per_page)));
}

Pager make_pager(const std::string& base_url, size_t items, int per_page, int number) {
  Pager p;
  p.total = page_count(items, per_page);
  p.number = std::clamp(number, 1, p.total);
  p.first = std::min(items, static_cast<size_t>(p.number - 1) * static_cast<size_t>(per_page));
  p.last = std::min(items, p.first + static_cast<size_t>(per_page));
  p.url = urls::paged(base_url, p.number);
  if (p.number > 1) p.prev_url = urls::paged(base_url, p.number - 1);
  if (p.number < p.total) p.next_url = urls::paged(base_url, p.number + 1);
  return p;
}

}  // namespace gazette
