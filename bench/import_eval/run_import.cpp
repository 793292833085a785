#include "run_import.h"

#include <cstdio>
#include <exception>

#include "ingest/import_run.h"
#include "ingest/known_banners.h"

namespace gazette::import_eval {

std::string edition_date(int n) {
  // 28 days a month, 12 months a year: every date is real.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2001 + n / 336, (n % 336) / 28 + 1, n % 28 + 1);
  return buf;
}

ImportOutcome import_generated(const GeneratedPage& page, const std::filesystem::path& site,
                               int edition) {
  ImportOutcome out;
  ingest::PageSettings settings;
  settings.page_name = page.page_name;
  settings.fix_punctuation = true;
  settings.banners = ingest::known_banners(site / "content", page.known_banners);
  const std::string date = edition_date(edition);
  std::string path = date.substr(0, 4) + "/" + date.substr(5, 2) + "/" + date.substr(8, 2);
  const ingest::ImportRequest request{site, date, path, 1, page.page_name, std::nullopt, false};
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
    if (prepared.ok()) ingest::commit_import(prepared);
    out.page = std::move(prepared.pages.front());
  } catch (const std::exception& e) {
    out.lossless = false;
    out.message = std::string("the importer failed: ") + e.what();
  }
  return out;
}

}  // namespace gazette::import_eval
