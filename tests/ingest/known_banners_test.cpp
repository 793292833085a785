#include "ingest/known_banners.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace gazette::ingest;
using namespace gazette::testing;

TEST_CASE("known banners: site.yml first, then what two editions recorded, banner-shaped",
          "[ingest]") {
  TempDir dir;
  fs::path content = dir.path() / "content";
  write_text(
      content / "2023/07/20/_index.md",
      "---\ndate: 2023-07-20\npages:\n  - number: 1\n    banners: [民生直通车, 平城头条]\n---\n");
  write_text(content / "2023/07/21/_index.md",
             "---\ndate: 2023-07-21\npages:\n  - number: 1\n    banners: [记者调查]\n---\n");
  write_text(content / "2023/07/22/_index.md", "---\npages: [broken\n---\n");  // skipped
  // Recorded once more each: learned. 一次性标语 and the misread name only once: not.
  write_text(content / "2023/07/23/_index.md",
             "---\ndate: 2023-07-23\npages:\n  - number: 1\n    banners: [平城头条, 记者调查, "
             "一次性标语]\n  - number: 2\n    banners: [民生直通车]\n---\n");
  write_text(content / "2023/07/24/_index.md",
             "---\ndate: 2023-07-24\npages:\n  - number: 1\n    banners: [张三丰, "
             "关于停水的通知, 二、报名时间]\n---\n");
  write_text(content / "2023/07/25/_index.md",
             "---\ndate: 2023-07-25\npages:\n  - number: 1\n    banners: [张三丰, "
             "关于停水的通知, 二、报名时间]\n---\n");
  write_text(content / "2023/_index.md",
             "---\npages:\n  - number: 1\n    banners: [不是版面]\n---\n");  // not an edition
  write_text(content / "pages/_index.md", "---\npages:\n  - banners: [也不是]\n---\n");
  CHECK(
      known_banners(content, {"民生直通车", " 守护碧水蓝天 共建美丽家园 "}) ==
      std::vector<std::string>{"民生直通车", "守护碧水蓝天 共建美丽家园", "平城头条", "记者调查"});
  CHECK(known_banners(dir.path() / "missing", {}).empty());
}

TEST_CASE("known banners: not a line the archive has as an article's title as often", "[ingest]") {
  TempDir dir;
  fs::path content = dir.path() / "content";
  const std::string index =
      "---\npages:\n  - number: 1\n    banners: [凌晨清扫人, 民生直通车]\n---\n";
  write_text(content / "2023/07/20/_index.md", index);
  write_text(content / "2023/07/21/_index.md", index);
  // Two imports took 凌晨清扫人 for a banner; two others read it as the title
  // it is (the file named after it).
  write_text(content / "2023/07/22/_index.md", "---\npages:\n  - number: 1\n---\n");
  write_text(content / "2023/07/22/ling-chen-qing-sao-ren.md", "---\ntitle: 凌晨清扫人\n---\n");
  write_text(content / "2023/07/23/ling-chen-qing-sao-ren.md", "---\ntitle: 凌晨清扫人\n---\n");
  CHECK(known_banners(content, {}) == std::vector<std::string>{"民生直通车"});
  // Recorded as a banner more often than as a title, it is learned.
  write_text(content / "2023/07/24/_index.md", index);
  CHECK(known_banners(content, {}) == std::vector<std::string>{"凌晨清扫人", "民生直通车"});
}
