// A thin RAII wrapper over libxml2's xmlTextWriter writing into memory.
//
// libxml2 escapes text and attribute values and guarantees well-formed output;
// this class only makes it exception-safe and terse. Not thread-safe per
// instance; separate instances may run on separate threads.
#pragma once

#include <string>
#include <string_view>

struct _xmlBuffer;
struct _xmlTextWriter;

namespace gazette {

// libxml2's global set-up, once per process, before any thread uses it:
// two threads starting their first writer (or parser) at the same moment
// would otherwise both initialise its tables (a crash seen in a build that
// wrote feeds and sitemaps on separate threads). Thread-safe; XmlWriter
// calls it, and so must other users of libxml2 that run in parallel.
void init_libxml2();

class XmlWriter {
 public:
  XmlWriter();
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start(std::string_view name);
  void attribute(std::string_view name, std::string_view value);
  void text(std::string_view text);
  void end();
  // <name>text</name>
  void element(std::string_view name, std::string_view text);
  // Closes everything still open and returns the document.
  std::string finish();

 private:
  _xmlBuffer* buffer_;
  _xmlTextWriter* writer_;
};

}  // namespace gazette
