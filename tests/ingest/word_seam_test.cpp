#include "ingest/word_seam.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("word seam: a column break inside a word", "[ingest]") {
  CHECK(splits_a_word(U"民警结合身边的真", U"实案例，重点介绍了诈骗类型"));
  CHECK(splits_a_word(U"配备了必要的办", U"公设施。"));
  CHECK(splits_a_word(U"执法人员对食堂的留样记", U"录进行了检查。"));
  CHECK_FALSE(splits_a_word(U"执法人员对食堂的留样记录", U"进行了检查。"));
  CHECK_FALSE(splits_a_word(U"今年收成好", U"本报讯（记者 张三）"));
  CHECK_FALSE(splits_a_word(U"组成18", U"支综合执法队"));  // digits: not this test's business
  CHECK_FALSE(splits_a_word(U"", U"实案例"));
  CHECK_FALSE(splits_a_word(U"引导居民参与", U"的意见和建议"));
}
