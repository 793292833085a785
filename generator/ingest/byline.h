// Bylines: a standalone line naming the writers (本报记者 纪元 / 记者 张三 通讯员
// 李四 / 文/王五), and a byline appended to an article's last paragraph
// ("…作出贡献。本报记者 杨海峰").
//
// A byline line must hold at least one role word; a lone name (a commentary's
// signature) is names.h's looks_like_signature(). A commentary the paper signs
// as an institution ("本报评论员", "本报特约评论员", "本报编辑部") has a byline
// naming no one. Credits (X摄) are captions'
// business, not bylines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

struct Byline {
  std::string text;                  // as printed
  std::vector<std::string> authors;  // names, roles removed
};

std::optional<Byline> parse_byline(std::u32string_view line);

// Splits "正文。本报记者 杨海峰" into the paragraph and the byline; the split is
// made only after a terminal mark so a sentence mentioning a reporter stays.
struct TrailingByline {
  std::string paragraph;
  Byline byline;
};
std::optional<TrailingByline> split_trailing_byline(std::u32string_view paragraph);

}  // namespace gazette::ingest
