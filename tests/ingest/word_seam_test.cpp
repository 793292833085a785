#include "ingest/word_seam.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

TEST_CASE("word seam: a column break inside a word", "[ingest]") {
  CHECK(splits_a_word(U"民警结合身边的真", U"实案例，重点介绍了诈骗类型"));
  CHECK(splits_a_word(U"配备了必要的办", U"公设施。"));
  CHECK(splits_a_word(U"执法人员对食堂的留样记", U"录进行了检查。"));
  CHECK_FALSE(splits_a_word(U"执法人员对食堂的留样记录", U"进行了检查。"));
  CHECK_FALSE(splits_a_word(U"今年收成好", U"本报讯（记者 张三）"));
  CHECK_FALSE(splits_a_word(U"组成18", U"支综合执法队"));  // digits: not this test's business
  CHECK_FALSE(splits_a_word(U"", U"实案例"));
  CHECK_FALSE(splits_a_word(U"引导居民参与", U"的意见和建议"));
}

TEST_CASE("word seam: a numbered item after a cut number starts a list", "[ingest]") {
  CHECK(splits_a_number(U"“老人一荤一素一主食只要10元，8", U"0岁以上老人还能再减2元。”"));
  CHECK(splits_a_number(U"改造后的市场总面积1.2", U"万平方米"));
  CHECK(splits_a_number(U"柳湾社区60岁", U"以上老人有1860人。"));  // the bound a count states
  CHECK_FALSE(splits_a_number(U"柳湾社区", U"以上措施已经落实。"));
  CHECK_FALSE(splits_a_number(U"“老人一荤一素一主食只要10元，8", U"1.不私自下水游泳。"));
  CHECK_FALSE(splits_a_number(U"截至目前共发放宣传册3", U"2、不在无安全设施的水域游泳。"));
  CHECK(cuts_inside(U"全区共有站点1", U"2.5万个"));
  // "1500" / "多人。", "200" / "余家": an approximate count goes on.
  CHECK(splits_a_number(U"参赛运动员共有1500", U"多人。"));
  CHECK(splits_a_number(U"走访企业200", U"余家，收集问题。"));
  CHECK(splits_a_number(U"每天早上7", U"点半，志愿者准时出发。"));  // a clock time
  // A two-character unit is read whole: 平方, 公里 — not 平城, 公司.
  CHECK(splits_a_number(U"全程约12", U"公里，沿途设补给站3个。"));
  CHECK_FALSE(splits_a_number(U"服务热线：96118", U"平城供水服务中心"));
  CHECK_FALSE(splits_a_number(U"咨询电话：56781234", U"公交公司"));
  // A date cut between its parts.
  CHECK(splits_a_number(U"以上线路调整自2024年", U"3月1日起实施。"));
  CHECK(splits_a_number(U"报名截至10月", U"15日。"));
  CHECK_FALSE(splits_a_number(U"公司成立于2024年", U"新区管委会为其提供办公场地。"));
  CHECK_FALSE(splits_a_number(U"这是第3年", U"12个村都通了公交。"));  // no 月 after the digits
}

TEST_CASE("word seam: a name cut by the break recurs whole on the page", "[ingest]") {
  std::u32string page =
      U"今年45岁的柏雅\n\n琴是社区的网格员。\n\n柏雅琴说，每天要走两万步。\n\n柏雅琴笑了。\n";
  CHECK(seam_recurs(U"今年45岁的柏雅", U"琴是社区的网格员。", page));
  // Printed whole only once elsewhere: a chance echo, not evidence.
  std::u32string once = U"今年45岁的柏雅\n\n琴是社区的网格员。\n\n柏雅琴说，每天要走两万步。\n";
  CHECK_FALSE(seam_recurs(U"今年45岁的柏雅", U"琴是社区的网格员。", once));
  CHECK_FALSE(seam_recurs(U"柏雅", U"2023年", page));  // Han on both sides only
  CHECK_FALSE(seam_recurs(U"网格员服务进万家", U"本报讯", page));
  // One character before a mark ends the name: "柏雅" / "琴，1994年出生".
  CHECK(seam_recurs(U"柏雅", U"琴，1994年出生。", page));
  CHECK_FALSE(seam_recurs(U"柏雅", U"琴，1994年出生。", once));
}

TEST_CASE("word seam: a name cut after its first character, after a mark", "[ingest]") {
  // "…副镇长、南" / "沙河镇级河长…": one character after 、, the name's
  // start; the page prints 南沙河 twice elsewhere.
  std::u32string page =
      U"西坪镇在南沙河流域植树。\n\n南沙河是最长的河流。\n\n西坪镇副镇长、南\n\n"
      U"沙河镇级河长贾长河表示，将实行林长制。\n";
  CHECK(seam_recurs(U"西坪镇副镇长、南", U"沙河镇级河长贾长河表示，将实行林长制。", page));
  // Printed once elsewhere: chance.
  std::u32string once =
      U"南沙河是最长的河流。\n\n西坪镇副镇长、南\n\n沙河镇级河长贾长河表示，将实行林长制。\n";
  CHECK_FALSE(seam_recurs(U"西坪镇副镇长、南", U"沙河镇级河长贾长河表示，将实行林长制。", once));
  // Two characters after the mark, the name cut after them, count as before.
  CHECK(seam_recurs(U"西坪镇副镇长、南沙", U"河镇级河长贾长河表示，将实行林长制。", page));
  // A digit or a letter before the one character is no mark: "…2024年" /
  // "全区…" reads nothing across, though the page prints 年全区 twice.
  std::u32string years = U"今年全区植树。\n去年全区植树。\n截至2024年\n全区共植树。\n";
  CHECK_FALSE(seam_recurs(U"截至2024年", U"全区共植树。", years));
}

TEST_CASE("word seam: four characters across the break printed whole once", "[ingest]") {
  std::u32string page =
      U"街道围绕民生保障和经济发展下功夫。\n在民生\n保障方面，街道新建社区食堂3个。\n";
  // "民生保障" is printed whole once: enough when asked for (a cut piece).
  CHECK(seam_recurs(U"在民生", U"保障方面，街道新建社区食堂3个。", page, true));
  CHECK_FALSE(seam_recurs(U"在民生", U"保障方面，街道新建社区食堂3个。", page));
  // Three characters once are a chance echo: "公告为" in "以公交公司公告为准".
  std::u32string notice =
      U"具体线路以公交公司公告为准。\n关于实施临时交通管制的公告\n为保障施工安全。\n";
  CHECK_FALSE(seam_recurs(U"关于实施临时交通管制的公告", U"为保障施工安全。", notice, true));
}

TEST_CASE("word seam: a break inside a clause", "[ingest]") {
  // The left piece ends on a word that needs what follows.
  CHECK(breaks_a_clause(U"今年74岁的苗振华是一名", U"退休中学语文教师。"));
  CHECK(breaks_a_clause(U"社区还为老人们的", U"出行提供方便。"));
  CHECK(breaks_a_clause(U"今年1月至", U"6月，全区空气优良天数达158天。"));  // a span cut after 至
  CHECK(breaks_a_clause(U"区交通运输局提醒广大", U"市民错峰出行。"));
  CHECK(breaks_a_clause(U"小事连着", U"民生，民生就是大事。"));
  CHECK(breaks_a_clause(U"让群众少", U"排队、少跑腿。"));
  CHECK(
      breaks_a_clause(U"杨家窑片区安置小区共", U"建设住宅楼22栋。"));  // a count follows 共, 约, 达
  CHECK(breaks_a_clause(U"公司环保部部长", U"商玉洁带记者查看了在线监测系统。"));  // a post
  CHECK(breaks_a_clause(U"区人民医院院长", U"孔德明介绍了胸痛中心的情况。"));
  CHECK_FALSE(breaks_a_clause(U"服务窗口排队的人越来越多", U"记者走访发现。"));
  // The right piece starts on a word that needs what precedes.
  CHECK(breaks_a_clause(U"今年58岁的马春兰", U"是柳湾社区的一名志愿者。"));
  // ... or ends a phrase: 在民生保障方面, 假期期间, 入汛以来.
  CHECK(breaks_a_clause(U"在民生保障", U"方面，街道新建社区食堂3个。"));
  CHECK(breaks_a_clause(U"国庆假期", U"期间，古城推出了灯会。"));
  CHECK(breaks_a_clause(U"据了解，入汛", U"以来，全区已排查河道12条。"));
  // A title over its text's first sentence.
  CHECK_FALSE(breaks_a_clause(U"凌晨清扫人", U"凌晨4点，城市还在沉睡。"));
  CHECK_FALSE(breaks_a_clause(U"老人的书架", U"走进杏园社区苗振华老人家。"));
  CHECK_FALSE(breaks_a_clause(U"", U"是柳湾社区的一名志愿者。"));
}

TEST_CASE("word seam: a line that opens with a preposition", "[ingest]") {
  CHECK(opens_with_preposition(U"在街道党"));
  CHECK(opens_with_preposition(U"根据规定"));
  CHECK_FALSE(opens_with_preposition(U"为民办实事"));
  CHECK_FALSE(opens_with_preposition(U"山村女医生"));
  CHECK_FALSE(opens_with_preposition(U""));
}

TEST_CASE("word seam: a line pointing back at the text above", "[ingest]") {
  CHECK(refers_back(U"以上线路调整自下月起"));
  CHECK(refers_back(U"上述措施"));
  CHECK_FALSE(refers_back(U"上海援建项目落地"));
  CHECK_FALSE(refers_back(U"老旧小区改造以上率先"));
}

TEST_CASE("word seam: a time phrase and a comma open a sentence", "[ingest]") {
  CHECK(opens_with_time_phrase(U"目前，小区另外3个单"));
  CHECK(opens_with_time_phrase(U"上午9点，社区里热闹起来"));
  CHECK(opens_with_time_phrase(U"今年以来，全区新建"));
  CHECK(opens_with_time_phrase(U"前不久，一位朋友去办营业执照变更"));
  CHECK(opens_with_time_phrase(U"近期，全区开展了一次排查"));
  CHECK(opens_with_time_phrase(U"昨天，记者来到"));
  CHECK_FALSE(opens_with_time_phrase(U"稳就业，保民生"));
  CHECK_FALSE(opens_with_time_phrase(U"哪里有险情，哪里就有“救援橙”"));
  CHECK_FALSE(opens_with_time_phrase(U"街道负责人在今年的工作会议上说，"));  // comma too far
}

TEST_CASE("word seam: a name cut after its surname, printed after who the person is", "[ingest]") {
  CHECK(splits_a_name(U"区应急管理局局长钟", U"秀山介绍，全区已预置抢险队伍42支。"));
  CHECK(splits_a_name(U"上小学五年级的外孙女苗", U"思雨最喜欢这个环节。"));
  CHECK(splits_a_name(U"今年74岁的苗", U"振华是一名退休教师。"));
  // Cut after the given name's first character.
  CHECK(splits_a_name(U"上小学五年级的外孙女苗思", U"雨最喜欢这个环节。"));
  CHECK(splits_a_name(U"86岁的包振", U"国独自居住，子女都在外地。"));
  CHECK_FALSE(splits_a_name(U"外孙女苗思", U"“姥爷讲历史故事。”"));  // no name goes on there
  // A surname-like last character after no person word is no cut name.
  CHECK_FALSE(splits_a_name(U"城区供热管网改造工程全面开工张", U"明说，工程进展顺利。"));
  CHECK_FALSE(splits_a_name(U"南关大街保洁员", U"每天凌晨4点出门。"));  // 员 is no surname
  // What follows opens a sentence of its own: a headline's text, no given name.
  CHECK_FALSE(splits_a_name(U"区应急管理局局长钟", U"在平城区北部山区的石岭村，提起村医。"));
  CHECK_FALSE(splits_a_name(U"区应急管理局局长钟", U"上午9点，会议召开。"));
  CHECK_FALSE(splits_a_name(U"局长钟", U"“今年汛期来得早。”"));
}

TEST_CASE("word seam: a count cut from the word that leads to it", "[ingest]") {
  CHECK(splits_a_number(U"石玉珍今年", U"53岁，负责南关大街的清扫。"));
  CHECK(splits_a_number(U"全区累计", U"12个项目集中开工。"));
  CHECK(splits_a_number(U"累计", U"12个项目集中开工。"));  // the lead word alone
  CHECK(splits_a_number(U"这是全区第", U"3家社区食堂。"));
  // A numbered item after it starts a list, and a year is no count.
  CHECK_FALSE(splits_a_number(U"今年", U"1.不私自下水游泳。"));
  CHECK_FALSE(splits_a_number(U"回望今年", U"2023年全区经济运行平稳。"));
  CHECK_FALSE(splits_a_number(U"暑期防溺水安全提示", U"8个不准要记牢。"));
}

TEST_CASE("word seam: a line opening with a cause or a condition", "[ingest]") {
  CHECK(opens_with_condition(U"因供水管网改造"));
  CHECK(opens_with_condition(U"如遇施工"));
  CHECK(opens_with_condition(U"由于连日降雨"));
  CHECK(opens_with_condition(U"为了让好"));                // a purpose too short to hold its clause
  CHECK_FALSE(opens_with_condition(U"为了山里娃的笑脸"));  // a section heading may open on it
  CHECK(opens_with_condition(U"据气象部门"));              // and the grounds it is said on
  CHECK(opens_with_condition(U"根据有关规定"));
  CHECK_FALSE(opens_with_condition(U"因地制宜发展特色产业"));
  CHECK_FALSE(opens_with_condition(U"如何守护好一江清水"));
  CHECK_FALSE(opens_with_condition(U"老人的书架"));
}

TEST_CASE("word seam: a time phrase whole from its first word", "[ingest]") {
  CHECK(opens_with_whole_time_phrase(U"去年以来，天文社的学生们当起了讲解员"));
  CHECK(opens_with_whole_time_phrase(U"晚上10点，急诊科的灯还亮着"));
  CHECK(opens_with_whole_time_phrase(U"2023年，全区新建公园12个"));
  CHECK(opens_with_whole_time_phrase(U"前不久，一位朋友去办营业执照变更"));
  // The rest of a word a break cut ("自2022年10月启" / "动建设以来，…").
  CHECK(opens_with_time_phrase(U"动建设以来，已救治患者600余人"));
  CHECK_FALSE(opens_with_whole_time_phrase(U"动建设以来，已救治患者600余人"));
}

TEST_CASE("word seam: a numeral cut from its measure word", "[ingest]") {
  CHECK(splits_a_number(U"村民巩翠兰给记者算了一", U"笔账：她家一年种地、打零工收入不到4万元"));
  CHECK(splits_a_number(U"去年社区举办了两", U"场招聘会"));
  // A word of its own on either side is no numeral cut.
  CHECK_FALSE(splits_a_number(U"实现统一", U"个目标"));
  CHECK_FALSE(splits_a_number(U"全村有一", U"位于山脚的老院子"));
  CHECK_FALSE(splits_a_number(U"三合一", U"年初，社区启动改造。"));
}

TEST_CASE("word seam: a body's name cut before its last word breaks a clause", "[ingest]") {
  CHECK(breaks_a_clause(U"区工信", U"局有关负责人表示，下一步将重点引进煤基新材料项目"));
  CHECK(breaks_a_clause(U"省文旅", U"厅日前公布了名单"));
  // A word that opens with 局 is no name's end.
  CHECK_FALSE(breaks_a_clause(U"全区上下", U"局面稳定，各项工作有序推进"));
}
