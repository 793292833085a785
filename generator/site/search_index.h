// The build's search index (search/index_writer.h) for a Site: one segment
// per year of editions, each rebuilt only when one of its articles changed.
//
// A segment's fingerprint covers what its files are made of (each article's
// file, URL, page and page name, their order) and the global inputs; when
// the live output holds every file of the segment with that fingerprint,
// they are reused without reading a single body.
#pragma once

#include <cstdint>

#include "model/site.h"
#include "publish/output_dir.h"
#include "templates/page_data.h"

namespace gazette {

// `inputs` is the fingerprint of what every segment depends on besides its
// articles (site.yml, the program, the base URL). Returns the number of
// segments rebuilt.
size_t write_search_index(const Site& site, const PageData& data, uint64_t inputs, OutputDir& out,
                          unsigned jobs);

}  // namespace gazette
