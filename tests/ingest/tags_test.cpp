#include "ingest/tags.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "ingest/chars.h"

using namespace gazette::ingest;

namespace {

std::map<std::string, int> names_in(const std::string& text) {
  std::map<std::string, int> m;
  for (const auto& [n, c] : detect_names(to_u32(text))) m[n] = c;
  return m;
}

Article article(const std::string& title, const std::string& body) {
  Article a;
  a.title = title;
  BodyBlock b;
  b.text = body;
  a.body.push_back(b);
  return a;
}

}  // namespace

TEST_CASE("tags: place and organisation names before suffixes", "[ingest]") {
  auto m = names_in(
      "孙秀兰受邀来到平城区鹿苑街道，为街道党员干部上了党课。近日，平城区人民法院走访企业。"
      "迎宾街道北馨园社区开展检查。平城区检察院接到反映。");
  CHECK(m.count("鹿苑街道"));
  CHECK(m.count("平城区人民法院"));
  CHECK(m.count("北馨园社区"));
  CHECK(m.count("平城区检察院"));
  CHECK(m.count("平城区"));
}

TEST_CASE("tags: no stop words, word fragments or generic words", "[ingest]") {
  auto m = names_in(
      "为街道党员干部服务，在辖区内开展，全区各社区、小区，立足区域发展，统筹区域发展，"
      "新时代基层社区如何治理，各街道社区措施好，派强用好驻村第一书记。");
  CHECK(m.empty());
}

TEST_CASE("tags: a name cut after a district prefix counts for the full name", "[ingest]") {
  auto m = names_in("平城区环卫服务中心多措并举。为此，今年平城区环卫服务中心重点开展工作。");
  CHECK(m["平城区环卫服务中心"] == 2);
  CHECK(m.count("环卫服务中心") == 0);
}

TEST_CASE("tags: gazetteer words and repeated names, ranked by frequency", "[ingest]") {
  gazette::Gazetteer g;
  g.places = {"平城区", "迎宾街道", "北馨园社区"};
  g.topics = {"安全生产", "环卫"};
  Article a = article("拧紧燃气“安全阀”",
                      "近日，迎宾街道北馨园社区开展安全检查。北馨园社区将继续加大安全生产监督力度，"
                      "严防安全事故，筑牢安全生产“生命线”。平城区人民法院一次。");
  auto tags = extract_tags(a, g);
  REQUIRE(tags.size() >= 3);
  CHECK(tags[0] == "北馨园社区");
  CHECK(std::find(tags.begin(), tags.end(), "安全生产") != tags.end());
  CHECK(std::find(tags.begin(), tags.end(), "平城区人民法院") == tags.end());  // once only
  CHECK(std::find(tags.begin(), tags.end(), "环卫") == tags.end());
}
