#include "ingest/edition_plan.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

#include "front_matter/front_matter.h"
#include "ingest/article_writer.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/edition_index.h"
#include "text/slug.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette::ingest {
namespace {

namespace fs = std::filesystem;

struct ExistingFile {
  std::string text;
  bool ours = false;  // written by an earlier import of this page and source file
};

bool is_ours(const std::string& text, int page, const std::set<std::string>& sources) {
  if (!recorded_import_hash(text)) return false;
  try {
    FrontMatterSplit split = split_front_matter(text, "article");
    if (!split.has_front_matter) return false;
    YAML::Node fm = YAML::Load(std::string(split.yaml));
    if (!fm["page"] || fm["page"].as<int>(-1) != page) return false;
    const YAML::Node source = fm["source"];
    return source && source.IsMap() && source["file"] &&
           sources.count(source["file"].as<std::string>());
  } catch (const std::exception&) {
    return false;  // unreadable: treat as someone else's file
  }
}

std::map<std::string, ExistingFile> scan_edition(const fs::path& dir, int page,
                                                 const std::set<std::string>& sources) {
  std::map<std::string, ExistingFile> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".md") continue;
    std::string slug = entry.path().stem().string();
    if (slug == "_index") continue;
    ExistingFile f;
    f.text = read_file(entry.path());
    f.ours = is_ours(f.text, page, sources);
    out.emplace(slug, std::move(f));
  }
  return out;
}

std::string first_words(const Article& a) {
  for (const auto& b : a.body) {
    std::string text =
        b.kind == BodyBlock::Kind::kTable
            ? (b.table.rows.empty() || b.table.rows[0].empty() ? "" : b.table.rows[0][0])
            : (b.items.empty() ? b.text : b.items.front());
    if (!a.dateline.empty() && text.rfind(a.dateline, 0) == 0)
      text = text.substr(a.dateline.size());
    std::u32string s = to_u32(text), han;
    for (char32_t c : s) {
      if (is_han(c)) han += c;
      if (han.size() >= 8) break;
    }
    if (!han.empty()) return to_utf8(han);
  }
  return "";
}

std::string label_of(const Article& a) {
  return a.title.empty() ? "（片段）" + first_words(a) + "…" : a.title;
}

}  // namespace

std::string article_slug_base(const Article& a) {
  if (!a.title.empty()) return slugify(a.title, "article", 6);
  std::string words = slugify(first_words(a), "", 4);
  return words.empty() ? "fragment" : "fragment-" + words;
}

ImportPlan plan_import(const std::vector<PageImport>& pages, const ImportRequest& req) {
  ImportPlan plan;
  plan.edition_dir = req.site / filenames::kContentDir / fs::path(req.date_path);
  std::set<std::string> sources;
  for (const auto& p : pages) sources.insert(p.source_file);
  auto existing = scan_edition(plan.edition_dir, req.page, sources);
  std::set<std::string> taken, used_ours;
  for (const auto& [slug, f] : existing)
    if (!f.ours) taken.insert(slug);

  int order = 0;
  for (const auto& page : pages) {
    plan.banners.insert(plan.banners.end(), page.banners.begin(), page.banners.end());
    for (const auto& a : page.articles) {
      std::string base = article_slug_base(a), slug = base;
      for (int n = 2; taken.count(slug); ++n) slug = base + "-" + std::to_string(n);
      taken.insert(slug);
      plan.articles.push_back({slug, &a});
      std::string text = render_article(a, {req.date, req.page, req.page_name, ++order});
      plan.article_texts.push_back(text);
      FileChange change{plan.edition_dir / (slug + ".md"), FileChange::Action::kCreate, text,
                        label_of(a)};
      if (auto it = existing.find(slug); it != existing.end()) {
        used_ours.insert(slug);
        if (it->second.text == text) {
          change.action = FileChange::Action::kUnchanged;
        } else {
          change.action = FileChange::Action::kReplace;
          if (!unchanged_since_import(it->second.text)) {
            if (!req.force) plan.blocked.push_back(change.path);
            change.forced = true;
          }
        }
      }
      plan.changes.push_back(std::move(change));
    }
  }
  for (const auto& [slug, f] : existing) {
    if (!f.ours || used_ours.count(slug)) continue;
    FileChange del{plan.edition_dir / (slug + ".md"), FileChange::Action::kDelete, "", slug};
    if (!unchanged_since_import(f.text)) {
      if (!req.force) plan.blocked.push_back(del.path);
      del.forced = true;
    }
    plan.changes.push_back(std::move(del));
  }

  fs::path index_path = plan.edition_dir / filenames::kIndexFile;
  std::optional<std::string> old_index;
  std::error_code ec;
  if (fs::exists(index_path, ec)) old_index = read_file(index_path);
  PageEntry entry{req.page, req.page_name, plan.banners};
  std::string index =
      merge_edition_index(old_index, index_path.string(), req.date, req.edition, entry);
  FileChange ic{index_path, old_index ? FileChange::Action::kReplace : FileChange::Action::kCreate,
                index, "版面 " + std::to_string(req.page)};
  if (old_index && *old_index == index) ic.action = FileChange::Action::kUnchanged;
  plan.changes.push_back(std::move(ic));
  return plan;
}

void apply_plan(const ImportPlan& plan) {
  if (!plan.blocked.empty())
    throw ContentError(plan.blocked.front().string(), 0,
                       "changed since import; not overwritten (use --force)");
  for (const auto& c : plan.changes)
    if (c.action == FileChange::Action::kCreate || c.action == FileChange::Action::kReplace)
      write_file_atomic(c.path, c.content);
  for (const auto& c : plan.changes) {
    if (c.action != FileChange::Action::kDelete) continue;
    std::error_code ec;
    fs::remove(c.path, ec);
    if (ec) throw ContentError(c.path.string(), 0, "cannot delete stale article: " + ec.message());
  }
}

}  // namespace gazette::ingest
