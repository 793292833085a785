// The importer's model of one page: articles with their headline stack,
// people, photos and body blocks, the page's banners, and review notes.
//
// Every string that holds printed text (title, kicker, subtitle, byline,
// photo caption/credit, body block text, banners) holds it exactly as printed
// after the punctuation fix; derived fields (authors, dateline, series, tags,
// photo `by`) are extra. The lossless check relies on that split.
#pragma once

#include <string>
#include <vector>

#include "ingest/table.h"

namespace gazette::ingest {

struct Note {
  int line = 0;  // raw line the note is about
  std::string message;
};

struct Photo {
  std::string caption, credit, by;
  int line = 0;
};

struct BodyBlock {
  enum class Kind { kParagraph, kSubheading, kList, kTable, kLines };
  Kind kind = Kind::kParagraph;
  std::string text;                // paragraph / subheading
  std::vector<std::string> items;  // list items, or the lines of a kLines block
  Table table;                     // kTable
  std::vector<int> lines;          // raw lines it came from
};

struct Article {
  std::string title, kicker, subtitle, byline;
  std::string dateline;
  std::vector<std::string> authors;
  std::vector<Photo> photos;
  std::string type;  // news | interview | commentary | feature | notice | table | list | fragment
  std::string series;
  std::vector<std::string> tags;
  std::vector<BodyBlock> body;
  std::vector<Note> notes;   // become `review`
  std::vector<int> lines;    // every raw line used
  std::string source_lines;  // `source.lines`: ranges of `lines`, bridging blank lines
  std::string source_file;
  int first_line = 0;
  bool headless = false;  // no headline on this page: a fragment
  bool signed_commentary = false;
  bool title_marked = false;  // printed as a Markdown headline ("## …"): a title, never a section
};

struct PageImport {
  std::string source_file;
  std::vector<Article> articles;
  std::vector<std::string> banners;
  std::vector<Note> notes;  // page-level (banners found, headlines heading nothing)
};

}  // namespace gazette::ingest
