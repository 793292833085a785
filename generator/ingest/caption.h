// Photo credits and captions.
//
// Credits: "邱东芳摄", "邱东芳 摄", "本报记者 邱东芳 摄", "记者 张三 李四 摄影",
// "图片由平城区委宣传部提供", "图/张三", "资料图片", "新华社发". `by` is who took or
// supplied the picture (derived; the printed text stays in `credit`).
// A caption is the line above a credit, a line starting with 图为, or the
// first part of a "caption。 X摄" line. Lines are never guessed to be captions
// from their wording alone except for 图为/上图/下图.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette::ingest {

struct Credit {
  std::string text;  // as printed
  std::string by;    // "" when the credit names nobody (资料图片)
};

// The whole line is a credit.
std::optional<Credit> parse_credit(std::u32string_view line);

// "生活垃圾前端收集不落地。 邱东芳摄" → caption + credit.
struct CaptionCredit {
  std::string caption;
  Credit credit;
};
std::optional<CaptionCredit> split_caption_credit(std::u32string_view line);

// 图为… / 上图：… / 下图：… (a caption by its wording).
bool starts_like_caption(std::u32string_view line);

}  // namespace gazette::ingest
