// Calendar dates of editions and articles (no time of day, no time zone).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette {

struct Date {
  int year = 0, month = 0, day = 0;

  // Strict "YYYY-MM-DD" with a real day of that month; nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);
  std::string iso() const;      // 2023-07-20
  std::string path() const;     // 2023/07/20
  std::string chinese() const;  // 2023年7月20日
  int weekday() const;          // 0 = Monday … 6 = Sunday
  auto operator<=>(const Date&) const = default;
};

int days_in_month(int year, int month);

}  // namespace gazette
