#include "ingest/sentence.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("sentence: terminal marks end a paragraph, others dangle", "[ingest]") {
  CHECK(ends_sentence(U"以帮助更多毕业生实现就业。"));
  CHECK(ends_sentence(U"“我第一个报名参加。”"));
  CHECK(ends_sentence(U"全区广大党员干部、居民群众："));
  CHECK(ends_sentence(U"用行动诠释爱的力量！"));
  CHECK(ends_sentence(U"……（完）"));
  CHECK_FALSE(ends_sentence(U"配备了必要的办"));
  CHECK_FALSE(ends_sentence(U"新华街道要尝试三个项目。二是建设养老机构，打造“康养社区”。周"));
  CHECK_FALSE(ends_sentence(U"变打“感情牌”为"));
  CHECK_FALSE(ends_sentence(U"荣获“全国劳动模范”"));
}

TEST_CASE("sentence: starts mid-sentence on marks, 的, and one-character clauses", "[ingest]") {
  CHECK(starts_mid_sentence(U"物、道路逆行等不文明行为进行劝阻"));
  CHECK(starts_mid_sentence(U"点，重点围绕企业关注的合同签订"));
  CHECK(starts_mid_sentence(U"的意见和建议，使居民对创城的认识"));
  CHECK(starts_mid_sentence(U"下来的，桌面上还留着学生刻的字。"));  // a complement: 淘汰|下来
  CHECK(starts_mid_sentence(U"起来，村里的路也亮了。"));
  CHECK_FALSE(starts_mid_sentence(U"下来后的第一件事，是去看望老人。"));
  CHECK(starts_mid_sentence(U"，还有"));
  CHECK(starts_mid_sentence(U"”他说"));
  CHECK_FALSE(starts_mid_sentence(U"的确如此。"));
  CHECK_FALSE(starts_mid_sentence(U"一、传承红色基因"));
  CHECK_FALSE(starts_mid_sentence(U"——访平城区新华街道党工委负责人周玉芳"));
  CHECK_FALSE(starts_mid_sentence(U"目前，平城区大数据服务基地"));
  CHECK_FALSE(
      starts_mid_sentence(U"玉芳介绍说，新华街道"));  // no signal: found by the dangling end
  // One character before a colon: a speaker's name cut by the break ("林" /
  // "晓：…"); 问：, 答：, 注： open a turn or a note.
  CHECK(starts_mid_sentence(U"晓：我们将继续做好服务。"));
  CHECK_FALSE(starts_mid_sentence(U"问：今年有哪些新变化？"));
  CHECK_FALSE(starts_mid_sentence(U"注：以上数据截至9月底。"));
  // Inside a quote or bracket the break cut: it closes what never opened.
  CHECK(starts_mid_sentence(U"霞）“过马路要走斑马线，不能闯红灯……”9月1日，民警走进东关小学。"));
  CHECK(starts_mid_sentence(U"都舒服。”"));
  CHECK_FALSE(starts_mid_sentence(U"“过马路要走斑马线。”9月1日，民警走进东关小学。"));
}

TEST_CASE("sentence: a verb of saying with no speaker before it starts mid-sentence", "[ingest]") {
  // "社区网格员" / "介绍，…": the speaker ended the line before the break.
  CHECK(starts_mid_sentence(U"介绍，社区食堂每天中午为60多位老人供餐。"));
  CHECK(starts_mid_sentence(U"表示：“我们会把这件事办好。”"));
  CHECK(starts_mid_sentence(U"告诉记者，新线路下月开通。"));
  // With its own opening word, or a verb that is not followed by the mark,
  // the paragraph is whole.
  CHECK_FALSE(starts_mid_sentence(U"据介绍，社区食堂每天中午为60多位老人供餐。"));
  CHECK_FALSE(starts_mid_sentence(U"介绍会上，区文旅局发布了十条精品线路。"));
  CHECK_FALSE(starts_mid_sentence(U"认真落实各项防汛措施。"));
}

TEST_CASE("sentence: jump notes to and from other pages", "[ingest]") {
  CHECK(jump_to(U"工作取得实效（下转第2版）") == std::optional<std::string>("2"));
  CHECK(jump_from(U"（上接第1版）工作取得实效") == std::optional<std::string>("1"));
  CHECK_FALSE(jump_to(U"（见本版右下角）"));
  CHECK(ends_sentence(U"工作取得（下转第2版）"));
}

TEST_CASE("sentence: a note wholly in brackets is complete", "[ingest]") {
  CHECK(ends_sentence(U"（作者系平城区委党校教师）"));
  CHECK_FALSE(ends_sentence(U"收集车牌号（有的是内部编号）"));
}

TEST_CASE("sentence: an ASCII period ends a paragraph after a word, not in a number", "[ingest]") {
  CHECK(ends_sentence(U"助力全市经济社会高质量发展."));
  CHECK_FALSE(ends_sentence(U"总投资225.19亿元，共1."));
  CHECK_FALSE(ends_sentence(U"截至目前1.8"));
}

TEST_CASE("sentence: a sentence of two or three characters ends one the break cut", "[ingest]") {
  CHECK(starts_mid_sentence(U"科学课。“闫老师带我们在院子里种向日葵、养蚕。”"));
  CHECK(starts_mid_sentence(U"钥匙。居民们喜笑颜开。"));
  // A longer first sentence, a quoted one, or nothing after it: a paragraph's start.
  CHECK_FALSE(starts_mid_sentence(U"天亮了。环卫工人开始清扫街道。"));
  CHECK_FALSE(starts_mid_sentence(U"“好！”老人笑着说。"));
  CHECK_FALSE(starts_mid_sentence(U"谢谢。"));
}

TEST_CASE("sentence: one character before a verb of saying ends a cut speaker's name", "[ingest]") {
  CHECK(starts_mid_sentence(U"远介绍，扩容后学校开设课程由28门增加到45门。"));
  CHECK(starts_mid_sentence(U"明告诉记者，社区患者以高血压、糖尿病等慢性病为主。"));
  // A pronoun or an adverb before the verb opens a sentence.
  CHECK_FALSE(starts_mid_sentence(U"他介绍，扩容后学校开设课程由28门增加到45门。"));
  CHECK_FALSE(starts_mid_sentence(U"据介绍，目前全区已有23个社区卫生服务站。"));
  CHECK_FALSE(starts_mid_sentence(U"还表示，下一步将继续扩大服务范围。"));
}

TEST_CASE("sentence: text that opens with its predicate", "[ingest]") {
  CHECK(opens_with_predicate(U"由社区党组织牵头，业委会参与。"));
  CHECK(opens_with_predicate(U"是平城区2022年开设的。"));
  CHECK_FALSE(opens_with_predicate(U"社区党组织牵头，业委会参与。"));
}

TEST_CASE("sentence: a word closing a time phrase opens no sentence", "[ingest]") {
  CHECK(starts_mid_sentence(U"之际，为减少大气污染、消除安全隐患，倡议如下。"));
  CHECK(starts_mid_sentence(U"以来，全区已排查河道隐患32处。"));
  CHECK(starts_mid_sentence(U"期间，景区接待游客12万人次。"));
  CHECK_FALSE(starts_mid_sentence(U"期间举办的活动共有12场。"));
}
