// Series from a kicker or title line: "平城区环境卫生“提档升级六大战略”系列报道之五"
// → "平城区环境卫生“提档升级六大战略”系列报道"; "“创城，环卫在行动”系列报道（二）" →
// "“创城，环卫在行动”系列报道". The series name is the line up to and including
// 系列 and its noun (报道, 评论, 访谈, 述评, 谈); the part number is dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gazette::ingest {

std::optional<std::string> series_of(std::u32string_view line);

}  // namespace gazette::ingest
