#include "pool.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace gazette::import_eval {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> markdown_files(const fs::path& dir, bool recursive) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) throw std::runtime_error(dir.string() + ": no such folder");
  auto take = [&](const fs::directory_entry& e) {
    if (e.is_regular_file() && e.path().extension() == ".md") out.push_back(e.path());
  };
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) take(e);
  } else {
    for (const auto& e : fs::directory_iterator(dir)) take(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

void add_person(std::vector<std::string>& people, const std::string& name) {
  if (!name.empty() && std::find(people.begin(), people.end(), name) == people.end())
    people.push_back(name);
}

void gather_people(Pool& pool) {
  pool.people.clear();
  for (const auto& a : pool.articles) {
    for (const auto& n : a.authors) add_person(pool.people, n);
    for (const auto& n : a.people) add_person(pool.people, n);
  }
}

}  // namespace

std::vector<const Banner*> Pool::banners_of(Banner::Kind kind) const {
  std::vector<const Banner*> out;
  for (const auto& b : banners)
    if (b.kind == kind) out.push_back(&b);
  return out;
}

std::vector<Banner> read_banners(const std::string& text, const std::string& path) {
  std::vector<Banner> out;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    std::string kind = colon == std::string::npos ? "" : line.substr(0, colon);
    Banner b;
    if (kind == "page") {
      b.kind = Banner::Kind::kPageName;
    } else if (kind == "label") {
      b.kind = Banner::Kind::kLabel;
    } else if (kind == "slogan") {
      b.kind = Banner::Kind::kSlogan;
    } else {
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": expected 'page:', 'label:' or 'slogan:'");
    }
    b.text = trim(line.substr(colon + 1));
    if (b.text.empty()) throw std::runtime_error(path + ":" + std::to_string(number) + ": empty");
    out.push_back(std::move(b));
  }
  return out;
}

Pool load_pool(const std::string& name, const fs::path& eval_dir, const fs::path& repo) {
  if (name != "tune" && name != "holdout")
    throw std::runtime_error("unknown set '" + name + "' (tune or holdout)");
  Pool pool;
  pool.name = name;
  // Articles are named by their path from the repository, for messages.
  auto shown = [&](const fs::path& f) { return f.lexically_relative(repo).generic_string(); };
  for (const auto& f : markdown_files(eval_dir / "articles" / name, false))
    pool.articles.push_back(read_clean_article(slurp(f), shown(f)));
  if (name == "tune") {
    for (const auto& f : markdown_files(repo / "content", true)) {
      if (f.filename() == "_index.md") continue;
      std::string text = slurp(f);
      if (text.find("\ntitle:") == std::string::npos) continue;  // pages without front matter
      CleanArticle a;
      try {
        a = read_clean_article(text, shown(f));
      } catch (const std::runtime_error&) {
        continue;  // no title or no body: not an article to lay out
      }
      if (a.reviewed && a.type != "fragment") pool.articles.push_back(std::move(a));
    }
  }
  const fs::path banners = eval_dir / ("banners-" + name + ".txt");
  pool.banners = read_banners(slurp(banners), banners.string());
  gather_people(pool);
  if (pool.articles.empty()) throw std::runtime_error("no articles for the " + name + " set");
  return pool;
}

int half_of(const std::string& file) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits
  for (unsigned char c : file) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h >> 63);  // the best-mixed bit
}

void keep_half(Pool& pool, int half) {
  if (half != 0 && half != 1) throw std::runtime_error("half must be 0 or 1");
  std::erase_if(pool.articles, [&](const CleanArticle& a) { return half_of(a.file) != half; });
  if (pool.articles.empty())
    throw std::runtime_error("no articles in half " + std::to_string(half) + " of the " +
                             pool.name + " set");
  gather_people(pool);
}

}  // namespace gazette::import_eval
