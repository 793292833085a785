// The variables each template receives (documented in README "Templates").
//
// Builders of kainjow data objects from the immutable Site. URLs in the data
// are ready to use in href/src: site-relative paths that include the base
// path ("/paper/2023/07/20/a/"); `permalink` values are absolute. Text is
// escaped by Mustache's {{ }}; only `content` and `json_ld` are pre-rendered
// (use {{{ }}}). Nothing here touches the disk.
#pragma once

#include <kainjow/mustache.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/site.h"

namespace gazette {

namespace mustache = kainjow::mustache;

// Sets `key` of an object to `value`, moving it in. kainjow's own set() copies
// both the temporary it is given and (deeply, for lists and objects) the value
// into the map: page data built that way cost a few copies of every string.
inline void put(mustache::data& object, const std::string& key, mustache::data value) {
  object[key] = std::move(value);
}

// A list made of `items`, moved in. kainjow's push_back copies an entry deeply,
// and its list, a std::vector of data whose move is not noexcept, copies every
// entry again each time it grows: a page of twenty entries cost ~50 copies of
// their HTML. Reserve `items` to its size for the same reason.
mustache::data list_of(std::vector<mustache::data>&& items);

class PageData {
 public:
  explicit PageData(const Site& site);

  // Site-wide variables, built once per build and shared by every page.
  mustache::data site_data() const;

  // {page: {kind, is_<kind>, title, url, permalink, description, feed_url}};
  // feed_url (when given) is the page's own Atom feed, for <link rel="alternate">.
  mustache::data page(const std::string& kind, const std::string& title, const std::string& url,
                      const std::string& description = "", const std::string& feed_url = "") const;
  mustache::data article_summary(const Article& a) const;
  // A list entry: {html, url, display_title, date_iso}; `html` is the article's
  // "summary" template output when use_item_html() was given a source, else absent.
  mustache::data article_item(int index) const { return item(index, true); }
  // Pre-rendered summary HTML per article (same order as Site::articles); lists
  // then cost one small object per entry instead of a full summary. With
  // `related_html` false an article's related entries (article_full) leave
  // `html` out: a copy of each entry's HTML per page, for a theme whose article
  // template never shows it (Theme::mentions).
  using ItemHtml = std::function<const std::string&(int index)>;
  void use_item_html(ItemHtml items, bool related_html = true) {
    items_ = std::move(items);
    related_html_ = related_html;
  }
  mustache::data article_full(const Article& a, std::string content_html) const;
  mustache::data edition(const Edition& e) const;
  // An edition's pages for navigation: [{number, name, url ("…/#page-N"), current}],
  // `current` true for page number `current`.
  mustache::data page_index(const Edition& e, int current = 0) const;
  mustache::data calendar_month(int year, int month) const;
  mustache::data taxonomy(const Taxonomy& t) const;         // with every term, for the index
  mustache::data taxonomy_header(const Taxonomy& t) const;  // name, title, url only
  mustache::data term(const Taxonomy& t, const Term& term) const;

  std::string link(const std::string& url) const;       // "/2023/" -> base_path + "2023/"
  std::string permalink(const std::string& url) const;  // absolute URL

  // A year's (month 0) or month's own _index.md, if it has one.
  const SectionIndex* section(int year, int month) const;

  // Editions by month ("2023-07" -> indices of Site::editions), for calendars.
  const std::vector<int>* editions_in_month(int year, int month) const;
  std::vector<int> years() const;              // newest first
  std::vector<int> months_of(int year) const;  // 1..12 with editions, ascending

 private:
  mustache::data item(int index, bool with_html) const;
  mustache::data term_link(size_t taxonomy, int term_id) const;
  std::string json_ld(const Article& a) const;

  const Site& site_;
  ItemHtml items_;
  bool related_html_ = true;
  std::map<std::pair<int, int>, std::vector<int>> by_month_;
  std::map<std::string, int> date_to_edition_;
  std::map<std::pair<int, int>, const SectionIndex*> sections_;
};

mustache::data to_mustache(const Value& v);

// An article's title as readers see it: a headless fragment (empty title) is
// shown as "（无标题片段）".
std::string_view display_title(const Article& a);

}  // namespace gazette
