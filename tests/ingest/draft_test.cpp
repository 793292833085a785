#include "ingest/draft.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

namespace {

Unit unit(const std::string& text, int line) {
  auto units = make_units(text, {});
  REQUIRE(units.size() == 1);
  Unit u = units[0];
  u.line = line;
  u.lines = {line};
  return u;
}

}  // namespace

TEST_CASE("draft: joining a dangling paragraph keeps every line", "[ingest]") {
  Draft d;
  d.add_paragraph(unit("本报讯（记者 孙露）平城区配备了必要的办", 5));
  CHECK(d.dangles());
  CHECK(d.has_dateline());
  CHECK(d.has_author());
  d.join(unit("公设施，以方便员工上下班。", 7));
  CHECK_FALSE(d.dangles());
  CHECK(d.a.body.size() == 1);
  CHECK(d.a.body[0].lines == std::vector<int>{5, 7});
  CHECK(d.a.lines == std::vector<int>{5, 7});
}

TEST_CASE("draft: a closed article does not dangle, lists merge", "[ingest]") {
  Draft d;
  d.add_paragraph(unit("近日，平城区开展工作，并", 3));
  d.closed = true;
  CHECK_FALSE(d.dangles());
  CHECK_FALSE(d.has_author());
  d.add_block(unit("- 1.甲。", 5));
  d.add_block(unit("- 2.乙。", 7));
  REQUIRE(d.a.body.size() == 2);
  CHECK(d.a.body[1].items == std::vector<std::string>{"1.甲。", "2.乙。"});
}

TEST_CASE("draft: a repaired table leaves one note per run of shifted rows", "[ingest]") {
  Unit t;
  t.kind = Unit::Kind::kTable;
  t.rows = {"序号\t单位\t编号\t范围\t司机\t车牌",
            "一\t机扫一公司\tJY01\t云中街、魏都大道\t王洪亮\t晋BQ0384",
            "\t\tJY02\t花园里北街、苹果园\t陈志彬\t晋B21333",
            "\t\tJY03\t云中街、兴云桥\t刘伟\t晋BQ1447",
            "QY31\t拥军东路、拥军西路\t沈福\t清洁-112\t\t",
            "QY32\t拥军北路、武州路\t王珏\t清洁-107\t\t"};
  t.lines = {10, 11, 12, 13, 14, 15};
  Draft d;
  d.add_block(t);
  REQUIRE(d.a.notes.size() == 1);
  CHECK(d.a.notes[0].line == 14);
  CHECK(d.a.notes[0].message.find("14–15") != std::string::npos);
}

TEST_CASE("draft: a byline run into the last paragraph ends it", "[ingest]") {
  Draft d;
  d.add_paragraph(unit("绣娘们说，日子越过越有奔头。本报记者 林晓", 9));
  CHECK_FALSE(d.dangles());
  // A sentence that names a reporter and goes on still dangles.
  Draft e;
  e.add_paragraph(unit("她今年五十岁。她告诉记者，", 9));
  CHECK(e.dangles());
}
