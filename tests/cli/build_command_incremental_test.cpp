// Incremental builds must be byte-identical to clean builds. A small archive
// is edited at random (titles, bodies, tags, reporters, pages, new and deleted
// articles, edition pages, a template, site.yml); after each edit the site is
// rebuilt incrementally into one folder and from scratch (--no-cache) into
// another, and the two trees must match file for file.
#include <catch2/catch.hpp>
#include <random>

#include "support/test_support.h"

using namespace gazette::testing;

namespace {

const char* kTags[] = {"环卫", "平城区", "志愿服务", "营商环境", "公示"};
const char* kAuthors[] = {"邱东芳", "尚丽", "郝雨"};
const char* kDays[] = {"2023/07/18", "2023/07/19", "2023/07/20"};

struct Archive {
  fs::path site;
  std::mt19937 rng;
  int next_id = 0;
  std::vector<fs::path> articles;

  Archive(fs::path dir, uint64_t seed)
      : site(std::move(dir)), rng(static_cast<std::mt19937::result_type>(seed ^ (seed >> 32))) {
    write_text(site / "site.yml",
               "title: 测试报\nbase_url: https://example.org/\npaginate: 2\nhome_recent: 3\n");
    for (const char* day : kDays)
      write_text(site / "content" / day / "_index.md",
                 "---\npages:\n  - {number: 1, name: 要闻}\n  - {number: 2, name: 综合}\n---\n");
    for (int i = 0; i < 12; ++i) add_article();
  }

  int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }

  std::string article_text(int id) {
    std::string tags = std::string(kTags[pick(5)]) + ", " + kTags[pick(5)];
    return "---\ntitle: 文章" + std::to_string(id) + "号" + std::to_string(pick(100)) +
           "\npage: " + std::to_string(1 + pick(2)) + "\norder: " + std::to_string(pick(5)) +
           "\nauthors: [" + kAuthors[pick(3)] + "]\ntags: [" + tags + "]\n---\n第" +
           std::to_string(pick(1000)) + "段正文。\n";
  }

  void add_article() {
    int id = next_id++;
    fs::path p = site / "content" / kDays[pick(3)] / ("a" + std::to_string(id) + ".md");
    write_text(p, article_text(id));
    articles.push_back(p);
  }

  std::string random_edit() {
    switch (pick(8)) {
      case 0: {  // rewrite an article: title, tags, page, order, body
        fs::path p = articles[static_cast<size_t>(pick(static_cast<int>(articles.size())))];
        write_text(p, article_text(pick(1000)));
        return "rewrite " + p.filename().string();
      }
      case 1:
        add_article();
        return "add " + articles.back().filename().string();
      case 2: {
        if (articles.size() <= 3) return "none";
        size_t k = static_cast<size_t>(pick(static_cast<int>(articles.size())));
        fs::remove(articles[k]);
        std::string name = articles[k].filename().string();
        articles.erase(articles.begin() + static_cast<long>(k));
        return "delete " + name;
      }
      case 3: {  // rename a page of an edition, add a banner
        const char* day = kDays[pick(3)];
        write_text(site / "content" / day / "_index.md",
                   "---\npages:\n  - {number: 1, name: 要闻" + std::to_string(pick(9)) +
                       ", banners: [头条]}\n  - {number: 2, name: 综合}\n---\n");
        return std::string("edition ") + day;
      }
      case 4:  // a standalone page comes or goes
        if (pick(2)) {
          write_text(site / "content/pages/about.md",
                     "---\ntitle: 关于" + std::to_string(pick(9)) + "\n---\n简介。\n");
          return "page about";
        }
        fs::remove(site / "content/pages/about.md");
        return "no page";
      case 5:  // a site layout overrides a theme template
        write_text(
            site / "layouts/summary.mustache",
            "<li><a href=\"{{url}}\">{{display_title}}</a> " + std::to_string(pick(9)) + "</li>");
        return "layout";
      case 6:
        write_text(site / "site.yml",
                   "title: 测试报" + std::to_string(pick(9)) +
                       "\nbase_url: https://example.org/\npaginate: 2\nhome_recent: 3\n");
        return "site.yml";
      default: {  // touch without change
        fs::path p = articles[static_cast<size_t>(pick(static_cast<int>(articles.size())))];
        write_text(p, read_text(p));
        return "touch";
      }
    }
  }
};

}  // namespace

TEST_CASE("incremental builds are byte-identical to clean builds after random edits",
          "[integration][incremental]") {
  const uint64_t seed = test_seed("incremental");
  INFO("seed " << seed << " (GAZETTE_TEST_SEED=" << seed << " replays it)");
  TempDir dir;
  Archive archive(dir / "site", seed);
  const std::string site = (dir / "site").string();
  for (int step = 0; step < 25; ++step) {
    std::string edit = step == 0 ? "initial" : archive.random_edit();
    // Now and then the cache is lost: the next build cannot trust the live
    // output and swaps in a whole new tree; the ones after it update two
    // trees. Otherwise builds update the live output in place.
    if (step % 8 == 5) {
      fs::remove_all(dir / "site/.gazette-cache");
      edit += " (cache deleted)";
    }
    INFO("step " << step << ": " << edit);
    CommandResult inc = run_gazette("build -q --site " + site + " --out " + (dir / "inc").string());
    INFO(inc.err);
    REQUIRE(inc.exit_code == 0);
    fs::remove_all(dir / "clean");
    fs::remove_all(dir / ".clean.staging");
    CommandResult clean =
        run_gazette("build -q --no-cache --site " + site + " --out " + (dir / "clean").string());
    INFO(clean.err);
    REQUIRE(clean.exit_code == 0);
    auto a = snapshot(dir / "inc"), b = snapshot(dir / "clean");
    std::vector<std::string> differ;
    for (const auto& [path, bytes] : b)
      if (!a.count(path) || a[path] != bytes) differ.push_back(path);
    for (const auto& [path, bytes] : a)
      if (!b.count(path)) differ.push_back(path + " (stale)");
    INFO("differing: " << differ.size() << (differ.empty() ? "" : " first " + differ.front()));
    REQUIRE(differ.empty());
  }
}

TEST_CASE("a rebuild without changes renders nothing", "[integration][incremental]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string args =
      "build --site " + (dir / "site").string() + " --out " + (dir / "out").string();
  REQUIRE(run_gazette(args).exit_code == 0);
  REQUIRE(run_gazette(args).exit_code == 0);
  CommandResult third = run_gazette(args);
  REQUIRE(third.exit_code == 0);
  CHECK(third.out.find(" 0 rendered, 0 written") != std::string::npos);
  write_text(
      dir / "site/content/2023/07/20/fa-yuan.md",
      "---\ntitle: 改过的标题\npage: 2\nauthors: [郝雨]\ntags: [平城区, 营商环境]\n---\n正文。\n");
  CommandResult edited = run_gazette(args);
  INFO(edited.out);
  REQUIRE(edited.exit_code == 0);
  // The article, its neighbour, its edition, home, its tag and reporter pages, and the
  // summaries they list: a handful, not the whole site.
  CHECK(edited.out.find(" 0 rendered") == std::string::npos);
  CHECK(read_text(dir / "out/2023/07/20/fa-yuan/index.html").find("改过的标题") !=
        std::string::npos);
}

TEST_CASE("a progress bar shows on a terminal and never in a pipe", "[integration]") {
  TempDir dir;
  write_fixture_site(dir / "site");
  const std::string build = std::string(GAZETTE_BIN) + " build --no-cache --site " +
                            (dir / "site").string() + " --out " + (dir / "out").string();
  CommandResult piped = run_gazette("build --no-cache --site " + (dir / "site").string() +
                                    " --out " + (dir / "out2").string());
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.out.find("rendering") == std::string::npos);
  CHECK(piped.out.find(" rendered, ") != std::string::npos);  // the one-line summary
  // script(1) (util-linux, on every Debian) runs the build on a pseudo-terminal.
  const std::string cmd =
      "script -qec '" + build + "' /dev/null > " + (dir / "tty.txt").string() + " 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  const std::string tty = read_text(dir / "tty.txt");
  CHECK(tty.find("\r\033[K") != std::string::npos);  // the bar's line is cleared at the end
  CHECK(tty.find(" rendered, ") != std::string::npos);
}
