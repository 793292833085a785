#include "templates/theme.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <regex>
#include <set>

#include "text/html.h"
#include "util/binary_io.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

constexpr int kMaxPartialDepth = 16;

std::filesystem::path find_theme(const std::filesystem::path& site_dir, const std::string& name,
                                 std::vector<std::string>& tried) {
  std::vector<std::filesystem::path> candidates = {site_dir / filenames::kThemesDir / name};
  if (const char* env = std::getenv("GAZETTE_THEMES_DIR"); env && *env)
    candidates.push_back(std::filesystem::path(env) / name);
  candidates.push_back(std::filesystem::path(GAZETTE_BUILTIN_THEMES_DIR) / name);
  for (const auto& c : candidates) {
    tried.push_back(c.string());
    std::error_code ec;
    if (std::filesystem::is_directory(c / filenames::kLayoutsDir, ec)) return c;
  }
  return {};
}

class Loader {
 public:
  Loader(std::filesystem::path site_dir, std::filesystem::path theme_dir)
      : site_dir_(std::move(site_dir)), theme_dir_(std::move(theme_dir)) {}

  // The file for layouts/<rel>, the site's own first; empty path if none.
  std::filesystem::path locate(const std::string& rel) const {
    std::error_code ec;
    for (const auto& base :
         {site_dir_ / filenames::kLayoutsDir, theme_dir_ / filenames::kLayoutsDir}) {
      auto p = base / rel;
      if (!std::filesystem::is_regular_file(p, ec)) continue;
      // A template in the site (its layouts/ or themes/) is read only from
      // inside it, whatever links lead elsewhere.
      if (lexically_inside(p, site_dir_) && !resolves_inside(p, site_dir_))
        throw ContentError(display_path(p, site_dir_), 0, kPointsOutsideSite);
      return p;
    }
    return {};
  }

  std::string expand(const std::string& text, const std::string& path, int depth,
                     std::set<std::string>& stack) const {
    static const std::regex partial_tag(R"(\{\{>\s*([A-Za-z0-9_./-]+)\s*\}\})");
    std::string out;
    auto begin = std::sregex_iterator(text.begin(), text.end(), partial_tag);
    size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
      const auto& m = *it;
      out.append(text, last, static_cast<size_t>(m.position(0)) - last);
      last = static_cast<size_t>(m.position(0) + m.length(0));
      out += load_partial(m[1].str(), path, line_of(text, static_cast<size_t>(m.position(0))),
                          depth, stack);
    }
    out.append(text, last, std::string::npos);
    return out;
  }

 private:
  static int line_of(const std::string& text, size_t pos) {
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
  }

  std::string load_partial(const std::string& name, const std::string& from, int line, int depth,
                           std::set<std::string>& stack) const {
    if (name.find("..") != std::string::npos)
      throw ContentError(from, line, "partial name '" + name + "' must not contain '..'");
    auto path = locate("partials/" + name + ".mustache");
    if (path.empty())
      throw ContentError(
          from, line,
          "partial '" + name + "' not found (looked for layouts/partials/" + name + ".mustache)");
    if (depth > kMaxPartialDepth || stack.count(name))
      throw ContentError(from, line, "partial '" + name + "' includes itself");
    stack.insert(name);
    std::string text = read_file(path);
    // A partial ending in a newline would add a blank line where it is used.
    if (!text.empty() && text.back() == '\n') text.pop_back();
    std::string expanded = expand(text, path.string(), depth + 1, stack);
    stack.erase(name);
    return expanded;
  }

  std::filesystem::path site_dir_, theme_dir_;
};

std::atomic<uint64_t> next_theme_id{1};

// kainjow's own context splits every dotted name ("site.title") into a fresh
// vector of strings on each lookup; templates are full of them. This one walks
// the segments in place, with the same lookup rules.
class Context : public mustache::basic_context<std::string> {
 public:
  void push(const mustache::data* d) override { items_.insert(items_.begin(), d); }
  void pop() override { items_.erase(items_.begin()); }

  const mustache::data* get(const std::string& name) const override {
    if (name.size() == 1 && name[0] == '.') return items_.front();
    if (name.find('.') == std::string::npos) return get_partial(name);
    thread_local std::string segment;
    for (const mustache::data* item : items_) {
      const mustache::data* var = item;
      for (size_t start = 0; var;) {
        size_t end = name.find('.', start);
        segment.assign(name, start, end == std::string::npos ? std::string::npos : end - start);
        var = var->get(segment);
        if (end == std::string::npos) break;
        start = end + 1;
      }
      if (var) return var;
    }
    return nullptr;
  }

  const mustache::data* get_partial(const std::string& name) const override {
    for (const mustache::data* item : items_)
      if (const mustache::data* var = item->get(name)) return var;
    return nullptr;
  }

 private:
  std::vector<const mustache::data*> items_;
};

}  // namespace

Theme Theme::load(const std::filesystem::path& site_dir, const SiteConfig& config,
                  const std::vector<std::string>& required) {
  Theme theme;
  theme.id_ = next_theme_id++;
  std::vector<std::string> tried;
  theme.dir_ = find_theme(site_dir, config.theme, tried);
  if (theme.dir_.empty()) {
    std::string where;
    for (const auto& t : tried) where += (where.empty() ? "" : ", ") + t;
    throw ContentError((site_dir / filenames::kSiteConfig).string(), config.theme_line,
                       "theme '" + config.theme + "' not found (looked in " + where + ")");
  }
  Loader loader(site_dir, theme.dir_);
  for (const auto& name : required) {
    auto path = loader.locate(name + ".mustache");
    if (path.empty())
      throw ContentError((site_dir / filenames::kSiteConfig).string(), config.theme_line,
                         "theme '" + config.theme + "' has no template '" + name + "' (expected " +
                             (theme.dir_ / filenames::kLayoutsDir / (name + ".mustache")).string() +
                             " or layouts/" + name + ".mustache in the site)");
    std::set<std::string> stack;
    std::string text = loader.expand(read_file(path), path.string(), 0, stack);
    mustache::mustache compiled(text);
    if (!compiled.is_valid())
      throw ContentError(path.string(), 0, "template error: " + compiled.error_message());
    theme.sources_[name] = Source{std::move(text), path.string()};
  }
  Hasher h;
  for (const auto& [name, src] : theme.sources_) h.add(name).add(src.text);
  theme.fingerprint_ = h.value();
  std::error_code ec;
  for (const auto& dir : {theme.dir_ / filenames::kStaticDir, site_dir / filenames::kStaticDir})
    if (std::filesystem::is_directory(dir, ec)) theme.static_dirs_.push_back(dir);
  return theme;
}

bool Theme::mentions(const std::string& name, const std::string& variable) const {
  auto it = sources_.find(name);
  if (it == sources_.end()) return true;
  const std::string& text = it->second.text;
  if (text.find("{{=") != std::string::npos) return true;
  // {{x}}, {{{x}}}, {{& x}}, {{#x}}, {{^x}}, {{/x}}, {{a.b.x}}, spaces inside.
  const std::regex tag(R"(\{\{\{?\s*[#^&/]?\s*(?:[A-Za-z0-9_.-]*\.)?)" + variable +
                       R"(\s*\}?\}\})");
  return std::regex_search(text, tag);
}

std::string Theme::render(const std::string& name, const mustache::data& site,
                          const mustache::data& page) const {
  // One compiled copy per (thread, theme, template), with the largest output
  // it produced so far: reserving that avoids regrowing the buffer, and a
  // list entry (kept for the whole build) holds no more than entries need.
  struct Compiled {
    std::unique_ptr<mustache::mustache> tmpl;
    size_t size_hint = 1024;
  };
  // A thread keeps the templates of one theme, the last it rendered with:
  // `gazette serve` loads a new Theme for every rebuild, and a cache keyed
  // by theme grew by a theme's compiled templates each time on the thread
  // that serves (111 MB after 300 rebuilds).
  thread_local struct {
    uint64_t theme = 0;
    std::map<std::string, Compiled> templates;
  } cache;
  if (cache.theme != id_) {
    cache.templates.clear();
    cache.theme = id_;
  }
  auto& mine = cache.templates;
  auto it = mine.find(name);
  if (it == mine.end()) {
    auto src = sources_.find(name);
    if (src == sources_.end())
      throw ContentError(name, 0, "template '" + name + "' was not loaded");
    it = mine.emplace(name, Compiled{std::make_unique<mustache::mustache>(src->second.text)}).first;
    // kainjow's own escape appends one character at a time (~10% of a build).
    it->second.tmpl->set_custom_escape([](const std::string& s) { return html_escape(s); });
  }
  Context ctx;
  ctx.push(&site);
  ctx.push(&page);
  struct Sink {
    std::string text;
    Sink& operator<<(const std::string& s) {
      text += s;
      return *this;
    }
  } sink;
  sink.text.reserve(it->second.size_hint);
  it->second.tmpl->render(ctx, sink);
  if (!it->second.tmpl->is_valid())
    throw ContentError(sources_.at(name).path, 0,
                       "template error: " + it->second.tmpl->error_message());
  it->second.size_hint = std::max(it->second.size_hint, sink.text.size());
  return std::move(sink.text);
}

}  // namespace gazette
