#include "ingest/names.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("names: roles and separators around names", "[ingest]") {
  auto n = split_names(U"记者 邱东芳 通讯员 李明、王强");
  REQUIRE(n);
  CHECK(n->has_role);
  CHECK(n->names == std::vector<std::string>{"邱东芳", "李明", "王强"});
  auto m = split_names(U"本报记者纪元");
  REQUIRE(m);
  CHECK(m->names == std::vector<std::string>{"纪元"});
  CHECK(split_names(U"记者 有为")->names == std::vector<std::string>{"有为"});
  CHECK(split_names(U"张三等")->names == std::vector<std::string>{"张三"});
}

TEST_CASE("names: sentences are not name lists", "[ingest]") {
  CHECK_FALSE(split_names(U"记者日前从平城区招商引资中心获悉"));
  CHECK_FALSE(split_names(U"记者在现场采访群众"));
  CHECK_FALSE(split_names(U"记者"));
}

TEST_CASE("names: a signature is a lone name with a common surname", "[ingest]") {
  CHECK(looks_like_signature(U"闫昌") == std::optional<std::vector<std::string>>({"闫昌"}));
  CHECK(looks_like_signature(U"张三 李四")->size() == 2);
  CHECK(looks_like_signature(U"欧阳文华"));
  CHECK_FALSE(looks_like_signature(U"平城头条"));
  CHECK_FALSE(looks_like_signature(U"请勿拍摄"));
  CHECK_FALSE(looks_like_signature(U"平城新语"));
  CHECK_FALSE(looks_like_signature(U"闫 昌"));
}

TEST_CASE("names: column labels are not names", "[ingest]") {
  CHECK_FALSE(split_names(U"记者调查"));  // glued to the role: needs a common surname
  CHECK(split_names(U"本报记者张三"));
  CHECK_FALSE(looks_like_signature(U"时评"));
  CHECK_FALSE(looks_like_signature(U"新语"));
  CHECK(looks_like_signature(U"时光"));  // a name after all
}
