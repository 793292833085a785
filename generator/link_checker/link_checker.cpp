#include "link_checker/link_checker.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "config/config_reader.h"
#include "util/fs.h"
#include "util/parallel.h"

namespace gazette {
namespace {

struct Link {
  std::string value;
  int line;
};

struct Page {
  std::vector<Link> links;
  std::unordered_set<std::string> ids;
};

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool has_attr(xmlNode* n, const char* name) { return xmlHasProp(n, BAD_CAST name) != nullptr; }

void walk(xmlNode* node, bool xml, Page& page) {
  static const std::set<std::string> kLinkElements = {"a",      "link",   "img", "script",
                                                      "source", "iframe", "area"};
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string name(reinterpret_cast<const char*>(n->name));
    const int line = static_cast<int>(xmlGetLineNo(n));
    if (xml) {
      if (name == "loc") {
        xmlChar* t = xmlNodeGetContent(n);
        page.links.push_back({t ? reinterpret_cast<const char*>(t) : "", line});
        xmlFree(t);
      } else if (name == "link" && has_attr(n, "href")) {
        page.links.push_back({attr(n, "href"), line});
      }
    } else {
      if (kLinkElements.count(name)) {
        if (has_attr(n, "href")) page.links.push_back({attr(n, "href"), line});
        if (has_attr(n, "src")) page.links.push_back({attr(n, "src"), line});
      }
      if (has_attr(n, "id")) page.ids.insert(attr(n, "id"));
      if (name == "a" && has_attr(n, "name")) page.ids.insert(attr(n, "name"));
    }
    walk(n->children, xml, page);
  }
}

Page parse_page(const fs::path& path) {
  const std::string data = read_file(path);
  const bool xml = path.extension() == ".xml";
  xmlDoc* doc = nullptr;
  if (xml) {
    doc = xmlReadMemory(data.data(), static_cast<int>(data.size()), path.c_str(), "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  } else {
    doc = htmlReadMemory(
        data.data(), static_cast<int>(data.size()), path.c_str(), "UTF-8",
        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  }
  Page page;
  if (!doc) {
    page.links.push_back({"", 1});  // reported as unparsable below
    return page;
  }
  walk(xmlDocGetRootElement(doc), xml, page);
  xmlFreeDoc(doc);
  return page;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Joins and normalises path segments; false if ".." climbs above the root.
bool normalise(const std::string& path, std::string& out) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return false;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  out.clear();
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  if (!path.empty() && path.back() == '/' && !out.empty()) out += '/';
  return true;
}

class Resolver {
 public:
  Resolver(std::set<std::string> files, std::string base_url)
      : files_(std::move(files)),
        base_url_(std::move(base_url)),
        base_path_(base_path_of(base_url_)) {}

  // Empty result: fine or external. Otherwise the reason it is broken.
  // `target`/`fragment` are set for internal links.
  std::string check(const std::string& from_file, const std::string& raw, std::string& target,
                    std::string& fragment) const {
    target.clear();
    fragment.clear();
    std::string link = raw;
    if (link.empty()) return "empty link";
    if (link.rfind(base_url_, 0) == 0) {
      link = base_path_ + link.substr(base_url_.size());
    } else if (link.find("://") != std::string::npos || link.rfind("//", 0) == 0 ||
               link.rfind("mailto:", 0) == 0 || link.rfind("tel:", 0) == 0 ||
               link.rfind("data:", 0) == 0) {
      return "";  // external
    } else if (link.rfind("javascript:", 0) == 0) {
      return "javascript: link";
    }
    if (auto hash = link.find('#'); hash != std::string::npos) {
      fragment = percent_decode(link.substr(hash + 1));
      link = link.substr(0, hash);
    }
    if (auto q = link.find('?'); q != std::string::npos) link = link.substr(0, q);
    link = percent_decode(link);
    std::string joined;
    if (link.empty()) {
      joined = from_file;  // "#x" or "?q": the page itself
    } else if (link.front() == '/') {
      if (link.rfind(base_path_, 0) != 0) return "outside the site's base path " + base_path_;
      joined = link.substr(base_path_.size());
    } else {
      auto slash = from_file.rfind('/');
      joined = (slash == std::string::npos ? "" : from_file.substr(0, slash + 1)) + link;
    }
    std::string rel;
    if (!normalise(joined, rel)) return "climbs above the site root";
    if (rel.empty() || rel.back() == '/') rel += "index.html";
    if (files_.count(rel)) {
      target = rel;
      return "";
    }
    if (files_.count(rel + "/index.html")) {
      target = rel + "/index.html";
      return "";
    }
    return "no such file: " + rel;
  }

 private:
  std::set<std::string> files_;
  std::string base_url_, base_path_;
};

}  // namespace

LinkReport check_links(const fs::path& out_dir, const std::string& base_url, unsigned jobs) {
  std::set<std::string> all;
  std::vector<std::string> parsed;
  for (const auto& p : list_files(out_dir, "")) {
    std::string rel = p.lexically_relative(out_dir).generic_string();
    all.insert(rel);
    if (p.extension() == ".html" || p.extension() == ".xml") parsed.push_back(rel);
  }
  Resolver resolver(all, normalise_base_url(base_url));
  xmlInitParser();  // libxml2's global set-up, before the parser threads start
  std::vector<Page> pages(parsed.size());
  parallel_for(parsed.size(), jobs, [&](size_t i) { pages[i] = parse_page(out_dir / parsed[i]); });

  std::unordered_map<std::string, const Page*> by_file;
  for (size_t i = 0; i < parsed.size(); ++i) by_file[parsed[i]] = &pages[i];

  LinkReport report;
  report.files = parsed.size();
  std::string target, fragment;
  for (size_t i = 0; i < parsed.size(); ++i) {
    for (const auto& link : pages[i].links) {
      std::string reason = resolver.check(parsed[i], link.value, target, fragment);
      if (target.empty() && reason.empty()) continue;  // external
      ++report.links;
      if (reason.empty() && !fragment.empty()) {
        auto it = by_file.find(target);
        if (it != by_file.end() && !it->second->ids.count(fragment))
          reason = "no element with id '" + fragment + "' in " + target;
      }
      if (!reason.empty()) report.broken.push_back({parsed[i], link.line, link.value, reason});
    }
  }
  return report;
}

}  // namespace gazette
