#include "model/urls.h"

#include <cstdio>

namespace gazette::urls {

std::string year(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "/%04d/", y);
  return buf;
}

std::string month(int y, int m) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "/%04d/%02d/", y, m);
  return buf;
}

std::string edition(const Date& date) { return "/" + date.path() + "/"; }

std::string article(const Date& edition_date, std::string_view slug) {
  return edition(edition_date).append(slug).append("/");
}

std::string taxonomy(std::string_view name) { return std::string("/").append(name).append("/"); }

std::string term(std::string_view taxonomy_name, std::string_view slug) {
  return taxonomy(taxonomy_name).append(slug).append("/");
}

std::string standalone(std::string_view slug) { return std::string("/").append(slug).append("/"); }

std::string feed_of(std::string_view page_url) { return std::string(page_url).append("atom.xml"); }

std::string article_table(std::string_view article_url, int number) {
  return std::string(article_url).append("table-").append(std::to_string(number)).append(".csv");
}

std::string paged(std::string_view first, int number) {
  std::string url(first);
  if (number > 1) url.append("page/").append(std::to_string(number)).append("/");
  return url;
}

std::string output_file(std::string_view url) {
  std::string file(url.empty() ? url : url.substr(1));
  if (file.empty() || file.back() == '/') file += "index.html";
  return file;
}

}  // namespace gazette::urls
