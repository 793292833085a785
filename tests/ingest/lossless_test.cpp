// The lossless invariant over the fixtures and over generated pages: random
// recombinations of fixture lines with random column breaks, photo gaps,
// wedged lines, Markdown-sensitive characters and ASCII punctuation.
#include "ingest/lossless.h"

#include <catch2/catch.hpp>

#include "ingest/chars.h"
#include "ingest/import_run.h"
#include "support/test_support.h"

using namespace gazette::ingest;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> fixture_texts() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(gazette::testing::source_dir() / "tests/data/raw"))
    if (e.path().extension() == ".txt") out.push_back(gazette::testing::read_text(e.path()));
  std::sort(out.begin(), out.end());
  return out;
}

LosslessResult import_and_check(const std::string& text, const PageSettings& settings,
                                std::vector<std::string>* files = nullptr) {
  ImportRequest req{"/nonexistent-gazette-site", "2023-07-20", "2023/07/20", 1,
                    settings.page_name,          std::nullopt, false};
  PreparedImport prepared = prepare_import({{"gen.txt", text}}, settings, req);
  if (files) *files = prepared.plan.article_texts;
  return prepared.lossless;
}

// splitmix64: the same sequence on every platform.
struct Rng {
  uint64_t s;
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
};

const std::vector<std::string> kTricky = {"1. 不是列表的编号行",
                                          "# 井号开头",
                                          "| 竖线开头 | 的行",
                                          "*星号* 和 _下划线_ 的文字。",
                                          "a|b|c 竖线",
                                          "\\反斜杠\\",
                                          "<b>标签</b>",
                                          "[方括号](链接)",
                                          "~~删除线~~",
                                          "&amp;实体",
                                          "---",
                                          "===",
                                          "> 引用",
                                          "+ 加号",
                                          "    缩进的代码",
                                          "本报讯 (记者 张三) 测试,半角标点!",
                                          "Café 12,500 10:30",
                                          "（上接第1版）接续的文字。",
                                          "工作（下转第2版）",
                                          "图为测试图片。",
                                          "张三摄",
                                          "张三 李四",
                                          "2022年3月25日",
                                          "……",
                                          "——",
                                          "\u3000\u3000全角缩进的段落。",
                                          "标题 #",
                                          "1) 括号编号",
                                          "- ",
                                          "#",
                                          "平城头条",
                                          "闫昌",
                                          "```",
                                          "- 一、列表项",
                                          "一、第一项。",
                                          "二、第二项。",
                                          "（一）甲",
                                          "序号\t单位\t电话",
                                          "一\t机扫\t1553426661",
                                          "\t\tJY02",
                                          "QY31\t拥军东路\t沈福\t\t",
                                          "本报记者 纪元",
                                          "生活垃圾前端收集不落地。 邱东芳摄"};

std::string generate_page(Rng& rng, const std::vector<std::string>& pool) {
  std::string page;
  size_t pieces = 5 + rng.below(50);
  for (size_t i = 0; i < pieces; ++i) {
    std::string line =
        rng.chance(15) ? kTricky[rng.below(kTricky.size())] : pool[rng.below(pool.size())];
    std::u32string u = to_u32(line);
    if (u.size() > 8 && line.find('\t') == std::string::npos && rng.chance(35)) {
      size_t cut = 1 + rng.below(u.size() - 1);  // a column break, maybe mid-name
      std::string wedge = rng.chance(50) ? "\n\n" + kTricky[rng.below(kTricky.size())] : "";
      line = to_utf8(u.substr(0, cut)) + wedge + "\n\n" + to_utf8(u.substr(cut));
    }
    if (rng.chance(10)) {  // ASCII punctuation where the paper had full-width
      for (auto [from, to] :
           {std::pair<std::string, std::string>{"，", ","}, {"（", "("}, {"）", ")"}}) {
        for (size_t p = line.find(from); p != std::string::npos; p = line.find(from, p))
          line.replace(p, from.size(), to);
      }
    }
    page += line;
    page += std::string(rng.below(5), '\n');
    page += "\n";
  }
  return page;
}

}  // namespace

TEST_CASE("lossless: every fixture page, with and without the punctuation fix", "[ingest]") {
  for (const auto& text : fixture_texts()) {
    for (bool fix : {true, false}) {
      PageSettings s;
      s.fix_punctuation = fix;
      s.page_name = "平城头条";
      LosslessResult r = import_and_check(text, s);
      INFO(r.message);
      CHECK(r.ok);
    }
  }
}

TEST_CASE("lossless: generated pages from recombined fixture lines", "[ingest]") {
  std::vector<std::string> pool;
  for (const auto& text : fixture_texts()) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      std::string line = text.substr(pos, nl - pos);
      if (!trim_utf8(line).empty()) pool.push_back(line);
      pos = nl + 1;
    }
  }
  Rng rng{gazette::testing::test_seed("lossless on generated pages", 20230720)};
  for (int i = 0; i < 150; ++i) {
    std::string page = generate_page(rng, pool);
    PageSettings s;
    s.fix_punctuation = rng.chance(80);
    if (rng.chance(50)) s.page_name = "平城头条";
    LosslessResult r = import_and_check(page, s);
    INFO("page " << i << ":\n" << page << "\n" << r.message);
    REQUIRE(r.ok);
  }
}

TEST_CASE("lossless: the check fails when output drops, adds or alters text", "[ingest]") {
  std::string text = "标题\n\n本报讯（记者 孙露）近日，平城区开展工作。\n";
  std::vector<std::string> files;
  REQUIRE(import_and_check(text, {}, &files).ok);
  REQUIRE(files.size() == 1);
  std::string dropped = files[0];
  dropped.erase(dropped.find("开展"), 3);
  CHECK_FALSE(check_lossless({text}, {dropped}, {}).ok);
  std::string added = files[0];
  added.replace(added.find("title: 标题"), 12, "title: 标题题");
  CHECK_FALSE(check_lossless({text}, {added}, {}).ok);
  CHECK_FALSE(check_lossless({text}, files, {"多余的横幅"}).ok);
  std::string period = files[0];
  period.replace(period.rfind("。"), 3, ".");
  LosslessResult r = check_lossless({text}, {period}, {});
  CHECK_FALSE(r.ok);
  CHECK(r.message.find("「。」 raw 1, output 0") != std::string::npos);
}

TEST_CASE("lossless: full-width and ASCII forms of the fixed marks are the same", "[ingest]") {
  CHECK(compare_counts(text_counts("本报讯(记者)"), text_counts("本报讯（记者）")).ok);
  CHECK_FALSE(compare_counts(text_counts("1.8万"), text_counts("1。8万")).ok);
  CHECK(raw_counts("## 标题\n- 项\n正文 x") == text_counts("标题项正文x"));
}
