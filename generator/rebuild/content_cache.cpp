#include "rebuild/content_cache.h"

#include <sys/stat.h>

#include <algorithm>

#include "util/binary_io.h"
#include "util/fs.h"

namespace gazette {
namespace {

constexpr uint64_t kMagic = 0x3143544e455a4147ULL;  // "GAZENTC1"
constexpr uint64_t kVersion = 3;

void put_value(BinaryWriter& w, const Value& v) {
  w.u64(static_cast<uint64_t>(v.kind));
  w.u64(v.boolean);
  w.str(v.string);
  w.u64(v.list.size());
  for (const auto& item : v.list) put_value(w, item);
  w.u64(v.map.size());
  for (const auto& [k, item] : v.map) {
    w.str(k);
    put_value(w, item);
  }
}

Value get_value(BinaryReader& r, int depth = 0) {
  if (depth > 64) throw std::runtime_error("corrupt cache: too deep");
  Value v;
  uint64_t kind = r.u64();
  if (kind > static_cast<uint64_t>(Value::Kind::kMap))
    throw std::runtime_error("corrupt cache: kind");
  v.kind = static_cast<Value::Kind>(kind);
  v.boolean = r.u64() != 0;
  v.string = r.str();
  for (uint64_t n = r.count(); n > 0; --n) v.list.push_back(get_value(r, depth + 1));
  for (uint64_t n = r.count(); n > 0; --n) {
    std::string k = r.str();
    v.map.emplace_back(std::move(k), get_value(r, depth + 1));
  }
  return v;
}

void put_source(BinaryWriter& w, const SourceRef& s) {
  w.str(s.path);
  w.str(s.display);
  w.u64(s.body_offset);
  w.i64(s.body_line);
  w.u64(s.content_hash);
}

SourceRef get_source(BinaryReader& r) {
  SourceRef s;
  s.path = r.str();
  s.display = r.str();
  s.body_offset = r.u64();
  s.body_line = static_cast<int>(r.i64());
  s.content_hash = r.u64();
  return s;
}

void put_date(BinaryWriter& w, const Date& d) {
  w.i64(d.year);
  w.i64(d.month);
  w.i64(d.day);
}

Date get_date(BinaryReader& r) {
  Date d;
  d.year = static_cast<int>(r.i64());
  d.month = static_cast<int>(r.i64());
  d.day = static_cast<int>(r.i64());
  return d;
}

void put_article(BinaryWriter& w, const Article& a) {
  put_source(w, a.source);
  w.str(a.slug);
  put_date(w, a.edition_date);
  put_date(w, a.date);
  for (const std::string* s :
       {&a.title, &a.kicker, &a.subtitle, &a.type, &a.dateline, &a.byline, &a.page_name})
    w.str(*s);
  w.i64(a.page);
  w.i64(a.order);
  w.u64(a.terms.size());
  for (const auto& t : a.terms) w.strings(t);
  w.u64(a.photos.size());
  for (const auto& p : a.photos)
    for (const std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) w.str(*s);
  w.strings(a.review);
  w.u64(a.draft);
  put_value(w, a.params);
  w.str(a.summary);
}

Article get_article(BinaryReader& r) {
  Article a;
  a.source = get_source(r);
  a.slug = r.str();
  a.edition_date = get_date(r);
  a.date = get_date(r);
  for (std::string* s :
       {&a.title, &a.kicker, &a.subtitle, &a.type, &a.dateline, &a.byline, &a.page_name})
    *s = r.str();
  a.page = static_cast<int>(r.i64());
  a.order = static_cast<int>(r.i64());
  for (uint64_t n = r.count(); n > 0; --n) a.terms.push_back(r.strings());
  for (uint64_t n = r.count(); n > 0; --n) {
    Photo p;
    for (std::string* s : {&p.caption, &p.credit, &p.by, &p.src}) *s = r.str();
    a.photos.push_back(std::move(p));
  }
  a.review = r.strings();
  a.draft = r.u64() != 0;
  a.params = get_value(r);
  a.summary = r.str();
  return a;
}

void put_edition(BinaryWriter& w, const Edition& e) {
  put_date(w, e.date);
  w.i64(e.number);
  w.u64(e.pages.size());
  for (const auto& p : e.pages) {
    w.i64(p.number);
    w.str(p.name);
    w.strings(p.banners);
  }
  w.u64(e.has_index);
  put_source(w, e.source);
  put_value(w, e.params);
}

Edition get_edition(BinaryReader& r) {
  Edition e;
  e.date = get_date(r);
  e.number = static_cast<int>(r.i64());
  for (uint64_t n = r.count(); n > 0; --n) {
    EditionPage p;
    p.number = static_cast<int>(r.i64());
    p.name = r.str();
    p.banners = r.strings();
    e.pages.push_back(std::move(p));
  }
  e.has_index = r.u64() != 0;
  e.source = get_source(r);
  e.params = get_value(r);
  return e;
}

void put_page(BinaryWriter& w, const StandalonePage& p) {
  put_source(w, p.source);
  w.str(p.slug);
  w.str(p.title);
  put_value(w, p.params);
}

StandalonePage get_page(BinaryReader& r) {
  StandalonePage p;
  p.source = get_source(r);
  p.slug = r.str();
  p.title = r.str();
  p.params = get_value(r);
  return p;
}

}  // namespace

FileStamp stamp_of(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  auto ns = [](const timespec& t) {
    return static_cast<uint64_t>(t.tv_sec) * 1000000000ULL + static_cast<uint64_t>(t.tv_nsec);
  };
  return FileStamp{static_cast<uint64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim),
                   static_cast<uint64_t>(st.st_ino)};
}

std::string ContentCache::encode(const ParsedDoc& doc) {
  BinaryWriter w;
  if (const auto* a = std::get_if<Article>(&doc)) {
    w.u64(1);
    put_article(w, *a);
  } else if (const auto* e = std::get_if<Edition>(&doc)) {
    w.u64(2);
    put_edition(w, *e);
  } else if (const auto* p = std::get_if<StandalonePage>(&doc)) {
    w.u64(3);
    put_page(w, *p);
  }
  return std::move(w.data());
}

ParsedDoc ContentCache::decode(const std::string& encoded) {
  BinaryReader r(encoded);
  ParsedDoc doc;
  switch (r.u64()) {
    case 1:
      doc = get_article(r);
      break;
    case 2:
      doc = get_edition(r);
      break;
    case 3:
      doc = get_page(r);
      break;
    default:
      throw std::runtime_error("corrupt cache: document kind");
  }
  if (!r.done()) throw std::runtime_error("corrupt cache: trailing bytes in a document");
  return doc;
}

ContentCache ContentCache::load(const std::filesystem::path& file, uint64_t config_hash) {
  ContentCache cache;
  cache.config_hash_ = config_hash;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return cache;
  try {
    const std::string data = read_file(file);
    BinaryReader r(data);
    if (r.u64() != kMagic || r.u64() != kVersion || r.u64() != config_hash) return cache;
    for (uint64_t n = r.count(); n > 0; --n) {
      std::string display = r.str();
      Entry e;
      e.stamp = FileStamp{r.u64(), r.u64(), r.u64(), r.u64()};
      e.encoded = r.str();
      cache.entries_.emplace(std::move(display), std::move(e));
    }
    if (!r.done()) throw std::runtime_error("corrupt cache: trailing bytes");
  } catch (const std::exception&) {
    cache.entries_.clear();
  }
  return cache;
}

const std::string* ContentCache::find(const std::string& display, const FileStamp& stamp) const {
  auto it = entries_.find(display);
  if (it == entries_.end() || !(it->second.stamp == stamp) || stamp.size == 0) return nullptr;
  return &it->second.encoded;
}

void ContentCache::put(const std::string& display, const FileStamp& stamp, std::string encoded) {
  if (encoded.empty()) return;
  entries_[display] = Entry{stamp, std::move(encoded)};
}

void ContentCache::save(const std::filesystem::path& file) const {
  BinaryWriter w;
  w.u64(kMagic);
  w.u64(kVersion);
  w.u64(config_hash_);
  // Sorted, so the cache file itself is deterministic.
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  for (const auto& kv : entries_) sorted.push_back(&kv);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.u64(sorted.size());
  for (const auto* kv : sorted) {
    w.str(kv->first);
    const FileStamp& s = kv->second.stamp;
    for (uint64_t v : {s.size, s.mtime_ns, s.ctime_ns, s.inode}) w.u64(v);
    w.str(kv->second.encoded);
  }
  try {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    write_file_atomic(file, w.data());
  } catch (const std::exception&) {
  }
}

}  // namespace gazette
