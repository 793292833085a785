#include "site/search_index.h"

#include <map>

#include "markdown/markdown.h"
#include "model/urls.h"
#include "search/index_writer.h"
#include "site/page_kind.h"
#include "util/binary_io.h"

namespace gazette {
namespace {

// The search folder, from the search page's URL ("/search/" -> "search/").
std::string search_dir() { return std::string(urls::kSearch).substr(1); }

search::SearchDoc search_doc(const Article& a, const PageData& data) {
  search::SearchDoc d;
  d.url = data.link(a.url);
  d.title = std::string(display_title(a));
  d.kicker = a.kicker;
  d.subtitle = a.subtitle;
  d.date = a.date.chinese();
  d.date_iso = a.date.iso();
  d.page = a.page;
  d.page_name = a.page_name;
  d.type = a.type;
  d.text = markdown_plain_text(read_body(a.source));
  // Printed text outside the body: the byline, photo captions and credits.
  for (const std::string* s : {&a.byline}) {
    if (!s->empty()) d.text += *s + "\n";
  }
  for (const auto& p : a.photos) {
    for (const std::string* s : {&p.caption, &p.credit})
      if (!s->empty()) d.text += *s + "\n";
  }
  return d;
}

}  // namespace

size_t write_search_index(const Site& site, const PageData& data, uint64_t inputs, OutputDir& out,
                          unsigned jobs) {
  // A year's articles: oldest edition first, print order within each.
  std::map<int, std::vector<int>, std::greater<>> years;
  for (auto e = site.editions.rbegin(); e != site.editions.rend(); ++e)
    for (const auto& page : e->pages)
      for (int idx : page.articles) years[e->date.year].push_back(idx);
  const std::string dir = search_dir();
  std::vector<search::SegmentInfo> segments;
  size_t rebuilt = 0;
  for (const auto& [year, docs] : years) {
    const std::string key = std::to_string(year);
    segments.push_back({key, docs.size()});
    Hasher h;
    h.add(inputs).add(static_cast<uint64_t>(search::kFormatVersion)).add(key).add(docs.size());
    for (int idx : docs) {
      const Article& a = site.articles[static_cast<size_t>(idx)];
      h.add(a.source.content_hash).add(a.url).add(a.page_name);
      h.add(static_cast<uint64_t>(a.page));
    }
    const uint64_t fingerprint = h.value() | 1;
    const std::vector<std::string> files = search::segment_files(key, docs.size());
    bool reusable = true;
    for (const auto& f : files) reusable = reusable && out.can_reuse(dir + f, fingerprint);
    if (reusable) {
      for (const auto& f : files) out.reuse(dir + f, fingerprint);
      continue;
    }
    ++rebuilt;
    search::write_segment(
        key, docs.size(),
        [&](size_t i) { return search_doc(site.articles[static_cast<size_t>(docs[i])], data); },
        jobs,
        [&](const std::string& rel, std::string bytes) {
          out.write(dir + rel, bytes, fingerprint);
        });
  }
  out.write(dir + "meta.json", search::meta_json(segments));
  return rebuilt;
}

}  // namespace gazette
