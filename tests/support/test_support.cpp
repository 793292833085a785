#include "support/test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace gazette::testing {

namespace {

uint64_t announce_seed(const char* test, uint64_t seed) {
  std::fprintf(stderr, "%s: seed %llu (GAZETTE_TEST_SEED=%llu replays it)\n", test,
               static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
  return seed;
}

}  // namespace

uint64_t test_seed(const char* test, uint64_t fallback) {
  if (const char* env = std::getenv("GAZETTE_TEST_SEED"); env && *env)
    return announce_seed(test, std::strtoull(env, nullptr, 10));
  return announce_seed(test, fallback);
}

uint64_t test_seed(const char* test) {
  std::random_device rd;
  return test_seed(test, (static_cast<uint64_t>(rd()) << 32) | rd());
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() /
          ("gazette-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

CommandResult run_gazette(const std::string& args) {
  TempDir tmp;
  const std::string cmd = std::string(GAZETTE_BIN) + " " + args + " >" + (tmp / "out").string() +
                          " 2>" + (tmp / "err").string();
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_text(tmp / "out");
  r.err = read_text(tmp / "err");
  return r;
}

int spawn_gazette(const std::string& args, const fs::path& log_dir) {
  fs::create_directories(log_dir);
  const std::string cmd = "exec " + std::string(GAZETTE_BIN) + " " + args + " >" +
                          (log_dir / "out").string() + " 2>" + (log_dir / "err").string();
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

int wait_for(int pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> reference_build(const fs::path& site, const fs::path& out) {
  const CommandResult r = run_gazette("build -q --no-cache --site '" + site.string() + "' --out '" +
                                      out.string() + "'");
  if (r.exit_code != 0)
    throw std::runtime_error("reference build of " + site.string() + " failed:\n" + r.err);
  return snapshot(out);
}

std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> out;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file())
      out[fs::relative(e.path(), root).generic_string()] = read_text(e.path());
  return out;
}

void write_text(const fs::path& path, const std::string& text) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path source_dir() { return GAZETTE_SOURCE_DIR; }

void write_fixture_site(const fs::path& dir) {
  write_text(dir / "site.yml",
             "title: 测试报\nbase_url: https://example.org/paper/\ntheme: default\npaginate: 2\n"
             "taxonomies: {tags: 标签, authors: 记者, series: 系列}\n");
  write_text(dir / "content/2023/07/20/_index.md",
             "---\ndate: 2023-07-20\nedition: 1234\npages:\n  - {number: 1, name: 平城头条, "
             "banners: [平城头条]}\n"
             "  - {number: 2, name: 综合新闻}\n---\n");
  write_text(dir / "content/2023/07/20/huan-wei.md",
             "---\ntitle: 前端收集全路段形成常态化\nkicker: 系列报道之五\npage: 1\norder: 1\n"
             "authors: [邱东芳]\ntags: [环卫, 平城区]\nseries: [环境卫生系列报道]\n"
             "photos:\n  - {caption: 全路段垃圾收集。, credit: 邱东芳摄}\nreview: []\n---\n"
             "本报讯（记者 邱东芳）今年以来，平城区环卫服务中心多措并举。\n\n"
             "| 序号 | 路段 |\n|---|---|\n| 一 | 云中街 |\n\n<script>alert(1)</script>\n");
  write_text(dir / "content/2023/07/20/zhi-yuan.md",
             "---\ntitle: 『志愿红』助力旅发大会\npage: 1\norder: 2\nauthors: [尚丽]\ntags: "
             "[志愿服务, 平城区]\n---\n"
             "本报讯（记者 尚丽）连日来，志愿者在古城内开展服务。\n");
  write_text(dir / "content/2023/07/20/fa-yuan.md",
             "---\ntitle: 主动问需解难 助力企业发展\npage: 2\nauthors: [郝雨]\ntags: [平城区, "
             "营商环境]\n---\n"
             "本报讯（记者 郝雨）平城区人民法院深入走访包联企业。\n");
  write_text(
      dir / "content/2023/07/19/jiu-wen.md",
      "---\ntitle: 前一天的新闻\npage: 1\npage_name: 要闻\nauthors: [邱东芳]\ntags: [环卫]\n---\n"
      "旧闻正文。\n");
  write_text(dir / "content/2023/07/19/cao-gao.md",
             "---\ntitle: 草稿\ndraft: true\n---\n不应出现。\n");
  write_text(dir / "content/pages/about.md", "---\ntitle: 关于本站\n---\n本站简介。\n");
}

}  // namespace gazette::testing
