#include "text/slug.h"

#include <catch2/catch.hpp>

using gazette::slugify;

TEST_CASE("slugify turns Chinese into hyphenated pinyin", "[slug]") {
  CHECK(slugify("平城区") == "ping-cheng-qu");
  CHECK(slugify("环卫 垃圾收集") == "huan-wei-la-ji-shou-ji");
}

TEST_CASE("slugify keeps ASCII words and folds full-width ones", "[slug]") {
  CHECK(slugify("ABB 企业") == "abb-qi-ye");
  CHECK(slugify("２０２３年") == "2023-nian");
  CHECK(slugify("5G网络") == "5g-wang-luo");
}

TEST_CASE("slugify drops punctuation and never returns an empty slug", "[slug]") {
  CHECK(slugify("“志愿红”助力！") == "zhi-yuan-hong-zhu-li");
  CHECK(slugify("……", "tag") == "tag");
  CHECK(slugify("", "x") == "x");
  CHECK(slugify("../etc/passwd") == "etc-passwd");
}

TEST_CASE("slugify can keep only the first syllables", "[slug]") {
  CHECK(slugify("前端收集全路段形成常态化", "a", 4) == "qian-duan-shou-ji");
}

TEST_CASE("slugify output is plain ASCII without path characters", "[slug]") {
  for (const char* s : {"『志愿红』助力省第九次旅发大会", "Café 咖啡", "晋BQ0384", "①②③"}) {
    std::string slug = slugify(s);
    CHECK(!slug.empty());
    for (char c : slug) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'));
  }
  CHECK(slugify("Café") == "cafe");
}

TEST_CASE("the transliteration cache exports and imports", "[slug]") {
  gazette::slugify("平城区");
  std::string dump = gazette::export_transliteration_cache();
  CHECK(dump.find(std::to_string(static_cast<int>(U'平')) + " ping\n") != std::string::npos);
  gazette::import_transliteration_cache(
      "40657 xyz\nbad line\n-1 q\n");  // malformed lines are skipped
  CHECK(slugify("鹿苑") == "lu-yuan");
  gazette::import_transliteration_cache("1114112 toolarge\n");  // ignored, no crash
}

TEST_CASE("the pinyin cache is refused whole when damaged", "[text]") {
  slugify("环卫");  // at least these characters are known
  const std::string saved = gazette::export_transliteration_cache();
  REQUIRE(saved.rfind("gazette-pinyin ", 0) == 0);
  CHECK(gazette::import_transliteration_cache(saved));
  CHECK_FALSE(
      gazette::import_transliteration_cache(saved.substr(0, saved.size() - 3)));  // cut short
  std::string flipped = saved;
  flipped[flipped.size() - 2] ^= 1;
  CHECK_FALSE(gazette::import_transliteration_cache(flipped));
  CHECK_FALSE(gazette::import_transliteration_cache(""));
  CHECK_FALSE(gazette::import_transliteration_cache("25968 s\n"));  // the format without its header
  CHECK(slugify("环卫") == "huan-wei");
}

TEST_CASE("slugify keeps a slug within the length of a valid one", "[slug]") {
  // Found by the slug fuzzer: a long name gave a slug no file system takes.
  std::string name;
  for (int i = 0; i < 60; ++i) name += "新旺街道 ";
  const std::string slug = slugify(name);
  CHECK(gazette::is_valid_slug(slug));
  CHECK(slug.size() <= gazette::kMaxSlugBytes);
  CHECK(slug.rfind("xin-wang-jie-dao-xin-wang", 0) == 0);
  CHECK(slug.back() != '-');
  const std::string word = slugify(std::string(300, 'z'));
  CHECK(word == std::string(gazette::kMaxSlugBytes, 'z'));
}
