// Every URL scheme of the archive, one function each.
//
// URLs here are site-relative paths without the base path: they start and end
// with '/' ("/2023/07/20/slug/"), except files ("/atom.xml"). Templates get
// them with the base path prepended (PageData::link). A URL is a permanent
// address: these functions are the only place that spells one out, so a
// scheme cannot differ between the page that is written and the links to it.
#pragma once

#include <string>
#include <string_view>

#include "model/date.h"

namespace gazette::urls {

inline constexpr std::string_view kHome = "/";
inline constexpr std::string_view kSearch = "/search/";
inline constexpr std::string_view kFeed = "/atom.xml";
inline constexpr std::string_view kNotFound = "/404.html";

std::string year(int year);                                            // /2023/
std::string month(int year, int month);                                // /2023/07/
std::string edition(const Date& date);                                 // /2023/07/20/
std::string article(const Date& edition_date, std::string_view slug);  // /2023/07/20/slug/
std::string taxonomy(std::string_view name);                           // /tags/
std::string term(std::string_view taxonomy, std::string_view slug);    // /tags/slug/
std::string standalone(std::string_view slug);                         // /about/

// The Atom feed of a page: "/tags/x/" -> "/tags/x/atom.xml".
std::string feed_of(std::string_view page_url);

// Table `number` (1-based) of an article, as CSV: "/2023/07/20/a/table-1.csv".
std::string article_table(std::string_view article_url, int number);

// Page `number` of a paginated list at `first`: page 1 is `first` itself,
// page k is <first>page/k/ (as in Hugo).
std::string paged(std::string_view first, int number);

// The output file of a URL: "/2023/" -> "2023/index.html", "/atom.xml" -> "atom.xml".
std::string output_file(std::string_view url);

}  // namespace gazette::urls
