// Tab-separated rows → a table, repaired, and its GFM rendering.
//
// The first row is the header. Ragged rows are padded with empty cells to the
// widest row. Merged cells (a value that spans several rows in print) appear
// only in their first row and stay EMPTY in the following rows: filling them
// down would print the same text twice and break the lossless rule.
// A row whose values slid left (its leading empty cells lost, empty cells
// piled up at the end) is shifted right when the shapes of its values (codes,
// names, plates, lists…) then match the columns of the well-aligned rows
// clearly better; each shift is reported so the editor can check it. Cell text
// is never changed.
#pragma once

#include <string>
#include <vector>

namespace gazette::ingest {

struct Table {
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header
};

struct TableRepair {
  int row = 0;    // 0-based index in rows
  int shift = 0;  // cells moved right
};

// `lines` are raw rows with tabs between cells; cells are trimmed.
Table parse_table(const std::vector<std::string>& lines, std::vector<TableRepair>* repairs);

// "| a | b |\n| --- | --- |\n…" with cells escaped (escape_cell).
std::string render_gfm(const Table& table);

}  // namespace gazette::ingest
