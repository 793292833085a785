// The material an evaluation set draws its pages from: clean articles and
// the paper's banners (page names, column labels, slogans).
//
// load_pool("tune", …) reads articles/tune/*.md, banners-tune.txt and, as
// extra tune articles, the repository's own reviewed articles (content/**/*.md
// with a title, `review: []` and a type other than fragment); "holdout" reads
// articles/holdout/*.md and banners-holdout.txt only, so that the two sets
// share no article and no banner. Files are read in sorted order, so a pool
// (and every page drawn from it) is the same on every machine.
// `people` gathers every author and `people` name of the pool's articles:
// the places where a column break can cut a name.
//
// keep_half(pool, h) keeps only the articles whose identity (`file`, the path
// they were read from, relative to the repository) hashes (64-bit FNV-1a) to
// parity h, and gathers `people` again from them; banners are untouched. The
// split depends on each file's path alone, not on its position or on which
// other files exist, so hand-written and content/ articles fall in both
// halves and an article stays in its half as the pool grows. Throws when a
// half would be empty.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "clean_article.h"

namespace gazette::import_eval {

struct Banner {
  enum class Kind { kPageName, kLabel, kSlogan };
  Kind kind = Kind::kLabel;
  std::string text;
};

struct Pool {
  std::string name;  // "tune" | "holdout"
  std::vector<CleanArticle> articles;
  std::vector<Banner> banners;
  std::vector<std::string> people;

  std::vector<const Banner*> banners_of(Banner::Kind kind) const;
};

// Lines "page: 平城要闻", "label: 民生直通车", "slogan: 守护碧水蓝天 共建美丽家园";
// blank lines and lines starting with '#' are skipped. Throws on other lines.
std::vector<Banner> read_banners(const std::string& text, const std::string& path);

// `eval_dir` is bench/import_eval, `repo` the repository root (for content/).
Pool load_pool(const std::string& name, const std::filesystem::path& eval_dir,
               const std::filesystem::path& repo);

// The half (0 or 1) an article of this identity falls in.
int half_of(const std::string& file);
void keep_half(Pool& pool, int half);

}  // namespace gazette::import_eval
