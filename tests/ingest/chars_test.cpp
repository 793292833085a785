#include "ingest/chars.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("chars: UTF-32 round trip and trimming of ideographic spaces", "[ingest]") {
  CHECK(to_utf8(to_u32("平城区 ABC")) == "平城区 ABC");
  CHECK(trim_utf8("\u3000\u3000本报讯 \t") == "本报讯");
  CHECK(trim(std::u32string(U"  ")).empty());
}

TEST_CASE("chars: classes accept full-width and ASCII marks", "[ingest]") {
  CHECK(is_terminal(U'。'));
  CHECK(is_terminal(U'?'));
  CHECK_FALSE(is_terminal(U'，'));
  CHECK(is_clause_mark(U','));
  CHECK(is_closing(U'”'));
  CHECK(is_opening(U'（'));
  CHECK(is_han(U'闫'));
  CHECK_FALSE(is_han(U'Ａ'));
  CHECK(is_space(U'\u3000'));
  CHECK(is_punct(U'、'));
  CHECK_FALSE(is_punct(U'平'));
}

TEST_CASE("chars: a line wholly in brackets", "[ingest]") {
  CHECK(is_wholly_bracketed(U"（作者系平城区委党校教师）"));
  CHECK(is_wholly_bracketed(U"（记者（实习）张三）"));
  CHECK_FALSE(is_wholly_bracketed(U"“创城，环卫在行动”系列报道（二）"));
  CHECK_FALSE(is_wholly_bracketed(U"（一）加强组织领导"));
}

TEST_CASE("chars: text without spaces, and its letter count", "[ingest]") {
  CHECK(to_utf8(without_spaces(U" 守护碧水蓝天\u3000共建 美丽家园 ")) ==
        "守护碧水蓝天共建美丽家园");
  CHECK(letter_count(U"签约项目12个，金额8.6亿元！") == 13);
  CHECK(letter_count(U"——“”") == 0);
}

TEST_CASE("chars: a quote or bracket left open", "[ingest]") {
  CHECK(leaves_bracket_open(U"“追忆先烈"));
  CHECK(leaves_bracket_open(U"报名（截至"));
  CHECK_FALSE(leaves_bracket_open(U"“追忆先烈 文明祭扫”倡议书"));
  CHECK_FALSE(leaves_bracket_open(U"让“小积分”撬动“大文明”"));
  CHECK_FALSE(leaves_bracket_open(U"”多出的一个引号"));
}

TEST_CASE("chars: a quote or bracket closed that did not open", "[ingest]") {
  CHECK(closes_unopened(U"霞）“过马路要走斑马线，不能闯红灯。”"));
  CHECK(closes_unopened(U"都舒服。”"));
  CHECK(closes_unopened(U"今年收成好。”村民老李说（记者 王五）"));
  CHECK_FALSE(closes_unopened(U"“过马路要走斑马线。”9月1日，民警走进校园。"));
  CHECK_FALSE(closes_unopened(U"（上接第1版）"));
  CHECK_FALSE(closes_unopened(U"报名（截至"));
}

TEST_CASE("chars: occurrences counts overlapping matches", "[ingest]") {
  CHECK(occurrences(U"王晓帆：好。\n王晓帆：对。", U"王晓帆") == 2);
  CHECK(occurrences(U"哈哈哈", U"哈哈") == 2);
  CHECK(occurrences(U"平城区", U"邱淑芬") == 0);
}

TEST_CASE("chars: a word quoted alone", "[ingest]") {
  CHECK(is_quoted_word(U"“物业议事会”"));
  CHECK(is_quoted_word(U" “时间银行” "));
  CHECK_FALSE(is_quoted_word(U"“夏伏晒、冬捞冰”"));
  CHECK_FALSE(is_quoted_word(U"“谢谢你们！”"));
  CHECK_FALSE(is_quoted_word(U"“一桩难求”难在哪儿"));
  CHECK_FALSE(is_quoted_word(U"（作者系平城区委党校教师）"));
}

TEST_CASE("chars: starts or ends with one of the words", "[ingest]") {
  CHECK(ends_with_any(U"关于停水的通知", {U"通告", U"通知"}));
  CHECK_FALSE(ends_with_any(U"通知书记", {U"通告", U"通知"}));
  CHECK(starts_with_any(U"由社区牵头", {U"是", U"由"}));
  CHECK_FALSE(starts_with_any(U"社区由此牵头", {U"是", U"由"}));
  CHECK_FALSE(ends_with_any(U"", {U"通知"}));
}

TEST_CASE("chars: a mark found outside quotes and brackets", "[ingest]") {
  CHECK(find_outside_brackets(U"“创城，环卫在行动”系列报道", U"，") == std::u32string_view::npos);
  CHECK(find_outside_brackets(U"退休后，苗振华每天雷打不", U"，：") == 3);
  CHECK(find_outside_brackets(U"（一—二）主题——副题", U"—") == 7);
  CHECK(find_outside_brackets(U"主题—副——题", U"—", 3) == 4);
}
