#include "taxonomies/taxonomy.h"
#include <set>

#include <catch2/catch.hpp>

using namespace gazette;

namespace {
Article with_tags(std::vector<std::string> tags) {
  Article a;
  a.terms = {std::move(tags)};
  return a;
}
}  // namespace

TEST_CASE("terms are in pinyin order with ASCII slugs", "[taxonomy]") {
  std::vector<Article> articles = {with_tags({"平城区", "环卫"}), with_tags({"安全生产", "环卫"})};
  auto taxes = build_taxonomies({{"tags", "标签"}}, articles);
  REQUIRE(taxes.size() == 1);
  const auto& terms = taxes[0].terms;
  REQUIRE(terms.size() == 3);
  CHECK(terms[0].name == "安全生产");
  CHECK(terms[1].name == "环卫");
  CHECK(terms[2].name == "平城区");
  CHECK(terms[1].slug == "huan-wei");
  CHECK(terms[1].url == "/tags/huan-wei/");
  CHECK(terms[1].articles == std::vector<int>{0, 1});
  CHECK(articles[0].term_ids[0] == std::vector<int>{2, 1});
}

TEST_CASE("homophone terms get distinct slugs", "[taxonomy]") {
  std::vector<Article> articles = {with_tags({"公示", "公式", "……"})};
  auto taxes = build_taxonomies({{"tags", "标签"}}, articles);
  std::set<std::string> slugs;
  for (const auto& t : taxes[0].terms) {
    CHECK(!t.slug.empty());
    slugs.insert(t.slug);
  }
  CHECK(slugs.size() == 3);
  CHECK(slugs.count("gong-shi"));
  CHECK(slugs.count("gong-shi-2"));
}

TEST_CASE("duplicate and blank terms within an article count once", "[taxonomy]") {
  std::vector<Article> articles = {with_tags({"环卫", " 环卫 ", ""})};
  auto taxes = build_taxonomies({{"tags", "标签"}}, articles);
  REQUIRE(taxes[0].terms.size() == 1);
  CHECK(taxes[0].terms[0].articles.size() == 1);
}

TEST_CASE("unique_slugs suffixes clashes in order", "[taxonomy]") {
  CHECK(unique_slugs({"环卫", "还未", "环卫"}, "t") ==
        std::vector<std::string>{"huan-wei", "hai-wei", "huan-wei-2"});
}
