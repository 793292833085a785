// gzip (RFC 1952) with zlib, for the search index's files: the reader's
// browser decompresses them (DecompressionStream), so the bytes a query
// downloads are small whatever the server's compression settings.
// Deterministic: the same input gives the same bytes (no time stamp).
#pragma once

#include <string>
#include <string_view>

namespace gazette::search {

std::string gzip(std::string_view data);
std::string gunzip(std::string_view data);  // for tests; throws std::runtime_error

}  // namespace gazette::search
