#include "ingest/review_messages.h"

namespace gazette::ingest::msg {

std::string no_title() { return "缺少标题：这段正文前没有标题（可能在其他版面，或标题未被识别）"; }

std::string missing_start() { return "正文开头缺失：首段从句中开始"; }

std::string jump_from(const std::string& page) {
  return "上接第" + page + "版：本文开头在第" + page + "版，尚未导入；导入该版后自动合并为一篇";
}

std::string jump_to(const std::string& page) {
  return "下转第" + page + "版：本文后文在第" + page + "版，尚未导入；导入该版后自动并入本文";
}

std::string jump_not_merged(const std::string& first_part) {
  return "上接「" + first_part +
         "」：该文已被编辑修改（或本段另有引题、副题、署名、图片），未自动合并，请手工合并";
}

std::string reconnected(int line) {
  return "续文在其他文章之后（第" + std::to_string(line) + "行），已接回本文，请核对";
}

std::string moved_in(int line, const std::string& from_title) {
  return "第" + std::to_string(line) + "行起的段落原在「" + from_title +
         "」之后，内容与本文相符，已移入本文，请核对";
}

std::string moved_out(int line, const std::string& to_title) {
  return "第" + std::to_string(line) + "行起的段落内容属于「" + to_title + "」，已移至该文，请核对";
}

std::string dangling(const std::string& tail) {
  return "段落在句中结束，未找到续文：「…" + tail + "」";
}

std::string two_line_stack(const std::string& kicker, const std::string& title) {
  return "标题层次存疑：「" + kicker + "」已作为引题、「" + title +
         "」作为主题；也可能是主题和副题，请核对";
}

std::string two_part_title(const std::string& title) {
  return "标题存疑：「" + title +
         "」由两段组成，已整体作为主题；也可能是引题和主题印在了同一行，请核对";
}

std::string wedged_subtitle(const std::string& text, int line) {
  return "副题位置存疑：「" + text + "」夹在正文中（第" + std::to_string(line) +
         "行），已作为副题，请核对";
}

std::string wedged_banner(const std::string& text, int line) {
  return "正文中夹有短行「" + text + "」（第" + std::to_string(line) + "行），已移至版面横幅";
}

std::string uncredited_caption(const std::string& text) {
  return "图片说明无署名：「" + text + "」已作为图片说明，请核对";
}

std::string unmarked_subheading(const std::string& text) {
  return "未标记的短行「" + text + "」已作为小标题，请核对";
}

std::string banner(const std::string& text) {
  return "「" + text + "」未领起正文，已作为版面横幅（栏目名）";
}

std::string heads_nothing(const std::string& text) {
  return "版面末尾的「" + text + "」下没有正文，已作为版面横幅";
}

std::string table_shift(int first_line, int last_line, int shift) {
  std::string rows = std::to_string(first_line);
  if (last_line != first_line) rows += "–" + std::to_string(last_line);
  return "表格第" + rows + "行疑似错位（左侧空单元格丢失），已右移" + std::to_string(shift) +
         "列，请核对";
}

std::string no_author() { return "未找到消息头或署名：作者未知，请核对正文开头是否缺失"; }

}  // namespace gazette::ingest::msg
