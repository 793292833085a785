// The site model: plain, immutable data that every renderer reads.
//
// The loader (content/) fills articles, editions and pages from disk; the
// builder (model/build_model) then sorts them, assigns URLs, links neighbours
// and groups terms. After that nothing changes, so render threads share one
// Site without locks. Article bodies are not held here: they are read again
// from `source` (under `root`) at render time, which keeps memory flat as the
// archive grows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/site_config.h"
#include "util/value.h"

namespace gazette {

struct Photo {
  std::string caption, credit, by, src;
};

// Where a document's body lives on disk: <Site::root>/<display>. (No path of
// its own: 50,000 of them cost ~5 MiB, and a model taken from the snapshot
// would have had to be re-pointed, article by article, at where the site is now.)
struct SourceRef {
  std::string display;  // relative to the site, for messages ("content/2023/07/20/a.md")
  size_t body_offset = 0;
  int body_line = 1;
  uint64_t content_hash = 0;  // of the whole file, for incremental rebuilds
};

struct Article {
  SourceRef source;
  std::string slug;   // file name without .md
  Date edition_date;  // from the folder content/YYYY/MM/DD/
  Date date;          // front matter `date`, defaults to edition_date
  std::string title, kicker, subtitle, type, dateline, byline, page_name;
  int page = 0, order = 0;
  // Per configured taxonomy, as parsed; build_model empties it once term_ids
  // point at the same names in Site::taxonomies.
  std::vector<std::vector<std::string>> terms;
  std::vector<Photo> photos;
  std::vector<std::string> review;
  bool draft = false;
  Value params;         // unknown front-matter keys
  std::string summary;  // plain text, first paragraph, shortened
  int tables = 0;       // GFM tables in the body (each also published as CSV)

  // Filled by build_model.
  std::string url;                         // "/2023/07/20/slug/" (without base path)
  int edition = -1;                        // index into Site::editions
  int prev = -1, next = -1;                // reading order within the edition
  std::vector<std::vector<int>> term_ids;  // per taxonomy, index into Taxonomy::terms
  std::vector<int> related;                // articles sharing its rarest tags, best first
};

struct EditionPage {
  int number = 0;
  std::string name;
  std::vector<std::string> banners;
  std::vector<int> articles;  // in print order
};

struct Edition {
  Date date;
  int number = 0;  // 期号; 0 when unknown
  std::vector<EditionPage> pages;
  bool has_index = false;  // an _index.md exists
  SourceRef source;        // of _index.md
  Value params;
  std::string url;             // "/2023/07/20/"
  int older = -1, newer = -1;  // neighbouring editions
};

struct Term {
  std::string name, slug, url;
  std::vector<int> articles;  // newest first
};

struct Taxonomy {
  TaxonomyConfig config;
  std::string url;          // "/tags/"
  std::vector<Term> terms;  // pinyin order
};

struct StandalonePage {
  SourceRef source;
  std::string slug, title, url;
  Value params;
};

// A year's or a month's own _index.md (content/2023/_index.md,
// content/2023/07/_index.md): a title and intro text for its calendar page,
// as Hugo's section files give.
struct SectionIndex {
  SourceRef source;
  int year = 0, month = 0;  // month 0: the year's
  std::string title;        // empty: the page's usual title ("2023年")
  Value params;             // other front-matter keys
};

struct Site {
  SiteConfig config;
  std::string root;                  // the site folder as the build was given it ("" = ".")
  std::vector<Article> articles;     // newest edition first, then page, order
  std::vector<Edition> editions;     // newest first
  std::vector<Taxonomy> taxonomies;  // as configured
  std::vector<StandalonePage> pages;
  std::vector<SectionIndex> sections;  // by year, then month (the year's first)
};

}  // namespace gazette
