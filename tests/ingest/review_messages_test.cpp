#include "ingest/review_messages.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("review messages: each names its doubt first and quotes what it is about", "[ingest]") {
  CHECK(msg::missing_start() == "正文开头缺失：首段从句中开始");
  CHECK(msg::no_title().rfind("缺少标题：", 0) == 0);
  CHECK(msg::dangling("办").find("「…办」") != std::string::npos);
  CHECK(msg::wedged_subtitle("引导居民参与", 71).find("第71行") != std::string::npos);
  CHECK(msg::table_shift(134, 160, 2) ==
        "表格第134–160行疑似错位（左侧空单元格丢失），已右移2列，请核对");
  CHECK(msg::table_shift(134, 134, 1).find("第134行") != std::string::npos);
  CHECK(msg::jump_to("2").rfind("下转第2版", 0) == 0);
  CHECK(msg::two_part_title("甲乙丙 丁戊己").rfind("标题存疑：「甲乙丙 丁戊己」", 0) == 0);
}
