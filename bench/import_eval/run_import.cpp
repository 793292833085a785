#include "run_import.h"

#include <exception>

#include "ingest/import_run.h"

namespace gazette::import_eval {

ImportOutcome import_generated(const GeneratedPage& page, const std::filesystem::path& site) {
  ImportOutcome out;
  ingest::PageSettings settings;
  settings.page_name = page.page_name;
  settings.fix_punctuation = true;
  settings.banners = page.known_banners;
  const ingest::ImportRequest request{site,           "2023-07-20", "2023/07/20", 1,
                                      page.page_name, std::nullopt, false};
  const std::string file = "page-" + std::to_string(page.seed) + ".txt";
  try {
    ingest::PreparedImport prepared = ingest::prepare_import({{file, page.raw}}, settings, request);
    out.lossless = prepared.lossless.ok;
    out.message = prepared.lossless.message;
    for (size_t i = 0; i < prepared.plan.article_texts.size(); ++i)
      out.markdown += "<!-- " + prepared.plan.articles[i].slug + ".md -->\n" +
                      prepared.plan.article_texts[i] + "\n";
    if (!prepared.plan.banners.empty()) {
      out.markdown += "<!-- banners -->\n";
      for (const auto& b : prepared.plan.banners) out.markdown += b + "\n";
    }
    out.page = std::move(prepared.pages.front());
  } catch (const std::exception& e) {
    out.lossless = false;
    out.message = std::string("the importer failed: ") + e.what();
  }
  return out;
}

}  // namespace gazette::import_eval
