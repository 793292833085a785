// The site's Atom feed (atom.xml): the newest `feed_limit` articles.
//
// Written with libxml2's xmlTextWriter, so it is always well-formed. Entry
// times are the article date at midnight in the site's time zone.
#pragma once

#include <string>

#include "model/site.h"

namespace gazette {

std::string render_atom(const Site& site);

}  // namespace gazette
