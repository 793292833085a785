#include "search/tokenizer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gazette::search;

namespace {

std::vector<std::string> keys_of(std::string_view text, uint32_t start = 0) {
  std::vector<std::string> out;
  tokenize(text, start, [&](const Key& k) {
    const char* kind = k.kind == KeyKind::kUnigram ? "u" : k.kind == KeyKind::kBigram ? "b" : "w";
    out.push_back(std::string(kind) + ":" + key_bytes(k) + "@" + std::to_string(k.position));
  });
  return out;
}

}  // namespace

TEST_CASE("Chinese text gives every character and every adjacent pair", "[search]") {
  CHECK(keys_of("孙秀兰") ==
        std::vector<std::string>{"u:孙@0", "u:秀@1", "b:孙秀@0", "u:兰@2", "b:秀兰@1"});
}

TEST_CASE("punctuation and line breaks break runs and take a position", "[search]") {
  CHECK(keys_of("环卫，工人") ==
        std::vector<std::string>{"u:环@0", "u:卫@1", "b:环卫@0", "u:工@3", "u:人@4", "b:工人@3"});
  CHECK(keys_of("甲\n乙") == std::vector<std::string>{"u:甲@0", "u:乙@2"});
}

TEST_CASE("words and numbers are folded keys, spaces take no position", "[search]") {
  // Full-width letters and digits fold to half width, letters to lower case.
  CHECK(keys_of("ＧＤＰ增长 2023年") ==
        std::vector<std::string>{"w:gdp@0", "u:增@1", "u:长@2", "b:增长@1", "w:2023@3", "u:年@4"});
  CHECK(keys_of("GDP 增长") == keys_of("gdp增长"));
  CHECK(keys_of("Café") == std::vector<std::string>{"w:café@0"});
}

TEST_CASE("positions start where asked and the next field is kept apart", "[search]") {
  uint32_t next = 0;
  std::vector<std::string> keys;
  next = tokenize("标题", 0, [&](const Key& k) { keys.push_back(key_bytes(k)); });
  CHECK(next == 3);  // two characters, then one position of separation
  CHECK(keys_of("正文", 1024).front() == "u:正@1024");
}

TEST_CASE("classes follow the documented rules", "[search]") {
  CHECK(classify(fold(U'平')) == CharClass::kUnit);
  CHECK(classify(fold(U'あ')) == CharClass::kUnit);
  CHECK(classify(fold(U'Ａ')) == CharClass::kWord);
  CHECK(fold(U'Ａ') == U'a');
  CHECK(classify(fold(U'　')) == CharClass::kSpace);
  CHECK(classify(U'，') == CharClass::kOther);
  CHECK(classify(U'\t') == CharClass::kOther);
  CHECK(classify(U'①') == CharClass::kOther);
}

TEST_CASE("key hashes are 32-bit FNV-1a of the UTF-8 bytes", "[search]") {
  CHECK(key_hash("") == 2166136261u);
  CHECK(key_hash("a") == 0xe40c292cu);
  CHECK(key_hash("环卫") != key_hash("卫环"));
}
