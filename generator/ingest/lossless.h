// The lossless invariant, checked on what the importer actually writes.
//
// The multiset of non-space characters of the raw pages must equal the
// multiset over the printed-text fields of the output: each article's title,
// kicker, subtitle, byline, photos' caption and credit, and body (Markdown
// syntax and escapes removed, see markdown_escape.h), plus the page banners.
// Both sides are folded through the punctuation mapping (，→ , etc., see
// punctuation.h), and Markdown markers already in the raw text ("## " at a
// line start, "- " list markers) are syntax on the raw side too. Derived keys
// (authors, dateline, series, tags, photo `by`, source, review) are ignored.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

using CharCounts = std::map<char32_t, long>;

CharCounts raw_counts(std::string_view decoded_raw);
// Counts of one content file's printed fields (front matter and body).
CharCounts article_counts(std::string_view file_text);
CharCounts text_counts(std::string_view text);

struct LosslessResult {
  bool ok = true;
  std::string message;  // the differences, e.g. "「物」 raw 3, output 2"
};

LosslessResult compare_counts(const CharCounts& raw, const CharCounts& output);

LosslessResult check_lossless(const std::vector<std::string>& decoded_raws,
                              const std::vector<std::string>& article_files,
                              const std::vector<std::string>& banners);

}  // namespace gazette::ingest
