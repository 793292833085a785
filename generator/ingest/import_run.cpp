#include "ingest/import_run.h"

#include <filesystem>
#include <stdexcept>

#include "ingest/decode.h"
#include "util/error.h"

namespace gazette::ingest {

PreparedImport prepare_import(const std::vector<RawPage>& raw, const PageSettings& settings,
                              const ImportRequest& request) {
  PreparedImport out;
  for (const auto& page : raw) {
    DecodedText decoded = decode_raw(page.bytes, page.path);
    out.encodings.push_back(std::move(decoded.encoding));
    out.texts.push_back(std::move(decoded.text));
  }
  for (size_t i = 0; i < raw.size(); ++i)
    out.pages.push_back(import_page(
        out.texts[i], std::filesystem::path(raw[i].path).filename().string(), settings));
  size_t found = 0;
  for (const auto& p : out.pages) found += p.articles.size() + p.banners.size();
  if (found == 0)
    throw ContentError(raw.empty() ? std::string("import") : raw.front().path, 0,
                       "no text to import; nothing was written");
  out.plan = plan_import(out.pages, request);
  out.lossless = check_lossless(out.texts, out.plan.article_texts, out.plan.banners);
  return out;
}

void commit_import(const PreparedImport& prepared) {
  if (!prepared.ok()) throw std::logic_error("commit_import: the import is not safe to write");
  apply_plan(prepared.plan);
}

}  // namespace gazette::ingest
