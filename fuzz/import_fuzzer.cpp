// The raw-text importer on any bytes: decode -> segment -> write -> lossless
// check. It may refuse the input (ContentError, e.g. an invalid byte), but
// it never crashes; when it does import, the lossless check either holds or
// says which characters differ, and every article it would write reads back
// as an article the builder accepts.
#include "content/article_reader.h"
#include "fuzz_support.h"
#include "ingest/import_run.h"
#include "model/site_config.h"
#include "util/error.h"

using namespace gazette;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<ingest::RawPage> raw{{"page.txt", std::string(fuzz::text(data, size))}};
  ingest::ImportRequest request;
  request.site = "/nonexistent/gazette-fuzz-site";  // nothing on disk: every file is new
  request.date = "2023-07-20";
  request.date_path = "2023/07/20";
  request.page = 1;
  ingest::PreparedImport prepared;
  try {
    prepared = ingest::prepare_import(raw, ingest::PageSettings{}, request);
  } catch (const ContentError&) {
    return 0;  // refused, with file and line
  }
  if (!prepared.lossless.ok && prepared.lossless.message.empty())
    fuzz::broken("a failed lossless check says what differs");
  const Date date = *Date::parse("2023-07-20");
  const SiteConfig config;
  for (const auto& text : prepared.plan.article_texts) {
    try {
      read_article(text, SourceRef{"content/2023/07/20/a.md"}, date, config);
    } catch (const ContentError& e) {
      fuzz::broken("an imported article reads back", std::string(e.what()) + "\n" + text);
    }
  }
  return 0;
}
