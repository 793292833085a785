#include "site/search_index.h"

#include <map>

#include "markdown/markdown.h"
#include "model/urls.h"
#include "search/index_writer.h"
#include "site/page_kind.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

// The search folder, from the search page's URL ("/search/" -> "search/").
std::string search_dir() { return std::string(urls::kSearch).substr(1); }

search::SearchDoc search_doc(const Site& site, const Article& a, const PageData& data) {
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
  d.text = markdown_plain_text(read_body(site, a.source));
  // Printed text outside the body: the byline, photo captions and credits.
  if (!a.byline.empty()) d.text += a.byline + "\n";
  for (const auto& p : a.photos)
    for (const std::string* s : {&p.caption, &p.credit})
      if (!s->empty()) d.text += *s + "\n";
  return d;
}

// What the index takes from an article: its file, URL, page and page name.
uint64_t doc_fingerprint(const Article& a) {
  return Hasher()
      .add(a.source.content_hash)
      .add(a.url)
      .add(a.page_name)
      .add(static_cast<uint64_t>(a.page))
      .value();
}

// The output folder, as a search segment sees it: paths under search/.
class Output : public search::SegmentOutput {
 public:
  Output(OutputDir& out, std::string dir) : out_(out), dir_(std::move(dir)) {}
  void write(const std::string& rel, std::string bytes, uint64_t fingerprint) override {
    out_.write(dir_ + rel, bytes, fingerprint);
  }
  bool has(const std::string& rel, uint64_t fingerprint) const override {
    return out_.can_reuse(dir_ + rel, fingerprint);
  }
  void keep(const std::string& rel, uint64_t old_fp, uint64_t new_fp) override {
    out_.carry(dir_ + rel, old_fp, new_fp);
  }
  std::string read(const std::string& rel) const override { return out_.read_live(dir_ + rel); }

 private:
  OutputDir& out_;
  std::string dir_;
};

}  // namespace

SearchIndexReport write_search_index(const Site& site, const PageData& data, uint64_t inputs,
                                     OutputDir& out, unsigned jobs,
                                     const std::filesystem::path& site_dir, bool keep_state) {
  // A year's articles: oldest edition first, print order within each.
  std::map<int, std::vector<int>, std::greater<>> years;
  for (auto e = site.editions.rbegin(); e != site.editions.rend(); ++e)
    for (const auto& page : e->pages)
      for (int idx : page.articles) years[e->date.year].push_back(idx);
  const std::string dir = search_dir();
  Output output(out, dir);
  std::vector<search::SegmentInfo> segments;
  SearchIndexReport report;
  for (const auto& [year, docs] : years) {
    search::SegmentSpec spec;
    spec.key = std::to_string(year);
    spec.inputs = inputs;
    for (int idx : docs) {
      const Article& a = site.articles[static_cast<size_t>(idx)];
      spec.doc_fingerprints.push_back(doc_fingerprint(a));
      spec.facets.push_back({a.page_name, a.type, a.page});
    }
    spec.doc = [&, &ids = docs](size_t i) {
      return search_doc(site, site.articles[static_cast<size_t>(ids[i])], data);
    };
    segments.push_back({spec.key, docs.size()});
    // The state the last build left for this output folder, if any.
    std::optional<search::SegmentState> previous;
    const auto state_file = filenames::search_state_file(site_dir, out.out(), spec.key);
    if (keep_state) {
      try {
        previous = search::decode_state(read_file(state_file));
        if (!previous)
          report.warnings.push_back(display_path(state_file, site_dir) +
                                    ": damaged; ignored (that year's index is built anew)");
      } catch (const IoError&) {  // none yet
      }
    }
    const search::SegmentResult r =
        search::update_segment(spec, previous ? &*previous : nullptr, output, jobs);
    switch (r.work) {
      case search::SegmentWork::kKept:
        ++report.kept;
        break;
      case search::SegmentWork::kPatched:
        ++report.patched;
        break;
      case search::SegmentWork::kRebuilt:
        ++report.rebuilt;
        break;
    }
    if (keep_state && r.state && r.work != search::SegmentWork::kKept) {
      try {
        std::filesystem::create_directories(state_file.parent_path());
        write_file_atomic(state_file, search::encode_state(*r.state));
      } catch (const IoError&) {  // a cache is only an optimisation
      }
    }
  }
  out.write(dir + "meta.json", search::meta_json(segments));
  return report;
}

}  // namespace gazette
