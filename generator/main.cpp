// The gazette command line: parses arguments and dispatches to cli/.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "heap.h"

int main(int argc, char** argv) {
  using namespace gazette;
  const std::string heap = prepare_heap();  // before any thread
  CLI::App app{"gazette: a static site generator for digitized newspaper editions"};
  app.set_version_flag("--version", std::string("gazette ") + GAZETTE_VERSION);
  app.require_subcommand(1);

  BuildOptions build;
  build.heap = heap;
  auto* b = app.add_subcommand("build", "Render the site into an HTML archive");
  b->add_option("--site", build.site, "Site folder (holds site.yml)")->capture_default_str();
  b->add_option("--out", build.out, "Output folder (default: <site>/public)");
  b->add_option("--base-url", build.base_url, "Override base_url of site.yml");
  b->add_option("--jobs,-j", build.jobs, "Threads (default: one per core)");
  b->add_flag("--stats", build.stats, "Print per-phase times and peak memory");
  b->add_flag("--quiet,-q", build.quiet, "Print nothing but errors");
  b->add_flag("--no-cache", build.no_cache, "Ignore .gazette-cache/: a clean build from scratch");
  b->add_option("--changes", build.changes,
                "Write the output files this build wrote (+ path) and deleted (- path) to FILE");

  ImportOptions import;
  auto* i = app.add_subcommand("import", "Turn raw page text into Markdown articles");
  i->add_option("raw", import.raw_files, "Raw page text files")
      ->required()
      ->check(CLI::ExistingFile);
  i->add_option("--date", import.date, "Edition date, YYYY-MM-DD")->required();
  i->add_option("--page", import.pages,
                "Page number (版次); once per raw file to import several pages together")
      ->required()
      ->check(CLI::Range(1, 999));
  i->add_option("--page-name", import.page_names, "Page name (版名); once per --page");
  i->add_option("--edition", import.edition, "Edition number (期号)");
  i->add_option("--site", import.site, "Site folder")->capture_default_str();
  i->add_flag("--force", import.force, "Overwrite articles an editor has changed");
  i->add_flag("--dry-run", import.dry_run, "Print what would be written; write nothing");
  i->add_flag("--keep-punctuation", import.keep_punctuation,
              "Keep ASCII punctuation inside Chinese text as it is");

  ServeOptions serve;
  auto* s = app.add_subcommand("serve", "Preview the site with live reload");
  s->add_option("--site", serve.site, "Site folder")->capture_default_str();
  s->add_option("--port", serve.port, "Port")->capture_default_str()->check(CLI::Range(1, 65535));
  s->add_option("--bind", serve.bind, "Address to listen on")->capture_default_str();
  s->add_option("--jobs,-j", serve.jobs, "Threads");

  CheckOptions check;
  auto* c = app.add_subcommand("check", "Lint content and check every link of the built site");
  c->add_option("--site", check.site, "Site folder")->capture_default_str();
  c->add_option("--out", check.out, "Built site to check (default: <site>/public)");
  c->add_option("--jobs,-j", check.jobs, "Threads");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (b->parsed()) return run_build(build);
  if (i->parsed()) return run_import(import);
  if (s->parsed()) return run_serve(serve);
  if (c->parsed()) return run_check(check);
  return 2;
}
