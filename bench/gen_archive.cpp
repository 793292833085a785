// gen_archive: writes a synthetic gazette archive of N articles for benchmarks, and
// optionally the same articles as a Hugo content tree, from one in-memory model so
// the two can never drift apart.
//
//   gen_archive [--hugo HUGO_DIR] [--corpus FILE] [--seed S] [--force] N DIR
//
// DIR receives site.yml and content/YYYY/MM/DD/{_index.md,<slug>.md} in the format
// of docs/content-format.md; HUGO_DIR receives content/ only (bench/gen-archive copies the Hugo
// skeleton of bench/hugo/ next to it). Editions of about 24 articles on 4 pages
// appear on consecutive days from 2000-01-01; 1-2 reporters per article from a pool
// of 80; 2-5 Zipf-distributed tags from a pool of 600; 3-9 paragraphs of sentences
// from corpus.txt (real text of the sample pages); about 5% notices with a GFM table.
// Output depends only on N, the seed and corpus.txt: the random generator and every
// distribution are written out here, not taken from <random>, whose distributions
// differ between standard libraries.
//
// Standard library only; one thread; each edition is written as soon as it is made,
// so memory stays flat whatever N is.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifndef GEN_ARCHIVE_CORPUS
#define GEN_ARCHIVE_CORPUS "bench/corpus.txt"
#endif

namespace fs = std::filesystem;

namespace {

constexpr uint64_t kDefaultSeed = 20230720;
constexpr int kReporters = 80;
constexpr int kTags = 600;
constexpr double kTagZipfExponent = 1.0;
constexpr double kReporterZipfExponent = 0.6;

// ---------------------------------------------------------------- random numbers
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {  // splitmix64
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<size_t>(hi - lo + 1))); }
  bool chance(double p) { return unit() < p; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  uint64_t state_;
};

// Rank r (0-based) has weight 1 / (r + 1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (size_t r = 0; r < n; ++r) cdf_[r] = (sum += 1.0 / std::pow(static_cast<double>(r + 1), s));
    for (double& c : cdf_) c /= sum;
  }
  size_t operator()(Rng& rng) const {
    auto it = std::upper_bound(cdf_.begin(), cdf_.end(), rng.unit());
    return it == cdf_.end() ? cdf_.size() - 1 : static_cast<size_t>(it - cdf_.begin());
  }
  // k distinct ranks, in the order drawn.
  std::vector<size_t> distinct(Rng& rng, size_t k) const {
    std::vector<size_t> out;
    while (out.size() < k && out.size() < cdf_.size()) {
      size_t r = (*this)(rng);
      if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
    }
    return out;
  }

 private:
  std::vector<double> cdf_;
};

// ---------------------------------------------------------------- corpus
struct Corpus {
  std::map<std::string, std::vector<std::string>> sections;

  const std::vector<std::string>& get(const std::string& name) const {
    auto it = sections.find(name);
    if (it == sections.end() || it->second.empty()) {
      throw std::runtime_error("corpus: section [" + name + "] is missing or empty");
    }
    return it->second;
  }
};

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

Corpus load_corpus(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read corpus " + path.string() + ": " + std::strerror(errno));
  Corpus c;
  std::string line, section;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t.front() == '[' && t.back() == ']') {
      section = t.substr(1, t.size() - 2);
      c.sections[section];
      continue;
    }
    if (section.empty()) {
      throw std::runtime_error(path.string() + ":" + std::to_string(lineno) + ": text before any [section]");
    }
    if (section == "surnames" || section == "given") {  // space-separated words
      std::istringstream words(t);
      for (std::string w; words >> w;) c.sections[section].push_back(w);
    } else {
      c.sections[section].push_back(t);
    }
  }
  return c;
}

// ---------------------------------------------------------------- dates
struct Date {
  int y, m, d;
};

// Days since 1970-01-01 to civil date (H. Hinnant's algorithm).
Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

constexpr int64_t kFirstDay = 10957;  // 2000-01-01

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}
std::string iso(const Date& d) { return std::to_string(d.y) + "-" + two(d.m) + "-" + two(d.d); }
std::string chinese_date(const Date& d) {
  return std::to_string(d.y) + "年" + std::to_string(d.m) + "月" + std::to_string(d.d) + "日";
}

// ---------------------------------------------------------------- model
struct Photo {
  std::string caption, credit, by;
};

struct Article {
  std::string slug, title, kicker, subtitle, type, dateline, byline, series;
  int page = 1, order = 1;
  std::vector<std::string> authors, tags;
  std::vector<Photo> photos;
  std::string body;
};

struct PageInfo {
  int number = 1;
  std::string name;
  std::vector<std::string> banners;
};

struct Edition {
  Date date{};
  int number = 0;
  std::vector<PageInfo> pages;
  std::vector<Article> articles;
};

// ---------------------------------------------------------------- YAML output
// Plain scalars where YAML reads them back as the same string, double quotes elsewhere.
bool plain_ok(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  if (std::strchr("-?:,[]{}#&*!|>'\"%@`", s.front()) != nullptr) return false;
  bool numberish = true;
  for (unsigned char c : s) {
    if (c < 0x20) return false;
    if (c < 0x80 && std::strchr(":#,[]{}\"'\\", c) != nullptr) return false;
    if (!(std::isdigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) numberish = false;
  }
  if (numberish) return false;
  static const char* const kReserved[] = {"true", "false", "yes", "no", "on", "off", "null", "~",
                                          "True", "False", "Yes", "No", "On", "Off", "Null", "NULL",
                                          "TRUE", "FALSE"};
  for (const char* r : kReserved)
    if (s == r) return false;
  return true;
}

void scalar(std::string& out, std::string_view s) {
  if (plain_ok(s)) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

void flow_list(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    scalar(out, items[i]);
  }
  out += ']';
}

void key(std::string& out, std::string_view k, std::string_view v) {
  out += k;
  out += ": ";
  scalar(out, v);
  out += '\n';
}

// A value written as is: dates (YAML timestamps, as docs/content-format.md shows them).
void key_raw(std::string& out, std::string_view k, std::string_view v) {
  out += k;
  out += ": ";
  out += v;
  out += '\n';
}

void key_int(std::string& out, std::string_view k, int v) {
  out += k;
  out += ": ";
  out += std::to_string(v);
  out += '\n';
}

void photos_yaml(std::string& out, const std::vector<Photo>& photos) {
  out += "photos: [";
  for (size_t i = 0; i < photos.size(); ++i) {
    if (i) out += ", ";
    out += "{caption: ";
    scalar(out, photos[i].caption);
    out += ", credit: ";
    scalar(out, photos[i].credit);
    out += ", by: ";
    scalar(out, photos[i].by);
    out += '}';
  }
  out += "]\n";
}

void pages_yaml(std::string& out, const std::vector<PageInfo>& pages) {
  out += "pages:\n";
  for (const PageInfo& p : pages) {
    out += "  - {number: " + std::to_string(p.number) + ", name: ";
    scalar(out, p.name);
    out += ", banners: ";
    flow_list(out, p.banners);
    out += "}\n";
  }
}

// ---------------------------------------------------------------- generator
class Generator {
 public:
  Generator(const Corpus& c, uint64_t seed)
      : corpus_(c),
        rng_(seed),
        tag_zipf_(kTags, kTagZipfExponent),
        reporter_zipf_(kReporters, kReporterZipfExponent),
        sentences_(c.get("sentences")) {
    make_reporters();
    make_tags();
    for (const std::string& line : c.get("page_names")) {
      auto colon = line.find(':');
      if (colon == std::string::npos) throw std::runtime_error("corpus: [page_names] needs number:name");
      page_names_[std::atoi(line.substr(0, colon).c_str())].push_back(line.substr(colon + 1));
    }
  }

  const std::vector<std::string>& tags() const { return tags_; }
  const std::vector<std::string>& reporters() const { return reporters_; }

  Edition edition(int index, int count, int64_t& next_article) {
    Edition e;
    e.number = index + 1;
    e.date = civil_from_days(kFirstDay + index);
    const int npages = std::min(4, count);
    for (int p = 1; p <= npages; ++p) {
      PageInfo info;
      info.number = p;
      auto it = page_names_.find(p);
      info.name = it != page_names_.end() ? rng_.pick(it->second) : "第" + std::to_string(p) + "版";
      if (rng_.chance(0.15)) info.banners.push_back(rng_.pick(corpus_.get("banners")));
      e.pages.push_back(std::move(info));
    }
    // Split `count` articles over the pages: even shares, then a few moved around.
    std::vector<int> per_page(static_cast<size_t>(npages), count / npages);
    for (int r = 0; r < count % npages; ++r) ++per_page[rng_.below(static_cast<size_t>(npages))];
    for (int moves = rng_.between(0, 3); moves > 0; --moves) {
      size_t from = rng_.below(per_page.size()), to = rng_.below(per_page.size());
      if (per_page[from] > 2) --per_page[from], ++per_page[to];
    }
    for (int p = 0; p < npages; ++p) {
      for (int o = 1; o <= per_page[static_cast<size_t>(p)]; ++o) {
        e.articles.push_back(article(e, e.pages[static_cast<size_t>(p)], o, next_article++));
      }
    }
    return e;
  }

 private:
  void make_reporters() {
    const auto& sur = corpus_.get("surnames");
    const auto& giv = corpus_.get("given");
    std::set<std::string> seen;
    for (size_t i = 0; reporters_.size() < kReporters; ++i) {
      if (i > sur.size() * giv.size() * 2) throw std::runtime_error("corpus: too few names for 80 reporters");
      std::string name = sur[i % sur.size()] + giv[(i * 7 + i / sur.size()) % giv.size()];
      if (seen.insert(name).second) reporters_.push_back(name);
    }
  }

  void make_tags() {  // single tags first (the most frequent), then place x topic
    std::set<std::string> seen;
    for (const auto& t : corpus_.get("tags"))
      if (tags_.size() < kTags && seen.insert(t).second) tags_.push_back(t);
    const auto& places = corpus_.get("places");
    const auto& topics = corpus_.get("topics");
    for (size_t i = 0; tags_.size() < kTags && i < places.size() * topics.size(); ++i) {
      std::string t = places[i % places.size()] + topics[(i / places.size()) % topics.size()];
      if (seen.insert(t).second) tags_.push_back(t);
    }
    if (tags_.size() < kTags) throw std::runtime_error("corpus: too few tags, places or topics for 600 tags");
  }

  std::string paragraph(int sentences) {
    std::string p;
    for (int i = 0; i < sentences; ++i) p += rng_.pick(sentences_);
    return p;
  }

  int sentences_per_paragraph() {
    double u = rng_.unit();
    return u < 0.30 ? 1 : u < 0.70 ? 2 : u < 0.90 ? 3 : 4;
  }

  std::string slug(int64_t n) const {
    char b[32];
    std::snprintf(b, sizeof b, "a%06lld", static_cast<long long>(n));
    return b;
  }

  std::string names(const std::vector<std::string>& v) const {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
    return s;
  }

  Article article(const Edition& e, const PageInfo& page, int order, int64_t n) {
    Article a;
    a.slug = slug(n);
    a.page = page.number;
    a.order = order;
    double u = rng_.unit();
    a.type = u < 0.05 ? "notice" : u < 0.07 ? "list" : u < 0.14 ? "interview" : u < 0.21 ? "commentary"
             : u < 0.33 ? "feature" : "news";

    if (a.type != "notice") {
      size_t k = (a.type != "commentary" && rng_.chance(0.35)) ? 2 : 1;
      for (size_t r : reporter_zipf_.distinct(rng_, k)) a.authors.push_back(reporters_[r]);
    }
    for (size_t r : tag_zipf_.distinct(rng_, static_cast<size_t>(rng_.between(2, 5)))) a.tags.push_back(tags_[r]);

    int paragraphs = rng_.between(3, 9);
    std::string& b = a.body;
    if (a.type == "notice") {
      a.title = rng_.pick(corpus_.get("notice_titles"));
      b += rng_.pick(corpus_.get("notice_intro")) + "\n\n";
      for (int i = 1; i < std::min(paragraphs, 3); ++i) b += paragraph(sentences_per_paragraph()) + "\n\n";
      b += "| 序号 | 责任单位 | 网格编号 | 收集范围 | 收集时间 |\n| --- | --- | --- | --- | --- |\n";
      const auto& units = corpus_.get("grid_units");
      const auto& ranges = corpus_.get("grid_ranges");
      const auto& times = corpus_.get("grid_times");
      for (int row = 1, rows = rng_.between(5, 15); row <= rows; ++row) {
        char code[16];
        std::snprintf(code, sizeof code, "JY%02d", row);
        b += "| " + std::to_string(row) + " | " + rng_.pick(units) + " | " + code + " | " + rng_.pick(ranges) +
             " | " + rng_.pick(times) + " " + rng_.pick(times) + " |\n";
      }
      b += "\n" + rng_.pick(corpus_.get("notice_issuers")) + "\n\n" + chinese_date(e.date) + "\n";
      return a;
    }
    if (a.type == "list") {
      a.title = rng_.pick(corpus_.get("list_titles")) + "（" + std::to_string(rng_.between(1, 9)) + "）";
      b += paragraph(2) + "\n\n";
      const auto& slogans = corpus_.get("slogans");
      for (int i = 1, items = rng_.between(5, static_cast<int>(slogans.size())); i <= items; ++i)
        b += std::to_string(i) + ". " + rng_.pick(slogans) + "\n";
      b += "\n" + paragraph(1) + "\n";
      return a;
    }

    a.title = rng_.pick(corpus_.get("titles"));
    if (a.type == "commentary") {
      a.kicker = "平城新语";
      a.byline = a.authors.front();
    } else if (a.type == "interview") {
      a.subtitle = rng_.pick(corpus_.get("interview_subtitles"));
      a.byline = "本报记者 " + names(a.authors);
    } else if (a.type == "feature") {
      a.byline = "本报记者 " + names(a.authors);
    } else {
      a.dateline = "本报讯（记者 " + names(a.authors) + "）";
    }
    if (a.kicker.empty() && (a.type == "news" || a.type == "feature") && rng_.chance(0.08)) {
      a.series = rng_.pick(corpus_.get("series"));
      a.kicker = a.series;
    } else if (a.kicker.empty() && rng_.chance(0.2)) {
      a.kicker = rng_.pick(corpus_.get("kickers"));
    }
    if (a.subtitle.empty() && rng_.chance(0.1)) a.subtitle = rng_.pick(corpus_.get("subtitles"));
    if (rng_.chance(0.15)) {
      for (int i = 0, k = rng_.chance(0.8) ? 1 : 2; i < k; ++i) {
        const std::string& by = a.authors[rng_.below(a.authors.size())];
        a.photos.push_back({rng_.pick(corpus_.get("captions")), by + "摄", by});
      }
    }
    for (int i = 0; i < paragraphs; ++i) {
      if (i == 0) b += a.dateline;
      b += paragraph(sentences_per_paragraph());
      b += "\n\n";
    }
    b.pop_back();
    return a;
  }

  const Corpus& corpus_;
  Rng rng_;
  Zipf tag_zipf_, reporter_zipf_;
  const std::vector<std::string>& sentences_;
  std::vector<std::string> reporters_, tags_;
  std::map<int, std::vector<std::string>> page_names_;
};

// ---------------------------------------------------------------- writers
struct Writer {
  uint64_t files = 0, bytes = 0;
  std::string buf;

  void write(const fs::path& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
    size_t n = std::fwrite(text.data(), 1, text.size(), f);
    if (std::fclose(f) != 0 || n != text.size()) throw std::runtime_error("cannot write " + path.string());
    ++files;
    bytes += text.size();
  }
};

fs::path day_dir(const fs::path& content, const Date& d) {
  return content / std::to_string(d.y) / two(d.m) / two(d.d);
}

void write_gazette_edition(Writer& w, const fs::path& content, const Edition& e) {
  fs::path dir = day_dir(content, e.date);
  fs::create_directories(dir);
  std::string& o = w.buf;
  o = "---\n";
  key_raw(o, "date", iso(e.date));
  key_int(o, "edition", e.number);
  pages_yaml(o, e.pages);
  o += "---\n";
  w.write(dir / "_index.md", o);

  for (const Article& a : e.articles) {
    o = "---\n";
    key(o, "title", a.title);
    if (!a.kicker.empty()) key(o, "kicker", a.kicker);
    if (!a.subtitle.empty()) key(o, "subtitle", a.subtitle);
    key_raw(o, "date", iso(e.date));
    key_int(o, "page", a.page);
    key(o, "page_name", e.pages[static_cast<size_t>(a.page - 1)].name);
    key_int(o, "order", a.order);
    key(o, "type", a.type);
    if (!a.dateline.empty()) key(o, "dateline", a.dateline);
    if (!a.byline.empty()) key(o, "byline", a.byline);
    o += "authors: ";
    flow_list(o, a.authors);
    o += '\n';
    if (!a.photos.empty()) photos_yaml(o, a.photos);
    if (!a.series.empty()) key(o, "series", a.series);
    o += "tags: ";
    flow_list(o, a.tags);
    o += "\nreview: []\n---\n";
    o += a.body;
    if (o.back() != '\n') o += '\n';
    w.write(dir / (a.slug + ".md"), o);
  }
}

// Hugo: the same articles with Hugo's conventions: a date with time and offset,
// `weight` for the order on the page, the article type under `article_type` (Hugo's
// `type` selects layouts), `series` as a list (a taxonomy), and _index.md files for
// the year and month sections so that /YYYY/ and /YYYY/MM/ are list pages.
void write_hugo_edition(Writer& w, const fs::path& content, const Edition& e, bool new_year, bool new_month) {
  const std::string hugo_date = iso(e.date) + "T06:00:00+08:00";
  fs::path dir = day_dir(content, e.date);
  fs::create_directories(dir);
  std::string& o = w.buf;
  if (new_year) {
    o = "---\n";
    key(o, "title", std::to_string(e.date.y) + "年");
    key_raw(o, "date", hugo_date);
    o += "type: year\n---\n";
    w.write(dir.parent_path().parent_path() / "_index.md", o);
  }
  if (new_month) {
    o = "---\n";
    key(o, "title", std::to_string(e.date.y) + "年" + std::to_string(e.date.m) + "月");
    key_raw(o, "date", hugo_date);
    o += "type: month\n---\n";
    w.write(dir.parent_path() / "_index.md", o);
  }
  o = "---\n";
  key(o, "title", chinese_date(e.date) + " 第" + std::to_string(e.number) + "期");
  key_raw(o, "date", hugo_date);
  key_int(o, "edition", e.number);
  o += "type: edition\n";
  pages_yaml(o, e.pages);
  o += "---\n";
  w.write(dir / "_index.md", o);

  for (const Article& a : e.articles) {
    o = "---\n";
    key(o, "title", a.title);
    if (!a.kicker.empty()) key(o, "kicker", a.kicker);
    if (!a.subtitle.empty()) key(o, "subtitle", a.subtitle);
    key_raw(o, "date", hugo_date);
    key_int(o, "weight", a.page * 1000 + a.order);  // printed order: page, then position
    key_int(o, "page", a.page);
    key(o, "page_name", e.pages[static_cast<size_t>(a.page - 1)].name);
    key_int(o, "order", a.order);
    key(o, "article_type", a.type);
    if (!a.dateline.empty()) key(o, "dateline", a.dateline);
    if (!a.byline.empty()) key(o, "byline", a.byline);
    o += "authors: ";
    flow_list(o, a.authors);
    o += '\n';
    if (!a.photos.empty()) photos_yaml(o, a.photos);
    if (!a.series.empty()) {
      o += "series: ";
      flow_list(o, {a.series});
      o += '\n';
    }
    o += "tags: ";
    flow_list(o, a.tags);
    o += "\nreview: []\n---\n";
    o += a.body;
    if (o.back() != '\n') o += '\n';
    w.write(dir / (a.slug + ".md"), o);
  }
}

void write_site_yml(Writer& w, const fs::path& dir, const Corpus& c) {
  std::string o =
      "# Synthetic archive written by bench/gen_archive (text from the sample pages).\n"
      "title: 平城报\n"
      "description: 平城区区报数字版 — 基准测试用的合成档案\n"
      "base_url: http://localhost:1313/\n"
      "language: zh-CN\n"
      "theme: default\n"
      "timezone: \"+08:00\"\n"
      "paginate: 20\n"
      "feed_limit: 100\n"
      "\n"
      "taxonomies:\n"
      "  tags: 标签\n"
      "  authors: 记者\n"
      "  series: 系列\n"
      "\n"
      "gazetteer:\n"
      "  places: ";
  flow_list(o, c.get("places"));
  o += "\n  topics: ";
  flow_list(o, c.get("topics"));
  o += "\n";
  w.write(dir / "site.yml", o);
}

// Refuses to mix a new archive with an old one; --force removes the old content/.
void prepare(const fs::path& dir, bool force) {
  fs::path content = dir / "content";
  if (fs::exists(content)) {
    if (!force) throw std::runtime_error(content.string() + " exists (use --force to replace it)");
    fs::remove_all(content);
  }
  fs::create_directories(content);
}

int usage(const char* msg) {
  if (msg) std::cerr << "gen_archive: " << msg << "\n";
  std::cerr << "usage: gen_archive [--hugo HUGO_DIR] [--corpus FILE] [--seed S] [--force] N DIR\n"
               "  writes a gazette site of N articles into DIR (site.yml, content/) and, with --hugo,\n"
               "  the same articles as a Hugo content tree into HUGO_DIR/content/\n";
  return 2;
}

bool parse_u64(const char* s, uint64_t& v) {
  if (s == nullptr || *s == '\0') return false;
  char* end = nullptr;
  errno = 0;
  unsigned long long x = std::strtoull(s, &end, 10);
  if (errno != 0 || *end != '\0' || *s == '-') return false;
  v = x;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string hugo_dir, corpus_path = GEN_ARCHIVE_CORPUS;
  uint64_t seed = kDefaultSeed;
  bool force = false;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--hugo") {
      const char* v = value();
      if (!v) return usage("--hugo needs a directory");
      hugo_dir = v;
    } else if (arg == "--corpus") {
      const char* v = value();
      if (!v) return usage("--corpus needs a file");
      corpus_path = v;
    } else if (arg == "--seed") {
      if (!parse_u64(value(), seed)) return usage("--seed needs a number");
    } else if (arg == "--force") {
      force = true;
    } else if (arg == "-h" || arg == "--help") {
      usage(nullptr);
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage(("unknown option " + std::string(arg)).c_str());
    } else {
      positional.emplace_back(arg);
    }
  }
  uint64_t n = 0;
  if (positional.size() != 2 || !parse_u64(positional[0].c_str(), n) || n == 0 || n > 9'999'999) {
    return usage("need N (1..9999999) and DIR");
  }
  const fs::path dir = positional[1];

  try {
    const Corpus corpus = load_corpus(corpus_path);
    Generator gen(corpus, seed);
    prepare(dir, force);
    if (!hugo_dir.empty()) prepare(hugo_dir, force);

    Writer gw, hw;
    write_site_yml(gw, dir, corpus);
    int64_t written = 0, next_article = 1;
    int editions = 0;
    Date first{}, last{};
    std::set<std::string> tags_used, authors_used;
    while (written < static_cast<int64_t>(n)) {
      Rng size_rng(seed ^ (0xD1B54A32D192ED03ULL * static_cast<uint64_t>(editions + 1)));
      int count = static_cast<int>(std::min<int64_t>(size_rng.between(20, 28), static_cast<int64_t>(n) - written));
      Edition e = gen.edition(editions, count, next_article);
      if (editions == 0) first = e.date;
      write_gazette_edition(gw, dir / "content", e);
      if (!hugo_dir.empty()) {
        bool new_year = editions == 0 || e.date.y != last.y;
        bool new_month = new_year || e.date.m != last.m;
        write_hugo_edition(hw, fs::path(hugo_dir) / "content", e, new_year, new_month);
      }
      for (const Article& a : e.articles) {
        tags_used.insert(a.tags.begin(), a.tags.end());
        authors_used.insert(a.authors.begin(), a.authors.end());
      }
      last = e.date;
      written += count;
      ++editions;
    }
    std::cout << "gen_archive: " << written << " articles in " << editions << " editions (" << iso(first)
              << " .. " << iso(last) << "), " << tags_used.size() << " tags, " << authors_used.size()
              << " reporters; " << dir.string() << ": " << gw.files << " files, " << gw.bytes / 1024 << " KiB";
    if (!hugo_dir.empty()) std::cout << "; " << hugo_dir << ": " << hw.files << " files, " << hw.bytes / 1024 << " KiB";
    std::cout << "\n";
  } catch (const std::exception& ex) {
    std::cerr << "gen_archive: " << ex.what() << "\n";
    return 1;
  }
  return 0;
}
