#include "ingest/edition_plan.h"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

#include "front_matter/front_matter.h"
#include "ingest/article_writer.h"
#include "ingest/chars.h"
#include "ingest/dateline.h"
#include "ingest/edition_index.h"
#include "ingest/jumps.h"
#include "ingest/review_messages.h"
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

// The one candidate whose title is most like `title` (any, when there is
// only one); nothing when two are equally good.
const EditionArticle* best_partner(const std::vector<const EditionArticle*>& candidates,
                                   const std::string& title) {
  if (candidates.size() == 1) return candidates.front();
  const EditionArticle* best = nullptr;
  double best_score = -1;
  bool tie = false;
  for (const EditionArticle* c : candidates) {
    double s = title_overlap(title, c->title);
    if (s > best_score) {
      best = c, best_score = s, tie = false;
    } else if (s == best_score) {
      tie = true;
    }
  }
  return tie || best_score <= 0 ? nullptr : best;
}

// Jumps (jumps.h) for one planned article `a` of page `page`, whose file
// text is `text`.
class JumpPlanner {
 public:
  JumpPlanner(const fs::path& dir, int page)
      : dir_(dir), page_(page), files_(read_edition_articles(dir)) {}

  // A part printed on this page that goes on an article of an earlier-read
  // page: the merged file of that article, or nothing (then `a` stays an
  // article of its own; `note` may say why).
  std::optional<FileChange> merge_part(const Article& a, int from_page, std::string* note) {
    std::vector<const EditionArticle*> candidates;
    for (const auto& f : files_)
      if (f.page == from_page && !used_.count(f.slug) &&
          jumps_to(own_part(f.body, from_page), page_))
        candidates.push_back(&f);
    const EditionArticle* x = best_partner(candidates, a.title);
    if (!x) return std::nullopt;
    if (!x->unchanged || !a.kicker.empty() || !a.subtitle.empty() || !a.byline.empty() ||
        !a.photos.empty()) {
      *note = msg::jump_not_merged(x->title.empty() ? x->slug : x->title);
      return std::nullopt;
    }
    used_.insert(x->slug);
    std::vector<ContinuedPart> continued;
    for (const auto& c : x->continued)
      if (c.page != page_) continued.push_back(c);
    continued.push_back({page_, a.title, a.source_file, a.source_lines});
    std::sort(continued.begin(), continued.end(),
              [](const ContinuedPart& l, const ContinuedPart& r) { return l.page < r.page; });
    std::string body = join_parts(own_part(x->body, from_page), render_body(a));
    std::string text =
        rewrite_article(x->text, body, continued, msg::jump_to(std::to_string(page_)));
    bool same = text == x->text;
    return FileChange{dir_ / (x->slug + ".md"),
                      same ? FileChange::Action::kUnchanged : FileChange::Action::kReplace,
                      std::move(text), x->title + "（并入第" + std::to_string(page_) + "版续文）"};
  }

  // The file of the part on page `to_page` that `a` would take in, if any.
  const EditionArticle* part_for(const Article& a, int to_page) const {
    std::vector<const EditionArticle*> candidates;
    for (const auto& f : files_)
      if (f.page == to_page && !used_.count(f.slug) && f.unchanged && f.only_title_and_body &&
          f.continued.empty() && starts_from(f.body, page_))
        candidates.push_back(&f);
    return best_partner(candidates, a.title);
  }

  // An article of this page that goes on on page `to_page`: its text with the
  // part printed there taken in — from that part's own file (then deleted:
  // `*remove`), or kept from this article's previous file.
  std::string take_part(const Article& a, const std::string& text, int to_page,
                        const EditionArticle* previous, std::optional<FileChange>* remove) {
    std::string own = render_body(a);
    if (const EditionArticle* y = part_for(a, to_page)) {
      used_.insert(y->slug);
      *remove = FileChange{dir_ / (y->slug + ".md"), FileChange::Action::kDelete, "",
                           (y->title.empty() ? y->slug : y->title) + "（并入「" + a.title + "」）"};
      return rewrite_article(text, join_parts(own, y->body),
                             {{to_page, y->title, y->source_file, y->source_lines}},
                             msg::jump_to(std::to_string(to_page)));
    }
    if (previous) {
      std::string part = continuation_part(previous->body, page_);
      std::vector<ContinuedPart> kept;
      for (const auto& c : previous->continued)
        if (c.page == to_page) kept.push_back(c);
      if (!part.empty() && !kept.empty())
        return rewrite_article(text, join_parts(own, part), kept,
                               msg::jump_to(std::to_string(to_page)));
    }
    return text;
  }

  const EditionArticle* file(const std::string& slug) const {
    for (const auto& f : files_)
      if (f.slug == slug) return &f;
    return nullptr;
  }

 private:
  fs::path dir_;
  int page_;
  std::vector<EditionArticle> files_;
  std::set<std::string> used_;
};

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

  JumpPlanner jumps(plan.edition_dir, req.page);
  // A part this import takes in is deleted: its name is free again.
  for (const auto& page : pages)
    for (const auto& a : page.articles)
      if (int to = jump_ends(a).to_page; to && to != req.page)
        if (const EditionArticle* y = jumps.part_for(a, to)) taken.erase(y->slug);
  int order = 0;
  for (const auto& page : pages) {
    plan.banners.insert(plan.banners.end(), page.banners.begin(), page.banners.end());
    for (const auto& a : page.articles) {
      std::string base = article_slug_base(a), slug = base;
      for (int n = 2; taken.count(slug); ++n) slug = base + "-" + std::to_string(n);
      taken.insert(slug);
      plan.articles.push_back({slug, &a});
      std::string text = render_article(a, {req.date, req.page, req.page_name, ++order});
      plan.article_texts.push_back(text);  // what this page printed: the lossless check
      JumpEnds ends = jump_ends(a);
      if (ends.from_page && ends.from_page != req.page) {
        std::string note;
        if (auto merged = jumps.merge_part(a, ends.from_page, &note)) {
          plan.articles.back().slug = merged->path.stem().string();
          plan.changes.push_back(std::move(*merged));
          continue;  // its own file (if an earlier import wrote one) is stale now
        }
        if (!note.empty()) {
          Article flagged = a;
          flagged.notes.push_back({a.first_line, note});
          text = render_article(flagged, {req.date, req.page, req.page_name, order});
        }
      }
      std::optional<FileChange> remove;  // a part's own file, taken in
      if (ends.to_page && ends.to_page != req.page) {
        auto old = existing.find(slug);
        const EditionArticle* previous =
            old != existing.end() && old->second.ours && unchanged_since_import(old->second.text)
                ? jumps.file(slug)
                : nullptr;
        text = jumps.take_part(a, text, ends.to_page, previous, &remove);
      }
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
      // The part's file is replaced by this one when they share a name.
      if (remove && remove->path != change.path) plan.changes.push_back(std::move(*remove));
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
