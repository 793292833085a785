#include "feeds/xml_writer.h"

#include <libxml/xmlwriter.h>

#include <stdexcept>

namespace gazette {
namespace {

const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

void check(int rc, const char* what) {
  if (rc < 0) throw std::runtime_error(std::string("XML writer failed: ") + what);
}

}  // namespace

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()), writer_(nullptr) {
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
  check(xmlTextWriterWriteAttribute(writer_, x(std::string(name)), x(std::string(value))),
        "attribute");
}

void XmlWriter::text(std::string_view text) {
  check(xmlTextWriterWriteString(writer_, x(std::string(text))), "text");
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
