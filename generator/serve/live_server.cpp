#include "serve/live_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
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
constexpr const char* kReloadCode =
    "new EventSource(\"/__gazette/events\").onmessage = function () { location.reload(); };\n";

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

}  // namespace

std::string inject_reload_script(std::string html) {
  auto pos = html.rfind("</body>");
  if (pos == std::string::npos) return html + kReloadScript;
  html.insert(pos, kReloadScript);
  return html;
}

struct LiveServer::Impl {
  httplib::Server http;
};

LiveServer::LiveServer(ServeSettings settings)
    : settings_(std::move(settings)),
      out_dir_(filenames::serve_out_dir(settings_.site_dir)),
      impl_(std::make_unique<Impl>()) {}

LiveServer::~LiveServer() = default;

std::string LiveServer::current_error() const {
  std::lock_guard lock(mu_);
  return error_;
}

void LiveServer::rebuild() {
  BuildSettings b;
  b.site_dir = settings_.site_dir;
  b.out_dir = out_dir_;
  b.jobs = settings_.jobs;
  const std::string host = settings_.bind == "0.0.0.0" ? "127.0.0.1" : settings_.bind;
  b.base_url = "http://" + host + ":" + std::to_string(settings_.port) + "/";
  std::string error;
  std::string summary;
  try {
    BuildReport r = build_site(b);
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
  changed_.notify_all();
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
  rebuild();
  auto& http = impl_->http;

  http.Get(kReloadPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(kReloadCode, "text/javascript; charset=utf-8");
  });
  http.Get(kEventsPath, [this](const httplib::Request&, httplib::Response& res) {
    auto seen = std::make_shared<uint64_t>(generation_.load());
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
                            [&] { return stopping_.load() || generation_.load() != *seen; });
          if (stopping_) return false;
          const bool reload = generation_.load() != *seen;
          *seen = generation_.load();
          lock.unlock();
          const std::string msg = reload ? "data: reload\n\n" : ": ping\n\n";
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
    if (!changed.empty() && !stopping_) rebuild();
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
