// Numbered items: 一、 / 1. / 1、 / （一） / (1) / ① at the start of a line or
// paragraph, and Markdown list markers already in the raw text ("- 1.…").
//
// Paragraphs become a list only as a run of at least two items numbered
// 1, 2, 3 … in the same style (is_numbered_run), so a sentence that happens to
// start with "1." does not. The printed number stays in the item's text; the
// Markdown marker is only syntax.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

struct Enumerator {
  int value = 0;      // 1-based
  int style = 0;      // same style ⇔ same number: 一、 vs 1. vs （一）…
  size_t length = 0;  // characters taken by the enumerator
};
std::optional<Enumerator> parse_enumerator(std::u32string_view text);

// True when the texts are items numbered consecutively from their first value.
bool is_numbered_run(const std::vector<std::u32string>& texts);

// "- x" / "* x" / "+ x": the item text after the marker.
std::optional<std::u32string> strip_list_marker(std::u32string_view line);

}  // namespace gazette::ingest
