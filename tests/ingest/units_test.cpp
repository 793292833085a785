#include "ingest/units.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;
using K = Unit::Kind;

namespace {

std::vector<K> kinds(const std::string& text) {
  std::vector<K> out;
  for (const auto& u : make_units(text, {})) out.push_back(u.kind);
  return out;
}

}  // namespace

TEST_CASE("units: lines are classified by shape", "[ingest]") {
  auto u = make_units(
      "\n\n平城区大力发展数据呼叫产业\n\n本报讯（记者 孙露）记者日前获悉。\n\n### "
      "平城新语\n\n本报记者 纪元\n\n"
      "2022年3月25日\n",
      {});
  REQUIRE(u.size() == 5);
  CHECK(u[0].kind == K::kShort);
  CHECK(u[0].line == 3);
  CHECK(u[0].gap_before == 2);
  CHECK(u[1].kind == K::kParagraph);
  CHECK(u[2].kind == K::kHeading);
  CHECK(u[2].level == 3);
  CHECK(u[2].text == "平城新语");
  CHECK(u[3].kind == K::kByline);
  CHECK(u[3].authors == std::vector<std::string>{"纪元"});
  CHECK(u[4].kind == K::kDate);
}

TEST_CASE("units: a caption pairs with the credit below it", "[ingest]") {
  auto u = make_units(
      "前端收集全路段形成常态化\n\n\n\n全路段垃圾收集。\n\n邱东芳摄\n\n本报讯（记者 "
      "邱东芳）完善。\n",
      {});
  REQUIRE(u.size() == 3);
  CHECK(u[1].kind == K::kPhoto);
  CHECK(u[1].photo.caption == "全路段垃圾收集。");
  CHECK(u[1].photo.credit == "邱东芳摄");
  CHECK(u[1].photo.by == "邱东芳");
  CHECK(u[1].lines == std::vector<int>{5, 7});
}

TEST_CASE("units: one short sentence after a picture's place is a caption without a credit",
          "[ingest]") {
  auto u = make_units(
      "乡村振兴看平城\n\n柳湾村大棚草莓红了\n\n\n\n村民在大棚里采摘草莓。\n\n"
      "冬日的柳湾村寒意正浓，村东头一排排大棚里却温暖如春。\n",
      {});
  REQUIRE(u.size() == 4);
  CHECK(u[2].kind == K::kPhoto);
  CHECK(u[2].photo.caption == "村民在大棚里采摘草莓。");
  CHECK(u[2].photo.credit.empty());
  CHECK(u[3].kind == K::kParagraph);
  // Not a cut sentence's continuation, two sentences, a long paragraph, or
  // a sentence of two clauses at the page's top.
  CHECK(kinds("一、管制时间：自2023年8\n\n\n\n月1日起实施。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph});
  CHECK(kinds("标题在这里\n\n\n\n村民采摘草莓。游客也来了。\n") ==
        std::vector<K>{K::kShort, K::kParagraph});
  CHECK(kinds("\n\n\n刚从外地返乡的侯佳怡说，她打算就在本地找工作。\n") ==
        std::vector<K>{K::kParagraph});
  CHECK(kinds("标题在这里\n\n\n\n冬日的柳湾村寒意正浓，村东头一排排大棚里却温暖如春，"
              "绿油油的草莓秧下一颗颗红艳艳的草莓挂满枝头。\n") ==
        std::vector<K>{K::kShort, K::kParagraph});
}

TEST_CASE("units: a credit under a headline takes no caption", "[ingest]") {
  CHECK(kinds("前端收集全路段形成常态化\n\n邱东芳摄\n") == std::vector<K>{K::kShort, K::kPhoto});
  auto u = make_units("前端收集全路段形成常态化\n\n邱东芳摄\n", {});
  CHECK(u[1].photo.caption.empty());
}

TEST_CASE("units: tables, lists and signature blocks stay whole", "[ingest]") {
  CHECK(kinds("序号\t单位\n一\t机扫一公司\n") == std::vector<K>{K::kTable});
  CHECK(kinds("- 1.甲。\n- 2.乙。\n") == std::vector<K>{K::kList});
  CHECK(kinds("平城区创城办\n平城区文明办\n2022年3月25日\n") == std::vector<K>{K::kLines});
  CHECK(kinds("标题一\n正文第一段。\n") == std::vector<K>{K::kShort, K::kParagraph});
}

TEST_CASE("units: a comma headline above a dateline is a headline", "[ingest]") {
  CHECK(kinds("稳就业，保民生\n\n本报讯（记者 孙露）今年以来。\n") ==
        std::vector<K>{K::kShort, K::kParagraph});
  CHECK(kinds("在招商引资和项目建设方面，任\n\n建军说，街道将依托。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph});
  // A short comma line over text that opens with a time phrase: a heading.
  CHECK(kinds("老街坊都说好。\n\n一张桌子，两代手艺\n\n清晨六点，郝长顺就出摊了。\n") ==
        std::vector<K>{K::kParagraph, K::kShort, K::kParagraph});
  CHECK(kinds("老街坊都说好。\n\n但热闹的背后，也有\n\n一些让人皱眉的现象。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph, K::kParagraph});
  // So over text that opens on a quotation, unless it stops on a word that needs more.
  CHECK(kinds("老街坊都说好。\n\n一根竹子，劈出几十层\n\n“竹编的功夫，一半在编。”\n") ==
        std::vector<K>{K::kParagraph, K::kShort, K::kParagraph});
  CHECK(kinds("老街坊都说好。\n\n说起竹编，一位老人对\n\n“手艺”情有独钟。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph, K::kParagraph});
  // A line opening with a time phrase and a comma starts a sentence.
  CHECK(kinds("目前，小区另外3个单\n\n本报讯（记者 孙露）今年以来。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a long comma subtitle under a title, over the text's start, is a headline",
          "[ingest]") {
  // Under a title, over a caption and the dateline: a subtitle stating its figures.
  CHECK(kinds("汀湾区举行防汛综合应急演练\n\n12支队伍460余人参演，重点检验极端情况下的应急处置能力"
              "\n\n\n\n救援人员在梧桐镇段进行管涌抢护演练。\n\n柴俊峰摄\n\n本报讯（记者 "
              "甘雨桐）6月5日上"
              "午，演练举行。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kPhoto, K::kParagraph});
  // A subtitle of figures whose first word only holds a time's letter (日均) opens on no time.
  CHECK(kinds("区政务服务中心“夜间窗口”开办首月受理业务2136件\n\n日均受理97件，群众满意率达99.6%"
              "\n\n本报讯"
              "（记者 魏思远）下班也能办事了。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A time phrase opens a sentence's piece ("开通一年来，平城高" / "铁站…").
  CHECK(
      kinds("一条铁路 一座城的“加速度”\n\n开通一年来，平城高\n\n区政府召开常务会议\n\n本报讯（记者 "
            "覃海波）"
            "11月26日，会议召开。\n") ==
      std::vector<K>{K::kShort, K::kParagraph, K::kShort, K::kParagraph});
  // The same length with no headline over it is a paragraph's piece.
  CHECK(
      kinds("区里开了会。\n\n12支队伍460余人参演，重点检验极端情况下的应急处置能力\n\n本报讯（记者 "
            "甘雨桐）6月5日上午，演练举行。\n") ==
      std::vector<K>{K::kParagraph, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a comma title under a column's label or a writer's name is a headline",
          "[ingest]") {
  CHECK(
      kinds(
          "岚溪时评\n\n老旧小区改完了，“管”字要跟上\n\n北关街道17个老旧小区改造日前全部完工。\n") ==
      std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // The name signs the commentary above; the comma title heads the next one.
  CHECK(kinds("南宫越\n\n防溺水“六不”，家长孩子都要记牢\n\n暑假将至，孩子们户外活动增多。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A sentence's piece: it opens on a time phrase, or stops on a word that needs more.
  CHECK(kinds("钟一鸣\n\n近日，一位老人打来\n\n热线反映了这样一件事。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("钟一鸣\n\n热线开通以来，一位市民在\n\n回访中说了这样一句话。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  // A title may ask.
  CHECK(kinds("读者来信\n\n鹭洲公园的路灯，能否晚关一小时？\n\n编辑同志：\n\n我家住在鹭洲公园附近。"
              "\n") == std::vector<K>{K::kShort, K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("读者来信\n\n路灯为什么早早关了？我问了管理员。\n\n编辑同志：\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  // Items joined by 、 are a title's when the text below does not run them on.
  CHECK(kinds("出行提示\n\n社区公交16路、17路6月16日开通，全程免费\n\n为方便居民出行，区交通运输局"
              "开通两条线路。"
              "\n") == std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A line opening on a pronoun starts a sentence; after a paragraph left open the label and the
  // lines under it are that paragraph's pieces.
  CHECK(kinds("钟一鸣\n\n他说，这几年村里的变化\n\n大家都看在眼里。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("他告诉记者，这些年\n\n村里的变化\n\n大家看在眼里，日子越过越好\n\n生活越来越有奔头。"
              "\n") == std::vector<K>{K::kParagraph, K::kShort, K::kParagraph, K::kParagraph});
  // A page's name heads no title.
  CHECK(kinds("要闻\n\n老旧小区改完了，“管”字要跟上\n\n北关街道17个老旧小区改造日前全部完工。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a comma subtitle under a title, over text that plainly starts, is a headline",
          "[ingest]") {
  CHECK(
      kinds(
          "民生实事看落实\n\n一碗热饭里的“邻里账”\n\n东港街道长者食堂运营满一年，日均供餐420份\n\n"
          "上午10点半，东港街道长者食堂刚开门。\n") ==
      std::vector<K>{K::kShort, K::kShort, K::kShort, K::kParagraph});
  CHECK(
      kinds(
          "城区主要农贸市场副食品零售价格\n\n猪肉价格小幅回落，蔬菜价格总体平稳\n\n据区价格监测中心"
          "监测，本周猪肉价格回落。\n") == std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A dash subtitle may hold a comma too.
  CHECK(
      kinds("城区公共停车场执行新收费标准\n\n——2025年7月1日起执行，首30分钟免费\n\n经区发展和改革局"
            "核定，城区公共停车场执行新标准。\n") ==
      std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // The first paragraph's piece, cut by the break: the text below reads on from it.
  CHECK(
      kinds("古井村的“新村规”\n\n古井村坐落在石桥镇北边的山脚下，因村口\n\n一口明代古井得名。\n") ==
      std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  // A word set in quotes opens no text of its own; after a photo, only figures make a subtitle.
  CHECK(
      kinds(
          "古井村的“新村规”\n\n古井村坐落在石桥镇北边的山脚下，村里人都叫它\n\n“龙眼井”。村民们说，"
          "井水从没干过。\n") == std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("古井村的“新村规”\n\n古井村坐落在石桥镇北边的山脚下，因村口\n\n\n\n村口的古井。\n\n麦"
              "嘉怡摄"
              "\n\n一口明代古井得名。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kPhoto, K::kParagraph});
  CHECK(kinds("区政务服务中心“夜间窗口”开办首月\n\n日均受理97件，群众满意率达99.6%"
              "\n\n\n\n市民在窗口办理"
              "业务。\n\n魏思远摄\n\n自10月9日起，窗口延时开放。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kPhoto, K::kParagraph});
  // Two commas run on as a sentence does; a notice's title has no such subtitle.
  CHECK(
      kinds(
          "春节期间城区药店营业安排\n\n为方便群众购药，经与药店协商，现将城区\n\n“部分药店节日营业”"
          "安排如下。\n") == std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("关于湖滨路片区临时停水的通知\n\n因管网改造，湖滨路片区停水\n\n各位居民：\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a comma headline above a commentary's bare-name byline is a headline",
          "[ingest]") {
  CHECK(kinds("老街要“留”得住，更要“活”起来\n\n欧阳明\n\n近年来，不少老街经过改造焕然一新。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // So after a paragraph the break left open: the line is no piece of it.
  CHECK(kinds("集体经济收入达到86万元，村\n\n消费券，怎样发才更“有感”\n\n温予诚\n\n这两年，发放消费"
              "券成了"
              "常规动作。\n") ==
        std::vector<K>{K::kParagraph, K::kShort, K::kShort, K::kParagraph});
  // A name a column break cut goes on mid-sentence: the line is text.
  CHECK(kinds("街道负责人介绍，记者刘\n\n卫东\n\n的说法得到了居民认可。\n")[0] == K::kParagraph);
}

TEST_CASE("units: punctuation is fixed unless kept", "[ingest]") {
  CHECK(make_units("如何创新治理?成立5年的社区。\n", {})[0].text ==
        "如何创新治理？成立5年的社区。");
  CHECK(make_units("如何创新治理?成立5年的社区。\n", {false})[0].text ==
        "如何创新治理?成立5年的社区。");
}

TEST_CASE("units: a question headline with a comma, above a caption and a dateline", "[ingest]") {
  CHECK(kinds("垃圾分类，你做对了吗？\n\n全路段垃圾收集。\n\n本报讯（记者 孙露）近日。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(kinds("你做对了吗？我们做对了。\n\n本报讯（记者 孙露）近日。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph});
}

TEST_CASE("units: page furniture is its own kind", "[ingest]") {
  CHECK(kinds("责任编辑：张三\n\n第1234期\n") == std::vector<K>{K::kBanner, K::kBanner});
}

TEST_CASE("units: a known banner is a banner wherever it stands, spaces aside", "[ingest]") {
  std::vector<std::string> banners{"守护碧水蓝天 共建美丽家园", "民生直通车"};
  auto u = make_units(
      "对食堂的留样记录\n\n守护碧水蓝天  共建美丽家园\n\n进行了检查。\n\n民生 直通车\n\n"
      "民生直通车开进社区\n",
      {true, &banners});
  REQUIRE(u.size() == 5);
  CHECK(u[1].kind == K::kBanner);
  CHECK(u[1].text == "守护碧水蓝天  共建美丽家园");  // as printed
  CHECK(u[3].kind == K::kBanner);
  CHECK(u[4].kind == K::kShort);  // a line that only contains a banner is not one
  CHECK(kinds("民生直通车\n") == std::vector<K>{K::kShort});  // unknown without the list
}

TEST_CASE("units: lines after a paragraph left open are wedged, not a first piece", "[ingest]") {
  // Under a headline, a line before text that starts mid-sentence is the
  // text's first piece…
  CHECK(kinds("标题\n\n走进古\n\n城鼓楼东街的商铺，处处可见。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  // …but after a paragraph left mid-sentence the text continues that one.
  CHECK(kinds("法院工作人员耐心询问了企业的\n\n主动问需解难\n\n助力企业发展\n\n"
              "的经营范围、销售利润等情况。\n") ==
        std::vector<K>{K::kParagraph, K::kShort, K::kShort, K::kParagraph});
}

TEST_CASE("units: under a heading, a piece that cuts a name printed whole elsewhere is text",
          "[ingest]") {
  // "柏雅琴" recurs below, so "今年45岁的柏雅" is the first piece of the
  // paragraph, and the line above it a subheading, not a kicker over a title.
  CHECK(kinds("从小爱上刺绣\n\n今年45岁的柏雅\n\n琴是区级非遗项目的传承人。\n\n"
              "柏雅琴说，刺绣要耐得住性子。\n\n柏雅琴的作品多次获奖。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: an interview turn cut after the speaker is text, not a byline", "[ingest]") {
  // "记者：今年" reads like role + name, but "记者：" opens a question.
  CHECK(kinds("记者：今年\n") == std::vector<K>{K::kParagraph});
  CHECK(kinds("记者 林晓\n") == std::vector<K>{K::kByline});
}

TEST_CASE("units: a line of items joined by 、 that stops short is a paragraph's piece",
          "[ingest]") {
  CHECK(kinds("志愿服务队\n\n\n\n探望孤寡老人、清扫背街\n\n"
              "小巷、义务理发，队员们的身影出现在社区的每个角落。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  // Above a dateline it is a headline all the same.
  CHECK(kinds("标题\n\n稳就业、保民生\n\n本报讯（记者 林晓）近日，平城区召开会议。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
}

TEST_CASE("units: a number cut across known banners makes the line above a piece", "[ingest]") {
  std::vector<std::string> banners{"文明创建 人人参与"};
  auto u = make_units("志愿路上十年\n\n每天早上7\n\n文明创建 人人参与\n\n点半，志愿者准时出发。\n",
                      {true, &banners});
  REQUIRE(u.size() == 4);
  CHECK(u[1].kind == K::kParagraph);  // "每天早上7": the text's first piece
  CHECK(u[2].kind == K::kBanner);
}

TEST_CASE("units: a very short last headline line is a piece only when the text plainly goes on",
          "[ingest]") {
  // A five-character title under its kicker stays a headline line.
  CHECK(kinds("在乡村振兴中书写巾帼担当\n\n山村女医生\n\n在平城区北部山区的石岭村，提起村医谷秀英，"
              "几乎没有人不知道。\n") == std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A clause cut after a modal verb, a preposition's phrase cut short, a
  // dateline cut in two, a notice's salutation cut under its title.
  CHECK(kinds("缴费通知\n\n参保群众可\n\n通过线上线下多种渠道缴纳医疗保险费。\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
  CHECK(
      kinds("### “菜单式”服务获点赞\n\n在街道党\n\n工委的支持下，民和社区成立了社区老年食堂。\n") ==
      std::vector<K>{K::kHeading, K::kParagraph, K::kParagraph});
  // (A dateline cut in two is then one paragraph: see below.)
  CHECK(kinds("检察建议促履职\n\n本报\n\n讯（记者 孙露）近日，平城区检察院发出检察建议。\n") ==
        std::vector<K>{K::kShort, K::kParagraph});
  CHECK(kinds("关于做好清雪除冰工作的通知\n\n各街道\n\n办事处，区直各有关单位：\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: under a notice's title an unmarked line is its text, not a subtitle",
          "[ingest]") {
  CHECK(kinds("## 关于鼓楼西街实施临时交通管制的公告\n\n为保障鼓楼西街雨污分流改造工程顺利\n\n"
              "实施，确保施工期间道路交通安全畅通，决定实施临时交通管制。\n") ==
        std::vector<K>{K::kHeading, K::kParagraph, K::kParagraph});
  // A subtitle set off by a dash is one all the same.
  CHECK(kinds("关于开展垃圾分类的倡议书\n\n——致全区广大居民\n\n"
              "垃圾分类就是新时尚，让我们行动起来。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
}

TEST_CASE("units: an unfinished line opening with a speaker the page gives other turns is text",
          "[ingest]") {
  CHECK(kinds("记者：当初为什么决定回来？\n\n王晓帆：我们村种谷子有\n\n"
              "几百年历史，小米品质特别好。\n\n记者：刚开始顺利吗？\n\n"
              "王晓帆：不顺利，第一年就亏了。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph, K::kParagraph, K::kParagraph, K::kParagraph});
  // A name and colon the page prints once is no turn: a line like that
  // between paragraphs may be a heading.
  CHECK(kinds("记者：当初为什么决定回来？\n\n王晓帆：我们村种谷子有\n\n"
              "几百年历史，小米品质特别好。\n")[1] == K::kShort);
}

TEST_CASE("units: a dash subtitle is a headline line even when a word reads across into the text",
          "[ingest]") {
  // "何建平" / "柳荫街道…": the dictionary reads 平柳 as a word, but a line
  // opening with —— is a subtitle.
  CHECK(kinds("书记谈民生\n\n让“一老一小”都有好去处\n\n——访平城区柳荫街道党工委书记何建平\n\n"
              "柳荫街道是平城区人口最密集的街道之一。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kShort, K::kParagraph});
}

TEST_CASE("units: a dash subtitle naming people with 、 is no run of items", "[ingest]") {
  // "——访区政协委员、…聂红英" stops without a mark and holds a 、, as a cut
  // run of items does; opening with —— it is a subtitle.
  CHECK(kinds("代表委员话发展\n\n让更多年轻人愿意留在平城\n\n"
              "——访区政协委员、平城职业技术学院副院长聂红英\n\n"
              "区政协十届四次会议期间，区政协委员、平城职业技术学院副院长聂\n\n"
              "红英提交了关于加强青年人才引育留用的提案。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kShort, K::kParagraph, K::kParagraph});
}

TEST_CASE(
    "units: a comma title at the page's top over text opening with a time phrase is a headline",
    "[ingest]") {
  // "前不久，…" opens a sentence: the line above is no piece of it.
  CHECK(kinds("“跑一次”之后，还能不能“不用跑”\n\n"
              "前不久，一位朋友去办营业执照变更，半个小时就办完了。\n\n"
              "改革没有终点。\n\n鲁平川\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kParagraph, K::kShort});
}

TEST_CASE("units: a subheading over text opening with a whole time phrase is no cut piece",
          "[ingest]") {
  // ICU reads a word across "…更多人" / "去年…"; the text starts a sentence.
  CHECK(kinds("冼海峰说，兴趣是最好的老师。\n\n把星空带给更多人\n\n"
              "去年以来，天文社的学生们当起了“小讲解员”，先后走进8所小学。\n") ==
        std::vector<K>{K::kParagraph, K::kShort, K::kParagraph});
  // The rest of a word a break cut is no sentence's start.
  CHECK(kinds("胸痛中心建设进展顺利。\n\n自2022年10月启\n\n动建设以来，已救治患者600余人。\n") ==
        std::vector<K>{K::kParagraph, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a short line ending on 至 under a headline is the text's piece", "[ingest]") {
  CHECK(kinds("上半年空气优良天数同比增加19天\n\nPM2.5平均浓度下降8.7%\n\n今年1月至\n\n"
              "6月，全区空气优良天数达158天，同比增加19天。\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph, K::kParagraph});
}

TEST_CASE("units: a caption at the page's top below more blank lines than the margin is a photo",
          "[ingest]") {
  auto u = make_units(
      "\n\n\n村民在大棚里采摘草莓。\n\n乡村振兴看平城\n\n柳湾村大棚草莓红了\n\n"
      "冬日的柳湾村寒意正浓，村东头一排排大棚里却温暖如春。\n",
      {});
  REQUIRE(u.size() == 4);
  CHECK(u[0].kind == K::kPhoto);
  CHECK(u[0].photo.caption == "村民在大棚里采摘草莓。");
  // The page's usual margin of two blank lines is no picture's place.
  CHECK(kinds("\n\n村民在大棚里采摘草莓。\n\n冬日的柳湾村寒意正浓。\n")[0] == K::kParagraph);
}

TEST_CASE("units: a short line between a headline and its table is a headline line", "[ingest]") {
  CHECK(kinds("2024—2025年度城区供热收费标准\n\n供热期：2024年11月1日至2025年3月31日\n\n"
              "用户类别\t计费方式\t收费标准\n居民用户\t按建筑面积\t4.8元/平方米·月\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kTable});
  // A sentence introducing the table stays text.
  CHECK(kinds("春节期间城区药店营业安排\n\n现将城区药店春节期间营业时间公布如下。\n\n"
              "药店名称\t地址\n益民大药房\t鼓楼东街8号\n") ==
        std::vector<K>{K::kShort, K::kParagraph, K::kTable});
}

TEST_CASE("units: a dateline the column break cut is one paragraph", "[ingest]") {
  const auto units = make_units(
      "秋冬流感高发 专家支招科学防护\n\n本报\n\n讯（记者 上官婷）进入11月，发热门诊就诊人数"
      "明显增加。\n\n新华社北京7月19日\n\n电（记者 王新）全国夏粮喜获丰收。\n",
      {});
  REQUIRE(units.size() == 3);
  CHECK(units[1].text == "本报讯（记者 上官婷）进入11月，发热门诊就诊人数明显增加。");
  CHECK(units[1].lines == std::vector<int>{3, 5});
  CHECK(units[2].text == "新华社北京7月19日电（记者 王新）全国夏粮喜获丰收。");
  // A piece that makes no dateline with the text below stays apart.
  CHECK(kinds("同比下降1\n\n7%，未发生较大以上火灾。\n").size() == 2);
}

TEST_CASE("units: a line of three characters or fewer ending a headline run is the text's piece",
          "[ingest]") {
  // A photo may stand between it and the headline.
  CHECK(kinds("老旧小区改造让居民住得更舒心\n\n改造小区46个 惠及居民1.2万户\n\n\n\n"
              "改造后的光华小区焕然一新。\n\n外墙\n\n做了保温，楼道装了声控灯，院里的路面重新铺过。"
              "\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kPhoto, K::kParagraph, K::kParagraph});
  // A title of four characters or more stays one.
  CHECK(kinds("在乡村振兴中书写巾帼担当\n\n山村医生\n\n在平城区北部山区的石岭村，提起村医谷秀英，"
              "几乎没有人不知道。\n") == std::vector<K>{K::kShort, K::kShort, K::kParagraph});
}

TEST_CASE("units: a line asking with a comma over a dash subtitle is its title", "[ingest]") {
  CHECK(kinds("AI进课堂，老师会被替代吗？\n\n——访平城区教育科技中心主任闵思远\n\n"
              "记者：AI走进课堂，老师会不会被替代？\n") ==
        std::vector<K>{K::kShort, K::kShort, K::kParagraph});
  // A paragraph's end over a dash line stays text.
  CHECK(kinds("他说，这是一次难忘的经历。\n\n——摘自《平城日报》\n")[0] == K::kParagraph);
}

TEST_CASE("units: a title printed on one line with its dash subtitle is a headline line",
          "[ingest]") {
  auto k = kinds(
      "AI进课堂，老师会被替代吗？ ——访平城区教育科技中心主任闵思远\n\n"
      "今年秋季学期起，平城区在12所中小学开展人工智能教育试点。\n");
  REQUIRE(k.size() == 2);
  CHECK(k[0] == K::kShort);
  // A sentence with a dash in it stays text.
  k = kinds("他说，这是一次难忘的经历。 ——这是他的原话\n\n今年秋季学期起，试点开始。\n");
  REQUIRE(k.size() == 2);
  CHECK(k[0] == K::kParagraph);
}

TEST_CASE("units: lines between a headline line and a top byline are headline lines", "[ingest]") {
  auto k = kinds(
      "写在平城区首届全民运动会开幕之际\n\n奔跑吧，平城\n\n"
      "从社区球场到乡村赛道，越来越多的人动了起来\n\n本报记者 林晓\n\n"
      "晚上7点，御河边的健身步道上已经热闹起来。\n");
  REQUIRE(k.size() == 5);
  CHECK(k[1] == K::kShort);
  CHECK(k[2] == K::kShort);
  CHECK(k[3] == K::kByline);
  // A paragraph that ends its sentence above an end byline stays text.
  k = kinds(
      "区里召开会议\n\n会议要求，各街道要抓好落实，确保按期完成。\n\n本报记者 林晓\n\n"
      "晚上7点，御河边的健身步道上已经热闹起来。\n");
  REQUIRE(k.size() == 4);
  CHECK(k[1] == K::kParagraph);
}

TEST_CASE("units: lines under a kicker by its shape over text of their own are headline lines",
          "[ingest]") {
  auto k = kinds(
      "写在平城区首届全民运动会开幕之际\n\n奔跑吧，平城\n\n"
      "从社区球场到乡村赛道，越来越多的人动了起来\n\n"
      "晚上7点，御河边的健身步道上已经热闹起来。\n");
  REQUIRE(k.size() == 4);
  CHECK(k[1] == K::kShort);
  CHECK(k[2] == K::kShort);
  CHECK(k[3] == K::kParagraph);
  // Text that goes on from the line mid-sentence makes it a paragraph's piece.
  k = kinds("平城区应急管理局提醒\n\n汛期将至，请广大市民\n\n，尽量减少外出。\n");
  REQUIRE(k.size() == 3);
  CHECK(k[1] == K::kParagraph);
}

TEST_CASE("units: a voice quoted under a title over the dateline is a headline line", "[ingest]") {
  auto k = kinds(
      "“家门口”的老年食堂开张了\n\n老人们说：“饭菜软和，价钱实惠，比自己开火还省心。”\n\n"
      "本报讯（记者 林晓）10月8日，北关街道首家老年食堂开张。\n");
  REQUIRE(k.size() == 3);
  CHECK(k[1] == K::kShort);
  // Over the text itself it is the text's first paragraph.
  k = kinds(
      "“家门口”的老年食堂开张了\n\n老人们说：“饭菜软和，价钱实惠，比自己开火还省心。”\n\n"
      "10月8日，北关街道首家老年食堂开张。\n");
  REQUIRE(k.size() == 3);
  CHECK(k[1] == K::kParagraph);
}

TEST_CASE("units: three or more plain lines printed together are a list", "[ingest]") {
  // A winners' list whose items lost their markers: no headline stack is
  // printed on consecutive lines.
  auto u = make_units(
      "现将一等奖获奖名单公布如下：\n\n"
      "《校园雨水收集与自动灌溉装置》　平城一中　宋嘉禾\n"
      "《老人防跌倒智能拐杖》　北关中学　雷思远\n"
      "《可折叠太阳能书包灯》　新华小学　钟小禾\n\n"
      "为退役军人家庭送上“光荣牌”\n",
      {});
  REQUIRE(u.size() == 3);
  CHECK(u[1].kind == K::kList);
  REQUIRE(u[1].rows.size() == 3);
  CHECK(u[1].rows[1] == "《老人防跌倒智能拐杖》　北关中学　雷思远");
  // Two lines (a caption over its credit) and lines with a byline stay as they were.
  CHECK(kinds("市民在自助机上挂号。\n贺晓岚摄\n") == std::vector<K>{K::kPhoto});
  CHECK(kinds("让“口袋公园”装满幸福\n本报记者 林知秋\n今年，城区又有14个公园建成。\n") ==
        std::vector<K>{K::kShort, K::kByline, K::kParagraph});
}
