#include "config/config_reader.h"

#include <set>
#include <stdexcept>

#include "front_matter/yaml_tree.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

const std::vector<TaxonomyConfig> kDefaultTaxonomies = {
    {"tags", "标签"}, {"authors", "记者"}, {"series", "系列"}};

std::vector<TaxonomyConfig> read_taxonomies(const YamlTree& doc) {
  const YamlNode& n = doc.root()["taxonomies"];
  if (n.is_null()) return kDefaultTaxonomies;
  std::vector<TaxonomyConfig> out;
  auto default_title = [](const std::string& name) {
    for (const auto& t : kDefaultTaxonomies)
      if (t.name == name) return t.title;
    return name;
  };
  if (n.is_sequence()) {
    for (const auto& item : n.items) {
      if (!item.is_scalar())
        doc.fail(item, "taxonomies must be names, e.g. [tags, authors, series]");
      out.push_back({item.scalar, default_title(item.scalar)});
    }
  } else if (n.is_map()) {  // {tags: 标签, authors: 记者}
    for (const auto& kv : n.entries) {
      std::string name = kv.first;
      std::string title = kv.second.is_scalar() ? kv.second.scalar : default_title(name);
      out.push_back({name, title});
    }
  } else {
    doc.fail(n, "taxonomies must be a list or a map");
  }
  std::set<std::string> seen;
  for (const auto& t : out) {
    bool ok = !t.name.empty();
    for (char c : t.name) ok = ok && ((c >= 'a' && c <= 'z') || c == '_' || c == '-');
    if (!ok) doc.fail(n, "taxonomy name '" + t.name + "' must be lower-case ASCII letters");
    if (!seen.insert(t.name).second) doc.fail(n, "taxonomy '" + t.name + "' is listed twice");
  }
  return out;
}

int positive(const YamlTree& doc, const char* key, int fallback) {
  auto v = doc.get_int(doc.root(), key);
  if (!v) return fallback;
  if (*v < 1 || *v > 100000)
    doc.fail(doc.root()[key], std::string("'") + key + "' must be between 1 and 100000");
  return static_cast<int>(*v);
}

}  // namespace

std::string normalise_base_url(const std::string& url) {
  auto scheme_end = url.find("://");
  std::string scheme = scheme_end == std::string::npos ? "" : url.substr(0, scheme_end);
  if ((scheme != "http" && scheme != "https") || url.size() <= scheme_end + 3)
    throw std::invalid_argument("base_url must be an absolute http(s) URL, not '" + url + "'");
  for (char c : url)
    if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '#' || c == '?')
      throw std::invalid_argument("base_url must not contain spaces, quotes, '#' or '?': '" + url +
                                  "'");
  return url.back() == '/' ? url : url + "/";
}

std::string base_path_of(const std::string& base_url) {
  auto host_start = base_url.find("://") + 3;
  auto slash = base_url.find('/', host_start);
  return slash == std::string::npos ? "/" : base_url.substr(slash);
}

SiteConfig parse_site_config(std::string_view yaml, const std::string& path) {
  YamlTree doc(yaml, path, 1);
  const YamlNode& root = doc.root();
  SiteConfig c;
  auto title = doc.get_string(root, "title");
  if (!title || title->empty()) throw ContentError(path, 1, "'title' is required");
  c.title = *title;
  c.description = doc.get_string(root, "description").value_or("");
  if (auto url = doc.get_string(root, "base_url")) {
    try {
      c.base_url = normalise_base_url(*url);
    } catch (const std::invalid_argument& e) {
      doc.fail(root["base_url"], e.what());
    }
  }
  c.base_path = base_path_of(c.base_url);
  c.language = doc.get_string(root, "language").value_or(c.language);
  c.theme = doc.get_string(root, "theme").value_or(c.theme);
  if (root["theme"]) c.theme_line = root["theme"].line;
  if (c.theme.empty() || c.theme.find('/') != std::string::npos ||
      c.theme.find("..") != std::string::npos)
    doc.fail(root["theme"], "'theme' must be a folder name under themes/");
  c.timezone = doc.get_string(root, "timezone").value_or(c.timezone);
  c.paginate = positive(doc, "paginate", c.paginate);
  c.feed_limit = positive(doc, "feed_limit", c.feed_limit);
  c.home_recent = positive(doc, "home_recent", c.home_recent);
  c.search = doc.get_bool(root, "search").value_or(c.search);
  c.taxonomies = read_taxonomies(doc);
  if (const YamlNode& g = root["gazetteer"]; !g.is_null()) {
    if (!g.is_map()) doc.fail(g, "'gazetteer' must have 'places' and 'topics' lists");
    c.gazetteer.places = doc.get_string_list(g, "places");
    c.gazetteer.topics = doc.get_string_list(g, "topics");
  }
  c.banners = doc.get_string_list(root, "banners");
  static const std::set<std::string> known = {
      "title",      "description", "base_url",   "language",  "theme",  "timezone", "paginate",
      "feed_limit", "home_recent", "taxonomies", "gazetteer", "search", "banners"};
  c.params.kind = Value::Kind::kMap;
  for (const auto& kv : root.entries) {
    std::string key = kv.first;
    if (!known.count(key)) c.params.map.emplace_back(key, to_value(kv.second));
  }
  return c;
}

SiteConfig load_site_config(const std::filesystem::path& site_dir) {
  const auto path = site_dir / filenames::kSiteConfig;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw ContentError(path.string(), 0,
                       "no site.yml here: is --site the folder of a gazette site?");
  if (!resolves_inside(path, site_dir)) throw ContentError(path.string(), 0, kPointsOutsideSite);
  return parse_site_config(read_file(path), path.string());
}

}  // namespace gazette
