// The static search index: files under /search/ that the search page's
// script reads (format: docs/search-index.md).
//
// The index is cut into segments, one per year of editions, so a year filter
// reads one segment. A segment numbers its articles from 0, oldest edition
// first and in print order within an edition (so a new edition only
// appends), and holds:
//   <year>/k<N>.gz   shard N of the keys (tokenizer.h): every key whose hash
//                    falls in it, with its articles and (bigrams, words) the
//                    positions of each occurrence; 2^k shards, ~16 articles
//                    per shard, so a query fetches a few small files
//   <year>/docs.gz   per article its page name, type and page (for filters)
//   <year>/d<id>.gz  per article what a result shows: headline stack, date,
//                    page, URL, and the plain text snippets are cut from
// and meta.json lists the segments. Binary files are varint streams in gzip.
//
// update_segment() brings a segment's files up to date with as little work
// as the change allows: every file kept when no article changed; when a few
// articles changed or were added at the end, only those are read and cut,
// and only the shards where their entries differ are patched, from the live
// files (what a changed article put in each shard is known by cutting its
// previous fragment again; without it, every shard its keys fell in then and
// fall in now); otherwise the segment is built anew. Either way the bytes
// are those a build from scratch gives (one encoder, shard_format.h), and
// they depend only on the articles, never on `jobs`.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search/shard_format.h"

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

// A segment to bring up to date.
struct SegmentSpec {
  std::string key;                         // "2023": its folder under /search/
  uint64_t inputs = 0;                     // what every file depends on besides the articles
  std::vector<uint64_t> doc_fingerprints;  // per article (id order): its inputs
  std::vector<DocFacets> facets;           // per article: page name, type, page
  // Article i in full (reads its body); called from several threads, only
  // for the articles that must be read.
  std::function<SearchDoc(size_t)> doc;
};

// The output folder as update_segment() uses it; paths are relative to the
// search folder ("2023/k3.gz"). Calls may come from several threads.
class SegmentOutput {
 public:
  virtual ~SegmentOutput() = default;
  virtual void write(const std::string& rel, std::string bytes, uint64_t fingerprint) = 0;
  // Whether the live output holds `rel` made with `fingerprint`.
  virtual bool has(const std::string& rel, uint64_t fingerprint) const = 0;
  // Keeps the live file `rel` (made with `old_fp`) as this build's, under `new_fp`.
  virtual void keep(const std::string& rel, uint64_t old_fp, uint64_t new_fp) = 0;
  // The live file's bytes; throws when it cannot be read.
  virtual std::string read(const std::string& rel) const = 0;
};

// What a segment's build leaves for the next one to patch from, kept in the
// site's cache (encode_state/decode_state).
struct SegmentState {
  uint64_t fingerprint = 0;  // of the shards as built
  size_t shards = 0;
  std::vector<uint64_t> docs;     // per article: its fingerprint
  std::vector<std::string> keys;  // per article: a bitmap of the shards its keys fall in
};

std::string encode_state(const SegmentState& state);
std::optional<SegmentState> decode_state(std::string_view bytes);  // nullopt when damaged

enum class SegmentWork { kKept, kPatched, kRebuilt };

struct SegmentResult {
  SegmentWork work = SegmentWork::kRebuilt;
  std::optional<SegmentState> state;  // nullopt: none known (files kept without one)
};

// `previous` (may be null) is the state the last build left.
SegmentResult update_segment(const SegmentSpec& spec, const SegmentState* previous,
                             SegmentOutput& out, unsigned jobs);

struct SegmentInfo {
  std::string key;  // "2023"
  size_t docs = 0;
};

// meta.json: the format version, header span and segments (newest first).
std::string meta_json(const std::vector<SegmentInfo>& segments);

}  // namespace gazette::search
