// Atom feeds: the site's (atom.xml) and one per taxonomy term
// (/tags/<slug>/atom.xml), each with its newest `feed_limit` articles.
//
// Written with libxml2's xmlTextWriter, so it is always well-formed. Entry
// times are the article date at midnight in the site's time zone.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace gazette {

struct FeedSpec {
  std::string title;          // the feed's title
  std::string page_url;       // site-relative URL of the page the feed follows ("/tags/x/")
  std::string self_url;       // site-relative URL of the feed itself ("/tags/x/atom.xml")
  std::vector<int> articles;  // indices into Site::articles, newest first
};

std::string render_atom(const Site& site, const FeedSpec& feed);

// The site's feed: every article, newest first, as far as feed_limit.
FeedSpec site_feed(const Site& site);

// A term's feed: its articles as far as feed_limit, titled "<term> - <site>".
FeedSpec term_feed(const Site& site, const Term& term);

}  // namespace gazette
