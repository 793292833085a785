// The 消息头 that opens a news item: 本报讯（记者 孙露）, 本报讯 (记者 张鑫),
// 本报讯(记者 郝雨 通讯员 李明), 本报7月19日讯（…）, 新华社北京7月19日电（记者 …）.
//
// The head must end in 讯 or 电 within the first 16 characters and name a
// source (报/社/网/台); the bracket that may follow must hold reporter roles or
// names. `text` is the dateline exactly as printed (it stays in the body);
// `authors` are the names inside the bracket, roles removed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

struct Dateline {
  std::string text;
  std::vector<std::string> authors;
};

std::optional<Dateline> parse_dateline(std::u32string_view paragraph);

}  // namespace gazette::ingest
