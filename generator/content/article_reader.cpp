#include "content/article_reader.h"

#include <set>

#include "front_matter/front_matter.h"
#include "front_matter/yaml_tree.h"
#include "markdown/markdown.h"
#include "util/error.h"

namespace gazette {
namespace {

constexpr size_t kSummaryChars = 120;

const std::set<std::string, std::less<>> kArticleKeys = {
    "title", "kicker",   "subtitle", "date",   "page",   "page_name", "order",
    "type",  "dateline", "byline",   "photos", "review", "draft",     "summary"};

std::vector<Photo> read_photos(const YamlTree& doc) {
  std::vector<Photo> out;
  const YamlNode& n = doc.root()["photos"];
  if (n.is_null()) return out;
  if (!n.is_sequence()) doc.fail(n, "'photos' must be a list of {caption, credit}");
  for (const auto& item : n.items) {
    Photo p;
    if (item.is_scalar()) {
      p.caption = item.scalar;
    } else if (item.is_map()) {
      p.caption = doc.get_string(item, "caption").value_or("");
      p.credit = doc.get_string(item, "credit").value_or("");
      p.by = doc.get_string(item, "by").value_or("");
      p.src = doc.get_string(item, "src").value_or("");
    } else {
      doc.fail(item, "each photo must be {caption: ..., credit: ...}");
    }
    out.push_back(std::move(p));
  }
  return out;
}

int non_negative(const YamlTree& doc, const char* key) {
  auto v = doc.get_int(doc.root(), key);
  if (!v) return 0;
  if (*v < 0 || *v > 100000)
    doc.fail(doc.root()[key], std::string("'") + key + "' is out of range");
  return static_cast<int>(*v);
}

Value unknown_keys(const YamlNode& root, const SiteConfig& config) {
  Value params;
  params.kind = Value::Kind::kMap;
  for (const auto& kv : root.entries) {
    std::string key = kv.first;
    if (kArticleKeys.count(key)) continue;
    bool taxonomy = false;
    for (const auto& t : config.taxonomies) taxonomy = taxonomy || t.name == key;
    if (!taxonomy) params.map.emplace_back(key, to_value(kv.second));
  }
  return params;
}

}  // namespace

bool is_known_article_type(std::string_view type) {
  static const std::set<std::string, std::less<>> kTypes = {
      "news", "interview", "commentary", "feature", "notice", "table", "list", "fragment"};
  return kTypes.count(type) > 0;
}

Article read_article(std::string_view text, SourceRef source, const Date& edition_date,
                     const SiteConfig& config) {
  FrontMatterSplit split = split_front_matter(text, source.display);
  if (!split.has_front_matter)
    throw ContentError(source.display, 1, "an article must start with front matter ('---')");
  YamlTree doc(split.yaml, source.display, split.yaml_line);
  const YamlNode& root = doc.root();

  Article a;
  a.type = doc.get_string(root, "type").value_or("news");
  auto title = doc.get_string(root, "title");
  if (!title) throw ContentError(source.display, split.yaml_line, "'title' is required");
  if (title->empty() && a.type != "fragment")
    doc.fail(root["title"], "'title' is empty (only a 'type: fragment' may have no title)");
  a.title = *title;
  a.kicker = doc.get_string(root, "kicker").value_or("");
  a.subtitle = doc.get_string(root, "subtitle").value_or("");
  a.dateline = doc.get_string(root, "dateline").value_or("");
  a.byline = doc.get_string(root, "byline").value_or("");
  a.page_name = doc.get_string(root, "page_name").value_or("");
  a.edition_date = edition_date;
  a.date = edition_date;
  if (auto d = doc.get_string(root, "date")) {
    auto parsed = Date::parse(*d);
    if (!parsed)
      doc.fail(root["date"], "'date' must be a real date written YYYY-MM-DD, not '" + *d + "'");
    a.date = *parsed;
  }
  a.page = non_negative(doc, "page");
  a.order = non_negative(doc, "order");
  for (const auto& t : config.taxonomies)
    a.terms.push_back(doc.get_string_list(root, t.name.c_str()));
  a.photos = read_photos(doc);
  a.review = doc.get_string_list(root, "review");
  a.draft = doc.get_bool(root, "draft").value_or(false);
  a.params = unknown_keys(root, config);
  std::string_view body = text.substr(split.body_offset);
  a.summary = doc.get_string(root, "summary").value_or(markdown_summary(body, kSummaryChars));
  a.tables = static_cast<int>(count_markdown_tables(body));
  source.body_offset = split.body_offset;
  source.body_line = split.body_line;
  a.source = std::move(source);
  return a;
}

StandalonePage read_standalone_page(std::string_view text, SourceRef source) {
  FrontMatterSplit split = split_front_matter(text, source.display);
  StandalonePage p;
  p.params.kind = Value::Kind::kMap;
  if (split.has_front_matter) {
    YamlTree doc(split.yaml, source.display, split.yaml_line);
    p.title = doc.get_string(doc.root(), "title").value_or("");
    for (const auto& kv : doc.root().entries) {
      std::string key = kv.first;
      if (key != "title") p.params.map.emplace_back(key, to_value(kv.second));
    }
  }
  if (p.title.empty()) throw ContentError(source.display, 1, "a page needs a 'title'");
  source.body_offset = split.body_offset;
  source.body_line = split.body_line;
  p.source = std::move(source);
  return p;
}

SectionIndex read_section_index(std::string_view text, SourceRef source, int year, int month) {
  FrontMatterSplit split = split_front_matter(text, source.display);
  SectionIndex s;
  s.year = year;
  s.month = month;
  s.params.kind = Value::Kind::kMap;
  if (split.has_front_matter) {
    YamlTree doc(split.yaml, source.display, split.yaml_line);
    s.title = doc.get_string(doc.root(), "title").value_or("");
    for (const auto& kv : doc.root().entries)
      if (kv.first != "title") s.params.map.emplace_back(kv.first, to_value(kv.second));
  }
  source.body_offset = split.body_offset;
  source.body_line = split.body_line;
  s.source = std::move(source);
  return s;
}

}  // namespace gazette
