// Raw page bytes → UTF-8 text with "\n" line ends.
//
// Accepts UTF-8 with or without a byte order mark, UTF-16 with a byte order
// mark, and GB18030/GBK/GB2312 (detected with ICU ucsdet, decoded with ICU's
// gb18030 converter, a superset of the other two). CRLF and lone CR become LF.
// Nothing else is changed: no normalisation, no replacement characters.
//
// Invalid bytes are never replaced: decode_raw throws ContentError
// "path:line: invalid UTF-8 byte 0xFF at byte offset 1234" (or the GB18030
// equivalent), so the caller can stop before writing anything.
#pragma once

#include <string>
#include <string_view>

namespace gazette::ingest {

struct DecodedText {
  std::string text;      // UTF-8, LF line ends, no BOM
  std::string encoding;  // "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE", …
};

DecodedText decode_raw(std::string_view bytes, const std::string& path);

}  // namespace gazette::ingest
