#include "ingest/lossless.h"

#include <yaml-cpp/yaml.h>

#include "front_matter/front_matter.h"
#include "ingest/chars.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/markdown_escape.h"
#include "ingest/punctuation.h"

namespace gazette::ingest {
namespace {

void count_into(CharCounts& counts, std::u32string_view text) {
  for (char32_t c : text)
    if (!is_space(c)) ++counts[ascii_of(c)];
}

void add(CharCounts& into, const CharCounts& from) {
  for (const auto& [c, n] : from) into[c] += n;
}

std::string scalar(const YAML::Node& map, const char* key) {
  const YAML::Node n = map[key];
  return n && n.IsScalar() ? n.Scalar() : std::string();
}

}  // namespace

CharCounts text_counts(std::string_view text) {
  CharCounts counts;
  count_into(counts, to_u32(text));
  return counts;
}

CharCounts raw_counts(std::string_view decoded_raw) {
  CharCounts counts;
  size_t pos = 0;
  while (pos < decoded_raw.size()) {
    size_t nl = decoded_raw.find('\n', pos);
    if (nl == std::string_view::npos) nl = decoded_raw.size();
    std::u32string line = to_u32(decoded_raw.substr(pos, nl - pos));
    pos = nl + 1;
    if (auto h = parse_marked_heading(line))
      count_into(counts, h->text);
    else if (auto item = strip_list_marker(line))
      count_into(counts, *item);
    else
      count_into(counts, line);
  }
  return counts;
}

CharCounts article_counts(std::string_view file_text) {
  FrontMatterSplit split = split_front_matter(file_text, "article");
  CharCounts counts;
  if (split.has_front_matter) {
    YAML::Node fm = YAML::Load(std::string(split.yaml));
    for (const char* key : {"title", "kicker", "subtitle", "byline"})
      add(counts, text_counts(scalar(fm, key)));
    if (const YAML::Node parts = fm["continued"]; parts && parts.IsSequence())
      for (const auto& p : parts)
        if (p.IsMap()) add(counts, text_counts(scalar(p, "title")));
    if (const YAML::Node photos = fm["photos"]; photos && photos.IsSequence())
      for (const auto& p : photos) {
        add(counts, text_counts(scalar(p, "caption")));
        add(counts, text_counts(scalar(p, "credit")));
      }
  }
  add(counts, text_counts(printed_text(file_text.substr(split.body_offset))));
  return counts;
}

LosslessResult compare_counts(const CharCounts& raw, const CharCounts& output) {
  LosslessResult r;
  int shown = 0;
  auto report = [&](char32_t c, long in_raw, long in_out) {
    r.ok = false;
    if (++shown > 12) return;
    r.message += (r.message.empty() ? "" : "; ") +
                 ("「" + to_utf8(std::u32string(1, c)) + "」 raw " + std::to_string(in_raw) +
                  ", output " + std::to_string(in_out));
  };
  for (const auto& [c, n] : raw) {
    auto it = output.find(c);
    long m = it == output.end() ? 0 : it->second;
    if (m != n) report(c, n, m);
  }
  for (const auto& [c, m] : output)
    if (!raw.count(c)) report(c, 0, m);
  if (shown > 12) r.message += "; and " + std::to_string(shown - 12) + " more";
  return r;
}

LosslessResult check_lossless(const std::vector<std::string>& decoded_raws,
                              const std::vector<std::string>& article_files,
                              const std::vector<std::string>& banners) {
  CharCounts raw, out;
  for (const auto& r : decoded_raws) add(raw, raw_counts(r));
  for (const auto& f : article_files) add(out, article_counts(f));
  for (const auto& b : banners) add(out, text_counts(b));
  return compare_counts(raw, out);
}

}  // namespace gazette::ingest
