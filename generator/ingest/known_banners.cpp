#include "ingest/known_banners.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/chars.h"
#include "ingest/edition_index.h"
#include "ingest/enumeration.h"
#include "ingest/heading.h"
#include "ingest/names.h"
#include "ingest/stack_cues.h"
#include "text/slug.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette::ingest {
namespace {

namespace fs = std::filesystem;

bool all_digits(const std::string& s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Sub-folders of `dir` whose name has `digits` digits, sorted; links are not
// followed.
std::vector<fs::path> numbered_dirs(const fs::path& dir, size_t digits) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code st;
    if (it->is_symlink(st) || !it->is_directory(st)) continue;
    if (all_digits(it->path().filename().string(), digits)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A recurring banner recurs: one recorded in a single edition may as well
// be a headline an import took for one.
constexpr int kMinEditions = 2;

// What a recorded banner must look like to be trusted on other pages: a
// slogan, a column label or a page name — not something an import may have
// put among the banners by mistake (a person's name, a notice's title, a
// numbered section, a dash subtitle, a date, a sentence).
bool learnable(std::u32string_view s) {
  s = trim(s);
  if (s.size() < 2 || s.size() > 20) return false;
  for (char32_t c : s)
    if (is_terminal(c) || is_clause_mark(c) || c == U'—' || is_ascii_digit(c)) return false;
  return !looks_like_signature(s) && !is_notice_title(s) && !parse_enumerator(s) &&
         !is_date_line(s) && !is_subtitle_dash(s);
}

// The file names (without ".md") of one edition folder's articles: the
// importer names an article after the pinyin of its title.
void add_article_names(const fs::path& day, std::map<std::string, int>& names) {
  std::error_code ec;
  for (fs::directory_iterator it(day, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.extension() == ".md" && p.filename() != filenames::kIndexFile) ++names[p.stem().string()];
  }
}

// The name an article titled `line` gets, when that name can only be such
// an article's (at most five syllables: longer titles are cut to six).
std::string title_file_name(const std::string& line) {
  std::string slug = slugify(line, "", 6);
  return std::count(slug.begin(), slug.end(), '-') < 5 ? slug : std::string();
}

}  // namespace

std::vector<std::string> known_banners(const fs::path& content_dir,
                                       const std::vector<std::string>& site_banners) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& b) {
    std::string t = trim_utf8(b);
    if (!t.empty() && seen.insert(t).second) out.push_back(t);
  };
  for (const auto& b : site_banners) add(b);
  // Recorded banners in the order first seen, with the editions recording them.
  std::vector<std::string> recorded;
  std::map<std::string, int> editions;
  std::map<std::string, int> article_names;  // articles' file names, with their editions
  for (const auto& year : numbered_dirs(content_dir, 4))
    for (const auto& month : numbered_dirs(year, 2))
      for (const auto& day : numbered_dirs(month, 2)) {
        add_article_names(day, article_names);
        fs::path index = day / filenames::kIndexFile;
        std::error_code ec;
        if (fs::is_symlink(index, ec) || !fs::is_regular_file(index, ec)) continue;
        std::string text;
        try {
          text = read_file(index);
        } catch (const std::exception&) {
          continue;
        }
        std::set<std::string> here;
        for (const auto& b : edition_banners(text))
          if (learnable(to_u32(b)) && here.insert(b).second && editions[b]++ == 0)
            recorded.push_back(b);
      }
  // A line the archive has as an article's title in as many editions as it
  // has it among the banners is a title an import misread, not a banner.
  for (const auto& b : recorded) {
    if (editions[b] < kMinEditions) continue;
    std::string name = title_file_name(b);
    if (!name.empty() && article_names[name] >= editions[b]) continue;
    add(b);
  }
  return out;
}

}  // namespace gazette::ingest
