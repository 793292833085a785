// The importer's YAML writer: whatever text goes into an article's fields
// (split from the input at NUL bytes), the file it writes reads back with
// the same title, kicker, subtitle, dateline, byline, authors and tags.
#include <string>
#include <vector>

#include "content/article_reader.h"
#include "fuzz_support.h"
#include "ingest/article_writer.h"
#include "model/site_config.h"
#include "util/error.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> fields;
  std::string_view rest = fuzz::text(data, size);
  for (int i = 0; i < 7; ++i) {
    const size_t cut = rest.find('\0');
    fields.emplace_back(rest.substr(0, cut));
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  }
  // The importer decodes its input first: its fields are always UTF-8.
  for (const auto& f : fields)
    if (!fuzz::valid_utf8(f)) return 0;
  if (!fuzz::valid_utf8(rest)) return 0;
  ingest::Article a;
  a.title = fields[0];
  a.kicker = fields[1];
  a.subtitle = fields[2];
  a.dateline = fields[3];
  a.byline = fields[4];
  if (!fields[5].empty()) a.authors = {fields[5]};
  if (!fields[6].empty()) a.tags = {fields[6]};
  a.type = a.title.empty() ? "fragment" : "news";
  ingest::BodyBlock p;
  p.text = std::string(rest);
  if (!p.text.empty()) a.body.push_back(p);
  const std::string file = ingest::render_article(a, {"2023-07-20", 1, std::nullopt, 1});
  Article back;
  try {
    back = read_article(file, SourceRef{"content/2023/07/20/a.md"}, *Date::parse("2023-07-20"),
                        SiteConfig{});
  } catch (const ContentError& e) {
    fuzz::broken("what the writer writes reads back", std::string(e.what()) + "\n" + file);
  }
  auto same = [&](const char* field, const std::string& wrote, const std::string& read) {
    if (wrote != read) fuzz::broken(field, "wrote [" + wrote + "] read [" + read + "]\n" + file);
  };
  same("title", a.title, back.title);
  same("kicker", a.kicker, back.kicker);
  same("subtitle", a.subtitle, back.subtitle);
  same("dateline", a.dateline, back.dateline);
  same("byline", a.byline, back.byline);
  return 0;
}
