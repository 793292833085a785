// The static search index: files under /search/ that the search page's
// script reads (format: docs/search-index.md).
//
// The index is cut into segments, one per year of editions, so a year filter
// reads one segment and an edit rewrites only its year's files. A segment
// numbers its articles from 0, oldest edition first and in print order
// within an edition (so a new edition only appends), and holds:
//   <year>/k<N>.gz   shard N of the keys (tokenizer.h): every key whose hash
//                    falls in it, with its articles and (bigrams, words) the
//                    positions of each occurrence; 2^k shards, ~16 articles
//                    per shard, so a query fetches a few small files
//   <year>/docs.gz   per article its page name and type (for filters)
//   <year>/d<id>.gz  per article what a result shows: headline stack, date,
//                    page, URL, and the plain text snippets are cut from
// and meta.json lists the segments. Binary files are varint streams in gzip.
// Output depends only on the documents given, never on `jobs`.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::search {

inline constexpr int kFormatVersion = 1;
// Positions below this are the headline stack (kicker, title, subtitle);
// the body starts here, so "matched in the headline" needs no other data.
inline constexpr uint32_t kHeaderSpan = 1024;

// One article as the index sees it. Display fields are as printed.
struct SearchDoc {
  std::string url;  // as linked, base path included
  std::string title, kicker, subtitle;
  std::string date, date_iso;  // "2023年7月20日", "2023-07-20"
  int page = 0;
  std::string page_name, type;
  std::string text;  // the body as plain text, then byline and captions
};

size_t shard_count(size_t docs);

// The files of a segment of `docs` articles, relative to the search folder.
std::vector<std::string> segment_files(std::string_view segment, size_t docs);

// Receives each file (relative to the search folder); called from several threads.
using FileSink = std::function<void(const std::string& rel, std::string bytes)>;

// Builds and writes one segment. `doc(i)` gives article i of the segment and
// is called once per article, from `jobs` threads.
void write_segment(std::string_view segment, size_t docs,
                   const std::function<SearchDoc(size_t)>& doc, unsigned jobs,
                   const FileSink& sink);

struct SegmentInfo {
  std::string key;  // "2023"
  size_t docs = 0;
};

// meta.json: the format version, header span and segments (newest first).
std::string meta_json(const std::vector<SegmentInfo>& segments);

}  // namespace gazette::search
