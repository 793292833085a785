#include "ingest/edition_index.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "front_matter/front_matter.h"
#include "ingest/chars.h"
#include "ingest/yaml_reader.h"
#include "ingest/yaml_writer.h"
#include "util/error.h"

namespace gazette::ingest {
namespace {

struct ExistingPage {
  PageEntry entry;
  std::vector<std::pair<std::string, std::string>> extra;  // other keys, emitted as flow YAML
};

std::string flow(const YAML::Node& n) {
  YAML::Emitter e;
  e << YAML::Flow << n;
  return e.c_str();
}

ExistingPage read_page(const YAML::Node& n) {
  ExistingPage p;
  for (const auto& kv : n) {
    std::string key = kv.first.as<std::string>();
    if (key == "number") {
      p.entry.number = kv.second.as<int>(0);
    } else if (key == "name") {
      if (kv.second.IsScalar()) p.entry.name = kv.second.Scalar();
    } else if (key == "banners") {
      if (kv.second.IsSequence())
        for (const auto& b : kv.second)
          if (b.IsScalar()) p.entry.banners.push_back(b.Scalar());
    } else {
      p.extra.push_back({key, flow(kv.second)});
    }
  }
  return p;
}

std::string render_page(const ExistingPage& p) {
  std::string out = "  - number: " + std::to_string(p.entry.number) + "\n";
  if (p.entry.name) out += "    name: " + yaml_scalar(*p.entry.name) + "\n";
  out += "    banners: " + yaml_flow_list(p.entry.banners) + "\n";
  for (const auto& [k, v] : p.extra) out += "    " + yaml_flow_scalar(k) + ": " + v + "\n";
  return out;
}

}  // namespace

std::string merge_edition_index(const std::optional<std::string>& existing, const std::string& path,
                                const std::string& date, std::optional<int> edition,
                                const PageEntry& page) {
  std::vector<ExistingPage> pages;
  std::vector<std::pair<std::string, std::string>> extra;
  std::optional<std::string> old_edition;
  std::string body;
  if (existing) {
    FrontMatterSplit split = split_front_matter(*existing, path);
    body = existing->substr(split.body_offset);
    if (split.has_front_matter) {
      YamlDoc doc(split.yaml, path, split.yaml_line);
      const YAML::Node& root = doc.root();
      if (root && root.IsMap()) {
        for (const auto& kv : root) {
          std::string key = kv.first.as<std::string>();
          if (key == "date") continue;
          if (key == "edition") {
            if (kv.second.IsScalar()) old_edition = kv.second.Scalar();
          } else if (key == "pages") {
            if (!kv.second.IsSequence()) doc.fail(kv.second, "'pages' must be a list");
            for (const auto& p : kv.second)
              if (p.IsMap()) pages.push_back(read_page(p));
          } else {
            extra.push_back({key, flow(kv.second)});
          }
        }
      }
    }
  }
  auto it = std::find_if(pages.begin(), pages.end(),
                         [&](const ExistingPage& p) { return p.entry.number == page.number; });
  ExistingPage mine;
  mine.entry = page;
  if (it != pages.end()) {
    if (!mine.entry.name) mine.entry.name = it->entry.name;
    mine.extra = it->extra;
    *it = mine;
  } else {
    pages.push_back(mine);
  }
  std::stable_sort(pages.begin(), pages.end(), [](const ExistingPage& a, const ExistingPage& b) {
    return a.entry.number < b.entry.number;
  });
  std::string out = "---\ndate: " + date + "\n";
  if (edition)
    out += "edition: " + std::to_string(*edition) + "\n";
  else if (old_edition)
    out +=
        "edition: " +
        (old_edition->find_first_not_of("0123456789") == std::string::npos && !old_edition->empty()
             ? *old_edition
             : yaml_scalar(*old_edition)) +
        "\n";
  out += "pages:\n";
  for (const auto& p : pages) out += render_page(p);
  for (const auto& [k, v] : extra) out += yaml_flow_scalar(k) + ": " + v + "\n";
  out += "---\n" + body;
  return out;
}

std::vector<std::string> page_banners(const std::string& index_text, int number) {
  FrontMatterSplit split = split_front_matter(index_text, "_index.md");
  if (!split.has_front_matter) return {};
  YAML::Node root = YAML::Load(std::string(split.yaml));
  std::vector<std::string> out;
  if (const YAML::Node pages = root["pages"]; pages && pages.IsSequence())
    for (const auto& p : pages)
      if (p["number"] && p["number"].as<int>(0) == number) out = read_page(p).entry.banners;
  return out;
}

std::vector<std::string> edition_banners(const std::string& index_text) {
  std::vector<std::string> out;
  try {
    FrontMatterSplit split = split_front_matter(index_text, "_index.md");
    if (!split.has_front_matter) return {};
    const YAML::Node pages = YAML::Load(std::string(split.yaml))["pages"];
    if (!pages || !pages.IsSequence()) return {};
    for (const auto& p : pages) {
      if (!p.IsMap()) continue;
      for (const auto& b : read_page(p).entry.banners)
        if (!trim_utf8(b).empty()) out.push_back(trim_utf8(b));
    }
  } catch (const std::exception&) {
    return {};  // not the importer's business: the build reports a broken edition file
  }
  return out;
}

}  // namespace gazette::ingest
