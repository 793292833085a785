// The site's Atom feed and each term's (site/pages/feed_pages.cpp).
#include <catch2/catch.hpp>

#include "support/site_model.h"

using namespace gazette;
using namespace gazette::testing;

TEST_CASE("feeds: the site's and each term's, beside their pages, not in the sitemap", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  SiteModel m(dir.path());
  const RenderJob site_feed = m.job(PageKind::kSiteFeed);
  CHECK(site_feed.where.path == "atom.xml");
  CHECK_FALSE(site_feed.where.in_sitemap);
  const auto [tags, huan_wei] = m.term("tags", "环卫");
  const RenderJob term_feed = m.job(PageKind::kTermFeed, tags, huan_wei);
  CHECK(term_feed.where.url == "/tags/huan-wei/atom.xml");
  CHECK(term_feed.where.path == "tags/huan-wei/atom.xml");
  CHECK_FALSE(term_feed.where.in_sitemap);
  const std::string xml = page_kind(PageKind::kTermFeed).raw(term_feed, m.ctx);
  CHECK(xml.find("<title>环卫 - 测试报</title>") != std::string::npos);
  CHECK(xml.find("前端收集全路段形成常态化") != std::string::npos);
  CHECK(xml.find("前一天的新闻") != std::string::npos);
  CHECK(xml.find("助力旅发大会") == std::string::npos);  // not tagged 环卫
}

TEST_CASE("feeds: a term's feed changes with its articles only", "[site]") {
  TempDir dir;
  write_fixture_site(dir.path());
  const auto fingerprints = [&] {
    SiteModel m(dir.path());
    const auto [tags, huan_wei] = m.term("tags", "环卫");
    const auto [tags2, zhi_yuan] = m.term("tags", "志愿服务");
    return std::pair{m.fingerprint(m.job(PageKind::kTermFeed, tags, huan_wei)),
                     m.fingerprint(m.job(PageKind::kTermFeed, tags2, zhi_yuan))};
  };
  const auto before = fingerprints();
  CHECK(fingerprints() == before);
  // Reword an article tagged 环卫 (and not 志愿服务).
  write_text(dir / "content/2023/07/19/jiu-wen.md",
             "---\ntitle: 前一天的新闻（更正）\npage: 1\npage_name: 要闻\nauthors: [邱东芳]\n"
             "tags: [环卫]\n---\n旧闻正文。\n");
  const auto after = fingerprints();
  CHECK(after.first != before.first);
  CHECK(after.second == before.second);
}
