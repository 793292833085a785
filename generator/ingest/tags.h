// Tags for an article: the site's gazetteer (places and topic words) plus
// place and organisation names detected in the text.
//
// Detection: a stem of 2–6 Han characters right before a suffix (街道 社区 村
// 区 镇 服务中心 中心 办事处 委员会 医院 局 法院 检察院 协会 公司 集团 学校), read
// leftwards and stopped by punctuation or a function character (的 在 和 将 对
// 从 为 与 …). A stem that runs past 6 characters has no reliable start and is
// cut after an inner 市/区/县/街道 or dropped; place names (街道 社区 村) keep
// only the part after an inner district ("来到平城区鹿苑街道" → 鹿苑街道). A
// detected name must occur twice, or in the headline, and must not merely end
// with a gazetteer entry (开源街民和社区 → 民和社区). No single characters, no
// generic words (辖区, 小区, 全区…). Tags are ranked by frequency (headline
// counts triple), at most `max_tags`.
#pragma once

#include <string>
#include <vector>

#include "ingest/article.h"
#include "model/site_config.h"

namespace gazette::ingest {

std::vector<std::string> extract_tags(const Article& a, const Gazetteer& gazetteer,
                                      size_t max_tags = 6);

// The detected names in `text` with their counts (for tests and tuning).
std::vector<std::pair<std::string, int>> detect_names(const std::u32string& text);

}  // namespace gazette::ingest
