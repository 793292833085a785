#include "ingest/heading.h"

#include <catch2/catch.hpp>

#include "ingest/chars.h"

using namespace gazette::ingest;

TEST_CASE("heading: Markdown markers in the raw text", "[ingest]") {
  auto h = parse_marked_heading(U"## 平城区全力打造现代服务业高质量发展新引擎");
  REQUIRE(h);
  CHECK(h->level == 2);
  CHECK(to_utf8(h->text) == "平城区全力打造现代服务业高质量发展新引擎");
  CHECK(parse_marked_heading(U"### 平城新语")->level == 3);
  CHECK_FALSE(parse_marked_heading(U"#平城"));
  CHECK_FALSE(parse_marked_heading(U"##"));
  CHECK_FALSE(parse_marked_heading(U"####### 七级"));
}

TEST_CASE("heading: headline-like lines", "[ingest]") {
  CHECK(is_headline_like(U"平城区大力发展数据呼叫产业"));
  CHECK(is_headline_like(U"党建力量“沉下去” 基层治理“活起来”"));
  CHECK(is_headline_like(U"“创城，环卫在行动”系列报道（二）"));
  CHECK(is_headline_like(U"第七次全国人口普查 宣传标语口号（一）"));
  CHECK(is_headline_like(U"——访平城区新华街道党工委负责人周玉芳"));
  // A kicker and a title on one line, longer than 40 characters.
  CHECK(is_headline_like(
      U"依托“六新”“六最” 致力“六稳”“六保” 平城区全力打造现代服务业高质量发展新引擎"));
  CHECK(is_headline_like(
      U"“创城，环卫在行动”系列报道（二） 平城区环卫服务中心 前端收集网格化 垃圾转运不落地"));
  // Past 40 characters only spaced parts of at most 24 characters pass.
  CHECK_FALSE(is_headline_like(
      U"依托“六新”“六最” 平城区全力打造现代服务业高质量发展新引擎持续发力再创佳绩奋勇争先"));
  CHECK(is_headline_like(U"你好，新时代！") == false);
  CHECK(is_headline_like(U"奋斗吧！"));
  CHECK_FALSE(is_headline_like(U"在招商引资和项目建设方面，任"));
  CHECK_FALSE(is_headline_like(U"全路段垃圾收集。"));
  CHECK_FALSE(is_headline_like(U"全区广大党员干部、居民群众："));
  CHECK_FALSE(is_headline_like(U"……"));
}

TEST_CASE("heading: a sentence ending inside the line makes it a cut paragraph", "[ingest]") {
  CHECK_FALSE(is_headline_like(U"“今年收成好，一亩能收三百斤。”村民老"));
  CHECK_FALSE(is_headline_like(U"“真没想到！”王大爷"));
  CHECK_FALSE(is_headline_like(U"他说“好。”"));
  CHECK(is_headline_like(U"“稳就业，保民生”落到实处"));
  CHECK(is_headline_like(U"“冰雪热”来了！"));
  CHECK(is_headline_like(U"谁来管？"));
  // A quotation closing the line may exclaim or ask inside it.
  CHECK(is_headline_like(U"22时15分 “快！准备抢救室”"));
  CHECK_FALSE(is_headline_like(U"“快！准备抢救室”他喊道"));
}

TEST_CASE("heading: subtitles and date lines", "[ingest]") {
  CHECK(is_subtitle_dash(U"——访平城区开源街道党工委书记王岗"));
  CHECK_FALSE(is_subtitle_dash(U"访平城区开源街道党工委书记王岗"));
  CHECK(is_date_line(U"2022年3月25日"));
  CHECK(is_date_line(U"二〇二二年三月二十五日"));
  CHECK(is_date_line(U"2022-03-25"));
  CHECK_FALSE(is_date_line(U"2022年3月25日起施行"));
  CHECK_FALSE(is_date_line(U"平城区创城办"));
}

TEST_CASE("heading: notes in brackets are not headlines", "[ingest]") {
  CHECK_FALSE(is_headline_like(U"（作者系平城区委党校教师）"));
  CHECK(is_headline_like(U"（一）加强组织领导"));
}

TEST_CASE("heading: page furniture and dated page headers", "[ingest]") {
  CHECK(is_page_furniture(U"责任编辑：张三"));
  CHECK(is_page_furniture(U"本版编辑 李四"));
  CHECK(is_page_furniture(U"总第5678期"));
  CHECK_FALSE(is_page_furniture(U"编辑部的故事"));
  CHECK_FALSE(is_page_furniture(U"第一期培训班开班"));
  CHECK(is_date_line(U"2023年7月20日 星期四"));
  CHECK_FALSE(is_date_line(U"星期四"));
}

TEST_CASE("heading: a couplet of two mirrored clauses is a headline", "[ingest]") {
  CHECK(is_headline_like(U"哪里需要志愿者，哪里就有“志愿红”"));
  CHECK(is_headline_like(U"老街要“美”起来，更要“活”起来"));
  // A comma between clauses that do not mirror: a sentence the break cut.
  CHECK_FALSE(is_headline_like(U"但热闹的背后，也有"));
  CHECK_FALSE(is_headline_like(U"今年收成好，一亩能收三百斤"));
  CHECK_FALSE(is_headline_like(U"哪里需要，哪里就有，人人都来"));  // two commas
}

TEST_CASE("heading: interview turns and contact fields are body text", "[ingest]") {
  CHECK_FALSE(is_headline_like(U"记者：今年医保工作有哪些新变化？"));
  CHECK_FALSE(is_headline_like(U"问：异地就医备案还麻烦吗？"));
  CHECK_FALSE(is_headline_like(U"服务电话：0352-5021234"));
  CHECK_FALSE(is_headline_like(U"联系人：张三"));
  CHECK(is_headline_like(U"王岗：把服务做到群众心坎上"));
  CHECK_FALSE(is_headline_like(U"“人这一辈子"));  // a quote left open
  // A label of up to twelve characters: 24小时供电服务热线 is one.
  CHECK(is_field_line(U"24小时供电服务热线：95598"));
  CHECK_FALSE(is_headline_like(U"24小时供电服务热线：95598"));
  CHECK(is_field_line(U"报名咨询：0352-6021234"));  // seven digits
  CHECK_FALSE(is_field_line(U"他说：今年收成好，一亩能收三百斤"));
  // A note under a table, cut short by a column break, is no headline.
  CHECK(opens_note(U"注：各专线在考试结束"));
  CHECK(opens_note(U"备注：价格单位为元"));
  CHECK_FALSE(opens_note(U"注意：雨天路滑"));
  CHECK_FALSE(opens_note(U"注："));
  CHECK(is_headline_like(U"各专线在考试结束"));
  CHECK_FALSE(is_headline_like(U"注：各专线在考试结束"));
  CHECK_FALSE(is_field_line(U"平城区全面推进供热计量改革工作总结：经验与启示"));
}

TEST_CASE("heading: a contact field cut inside its number goes on in the next line", "[ingest]") {
  CHECK(continues_field_number(U"监督电话：0352-", U"5037788"));
  CHECK(continues_field_number(U"服务电话：0352-50", U"21234"));
  CHECK(continues_field_number(U"咨询电话：0352-501662", U"8、0352-5016629"));
  CHECK(continues_field_number(U"报名热线：138", U"00001111"));
  CHECK(continues_field_number(U"24小时供电服务热线：955", U"98"));
  // Whole numbers, and what follows a field that is no part of it.
  CHECK_FALSE(continues_field_number(U"服务电话：0352-5021234", U"2023年7月20日"));
  CHECK_FALSE(continues_field_number(U"24小时供电服务热线：95598", U"2024年11月20日"));
  CHECK_FALSE(continues_field_number(U"服务电话：0352-5021234", U"平城区自来水公司"));
  CHECK_FALSE(continues_field_number(U"报名电话：0352-502", U"1、报名时间"));
  CHECK_FALSE(continues_field_number(U"他说：今年收成好", U"300斤"));
}

TEST_CASE("heading: a feature's section told by the clock", "[ingest]") {
  CHECK(is_timeline_heading(U"凌晨1时40分 醉酒者与受伤的孩子"));
  CHECK(is_timeline_heading(U"22时15分 “快！准备抢救室”"));
  CHECK(is_timeline_heading(U"上午9点半 出发"));
  CHECK(is_timeline_heading(U"7:30 第一趟班车"));
  CHECK_FALSE(is_timeline_heading(U"凌晨1时40分"));                // a time alone
  CHECK_FALSE(is_timeline_heading(U"9时起东城片区停水"));          // no space: a title
  CHECK_FALSE(is_timeline_heading(U"上午9点，志愿者们来到社区"));  // a sentence
  CHECK_FALSE(is_timeline_heading(U"2023年 平城区十件民生实事"));
  CHECK_FALSE(is_timeline_heading(U"123时 太长的数"));
  // A diary's day.
  CHECK(is_timeline_heading(U"5月15日 星期三 晴"));
  CHECK(is_timeline_heading(U"12月3日 小雪"));
  CHECK_FALSE(is_timeline_heading(U"5月15日"));                     // a day alone
  CHECK_FALSE(is_timeline_heading(U"5月15日起城区实行错峰停车"));   // no space: a title
  CHECK_FALSE(is_timeline_heading(U"5月 全区开展安全生产月活动"));  // a month, no day
}

TEST_CASE("heading: an interview's questions and answers", "[ingest]") {
  CHECK(opens_question(U"问：监管部门在这方面有什么新举措？"));
  CHECK(opens_question(U"记者：“小”的方面呢？"));
  CHECK_FALSE(opens_question(U"答：我们正在推行预付资金存管制度。"));
  CHECK(opens_answer(U"答：我们正在推行预付资金存管制度。"));
  CHECK(opens_answer(U"何建平：我们把养老服务送到老人家门口。"));
  CHECK_FALSE(opens_answer(U"记者：“小”的方面呢？"));
  CHECK_FALSE(opens_answer(U"问：如果遇到纠纷，怎么维权？"));
  CHECK_FALSE(opens_answer(U"据统计：全年接诊8万人次。"));  // no name
  CHECK_FALSE(opens_answer(U"地址：平城区和平街12号"));
}

TEST_CASE("heading: a line wholly in quotes may be a headline and one in brackets not",
          "[ingest]") {
  CHECK(is_headline_like(U"“以前雨天出门两脚泥，现在骑电动车十分钟就到镇上”"));
  CHECK(is_headline_like(U"“夏伏晒、冬捞冰”"));
  // By shape a quoted title; over its predicate the segmenter reads it as a
  // paragraph's subject cut after its quote.
  CHECK(is_headline_like(U"“物业议事会”"));
  CHECK_FALSE(is_headline_like(U"（作者系平城区委党校教师）"));
}

TEST_CASE("heading: a short call before the news it states is a headline", "[ingest]") {
  CHECK(is_headline_like(U"鸣枪开跑！8600名跑者竞逐御河畔"));
  // A longer question, then who answers it.
  CHECK(is_headline_like(U"职工医保门诊共济怎么用？区医保局负责人答记者问"));
  CHECK(is_headline_like(U"好消息！老旧小区加装电梯有补贴"));
  CHECK(is_headline_like(U"注意！这些路段今晚起临时封闭"));
  // A clause before it, a call of one letter or a short rest: a sentence's piece.
  CHECK_FALSE(is_headline_like(U"他说，太好了！大家都来了"));
  CHECK_FALSE(is_headline_like(U"好！我们马上把材料送过去"));
  CHECK_FALSE(is_headline_like(U"真是太好了！大家"));
  CHECK_FALSE(is_headline_like(U"“真没想到！”王大爷"));
}

TEST_CASE("heading: a call of up to eight letters before the news is a headline", "[ingest]") {
  CHECK(is_headline_like(U"全民健身月来了！22处场馆免费开放"));
  CHECK_FALSE(is_headline_like(U"他一边走一边说真是太好了！大家快来"));
}
