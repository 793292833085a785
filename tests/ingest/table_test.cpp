#include "ingest/table.h"

#include <catch2/catch.hpp>

#include "markdown/markdown.h"

using namespace gazette::ingest;

TEST_CASE("table: ragged rows are padded, merged cells stay empty", "[ingest]") {
  Table t = parse_table({"序号\t单位\t编号", "一\t机扫一公司\tJY01", "\t\tJY02", "二\t机扫二公司"},
                        nullptr);
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[2] == std::vector<std::string>{"", "", "JY02"});
  CHECK(t.rows[3] == std::vector<std::string>{"二", "机扫二公司", ""});
}

TEST_CASE("table: rows that slid left are shifted back by the shape of their values", "[ingest]") {
  std::vector<std::string> lines = {"序号\t单位\t编号\t范围\t司机\t车牌",
                                    "一\t机扫一公司\tJY01\t云中街、魏都大道\t王洪亮\t晋BQ0384",
                                    "\t\tJY02\t花园里北街、苹果园\t陈志彬\t晋B21333",
                                    "\t\tJY03\t云中街、兴云桥\t刘伟\t晋BQ1447",
                                    "二\t机扫二公司\tJR06\t御河西路、南关\t叶鹏\t晋B1N755",
                                    "QY31\t拥军东路、拥军西路\t沈福\t清洁-112\t\t",
                                    "QY32\t拥军北路、武州路\t王珏\t清洁-107\t\t"};
  std::vector<TableRepair> repairs;
  Table t = parse_table(lines, &repairs);
  REQUIRE(repairs.size() == 2);
  CHECK(repairs[0].row == 5);
  CHECK(repairs[0].shift == 2);
  CHECK(t.rows[5] ==
        std::vector<std::string>{"", "", "QY31", "拥军东路、拥军西路", "沈福", "清洁-112"});
}

TEST_CASE("table: a short last row of an aligned table is not shifted", "[ingest]") {
  std::vector<TableRepair> repairs;
  parse_table({"姓名\t电话\t备注", "王洪亮\t1553426661\t白班", "陈志彬\t1323182362\t夜班",
               "刘伟\t13934801846\t白班", "叶鹏\t13994308602"},
              &repairs);
  CHECK(repairs.empty());
}

TEST_CASE("table: GFM rendering with a separator row and escaped pipes", "[ingest]") {
  Table t{{{"序号", "名称"}, {"一", "a|b"}}};
  std::string md = render_gfm(t);
  CHECK(md == "| 序号 | 名称 |\n| --- | --- |\n| 一 | a\\|b |");
  std::string html = gazette::markdown_to_html(md);
  CHECK(html.find("<td>a|b</td>") != std::string::npos);
  CHECK(html.find("<th>序号</th>") != std::string::npos);
}
