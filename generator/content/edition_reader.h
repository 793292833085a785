// Reads an edition's _index.md: its number and its pages (版面) with banners.
//
// The folder content/YYYY/MM/DD/ fixes the date; a `date` key must agree with
// it. Pages are {number, name, banners}; numbers must be unique and positive.
#pragma once

#include <string_view>

#include "model/site.h"

namespace gazette {

Edition read_edition(std::string_view text, SourceRef source, const Date& folder_date);

}  // namespace gazette
