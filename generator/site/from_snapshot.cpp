#include "site/from_snapshot.h"

#include <atomic>
#include <variant>

#include "assemble/build_model.h"
#include "content/loader.h"
#include "util/binary_io.h"
#include "util/filenames.h"
#include "util/parallel.h"

namespace gazette {
namespace {

std::string display_of(const std::string& rel) {
  return std::string(filenames::kContentDir) + "/" + rel;
}

}  // namespace

SnapshotTable::SnapshotTable(std::vector<ListedFile> listed, const LoadedContent& content)
    : listed_(std::move(listed)) {
  parsed_.reserve(listed_.size());
  for (const Article& a : content.articles)
    parsed_[a.source.display] = {a.source.content_hash, placement_key(a), a.draft, true};
  for (const Edition& e : content.editions)
    parsed_[e.source.display] = {e.source.content_hash, 0, false, false};
  for (const StandalonePage& p : content.pages)
    parsed_[p.source.display] = {p.source.content_hash, 0, false, false};
  for (const SectionIndex& s : content.sections)
    parsed_[s.source.display] = {s.source.content_hash, 0, false, false};
}

std::vector<SnapshotFile> SnapshotTable::files(const Site& site) && {
  std::unordered_map<std::string_view, int> index;
  index.reserve(site.articles.size());
  for (size_t i = 0; i < site.articles.size(); ++i)
    index.emplace(site.articles[i].source.display, static_cast<int>(i));
  std::vector<SnapshotFile> files;
  files.reserve(listed_.size());
  for (auto& l : listed_) {
    SnapshotFile f;
    const std::string display = display_of(l.rel);
    f.rel = std::move(l.rel);
    f.stamp = l.stamp;
    f.link = l.link;
    if (const auto p = parsed_.find(display); p != parsed_.end()) {
      f.content_hash = p->second.content_hash;
      f.placement = p->second.placement;
      if (p->second.article) {
        const auto at = index.find(display);
        f.article = p->second.draft || at == index.end() ? SnapshotFile::kDraft : at->second;
      }
    }
    files.push_back(std::move(f));
  }
  return files;
}

std::optional<Site> site_from_snapshot(ModelSnapshot& snapshot,
                                       const std::filesystem::path& site_dir,
                                       const std::vector<ListedFile>& listed,
                                       const SiteConfig& config, unsigned jobs) {
  std::vector<SnapshotFile>& files = snapshot.files();
  if (files.size() != listed.size()) return std::nullopt;  // a file added or removed
  const std::filesystem::path content_dir = site_dir / filenames::kContentDir;
  std::vector<size_t> restamped;
  for (size_t i = 0; i < listed.size(); ++i) {
    if (listed[i].rel != files[i].rel || listed[i].link != files[i].link) return std::nullopt;
    // A link that leads out of the site is for the whole load to refuse,
    // stamp or no stamp: its stamp is its target's, which stays the same
    // when the link (a copied site's, a moved folder's) now leads elsewhere.
    if (listed[i].link && !resolves_inside(content_dir / listed[i].rel, site_dir))
      return std::nullopt;
    if (!(listed[i].stamp == files[i].stamp)) restamped.push_back(i);
  }
  // Each file whose stamp changed: the same bytes, or an edit to patch.
  std::vector<std::optional<Article>> edits(restamped.size());
  std::atomic<bool> whole{false};
  parallel_for(restamped.size(), jobs, [&](size_t k) {
    if (whole) return;
    const size_t i = restamped[k];
    const SnapshotFile& was = files[i];
    try {
      if (hash_bytes(read_file(content_dir / listed[i].rel)) == was.content_hash) return;
      if (was.article == SnapshotFile::kNotArticle) {
        whole = true;
        return;
      }
      ParsedDoc doc = load_file(site_dir, listed[i].rel, config);
      Article* a = std::get_if<Article>(&doc);
      if (!a || placement_key(*a) != was.placement ||
          a->draft != (was.article == SnapshotFile::kDraft)) {
        whole = true;
        return;
      }
      edits[k] = std::move(*a);
    } catch (const std::exception&) {  // unreadable, or not valid: the whole load reports it
      whole = true;
    }
  });
  if (whole) return std::nullopt;
  Site site = snapshot.site(config, jobs);
  // The table's rows name articles of this Site (its checksum held, but a
  // file is only trusted as far as it is checked).
  for (const SnapshotFile& f : files)
    if (f.article < SnapshotFile::kDraft || f.article >= static_cast<int>(site.articles.size()))
      throw std::runtime_error("corrupt model snapshot: a file's article");
  // Bodies are read from under the site as it is now, not where it was when
  // the snapshot was written (a copied or restored site).
  site.root = site_dir.string();
  for (size_t k = 0; k < restamped.size(); ++k) {
    SnapshotFile& f = files[restamped[k]];
    f.stamp = listed[restamped[k]].stamp;
    if (!edits[k]) continue;
    f.content_hash = edits[k]->source.content_hash;
    if (f.article >= 0) {
      Article& placed = site.articles.at(static_cast<size_t>(f.article));
      if (placed.source.display != edits[k]->source.display)
        throw std::runtime_error("corrupt model snapshot: article index");
      placed = placed_like(placed, std::move(*edits[k]));
    }
  }
  return site;
}

}  // namespace gazette
