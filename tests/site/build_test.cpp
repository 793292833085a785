// build_site() in-process: the pipeline from site folder to published output.
#include "site/build.h"

#include <catch2/catch.hpp>
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

#include "support/test_support.h"
#include "util/error.h"

using namespace gazette;
using namespace gazette::testing;

namespace {

BuildSettings settings_for(const TempDir& dir) {
  BuildSettings s;
  s.site_dir = dir / "site";
  s.out_dir = dir / "out";
  s.jobs = 2;
  return s;
}

}  // namespace

TEST_CASE("build: renders every page of the fixture site and reports what it did", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  BuildSettings s = settings_for(dir);
  std::mutex mu;
  size_t last_done = 0, last_total = 0, calls = 0;
  s.progress = [&](size_t done, size_t total) {
    std::lock_guard lock(mu);
    last_done = done;
    last_total = total;
    ++calls;
  };
  const BuildReport r = build_site(s);
  CHECK(r.articles == 4);
  CHECK(r.editions == 2);
  // home, 404, search, atom.xml, a year, a month, 2 editions, 4 articles and the
  // CSV of one's table, 3 taxonomies, 9 pages of 8 terms and their 8 feeds, a page
  CHECK(r.pages_rendered == 34);
  CHECK(calls >= 1);
  CHECK(last_done == 34);
  CHECK(last_total == 34);

  const auto files = snapshot(dir / "out");
  // Every file written is counted; the marker .gazette-output is not a page.
  CHECK(r.files == files.size() - files.count(".gazette-output"));
  CHECK(r.files_written == r.files);
  for (const char* f :
       {"index.html", "404.html", "2023/index.html", "2023/07/index.html", "2023/07/20/index.html",
        "2023/07/20/huan-wei/index.html", "2023/07/19/jiu-wen/index.html", "tags/index.html",
        "tags/ping-cheng-qu/page/2/index.html", "authors/shang-li/index.html", "about/index.html",
        "atom.xml", "sitemap.xml"}) {
    INFO(f);
    CHECK(files.count(f) == 1);
  }
  CHECK(files.count("2023/07/19/cao-gao/index.html") == 0);  // a draft
  CHECK(files.at("2023/07/20/zhi-yuan/index.html").find("『志愿红』助力旅发大会") !=
        std::string::npos);
  CHECK(r.seconds > 0);
  CHECK_FALSE(r.phases.empty());
}

TEST_CASE("build: a second build of unchanged files renders and writes nothing", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const BuildReport first = build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");
  const BuildReport second = build_site(settings_for(dir));
  CHECK(second.pages_rendered == 0);
  CHECK(second.files_written == 0);
  CHECK(second.files == first.files);
  CHECK(snapshot(dir / "out") == before);

  // One article changed: its page and the pages listing it, not all of them.
  write_text(dir / "site/content/2023/07/19/jiu-wen.md",
             "---\ntitle: 前一天的新闻\npage: 1\npage_name: 要闻\nauthors: [邱东芳]\ntags: "
             "[环卫]\n---\n旧闻正文（有改动）。\n");
  const BuildReport third = build_site(settings_for(dir));
  CHECK(third.pages_rendered > 0);
  CHECK(third.pages_rendered < first.pages_rendered);
  CHECK(read_text(dir / "out/2023/07/19/jiu-wen/index.html").find("旧闻正文（有改动）。") !=
        std::string::npos);
}

TEST_CASE("build: without the cache every page is rendered again, to the same bytes", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const BuildReport first = build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");
  BuildSettings clean = settings_for(dir);
  clean.use_cache = false;
  const BuildReport again = build_site(clean);
  CHECK(again.pages_rendered == first.pages_rendered);
  CHECK(snapshot(dir / "out") == before);
}

TEST_CASE("build: a content error throws and leaves the previous output as it was", "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");

  write_text(dir / "site/content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』\ndate: 2023-02-30\n---\n正文\n");
  try {
    build_site(settings_for(dir));
    FAIL("the build succeeded");
  } catch (const ContentErrors& e) {
    REQUIRE(e.all().size() == 1);
    CHECK(e.all()[0].file == "content/2023/07/20/zhi-yuan.md");
    CHECK(e.all()[0].line == 3);
  } catch (const ContentError& e) {
    CHECK(e.diagnostic().file == "content/2023/07/20/zhi-yuan.md");
    CHECK(e.diagnostic().line == 3);
  }
  CHECK(snapshot(dir / "out") == before);

  BuildSettings bad_url = settings_for(dir);
  write_fixture_site(dir / "site");
  bad_url.base_url = "ftp://example.org/";
  CHECK_THROWS_WITH(build_site(bad_url), Catch::StartsWith("--base-url: "));
  CHECK(snapshot(dir / "out") == before);
}

TEST_CASE("build: 'search: false' in site.yml leaves out the search page, its index and forms",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "site/site.yml", read_text(dir / "site/site.yml") + "search: false\n");
  BuildSettings s;
  s.site_dir = dir / "site";
  s.out_dir = dir / "out";
  s.jobs = 2;
  build_site(s);
  CHECK_FALSE(fs::exists(dir / "out/search"));
  const std::string home = read_text(dir / "out/index.html");
  CHECK(home.find("role=\"search\"") == std::string::npos);
  CHECK(home.find("/search/") == std::string::npos);
  // Turned on again, the index appears.
  write_fixture_site(dir / "site");
  build_site(s);
  CHECK(fs::exists(dir / "out/search/meta.json"));
  CHECK(read_text(dir / "out/index.html").find("role=\"search\"") != std::string::npos);
}

TEST_CASE("build session: an edited article is patched in and published as a whole build would",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  BuildSession session(settings_for(dir));
  const BuildReport first = session.build();
  const fs::path file = dir / "site/content/2023/07/20/huan-wei.md";
  std::string text = read_text(file);
  text.replace(text.find("前端收集全路段形成常态化"),
               std::string("前端收集全路段形成常态化").size(), "前端收集全路段实现常态化");
  text.replace(text.find("多措并举"), std::string("多措并举").size(), "多措并举，成效明显");
  text.replace(text.find("系列报道之五"), std::string("系列报道之五").size(), "系列报道之六");
  write_text(file, text);

  const auto patched = session.patch({file, dir / "site/content/2023/07/20/notes.txt"});
  REQUIRE(patched);
  REQUIRE(patched->size() == 1);
  const auto [path, page] = session.render_article(patched->front());
  CHECK(path == "2023/07/20/huan-wei/index.html");
  CHECK(page.find("前端收集全路段实现常态化") != std::string::npos);
  CHECK(page.find("系列报道之六") != std::string::npos);
  CHECK(page.find("成效明显") != std::string::npos);

  const BuildReport second = session.publish();
  CHECK(second.pages_rendered > 0);
  CHECK(second.pages_rendered < first.pages_rendered);
  const auto out = snapshot(dir / "out");
  CHECK(out.at(path) == page);
  // The edition page and the home page list the new title.
  CHECK(out.at("2023/07/20/index.html").find("前端收集全路段实现常态化") != std::string::npos);
  const auto clean = reference_build(dir / "site", dir / "clean");
  auto without_marker = [](std::map<std::string, std::string> files) {
    files.erase(".gazette-output");  // names the build that wrote it
    return files;
  };
  CHECK(without_marker(out) == without_marker(clean));

  // A whole build of the same files afterwards finds nothing to do.
  const BuildReport third = build_site(settings_for(dir));
  CHECK(third.pages_rendered == 0);
  CHECK(third.files_written == 0);
}

TEST_CASE("build session: a change that moves an article or files it anew needs a whole build",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  BuildSession session(settings_for(dir));
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/19/jiu-wen.md"}));  // nothing built yet
  session.build();
  const fs::path file = dir / "site/content/2023/07/19/jiu-wen.md";
  const std::string original = read_text(file);
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string t = original;
    t.replace(t.find(from), from.size(), to);
    return t;
  };
  for (const auto& [what, text] : std::vector<std::pair<std::string, std::string>>{
           {"its tags", edited("tags: [环卫]", "tags: [环卫, 平城区]")},
           {"its page", edited("page: 1", "page: 2")},
           {"its page's name", edited("page_name: 要闻", "page_name: 综合")},
           {"its date", edited("title:", "date: 2023-07-18\ntitle:")},
           {"made a draft", edited("title:", "draft: true\ntitle:")},
           {"broken front matter", edited("title: 前一天的新闻", "title: [前一天")},
           {"a table added", original + "\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n"}}) {
    INFO(what);
    write_text(file, text);
    CHECK_FALSE(session.patch({file}));
  }
  write_text(file, original);
  CHECK(session.patch({file}));  // back as it was: patched (to the same)
  // Files that are not published articles, or are gone, or are not content.
  write_text(dir / "site/content/2023/07/19/xin-gao.md", "---\ntitle: 新稿\n---\n正文。\n");
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/19/xin-gao.md"}));
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/19/cao-gao.md"}));
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/19/_index.md"}));
  CHECK_FALSE(session.patch({dir / "site/site.yml"}));
  CHECK_FALSE(session.patch({dir / "site/themes/default/templates/article.mustache"}));
  fs::remove(dir / "site/content/2023/07/20/zhi-yuan.md");
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/20/zhi-yuan.md"}));
  // A whole build takes every change in.
  const BuildReport whole = session.build();
  CHECK(whole.articles == 4);
}

TEST_CASE("build: with nothing changed it stops after listing the files, any change builds",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const BuildReport first = build_site(settings_for(dir));
  const auto before = snapshot(dir / "out");
  auto rendered_phases = [](const BuildReport& r) {
    for (const auto& [name, seconds] : r.phases)
      if (name == "render") return true;
    return false;
  };
  const BuildReport same = build_site(settings_for(dir));
  CHECK_FALSE(rendered_phases(same));  // nothing loaded, planned or rendered
  CHECK(same.pages_rendered == 0);
  CHECK(same.files_written == 0);
  CHECK(same.files == first.files);
  CHECK(same.articles == first.articles);
  CHECK(same.editions == first.editions);
  CHECK(snapshot(dir / "out") == before);

  // Each of these makes the next build a real one (which then finds, for
  // most, nothing to render), and the one after it stops early again.
  const fs::path article = dir / "site/content/2023/07/20/zhi-yuan.md";
  const std::vector<std::pair<std::string, std::function<void()>>> changes = {
      {"an article saved unchanged", [&] { write_text(article, read_text(article)); }},
      {"a new article",
       [&] {
         write_text(dir / "site/content/2023/07/20/xin.md", "---\ntitle: 新稿\n---\n正文。\n");
       }},
      {"an article removed", [&] { fs::remove(dir / "site/content/2023/07/20/xin.md"); }},
      {"site.yml changed",
       [&] { write_text(dir / "site/site.yml", read_text(dir / "site/site.yml") + "# 注释\n"); }},
      {"a static file added",
       [&] { write_text(dir / "site/static/robots.txt", "User-agent: *\n"); }},
      {"the output written by another build",
       [&] {
         std::string marker = read_text(dir / "out/.gazette-output");
         write_text(dir / "out/.gazette-output", marker.insert(marker.size() - 1, "7"));
       }},
      {"the output removed", [&] { fs::remove_all(dir / "out"); }},
  };
  for (const auto& [what, change] : changes) {
    INFO(what);
    change();
    const BuildReport real = build_site(settings_for(dir));
    CHECK(rendered_phases(real));
    CHECK_FALSE(rendered_phases(build_site(settings_for(dir))));
  }
  CHECK(read_text(dir / "out/robots.txt") == "User-agent: *\n");
  BuildSettings other_url = settings_for(dir);
  other_url.base_url = "https://paper.example.org/";
  CHECK(rendered_phases(build_site(other_url)));
  // A session that keeps the Site (gazette serve) always builds.
  BuildSession session(settings_for(dir));
  CHECK(rendered_phases(session.build()));
}

TEST_CASE("build: an edit after a first build is published in place, equal to a clean build",
          "[site]") {
  // Once failed: the search segment's patch refused a shard whose key occurs
  // more often in an article than its block has bytes, rebuilt the segment,
  // wrote the article's fragment a second time and the in-place publish
  // then moved it twice ("cannot publish").
  TempDir dir;
  write_text(dir / "site/site.yml", "title: 平城报\nlanguage: zh-CN\n");
  write_text(dir / "site/content/2023/12/05/gai-zao.md",
             "---\ntitle: 老旧小区改造提速\npage: 1\norder: 1\ntags: [城市建设]\n---\n"
             "本报讯（记者 王芳）今年全区老旧小区改造工作进展顺利，已完工小区32个。\n");
  write_text(dir / "site/content/2023/12/05/tu-shu-guan.md",
             "---\ntitle: 图书馆新馆开放\npage: 1\norder: 2\n---\n本报讯（记者 "
             "李强）区图书馆新馆昨日开放。\n");
  write_text(
      dir / "site/content/2023/12/04/yi-zhen.md",
      "---\ntitle: 区医院开展义诊\npage: 1\n---\n本报讯（记者 赵六）区医院昨日开展义诊活动。\n");
  build_site(settings_for(dir));
  const fs::path file = dir / "site/content/2023/12/05/gai-zao.md";
  std::string text = read_text(file);
  text.replace(text.find("改造提速"), std::string("改造提速").size(), "改造全面提速");
  write_text(file, text);
  const BuildReport edit = build_site(settings_for(dir));
  CHECK(edit.pages_rendered > 0);
  auto without_marker = [](std::map<std::string, std::string> files) {
    files.erase(".gazette-output");
    return files;
  };
  CHECK(without_marker(snapshot(dir / "out")) ==
        without_marker(reference_build(dir / "site", dir / "clean")));
}

TEST_CASE("build session: update() is a one-shot build, patch() then asks for a whole build",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  BuildSession session(settings_for(dir));
  session.update();
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/20/huan-wei.md"}));
  session.build();
  CHECK(session.patch({dir / "site/content/2023/07/20/huan-wei.md"}));
}

TEST_CASE(
    "build: after an article's text edit it starts from the model snapshot, as a clean "
    "build would end",
    "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  CHECK_FALSE(build_site(settings_for(dir)).from_snapshot);  // none yet
  auto without_marker = [](std::map<std::string, std::string> files) {
    files.erase(".gazette-output");
    return files;
  };
  auto matches_clean = [&] {
    fs::remove_all(dir / "clean");
    return without_marker(snapshot(dir / "out")) ==
           without_marker(reference_build(dir / "site", dir / "clean"));
  };
  const fs::path file = dir / "site/content/2023/07/20/huan-wei.md";
  std::string text = read_text(file);
  text.replace(text.find("形成常态化"), std::string("形成常态化").size(), "实现常态化");
  write_text(file, text);
  const BuildReport edit = build_site(settings_for(dir));
  CHECK(edit.from_snapshot);
  CHECK(edit.pages_rendered > 0);
  CHECK(edit.warnings.empty());
  CHECK(matches_clean());
  CHECK(fs::exists(dir / "site/.gazette-cache/model-edits.bin"));  // a journal, not a snapshot

  // A second edit of the same article, then one of another: the journal holds both.
  text.replace(text.find("多措并举"), std::string("多措并举").size(), "多措并举，成效明显");
  write_text(file, text);
  CHECK(build_site(settings_for(dir)).from_snapshot);
  CHECK(matches_clean());
  const fs::path other = dir / "site/content/2023/07/20/fa-yuan.md";
  std::string other_text = read_text(other);
  other_text.replace(other_text.find("主动问需解难"), std::string("主动问需解难").size(),
                     "主动上门问需解难");
  write_text(other, other_text);
  CHECK(build_site(settings_for(dir)).from_snapshot);
  CHECK(matches_clean());

  // A damaged journal: said as what it costs (the edited files read again,
  // not the site loaded whole), and the build still starts from the snapshot.
  {
    const fs::path journal = dir / "site/.gazette-cache/model-edits.bin";
    const std::string j = read_text(journal);
    write_text(journal, j.substr(0, j.size() / 2));
    other_text.replace(other_text.find("主动上门"), std::string("主动上门").size(), "主动");
    write_text(other, other_text);
    const BuildReport r = build_site(settings_for(dir));
    CHECK(r.from_snapshot);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("model-edits.bin: damaged") != std::string::npos);
    CHECK(r.warnings[0].find("read again") != std::string::npos);
    CHECK(matches_clean());
  }

  // Moved to another page: a whole load, which writes a new snapshot.
  text.replace(text.find("page: 1"), std::string("page: 1").size(), "page: 2");
  write_text(file, text);
  CHECK_FALSE(build_site(settings_for(dir)).from_snapshot);
  CHECK(matches_clean());
  CHECK_FALSE(fs::exists(dir / "site/.gazette-cache/model-edits.bin"));

  // A damaged snapshot: said, and the site loaded whole, to the same output.
  std::string bytes = read_text(dir / "site/.gazette-cache/model.bin");
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 4);
  write_text(dir / "site/.gazette-cache/model.bin", bytes);
  text.replace(text.find("实现常态化"), std::string("实现常态化").size(), "全面实现常态化");
  write_text(file, text);
  const BuildReport damaged = build_site(settings_for(dir));
  CHECK_FALSE(damaged.from_snapshot);
  REQUIRE(damaged.warnings.size() == 1);
  CHECK(damaged.warnings[0].find("model.bin: damaged") != std::string::npos);
  CHECK(matches_clean());
}

TEST_CASE("build session: build() starts from the snapshot, and patch() works on that Site",
          "[site]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  build_site(settings_for(dir));  // leaves the snapshot
  const fs::path file = dir / "site/content/2023/07/20/zhi-yuan.md";
  std::string text = read_text(file);
  text.replace(text.find("旅发大会"), std::string("旅发大会").size(), "旅游发展大会");
  write_text(file, text);
  BuildSession session(settings_for(dir));
  CHECK(session.build().from_snapshot);  // what serve does first
  text.replace(text.find("开展服务"), std::string("开展服务").size(), "开展志愿服务");
  write_text(file, text);
  const auto patched = session.patch({file});
  REQUIRE(patched);
  REQUIRE(patched->size() == 1);
  CHECK(session.render_article(patched->front()).second.find("开展志愿服务") != std::string::npos);
  session.publish();
  auto without_marker = [](std::map<std::string, std::string> files) {
    files.erase(".gazette-output");
    return files;
  };
  CHECK(without_marker(snapshot(dir / "out")) ==
        without_marker(reference_build(dir / "site", dir / "clean")));
  // A change it cannot patch: a whole build, which loads every file.
  write_text(dir / "site/content/2023/07/20/xin.md", "---\ntitle: 新稿\npage: 2\n---\n正文。\n");
  CHECK_FALSE(session.patch({dir / "site/content/2023/07/20/xin.md"}));
  const BuildReport whole = session.build();
  CHECK_FALSE(whole.from_snapshot);
  CHECK(whole.articles == 5);
}

TEST_CASE("build: list entries render on every page that shows them, related ones too", "[site]") {
  // The entries are let go after the pages that list them, unless the
  // article template shows related entries' html: this one does.
  TempDir dir;
  write_fixture_site(dir / "site");
  write_text(dir / "site/layouts/summary.mustache", "<li class=\"s\">{{display_title}}</li>");
  write_text(dir / "site/layouts/article.mustache",
             "<h1>{{article.title}}</h1>{{#article.related}}<r>{{{html}}}</r>{{/article.related}}");
  const BuildReport r = build_site(settings_for(dir));
  CHECK(r.articles == 4);
  const auto files = snapshot(dir / "out");
  size_t with_related = 0;
  for (const auto& [path, text] : files) {
    if (path.rfind("2023/07/", 0) != 0 || path.find("/index.html") == std::string::npos) continue;
    if (text.find("<h1>") == std::string::npos) continue;  // not an article page
    for (size_t at = text.find("<r>"); at != std::string::npos; at = text.find("<r>", at + 1)) {
      CHECK(text.compare(at, 17, "<r><li class=\"s\">") == 0);
      ++with_related;
    }
  }
  CHECK(with_related > 0);
  CHECK(files.at("2023/07/20/index.html").find("<li class=\"s\">『志愿红』助力旅发大会</li>") !=
        std::string::npos);
}
