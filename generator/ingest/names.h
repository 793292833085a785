// Person names and the reporter roles around them (记者, 通讯员, 实习生 …).
//
// split_names() reads "记者 邱东芳 通讯员 李明、王强" into {邱东芳, 李明, 王强}; it
// returns nothing unless every token is a role word, a separator or a plausible
// name (2–4 Han characters without function characters, or a name with a
// middle dot), so ordinary sentences are not mistaken for bylines.
// looks_like_signature() is stricter: a lone name line under a commentary's
// title ("闫昌") must also start with a common Chinese surname.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::ingest {

bool is_person_name(std::u32string_view s);
bool has_common_surname(std::u32string_view name);

struct NameList {
  std::vector<std::string> names;
  bool has_role = false;  // a role word such as 记者 was present
};
// Names in a run like "记者 孙露" / "本报记者 纪元 通讯员 张三" / "邱东芳、李明".
std::optional<NameList> split_names(std::u32string_view s);

// A whole line that is only a signature: one to three names, each with a
// common surname ("闫昌", "张三 李四").
std::optional<std::vector<std::string>> looks_like_signature(std::u32string_view line);

}  // namespace gazette::ingest
