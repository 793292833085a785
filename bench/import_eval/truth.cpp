#include "truth.h"

#include <algorithm>

#include "text/json.h"

namespace gazette::import_eval {
namespace {

void sorted_append(std::vector<int>& out, const std::vector<int>& lines) {
  out.insert(out.end(), lines.begin(), lines.end());
}

std::string str(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string strings(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + str(v[i]);
  return out + "]";
}

std::string ints(const std::vector<int>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

const char* kind_name(CleanBlock::Kind k) {
  switch (k) {
    case CleanBlock::Kind::kParagraph:
      return "paragraph";
    case CleanBlock::Kind::kSubheading:
      return "subheading";
    case CleanBlock::Kind::kList:
      return "list";
    case CleanBlock::Kind::kTable:
      return "table";
    case CleanBlock::Kind::kLines:
      return "lines";
  }
  return "";
}

}  // namespace

std::vector<int> TruthArticle::body_lines() const {
  std::vector<int> out;
  for (const auto& b : body) sorted_append(out, b.lines);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> TruthArticle::all_lines() const {
  std::vector<int> out = body_lines();
  sorted_append(out, headline_lines);
  sorted_append(out, byline_lines);
  sorted_append(out, photo_lines);
  std::sort(out.begin(), out.end());
  return out;
}

std::string truth_json(const PageTruth& truth) {
  std::string out = "{\n  \"banners\": [";
  for (size_t i = 0; i < truth.banners.size(); ++i) {
    const auto& b = truth.banners[i];
    out += std::string(i ? "," : "") + "\n    {\"line\": " + std::to_string(b.line) +
           ", \"text\": " + str(b.text) + ", \"known\": " + (b.known ? "true" : "false") + "}";
  }
  out += "\n  ],\n  \"articles\": [";
  for (size_t i = 0; i < truth.articles.size(); ++i) {
    const auto& a = truth.articles[i];
    out += std::string(i ? "," : "") +
           "\n    {\n      \"kind\": " + (a.fragment ? "\"fragment\"" : "\"article\"") +
           ",\n      \"source\": " + str(a.source) + ",\n      \"title\": " + str(a.title) +
           ",\n      \"kicker\": " + str(a.kicker) + ",\n      \"subtitle\": " + str(a.subtitle) +
           ",\n      \"authors\": " + strings(a.authors) + ",\n      \"photos\": [";
    for (size_t p = 0; p < a.photos.size(); ++p)
      out += std::string(p ? ", " : "") + "{\"caption\": " + str(a.photos[p].caption) +
             ", \"credit\": " + str(a.photos[p].credit) + "}";
    out += "],\n      \"headline_lines\": " + ints(a.headline_lines) +
           ",\n      \"byline_lines\": " + ints(a.byline_lines) +
           ",\n      \"photo_lines\": " + ints(a.photo_lines) + ",\n      \"body\": [";
    for (size_t k = 0; k < a.body.size(); ++k) {
      const auto& b = a.body[k];
      out += std::string(k ? "," : "") + "\n        {\"kind\": \"" + kind_name(b.kind) +
             "\", \"lines\": " + ints(b.lines) +
             (b.split ? ", \"split\": true, \"cut\": " + str(b.cut) : "");
      if (!b.text.empty()) out += ", \"text\": " + str(b.text);
      if (!b.items.empty()) out += ", \"items\": " + strings(b.items);
      out += "}";
    }
    out += "\n      ]\n    }";
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace gazette::import_eval
