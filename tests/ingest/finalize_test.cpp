#include "ingest/finalize.h"

#include <catch2/catch.hpp>

#include "ingest/review_messages.h"
#include "ingest/segmenter.h"

using namespace gazette::ingest;

namespace {

Article final_of(const std::string& text) {
  PageImport p = segment_page(make_units(text, {}), "t.txt", {});
  REQUIRE(p.articles.size() == 1);
  Article a = p.articles[0];
  finalize_article(a);
  return a;
}

}  // namespace

TEST_CASE("finalize: the dateline stays in the body and names the authors", "[ingest]") {
  Article a = final_of("标题\n\n本报讯（记者 邱东芳 通讯员 李明）近日，平城区开展工作。\n");
  CHECK(a.dateline == "本报讯（记者 邱东芳 通讯员 李明）");
  CHECK(a.authors == std::vector<std::string>{"邱东芳", "李明"});
  CHECK(a.body[0].text.rfind("本报讯（记者", 0) == 0);
  CHECK(a.type == "news");
  CHECK(a.notes.empty());
}

TEST_CASE("finalize: a byline appended to the last paragraph is split off", "[ingest]") {
  Article a = final_of(
      "标题\n\n——访周玉芳\n\n“我们要不断发力。”周玉芳说。\n\n为全面推进建设作出贡献。本报记者 "
      "杨海峰\n");
  CHECK(a.byline == "本报记者 杨海峰");
  CHECK(a.body.back().text == "为全面推进建设作出贡献。");
  CHECK(a.type == "interview");
}

TEST_CASE("finalize: numbered paragraphs become one list", "[ingest]") {
  Article a = final_of(
      "倡议书\n\n发出如下倡议：\n\n一、传承红色基因。\n\n二、打造平安清明。\n\n三、践行新理念。\n\n"
      "让我们携起手来，从现在做起！\n");
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kList);
  CHECK(a.body[1].items.size() == 3);
  CHECK(a.type == "notice");
}

TEST_CASE("finalize: dangling paragraphs and missing authors are flagged", "[ingest]") {
  Article a = final_of("社区新事\n\n近日，平城区开展工作，并\n");
  CHECK(a.type == "feature");
  CHECK(a.notes.size() == 2);
  CHECK(a.notes[0].message == msg::no_author());  // at the headline, line 1
  CHECK(a.notes[1].message.find("段落在句中结束") == 0);
}

TEST_CASE("finalize: a notice's hotline line is not flagged as cut", "[ingest]") {
  Article a = final_of(
      "停水通知\n\n因管道抢修，明日东城片区停水。\n\n24小时服务热线：96116\n\n"
      "平城区自来水公司\n2023年9月1日\n");
  CHECK(a.type == "notice");
  for (const auto& n : a.notes) CHECK(n.message.find("段落在句中结束") == std::string::npos);
}

TEST_CASE("finalize: types from the shape of the article", "[ingest]") {
  CHECK(final_of("### 平城新语\n\n## 谱写新篇章\n\n闫昌\n\n今年以来，平城区发力。\n").type ==
        "commentary");
  CHECK(final_of("口号\n\n- 1.甲。\n- 2.乙。\n- 3.丙。\n").type == "list");
  CHECK(final_of("公示表\n\n序号\t单位\n一\t机扫一公司\n").type == "table");
  CHECK(final_of("本报讯（记者 张鑫）近日。\n").type == "fragment");
}
