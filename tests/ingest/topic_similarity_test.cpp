#include "ingest/topic_similarity.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace gazette::ingest;

TEST_CASE("topic similarity: the same topic scores higher than another topic", "[ingest]") {
  std::vector<std::string> docs = {
      "平城区大力发展数据呼叫产业，大数据服务基地入驻两家企业。", "呼叫中心属于人才密集型产业。",
      "平城区环卫工孙秀兰走进街道讲党课。", "平城区大数据服务基地入驻企业有两家，承揽呼叫业务。"};
  TopicSpace space(docs);
  auto call = space.vector_of({docs[0], docs[1]});
  double same = TopicSpace::cosine(space.vector_of({docs[3]}), call);
  double other = TopicSpace::cosine(space.vector_of({docs[2]}), call);
  CHECK(same > 0.2);
  CHECK(other < 0.1);
  CHECK(same > other);
}

TEST_CASE("topic similarity: empty or Latin-only text has no similarity", "[ingest]") {
  TopicSpace space({"abc"});
  CHECK(TopicSpace::cosine(space.vector_of({"abc"}), space.vector_of({"abc"})) == 0);
  CHECK(TopicSpace::cosine({}, space.vector_of({"平城区"})) == 0);
}

TEST_CASE("topic similarity: a headline is echoed by its text, a cut piece is not", "[ingest]") {
  CHECK(echo_share("志愿者慰问患者", "志愿者们为安家小村的患者送去物资，并慰问患者。") > 0.5);
  CHECK(echo_share("工作人员通过发放", "《异地就医政策解读》宣传册，向居民宣传异地就医政策。") ==
        0.0);
  CHECK(echo_share("2023", "2023年") == 0.0);
}

TEST_CASE("topic similarity: a name every paragraph of one feature repeats keeps its weight",
          "[ingest]") {
  // Document frequency counts runs of consecutive paragraphs: 周玉兰 in three
  // paragraphs in a row counts once, 平城 in two apart paragraphs twice.
  std::vector<std::string> docs = {"周玉兰在平城开了一家裁缝铺。", "周玉兰每天清晨五点起床。",
                                   "说起手艺，周玉兰笑了。", "平城区新建停车位八百个。",
                                   "公交线路调整方案公布。"};
  TopicSpace space(docs);
  auto name = space.vector_of({"周玉兰"});
  auto town = space.vector_of({"平城"});
  CHECK(name.at(U"周玉") == Approx(std::log(6.0 / 1)));
  CHECK(town.at(U"平城") == Approx(std::log(6.0 / 2)));
  // So a subheading's text that shares only the name with the lead stays on topic.
  double on = TopicSpace::cosine(space.vector_of({docs[2]}), space.vector_of({docs[0]}));
  double off = TopicSpace::cosine(space.vector_of({docs[3]}), space.vector_of({docs[0]}));
  CHECK(on > off);
}
