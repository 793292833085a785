#include "content/loader.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <variant>

#include "content/article_reader.h"
#include "content/edition_reader.h"
#include "content_cache/content_cache.h"
#include "text/slug.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"
#include "util/parallel.h"

namespace gazette {
namespace {

enum class Kind { kArticle, kEdition, kPage, kSection, kMisplaced };

struct Entry {
  std::string path;     // as opened: <site>/content/<rel>
  std::string display;  // as shown to the user: content/<rel>
  FileStamp stamp;
  bool link = false;  // a symbolic link: read only if it stays inside the site
  Kind kind = Kind::kMisplaced;
  Date date;
  std::string slug;
};

std::vector<std::string_view> split(std::string_view rel) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t slash; (slash = rel.find('/', start)) != std::string_view::npos; start = slash + 1)
    parts.push_back(rel.substr(start, slash - start));
  parts.push_back(rel.substr(start));
  return parts;
}

Entry classify(ListedFile file, const std::string& content_dir) {
  Entry e;
  e.path = content_dir + "/" + file.rel;
  e.display = "content/" + file.rel;
  e.stamp = file.stamp;
  e.link = file.link;
  const std::vector<std::string_view> parts = split(file.rel);
  const std::string_view name = parts.back();
  const std::string_view stem = name.substr(0, name.size() - 3);  // without ".md"
  if (parts.size() == 4) {
    std::string iso;
    iso.append(parts[0]).append("-").append(parts[1]).append("-").append(parts[2]);
    if (auto d = Date::parse(iso)) {
      e.date = *d;
      e.kind = name == filenames::kIndexFile ? Kind::kEdition : Kind::kArticle;
      e.slug = stem;
      return e;
    }
  }
  // content/2023/_index.md and content/2023/07/_index.md: a year's and a
  // month's own page settings.
  if (name == filenames::kIndexFile && (parts.size() == 2 || parts.size() == 3)) {
    std::string iso(parts[0]);
    iso.append("-").append(parts.size() == 3 ? parts[1] : "01").append("-01");
    if (auto d = Date::parse(iso)) {                                // YYYY (and MM) as in a date
      e.date = Date{d->year, parts.size() == 3 ? d->month : 0, 0};  // year, month (0: none)
      e.kind = Kind::kSection;
      return e;
    }
  }
  if (parts.size() == 2 && parts[0] == filenames::kPagesDir) {
    e.kind = Kind::kPage;
    e.slug = stem;
    return e;
  }
  e.kind = Kind::kMisplaced;
  return e;
}

using Parsed = ParsedDoc;

Parsed parse_entry(const Entry& e, const SiteConfig& config) {
  if (e.kind == Kind::kMisplaced)
    throw ContentError(e.display, 0,
                       "content files belong in content/YYYY/MM/DD/ (editions and articles), "
                       "content/pages/, or are a year's or month's _index.md "
                       "(content/YYYY/_index.md, content/YYYY/MM/_index.md)");
  if (e.kind != Kind::kEdition && e.kind != Kind::kSection && !is_valid_slug(e.slug))
    throw ContentError(e.display, 0,
                       "file name '" + e.slug +
                           ".md' must be lower-case ASCII letters, digits "
                           "and '-' (it becomes the URL)");
  const std::string text = read_file(e.path);
  SourceRef src{e.display};
  src.content_hash = hash_bytes(text);
  switch (e.kind) {
    case Kind::kArticle: {
      Article a = read_article(text, std::move(src), e.date, config);
      a.slug = e.slug;
      return a;
    }
    case Kind::kEdition:
      return read_edition(text, std::move(src), e.date);
    case Kind::kPage: {
      StandalonePage p = read_standalone_page(text, std::move(src));
      p.slug = e.slug;
      return p;
    }
    case Kind::kSection:
      return read_section_index(text, std::move(src), e.date.year, e.date.month);
    default:
      return std::monostate{};
  }
}

}  // namespace

static uint64_t content_hash_of(const Parsed& p) {
  return std::visit(
      [](const auto& doc) -> uint64_t {
        if constexpr (std::is_same_v<std::decay_t<decltype(doc)>, std::monostate>)
          return 0;
        else
          return doc.source.content_hash;
      },
      p);
}

ParsedDoc load_file(const fs::path& site_dir, const std::string& rel, const SiteConfig& config) {
  const fs::path content_dir = site_dir / filenames::kContentDir;
  std::error_code ec;
  ListedFile file;
  file.rel = rel;
  file.link = fs::is_symlink(content_dir / rel, ec);
  file.stamp = stamp_of(content_dir / rel);
  const Entry e = classify(std::move(file), content_dir.string());
  if ((e.link || fs::is_symlink(content_dir, ec)) && !resolves_inside(e.path, site_dir))
    throw ContentError(e.display, 0, kPointsOutsideSite);
  return parse_entry(e, config);
}

std::vector<ListedFile> list_content(const fs::path& site_dir, unsigned jobs) {
  const fs::path content_dir = site_dir / filenames::kContentDir;
  std::error_code ec;
  if (fs::is_symlink(content_dir, ec) && !resolves_inside(content_dir, site_dir))
    throw ContentError(std::string(filenames::kContentDir), 0, kPointsOutsideSite);
  return scan_files(content_dir, ".md", jobs);
}

LoadedContent load_content(const fs::path& site_dir, const SiteConfig& config, unsigned jobs,
                           ContentCache* cache, std::vector<ListedFile> listed) {
  const fs::path content_dir = site_dir / filenames::kContentDir;
  std::error_code ec;
  if (fs::is_symlink(content_dir, ec) && !resolves_inside(content_dir, site_dir))
    throw ContentError(std::string(filenames::kContentDir), 0, kPointsOutsideSite);
  if (listed.empty()) listed = list_content(site_dir, jobs);
  std::vector<Entry> entries;
  entries.reserve(listed.size());  // ~150 bytes each: no doubling at 50,000 files
  for (auto& file : listed) {
    entries.push_back(classify(std::move(file), content_dir.string()));
  }
  std::vector<ListedFile>().swap(listed);  // its names now live in `entries`

  // Articles are parsed straight into their place in `out`; only the few
  // other documents pass through `others`. A vector of every parsed document,
  // moved into `out` at the end, held a second array of 50,000 articles (680
  // bytes each) until the load returned.
  LoadedContent out;
  std::vector<size_t> slot(entries.size());  // in out.articles, or in `others`
  size_t articles = 0, other = 0;
  for (size_t i = 0; i < entries.size(); ++i)
    slot[i] = entries[i].kind == Kind::kArticle ? articles++ : other++;
  out.articles.resize(articles);
  std::vector<Parsed> others(other);
  // Puts a document in its place; false when it is not of its file's kind
  // (only a cache entry can be: then the file is parsed).
  const auto place = [&](size_t i, Parsed&& doc) {
    if (entries[i].kind != Kind::kArticle) {
      others[slot[i]] = std::move(doc);
      return true;
    }
    Article* a = std::get_if<Article>(&doc);
    if (!a) return false;
    out.articles[slot[i]] = std::move(*a);
    return true;
  };
  std::vector<const ContentCache::Entry*> hits(entries.size(), nullptr);
  std::vector<std::string> encoded(entries.size());  // for the updated cache
  std::mutex errors_mu;  // errors are few: one slot per file would be ~80 bytes each
  std::vector<std::pair<size_t, Diagnostic>> errors;
  const auto fail = [&](size_t i, Diagnostic d) {
    std::lock_guard lock(errors_mu);
    errors.emplace_back(i, std::move(d));
  };
  const auto load_one = [&](size_t i) {
    try {
      // A link is followed only to a file inside the site: a link to
      // /home/editor/notes.md must not publish the notes.
      if (entries[i].link && !resolves_inside(entries[i].path, site_dir))
        throw ContentError(entries[i].display, 0, kPointsOutsideSite);
      if (cache) {
        if (const ContentCache::Entry* hit = cache->find(entries[i].display, entries[i].stamp)) {
          try {
            if (place(i, ContentCache::decode(hit->encoded))) {
              hits[i] = hit;
              return;
            }
          } catch (const std::runtime_error&) {  // damaged entry: parse the file
          }
        } else if (const ContentCache::Entry* known = cache->find_any(entries[i].display)) {
          // New stamp (a fresh checkout, a restored cache: new inodes and
          // times), perhaps the same bytes: those need no parsing. The entry
          // is kept under the new stamp.
          try {
            Parsed p = ContentCache::decode(known->encoded);
            if (content_hash_of(p) == hash_bytes(read_file(entries[i].path)) &&
                place(i, std::move(p))) {
              encoded[i] = std::string(known->encoded);
              return;
            }
          } catch (const std::runtime_error&) {  // damaged entry: parse the file
          }
        }
      }
      Parsed doc = parse_entry(entries[i], config);
      if (cache) encoded[i] = ContentCache::encode(doc);
      place(i, std::move(doc));
    } catch (const ContentError& err) {
      fail(i, err.diagnostic());
    } catch (const IoError& err) {  // unreadable: reported with the others
      fail(i, Diagnostic{entries[i].display, 0, err.reason()});
    }
  };
  if (!cache) {
    parallel_for(entries.size(), jobs, load_one);
  } else {
    // The updated cache, filled shard by shard: once every file of a shard
    // is loaded, the shard is written and its encoded documents let go
    // (ContentCache::save_shard), instead of all of them being held at once.
    ContentCache next = cache->successor();  // forgets deleted files
    std::unordered_map<std::string, size_t> shard_ids;
    std::vector<size_t> shard_at(entries.size());
    std::vector<std::vector<size_t>> members;
    for (size_t i = 0; i < entries.size(); ++i) {
      auto [it, added] =
          shard_ids.try_emplace(ContentCache::shard_of(entries[i].display), members.size());
      if (added) members.emplace_back();
      shard_at[i] = it->second;
      members[it->second].push_back(i);
    }
    std::vector<std::string> keys(members.size());
    for (auto& [key, id] : shard_ids) keys[id] = key;
    std::unique_ptr<std::atomic<size_t>[]> left(new std::atomic<size_t>[members.size()]);
    for (size_t s = 0; s < members.size(); ++s) left[s].store(members[s].size());
    std::mutex next_mu;
    parallel_for(entries.size(), jobs, [&](size_t i) {
      load_one(i);
      const size_t s = shard_at[i];
      if (left[s].fetch_sub(1, std::memory_order_acq_rel) != 1) return;
      std::lock_guard lock(next_mu);
      for (size_t k : members[s]) {
        if (hits[k])
          next.keep(entries[k].display, *hits[k]);
        else
          next.put(entries[k].display, entries[k].stamp, std::move(encoded[k]));
      }
      next.save_shard(keys[s]);
    });
    *cache = std::move(next);
  }

  if (!errors.empty()) {  // in file order, whichever thread found them
    std::sort(errors.begin(), errors.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Diagnostic> all;
    for (auto& [i, d] : errors) all.push_back(std::move(d));
    throw ContentErrors(std::move(all));
  }

  for (auto& p : others) {
    if (auto* ed = std::get_if<Edition>(&p)) out.editions.push_back(std::move(*ed));
    if (auto* pg = std::get_if<StandalonePage>(&p)) out.pages.push_back(std::move(*pg));
    if (auto* s = std::get_if<SectionIndex>(&p)) out.sections.push_back(std::move(*s));
  }
  return out;
}

}  // namespace gazette
