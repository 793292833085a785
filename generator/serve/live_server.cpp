#include "serve/live_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <thread>

#include "serve/watcher.h"
#include "site/build.h"
#include "text/html.h"
#include "util/error.h"
#include "util/filenames.h"
#include "util/fs.h"

namespace gazette {
namespace {

constexpr const char* kEventsPath = "/__gazette/events";
// The reload script is a file of its own, not inline: the theme's
// Content-Security-Policy allows only the site's own script files.
constexpr const char* kReloadPath = "/__gazette/reload.js";
constexpr const char* kReloadScript = "<script src=\"/__gazette/reload.js\"></script>";
// An event is "reload" (every page) or "reload /a/ /b/" (the pages at those
// paths, as the browser shows them).
constexpr const char* kReloadCode =
    "new EventSource(\"/__gazette/events\").onmessage = function (e) {\n"
    "  var paths = String(e.data).split(\" \").slice(1);\n"
    "  var here = decodeURI(location.pathname).replace(/index\\.html$/, \"\");\n"
    "  if (paths.length === 0 || paths.indexOf(here) >= 0) location.reload();\n"
    "};\n";

const char* content_type(const std::string& path) {
  static const std::pair<const char*, const char*> types[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".xml", "application/xml; charset=utf-8"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".gz", "application/gzip"}};
  for (const auto& [ext, type] : types)
    if (path.size() >= std::strlen(ext) &&
        path.compare(path.size() - std::strlen(ext), std::string::npos, ext) == 0)
      return type;
  return "application/octet-stream";
}

std::string error_page(const std::string& errors) {
  std::string html =
      "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>构建失败 - "
      "gazette</title>"
      "<style>body{font-family:sans-serif;margin:2rem;background:#fff4f4}pre{white-space:pre-wrap;"
      "background:#fff;border:1px solid #d33;padding:1rem}</style></head><body><h1>构建失败 Build "
      "failed</h1>"
      "<p>修正以下问题并保存，页面会自动刷新。Fix these and save; this page reloads by "
      "itself.</p><pre>";
  append_html_escaped(html, errors);
  html += "</pre></body></html>";
  return html;
}

// The path a browser shows for output file `rel`: "2023/07/20/a/index.html"
// is "/2023/07/20/a/".
std::string browser_path(std::string_view rel) {
  constexpr std::string_view kIndex = "index.html";
  if (rel == kIndex) return "/";
  if (rel.size() > kIndex.size() && rel.substr(rel.size() - kIndex.size()) == kIndex &&
      rel[rel.size() - kIndex.size() - 1] == '/')
    rel.remove_suffix(kIndex.size());
  return "/" + std::string(rel);
}

}  // namespace

std::string inject_reload_script(std::string html) {
  auto pos = html.rfind("</body>");
  if (pos == std::string::npos) return html + kReloadScript;
  html.insert(pos, kReloadScript);
  return html;
}

struct LiveServer::Impl {
  httplib::Server http;
  std::unique_ptr<BuildSession> session;
};

LiveServer::LiveServer(ServeSettings settings)
    : settings_(std::move(settings)),
      out_dir_(filenames::serve_out_dir(settings_.site_dir)),
      impl_(std::make_unique<Impl>()) {}

LiveServer::~LiveServer() = default;

bool LiveServer::fresh_page(const std::string& rel, std::string& bytes) const {
  std::lock_guard lock(mu_);
  auto it = overlay_.find(rel);
  if (it == overlay_.end()) return false;
  bytes = it->second;
  return true;
}

std::string LiveServer::current_error() const {
  std::lock_guard lock(mu_);
  return error_;
}

BuildSession& LiveServer::session() {
  if (!impl_->session) {
    BuildSettings b;
    b.site_dir = settings_.site_dir;
    b.out_dir = out_dir_;
    b.jobs = settings_.jobs;
    const std::string host = settings_.bind == "0.0.0.0" ? "127.0.0.1" : settings_.bind;
    b.base_url = "http://" + host + ":" + std::to_string(settings_.port) + "/";
    b.list_changes = true;  // which pages to reload
    impl_->session = std::make_unique<BuildSession>(std::move(b));
  }
  return *impl_->session;
}

void LiveServer::announce(std::string paths) {
  {
    std::lock_guard lock(mu_);
    events_.emplace_back(++event_seq_, std::move(paths));
    while (events_.size() > kKeptEvents) events_.pop_front();
  }
  changed_.notify_all();
}

// Edits to articles' text only: each edited article's own page is rendered
// at once and served from memory (the reader waits for the page in front of
// them, not for the archive), then everything else the edit touches is
// rendered and published as a build would, and the pages that changed are
// told to reload.
bool LiveServer::quick_rebuild(const std::vector<std::string>& changed) {
  std::vector<std::filesystem::path> paths(changed.begin(), changed.end());
  const auto started = std::chrono::steady_clock::now();
  std::optional<std::vector<int>> patched = session().patch(paths);
  if (!patched) return false;
  std::string first;
  std::map<std::string, std::string> fresh;
  try {
    for (int index : *patched) fresh.insert(session().render_article(index));
  } catch (const std::exception&) {  // the build that follows reports it
    fresh.clear();
  }
  for (const auto& [rel, bytes] : fresh) first += " " + browser_path(rel);
  if (!fresh.empty()) {
    {
      std::lock_guard lock(mu_);
      overlay_ = fresh;
      error_.clear();
    }
    announce(first);
  }
  const auto shown = std::chrono::steady_clock::now();
  std::string error, summary;
  std::string rest;
  try {
    const BuildReport r = session().publish();
    for (const std::string& change : r.changes) {
      const std::string rel = change.substr(2);
      const auto early = fresh.find(rel);
      if (early != fresh.end() && change[0] == '+' && read_file(out_dir_ / rel) == early->second)
        continue;  // already reloaded with these bytes
      rest += " " + browser_path(rel);
    }
    auto ms = [&](auto d) {
      return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
    };
    summary = "updated " + std::to_string(patched->size()) + " article(s): page shown in " +
              ms(shown - started) + " ms, " + std::to_string(r.files_written) +
              " files written in " + ms(std::chrono::steady_clock::now() - started) + " ms";
  } catch (const std::exception& e) {
    error = e.what();
  }
  {
    std::lock_guard lock(mu_);
    overlay_.clear();
    error_ = error;
    ++generation_;
  }
  if (!error.empty())
    announce("");
  else if (!rest.empty())
    announce(rest);
  if (settings_.log) settings_.log(error.empty() ? summary : "build failed:\n" + error);
  return true;
}

void LiveServer::rebuild(const std::vector<std::string>& changed) {
  if (!changed.empty() && quick_rebuild(changed)) return;
  std::string error;
  std::string summary;
  try {
    BuildReport r = session().build();
    summary = "built " + std::to_string(r.files) + " files (" + std::to_string(r.files_written) +
              " changed) in " + std::to_string(static_cast<int>(r.seconds * 1000)) + " ms";
  } catch (const ContentErrors& e) {
    error = e.what();
  } catch (const std::exception& e) {
    error = e.what();
  }
  {
    std::lock_guard lock(mu_);
    error_ = error;
    ++generation_;
  }
  announce("");
  if (settings_.log) settings_.log(error.empty() ? summary : "build failed:\n" + error);
}

void LiveServer::stop() {
  stopping_ = true;
  changed_.notify_all();
  impl_->http.stop();
}

int LiveServer::run() {
  std::error_code ec;
  std::filesystem::create_directories(out_dir_.parent_path(), ec);
  // Watch before the first build: an edit saved while it runs (a large
  // archive takes seconds) must trigger the next one, not be lost.
  Watcher watcher(settings_.site_dir);
  rebuild({});
  auto& http = impl_->http;

  http.Get(kReloadPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(kReloadCode, "text/javascript; charset=utf-8");
  });
  http.Get(kEventsPath, [this](const httplib::Request&, httplib::Response& res) {
    uint64_t now;
    {
      std::lock_guard lock(mu_);
      now = event_seq_;
    }
    auto seen = std::make_shared<uint64_t>(now);
    auto greeted = std::make_shared<bool>(false);
    res.set_header("Cache-Control", "no-cache");
    res.set_chunked_content_provider(
        "text/event-stream", [this, seen, greeted](size_t, httplib::DataSink& sink) {
          if (!*greeted) {  // tells a client (and tools) the stream is live
            *greeted = true;
            const std::string hello = ": connected\n\n";
            return sink.write(hello.data(), hello.size());
          }
          std::unique_lock lock(mu_);
          changed_.wait_for(lock, std::chrono::seconds(10),
                            [&] { return stopping_.load() || event_seq_ != *seen; });
          if (stopping_) return false;
          std::string msg = ": ping\n\n";
          if (event_seq_ != *seen) {
            // Every event since the client's last one, as one: all pages
            // when one of them was for all, or when some were dropped.
            bool all = events_.empty() || events_.front().first > *seen + 1;
            std::string paths;
            for (const auto& [seq, p] : events_) {
              if (seq <= *seen) continue;
              if (p.empty()) all = true;
              paths += p;
            }
            msg = "data: reload" + (all ? std::string() : paths) + "\n\n";
            *seen = event_seq_;
          }
          lock.unlock();
          return sink.write(msg.data(), msg.size());
        });
  });

  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    // cpp-httplib has already decoded the path ("%2e" is "."): decoding it
    // again would serve a%41.txt for a%2541.txt.
    std::string rel = req.path.empty() ? std::string() : req.path.substr(1);
    if (rel.empty() || rel.back() == '/') rel += "index.html";
    if (!is_safe_relative_path(rel)) {
      res.status = 400;
      return;
    }
    std::filesystem::path file = out_dir_ / rel;
    std::error_code e;
    if (std::filesystem::is_directory(file, e)) {
      res.status = 301;
      res.set_header("Location", req.path + "/");
      return;
    }
    const std::string error = current_error();
    const bool html = rel.size() > 5 && rel.compare(rel.size() - 5, 5, ".html") == 0;
    if (std::string early; error.empty() && fresh_page(rel, early)) {
      res.set_header("Cache-Control", "no-store");
      res.set_content(inject_reload_script(std::move(early)), content_type(rel));
      return;
    }
    if (!error.empty() && html) {
      res.status = 500;
      res.set_content(inject_reload_script(error_page(error)), "text/html; charset=utf-8");
      return;
    }
    if (!std::filesystem::is_regular_file(file, e)) {
      res.status = 404;
      file = out_dir_ / "404.html";
      if (!std::filesystem::is_regular_file(file, e)) return;
      rel = "404.html";
    }
    std::string body;
    try {
      body = read_file(file);
    } catch (const IoError&) {
      res.status = 503;  // swapped away mid-read; the next request sees the new site
      return;
    }
    res.set_header("Cache-Control", "no-store");
    const char* type = content_type(rel);
    if (std::string_view(type).rfind("text/html", 0) == 0)
      body = inject_reload_script(std::move(body));
    res.set_content(std::move(body), type);
  });

  if (!http.bind_to_port(settings_.bind, settings_.port)) {
    if (settings_.log)
      settings_.log("cannot listen on " + settings_.bind + ":" + std::to_string(settings_.port));
    return 1;
  }
  std::atomic<bool> listening_ended{false};
  std::thread server([&] {
    http.listen_after_bind();
    listening_ended = true;
  });
  if (settings_.log)
    settings_.log("serving " + settings_.site_dir.string() + " at http://" + settings_.bind + ":" +
                  std::to_string(settings_.port) + "/ (Ctrl-C to stop)");
  while (!stopping_) {
    auto changed = watcher.wait(std::chrono::milliseconds(200));
    if (!changed.empty() && !stopping_) rebuild(changed);
  }
  // http.stop() does nothing until the server runs: a Ctrl-C that came
  // during the first build, before it listened, must still end it.
  while (!listening_ended) {
    http.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  server.join();
  return 0;
}

}  // namespace gazette
