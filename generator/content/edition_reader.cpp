#include "content/edition_reader.h"

#include <set>

#include "front_matter/front_matter.h"
#include "front_matter/yaml_tree.h"
#include "util/error.h"

namespace gazette {
namespace {

EditionPage read_page(const YamlTree& doc, const YamlNode& item) {
  if (!item.is_map()) doc.fail(item, "each page must be {number: N, name: 版名, banners: [...]}");
  EditionPage p;
  auto number = doc.get_int(item, "number");
  if (!number || *number < 1 || *number > 999)
    doc.fail(item, "a page needs a 'number' from 1 to 999");
  p.number = static_cast<int>(*number);
  p.name = doc.get_string(item, "name").value_or("");
  p.banners = doc.get_string_list(item, "banners");
  return p;
}

}  // namespace

Edition read_edition(std::string_view text, SourceRef source, const Date& folder_date) {
  FrontMatterSplit split = split_front_matter(text, source.display);
  Edition e;
  e.date = folder_date;
  e.has_index = true;
  e.params.kind = Value::Kind::kMap;
  if (split.has_front_matter) {
    YamlTree doc(split.yaml, source.display, split.yaml_line);
    const YamlNode& root = doc.root();
    if (auto d = doc.get_string(root, "date")) {
      auto parsed = Date::parse(*d);
      if (!parsed)
        doc.fail(root["date"], "'date' must be a real date written YYYY-MM-DD, not '" + *d + "'");
      if (*parsed != folder_date)
        doc.fail(root["date"], "'date' " + *d + " does not match the folder " + folder_date.path());
    }
    if (auto n = doc.get_int(root, "edition")) {
      if (*n < 0) doc.fail(root["edition"], "'edition' must not be negative");
      e.number = static_cast<int>(*n);
    }
    if (const YamlNode& pages = root["pages"]; !pages.is_null()) {
      if (!pages.is_sequence()) doc.fail(pages, "'pages' must be a list");
      std::set<int> seen;
      for (const auto& item : pages.items) {
        EditionPage p = read_page(doc, item);
        if (!seen.insert(p.number).second)
          doc.fail(item, "page " + std::to_string(p.number) + " is listed twice");
        e.pages.push_back(std::move(p));
      }
    }
    for (const auto& kv : root.entries) {
      std::string key = kv.first;
      if (key != "date" && key != "edition" && key != "pages")
        e.params.map.emplace_back(key, to_value(kv.second));
    }
  }
  source.body_offset = split.body_offset;
  source.body_line = split.body_line;
  e.source = std::move(source);
  return e;
}

}  // namespace gazette
