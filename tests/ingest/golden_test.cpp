// Golden tests: importing each raw sample page gives exactly the files under
// tests/data/ingest/<id>/ (checked by hand against the raw text). Run with
// GAZETTE_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then
// review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "config/config_reader.h"
#include "ingest/import_run.h"
#include "support/test_support.h"

using namespace gazette::ingest;
using namespace gazette::testing;

namespace {

struct SamplePage {
  std::string file, date;
  int page = 0;
  std::string page_name;
};

std::vector<SamplePage> sample_pages() {
  std::istringstream in(read_text(source_dir() / "tests/data/raw/pages.tsv"));
  std::vector<SamplePage> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    SamplePage p;
    std::string page;
    std::getline(row, p.file, '\t');
    std::getline(row, p.date, '\t');
    std::getline(row, page, '\t');
    std::getline(row, p.page_name, '\t');
    p.page = std::stoi(page);
    out.push_back(p);
  }
  return out;
}

// Imports one page into `site` the way `gazette import` does.
void import_into(const fs::path& site, const SamplePage& p) {
  fs::path raw = source_dir() / "tests/data/raw" / p.file;
  PageSettings settings;
  settings.page_name = p.page_name;
  settings.gazetteer = gazette::load_site_config(site).gazetteer;
  std::string path = p.date.substr(0, 4) + "/" + p.date.substr(5, 2) + "/" + p.date.substr(8, 2);
  PreparedImport prepared =
      prepare_import({{raw.string(), read_text(raw)}}, settings,
                     {site, p.date, path, p.page, p.page_name, std::nullopt, false});
  INFO(prepared.lossless.message);
  REQUIRE(prepared.ok());
  commit_import(prepared);
}

}  // namespace

TEST_CASE("golden: each raw sample page imports to the reviewed Markdown", "[ingest]") {
  auto pages = sample_pages();
  REQUIRE(pages.size() == 3);
  for (const auto& p : pages) {
    TempDir dir;
    write_text(dir / "site.yml", read_text(source_dir() / "tests/data/ingest/site.yml"));
    import_into(dir.path(), p);
    auto actual = snapshot(dir / "content");
    fs::path golden = source_dir() / "tests/data/ingest" / p.file.substr(0, 3) / "content";
    if (std::getenv("GAZETTE_UPDATE_GOLDEN")) {
      fs::remove_all(golden);
      for (const auto& [rel, bytes] : actual) write_text(golden / rel, bytes);
    }
    auto expected = snapshot(golden);
    INFO(p.file);
    CHECK(actual.size() == expected.size());
    for (const auto& [rel, bytes] : expected) {
      INFO(rel);
      REQUIRE(actual.count(rel));
      CHECK(actual.at(rel) == bytes);
    }
  }
}
