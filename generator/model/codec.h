// The model's documents in the compact binary encoding of util/binary_io.h:
// what the parsed-file cache (content_cache/) and the model snapshot
// (site/model_snapshot.h) store.
//
// put_X appends a document to a writer; get_X reads one back and throws
// std::runtime_error (from BinaryReader, or its own checks) when the bytes are
// not a document, so damaged bytes are never taken for content. The "parsed"
// codecs hold what the loader makes of a file; the "placed" ones add what
// build_model derives (URLs, neighbours, term indices, related articles,
// edition pages' article lists), so an assembled Site can be stored whole.
// A SourceRef names its file relative to the site (`display`), so what is
// stored holds wherever the site is read from later.
#pragma once

#include "model/site.h"
#include "util/binary_io.h"

namespace gazette::codec {

void put_value(BinaryWriter& w, const Value& v);
Value get_value(BinaryReader& r);
void put_source(BinaryWriter& w, const SourceRef& s);
SourceRef get_source(BinaryReader& r);
void put_date(BinaryWriter& w, const Date& d);
Date get_date(BinaryReader& r);

// As parsed from a file.
void put_article(BinaryWriter& w, const Article& a);
Article get_article(BinaryReader& r);
void put_edition(BinaryWriter& w, const Edition& e);
Edition get_edition(BinaryReader& r);
void put_page(BinaryWriter& w, const StandalonePage& p);
StandalonePage get_page(BinaryReader& r);
void put_section(BinaryWriter& w, const SectionIndex& s);
SectionIndex get_section(BinaryReader& r);

// As placed in a Site by build_model: the parsed fields and the derived ones.
void put_placed_article(BinaryWriter& w, const Article& a);
Article get_placed_article(BinaryReader& r);
void put_placed_edition(BinaryWriter& w, const Edition& e);
Edition get_placed_edition(BinaryReader& r);
void put_taxonomy(BinaryWriter& w, const Taxonomy& t);
Taxonomy get_taxonomy(BinaryReader& r);

}  // namespace gazette::codec
