#include "ingest/table.h"

#include <algorithm>
#include <map>

#include "ingest/chars.h"
#include "ingest/markdown_escape.h"
#include "ingest/names.h"

namespace gazette::ingest {
namespace {

enum class Shape {
  kEmpty,
  kCode,
  kNumber,
  kPhone,
  kTime,
  kPlate,
  kName,
  kOrdinal,
  kHanList,
  kHan,
  kOther
};

Shape shape_of(const std::string& cell) {
  std::u32string s = to_u32(cell);
  if (s.empty()) return Shape::kEmpty;
  size_t han = 0, letters = 0, digits = 0, run = 0, max_run = 0;
  bool list = false, time = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (is_han(c)) ++han;
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) ++letters;
    if (is_ascii_digit(c)) {
      ++digits;
      max_run = std::max(max_run, ++run);
    } else {
      run = 0;
    }
    if (c == U'、' || c == U'，' || c == U',') list = true;
    if ((c == U':' || c == U'：') && i > 0 && i + 1 < s.size() && is_ascii_digit(s[i - 1]) &&
        is_ascii_digit(s[i + 1]))
      time = true;
  }
  if (time) return Shape::kTime;
  if (max_run >= 7) return Shape::kPhone;
  if (han == 0 && letters > 0 && digits > 0 && s.size() <= 8) return Shape::kCode;
  if (han == 0 && digits == s.size()) return Shape::kNumber;
  if (han > 0 && (letters + digits) > 0 && s.size() <= 10) return Shape::kPlate;
  if (s.size() == 1 &&
      std::u32string_view(U"一二三四五六七八九十").find(s[0]) != std::u32string_view::npos)
    return Shape::kOrdinal;
  if (han == s.size() && is_person_name(s)) return Shape::kName;
  if (list || han >= 6) return Shape::kHanList;
  if (han > 0) return Shape::kHan;
  return Shape::kOther;
}

std::vector<std::string> split_row(const std::string& line) {
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cells.push_back(
        trim_utf8(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

size_t trailing_empty(const std::vector<std::string>& row) {
  size_t n = 0;
  while (n < row.size() && row[row.size() - 1 - n].empty()) ++n;
  return n;
}

bool is_suspect(const std::vector<std::string>& row) {
  return !row.empty() && !row.front().empty() && trailing_empty(row) > 0;
}

using Profile = std::vector<std::map<Shape, double>>;  // per column: P(shape)

Profile column_profile(const std::vector<std::vector<std::string>>& rows, size_t width) {
  Profile p(width);
  std::vector<double> totals(width, 0);
  for (size_t r = 1; r < rows.size(); ++r) {
    if (is_suspect(rows[r])) continue;
    for (size_t c = 0; c < width; ++c) {
      Shape s = shape_of(rows[r][c]);
      if (s == Shape::kEmpty) continue;
      p[c][s] += 1;
      totals[c] += 1;
    }
  }
  for (size_t c = 0; c < width; ++c)
    for (auto& [shape, count] : p[c]) count /= totals[c];
  return p;
}

double fit(const std::vector<std::string>& row, size_t shift, const Profile& profile) {
  double score = 0;
  for (size_t c = 0; c < row.size(); ++c) {
    if (row[c].empty() || c + shift >= profile.size()) continue;
    auto it = profile[c + shift].find(shape_of(row[c]));
    if (it != profile[c + shift].end()) score += it->second;
  }
  return score;
}

void repair_shifted_rows(std::vector<std::vector<std::string>>& rows, size_t width,
                         std::vector<TableRepair>* repairs) {
  size_t anchored = 0;
  for (size_t r = 1; r < rows.size(); ++r) anchored += is_suspect(rows[r]) ? 0 : 1;
  if (anchored < 3) return;
  Profile profile = column_profile(rows, width);
  for (size_t r = 1; r < rows.size(); ++r) {
    auto& row = rows[r];
    if (!is_suspect(row)) continue;
    size_t filled = row.size() - trailing_empty(row);
    double base = fit(row, 0, profile), best = base;
    size_t best_shift = 0;
    for (size_t s = 1; s <= trailing_empty(row); ++s) {
      double f = fit(row, s, profile);
      if (f > best) best = f, best_shift = s;
    }
    if (best_shift == 0 || best < base + 1.0 || best < 0.5 * static_cast<double>(filled)) continue;
    row.insert(row.begin(), best_shift, std::string());
    row.resize(width);
    if (repairs) repairs->push_back({static_cast<int>(r), static_cast<int>(best_shift)});
  }
}

}  // namespace

Table parse_table(const std::vector<std::string>& lines, std::vector<TableRepair>* repairs) {
  Table t;
  for (const auto& line : lines) t.rows.push_back(split_row(line));
  size_t width = 0;
  for (const auto& row : t.rows) width = std::max(width, row.size());
  for (auto& row : t.rows) row.resize(width);
  repair_shifted_rows(t.rows, width, repairs);
  return t;
}

std::string render_gfm(const Table& table) {
  std::string out;
  auto row_line = [&](const std::vector<std::string>& row) {
    out += "|";
    for (const auto& cell : row) out += " " + escape_cell(cell) + " |";
    out += "\n";
  };
  if (table.rows.empty()) return out;
  row_line(table.rows[0]);
  out += "|";
  for (size_t c = 0; c < table.rows[0].size(); ++c) out += " --- |";
  out += "\n";
  for (size_t r = 1; r < table.rows.size(); ++r) row_line(table.rows[r]);
  out.pop_back();
  return out;
}

}  // namespace gazette::ingest
