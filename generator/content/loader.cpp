#include "content/loader.h"

#include <optional>
#include <variant>

#include "content/article_reader.h"
#include "content/edition_reader.h"
#include "rebuild/content_cache.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/fs.h"
#include "util/parallel.h"

namespace gazette {
namespace {

enum class Kind { kArticle, kEdition, kPage, kIgnored, kMisplaced };

struct Entry {
  fs::path path;
  std::string display;
  Kind kind = Kind::kIgnored;
  Date date;
  std::string slug;
};

Entry classify(const fs::path& path, const fs::path& site_dir, const fs::path& content_dir) {
  Entry e;
  e.path = path;
  e.display = display_path(path, site_dir);
  std::vector<std::string> parts;
  for (const auto& p : path.lexically_relative(content_dir)) parts.push_back(p.string());
  const std::string stem = path.stem().string();
  if (parts.size() == 4) {
    if (auto d = Date::parse(parts[0] + "-" + parts[1] + "-" + parts[2])) {
      e.date = *d;
      e.kind = parts[3] == "_index.md" ? Kind::kEdition : Kind::kArticle;
      e.slug = stem;
      return e;
    }
  }
  if (parts.size() == 2 && parts[0] == "pages") {
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
                       "content files belong in content/YYYY/MM/DD/ (editions and articles) or "
                       "content/pages/");
  if (e.kind != Kind::kEdition && !is_valid_slug(e.slug))
    throw ContentError(e.display, 0,
                       "file name '" + e.slug +
                           ".md' must be lower-case ASCII letters, digits "
                           "and '-' (it becomes the URL)");
  const std::string text = read_file(e.path);
  SourceRef src{e.path.string(), e.display};
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
    default:
      return std::monostate{};
  }
}

}  // namespace

bool is_valid_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > 200 || slug.front() == '-') return false;
  for (char c : slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

// A cached document, re-pointed at the file as named in this build.
Parsed from_cache(Parsed p, const Entry& e) {
  std::visit(
      [&](auto& doc) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(doc)>, std::monostate>)
          doc.source.path = e.path.string();
      },
      p);
  return p;
}

LoadedContent load_content(const fs::path& site_dir, const SiteConfig& config, unsigned jobs,
                           ContentCache* cache) {
  const fs::path content_dir = site_dir / "content";
  std::vector<Entry> entries;
  for (const auto& path : list_files(content_dir, ".md")) {
    Entry e = classify(path, site_dir, content_dir);
    if (e.kind != Kind::kIgnored) entries.push_back(std::move(e));
  }

  std::vector<Parsed> parsed(entries.size());
  std::vector<FileStamp> stamps(entries.size());
  std::vector<std::string> encoded(entries.size());  // for the updated cache
  std::vector<char> hit(entries.size(), 0);
  std::vector<std::optional<Diagnostic>> errors(entries.size());
  parallel_for(entries.size(), jobs, [&](size_t i) {
    try {
      if (cache) {
        stamps[i] = stamp_of(entries[i].path);
        if (const std::string* blob = cache->find(entries[i].display, stamps[i])) {
          try {
            parsed[i] = from_cache(ContentCache::decode(*blob), entries[i]);
            encoded[i] = *blob;
            hit[i] = 1;
            return;
          } catch (const std::runtime_error&) {  // damaged entry: parse the file
          }
        }
      }
      parsed[i] = parse_entry(entries[i], config);
      if (cache) encoded[i] = ContentCache::encode(parsed[i]);
    } catch (const ContentError& err) {
      errors[i] = err.diagnostic();
    }
  });
  if (cache) {
    ContentCache fresh;
    fresh.set_config_hash(cache->config_hash());
    size_t hits = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
      hits += static_cast<size_t>(hit[i]);
      fresh.put(entries[i].display, stamps[i], std::move(encoded[i]));
    }
    if (hits != cache->size() || fresh.size() != cache->size()) fresh.mark_dirty();
    *cache = std::move(fresh);  // forgets deleted files
  }

  std::vector<Diagnostic> all;
  for (auto& e : errors)
    if (e) all.push_back(std::move(*e));
  if (!all.empty()) throw ContentErrors(std::move(all));

  LoadedContent out;
  for (auto& p : parsed) {
    if (auto* a = std::get_if<Article>(&p)) out.articles.push_back(std::move(*a));
    if (auto* ed = std::get_if<Edition>(&p)) out.editions.push_back(std::move(*ed));
    if (auto* pg = std::get_if<StandalonePage>(&p)) out.pages.push_back(std::move(*pg));
  }
  return out;
}

}  // namespace gazette
