#include "feeds/xml_writer.h"

#include <libxml/xmlwriter.h>

#include <libxml/parser.h>
#include <mutex>
#include <stdexcept>

namespace gazette {
namespace {

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// Text without the characters XML 1.0 does not allow (C0 controls but tab,
// line feed and carriage return; U+FFFE and U+FFFF): written as they are,
// the document would not parse, and nothing a reader needs is lost.
bool disallowed_at(std::string_view s, size_t i, size_t& length) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
    length = 1;
    return true;
  }
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
      (static_cast<unsigned char>(s[i + 2]) == 0xBE ||
       static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
    length = 3;
    return true;
  }
  return false;
}

std::string xml_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t kept = 0;  // s[kept, i) is still to be copied
  for (size_t i = 0, length = 0; i < s.size(); ++i) {
    if (!disallowed_at(s, i, length)) continue;
    out.append(s, kept, i - kept);
    i += length - 1;
    kept = i + 1;
  }
  out.append(s, kept);
  return out;
}

void check(int rc, const char* what) {
  if (rc < 0) throw std::runtime_error(std::string("XML writer failed: ") + what);
}

}  // namespace

void init_libxml2() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

XmlWriter::XmlWriter() : buffer_(nullptr), writer_(nullptr) {
  init_libxml2();
  buffer_ = xmlBufferCreate();
  if (!buffer_) throw std::bad_alloc();
  writer_ = xmlNewTextWriterMemory(buffer_, 0);
  if (!writer_) {
    xmlBufferFree(buffer_);
    throw std::bad_alloc();
  }
  xmlTextWriterSetIndent(writer_, 1);
  xmlTextWriterSetIndentString(writer_, BAD_CAST "  ");
  check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr), "start document");
}

XmlWriter::~XmlWriter() {
  if (writer_) xmlFreeTextWriter(writer_);
  xmlBufferFree(buffer_);
}

void XmlWriter::start(std::string_view name) {
  check(xmlTextWriterStartElement(writer_, x(std::string(name))), "start element");
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  check(xmlTextWriterWriteAttribute(writer_, x(std::string(name)), x(xml_text(value))),
        "attribute");
}

void XmlWriter::text(std::string_view text) {
  check(xmlTextWriterWriteString(writer_, x(xml_text(text))), "text");
}

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_), "end element"); }

void XmlWriter::element(std::string_view name, std::string_view text) {
  start(name);
  this->text(text);
  end();
}

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_), "end document");
  xmlFreeTextWriter(writer_);  // flushes into the buffer
  writer_ = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                     static_cast<size_t>(xmlBufferLength(buffer_)));
}

}  // namespace gazette
