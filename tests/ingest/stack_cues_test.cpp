#include "ingest/stack_cues.h"

#include <catch2/catch.hpp>

#include "ingest/chars.h"

using namespace gazette::ingest;

TEST_CASE("stack cues: organisations, series, slogan pairs and figures", "[ingest]") {
  CHECK(is_organisation_line(U"平城区环卫服务中心"));
  CHECK(is_organisation_line(U"某某区供热公司"));
  CHECK(is_organisation_line(U"大同市公安局 平城分局"));
  CHECK_FALSE(is_organisation_line(U"迎宾街道开展异地就医政策宣传"));  // a statement
  CHECK_FALSE(is_organisation_line(U"中心"));
  CHECK(is_series_line(U"平城区环境卫生“提档升级六大战略”系列报道之五"));
  CHECK(is_series_line(U"“创城，环卫在行动”系列报道（二）"));
  CHECK(is_series_line(U"走基层看变化之三"));
  CHECK_FALSE(is_series_line(U"发放宣传册 提高知晓度"));
  CHECK(is_slogan_pair(U"守护碧水蓝天 共建美丽家园"));
  CHECK(is_slogan_pair(U"发放宣传册 提高知晓度"));
  CHECK_FALSE(is_slogan_pair(U"在跨入第一方阵中彰显平城担当 怎么看"));
  CHECK_FALSE(is_slogan_pair(U"平城区大力发展数据呼叫产业"));
  CHECK(states_figures(U"签约项目12个 金额8.6亿元"));
  CHECK(states_figures(U"全年增长30%"));
  CHECK(states_figures(U"惠及三千余户居民"));
  // Metric units open with 公, 平方, 立方; weights; counts of cases (起).
  CHECK(states_figures(U"新修道路12.6公里"));
  CHECK(states_figures(U"亩产620公斤"));
  CHECK(states_figures(U"拆除违建1.8万平方米"));
  CHECK(states_figures(U"查处违法行为1.2万起"));
  CHECK_FALSE(states_figures(U"一起向未来"));
  CHECK_FALSE(states_figures(U"十分重视"));
}

TEST_CASE("stack cues: a title and its dash subtitle on one line", "[ingest]") {
  auto cut = split_dash_subtitle(U"平城区召开经济工作会议——部署明年重点任务");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "平城区召开经济工作会议");
  CHECK(to_utf8(cut->second) == "——部署明年重点任务");
  CHECK_FALSE(split_dash_subtitle(U"——访平城区新华街道党工委负责人周玉芳"));  // a subtitle alone
  CHECK_FALSE(split_dash_subtitle(U"“从无到有——再到优”的蜕变"));              // inside quotes
}

TEST_CASE("stack cues: a kicker merged into its title by OCR", "[ingest]") {
  auto org = split_merged_kicker(U"某某区供热公司 提前试水 保障温暖");
  REQUIRE(org);
  CHECK(to_utf8(org->first) == "某某区供热公司");
  CHECK(to_utf8(org->second) == "提前试水 保障温暖");
  auto pair = split_merged_kicker(U"守护碧水蓝天 共建美丽家园 我区开展环境整治行动");
  REQUIRE(pair);
  CHECK(to_utf8(pair->first) == "守护碧水蓝天 共建美丽家园");
  CHECK(to_utf8(pair->second) == "我区开展环境整治行动");
  CHECK_FALSE(split_merged_kicker(U"党建力量“沉下去” 基层治理“活起来”"));
  CHECK_FALSE(split_merged_kicker(U"平城区环境卫生服务中心 垃圾收集网格化公示表"));
  CHECK_FALSE(split_merged_kicker(U"在跨入第一方阵中彰显平城担当 怎么看 怎么办"));
}

TEST_CASE("stack cues: halves that repeat a word are a label and a title, not a slogan pair",
          "[ingest]") {
  auto cut = split_merged_kicker(U"平城交警 交警进校园 上好安全“第一课”");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "平城交警");
  CHECK(to_utf8(cut->second) == "交警进校园 上好安全“第一课”");
  // A section and its column joined by a middle dot are one label.
  auto dotted = split_merged_kicker(U"周末·风物 一口糍粑香 半城秋意浓");
  REQUIRE(dotted);
  CHECK(to_utf8(dotted->first) == "周末·风物");
  CHECK(to_utf8(dotted->second) == "一口糍粑香 半城秋意浓");
  // One dot between two pairs of letters only, not a dot astray.
  CHECK(is_column_label_over(U"周末·风物", 10));
  CHECK_FALSE(is_column_label_over(U"周·末风物", 10));
  CHECK_FALSE(is_column_label_over(U"米·娜·艾", 10));
  auto pair = split_merged_kicker(U"抓党建 促治理 凤鸣街道“红色管家”进小区");
  REQUIRE(pair);
  CHECK(to_utf8(pair->first) == "抓党建 促治理");
}

TEST_CASE("stack cues: two lines are kicker + title or title + subtitle", "[ingest]") {
  auto figures = decide_two_lines(U"招商引资跑出加速度", U"签约项目12个 金额8.6亿元");
  CHECK(figures.shape == TwoLineShape::kTitleSubtitle);
  CHECK(figures.decided_by_cue);
  auto org = decide_two_lines(U"平城区环卫服务中心", U"前端收集网格化 垃圾转运不落地");
  CHECK(org.shape == TwoLineShape::kKickerTitle);
  CHECK(org.decided_by_cue);
  auto slogan = decide_two_lines(U"发放宣传册 提高知晓度", U"迎宾街道开展异地就医政策宣传");
  CHECK(slogan.shape == TwoLineShape::kKickerTitle);
  CHECK(slogan.decided_by_cue);
  // A comma inside the lower line only: a subtitle saying more in a sentence's shape.
  auto comma =
      decide_two_lines(U"城区主要农贸市场副食品零售价格", U"猪肉价格小幅回落，蔬菜价格总体平稳");
  CHECK(comma.shape == TwoLineShape::kTitleSubtitle);
  CHECK(comma.decided_by_cue);
  // A slogan pair over a comma title stays kicker + title.
  auto pair_over_comma = decide_two_lines(U"坚持生态优先 推动绿色发展", U"荒山变青山，村民变股民");
  CHECK(pair_over_comma.shape == TwoLineShape::kKickerTitle);
  auto unsure = decide_two_lines(U"老旧小区焕新颜", U"居民生活更舒心");
  CHECK(unsure.shape == TwoLineShape::kKickerTitle);
  CHECK_FALSE(unsure.decided_by_cue);
  auto longer = decide_two_lines(U"全力推进老旧供水管网改造工作", U"各社区进度快质量好");
  CHECK(longer.shape == TwoLineShape::kTitleSubtitle);
  CHECK_FALSE(longer.decided_by_cue);
  auto short_upper = decide_two_lines(U"文明创建在行动", U"志愿服务暖人心");
  CHECK(short_upper.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: a short line over a longer one with figures the text is about is a kicker",
          "[ingest]") {
  const std::string text =
      "1386户居民喜领新房钥匙。昨日，城南安置小区交房仪式举行，1386户居民领到了新房钥匙，"
      "居民们喜笑颜开。";
  auto kicker = decide_two_lines(U"喜迁新居暖人心", U"1386户居民喜领新房钥匙", text);
  CHECK(kicker.shape == TwoLineShape::kKickerTitle);
  CHECK_FALSE(kicker.decided_by_cue);  // a doubt for the review
  // Without the text, or when the text is about the upper line, figures make the subtitle.
  CHECK(decide_two_lines(U"喜迁新居暖人心", U"1386户居民喜领新房钥匙").shape ==
        TwoLineShape::kTitleSubtitle);
  const std::string about_upper =
      "招商引资跑出加速度。今年以来，我区招商引资跑出加速度，成效明显。";
  CHECK(decide_two_lines(U"招商引资跑出加速度", U"签约项目12个 金额8.6亿元", about_upper).shape ==
        TwoLineShape::kTitleSubtitle);
}

TEST_CASE("stack cues: two long lines are title and subtitle, in figures or in words", "[ingest]") {
  // A title that states a figure over a subtitle in words: the figure is no
  // kicker cue when both lines are statements.
  auto figure_title = decide_two_lines(U"柳荫小区加装电梯惠及24户居民", U"高楼层老人出门不再发愁");
  CHECK(figure_title.shape == TwoLineShape::kTitleSubtitle);
  CHECK_FALSE(figure_title.decided_by_cue);
  // A short line stating figures over a title is still its kicker.
  auto figure_kicker = decide_two_lines(U"投资3亿元", U"城北片区棚户区改造全面启动");
  CHECK(figure_kicker.shape == TwoLineShape::kKickerTitle);
  // Two long statements with nothing else to tell them apart.
  auto words = decide_two_lines(U"社区卫生服务站里来了大医院专家", U"居民在家门口就能看上专家号");
  CHECK(words.shape == TwoLineShape::kTitleSubtitle);
  CHECK_FALSE(words.decided_by_cue);
}

TEST_CASE("stack cues: the text under a two-line stack repeats its title's words", "[ingest]") {
  // A long context kicker over a title the text is about.
  const std::string text =
      "瑞泉街道成立“物业议事会”，把业主、物业和社区请到一张桌子上，"
      "小区矛盾在议事会上化解。";
  auto kicker = decide_two_lines(U"在推进基层治理现代化中走在前列",
                                 U"瑞泉街道“物业议事会”化解小区矛盾", text);
  CHECK(kicker.shape == TwoLineShape::kKickerTitle);
  CHECK_FALSE(kicker.decided_by_cue);
  // Without the text, two long lines read as title and subtitle.
  CHECK(decide_two_lines(U"在推进基层治理现代化中走在前列", U"瑞泉街道“物业议事会”化解小区矛盾")
            .shape == TwoLineShape::kTitleSubtitle);
  // A title the text repeats over a subtitle it does not.
  const std::string below =
      "今年以来，全区各街道社区全力做好第七次全国人口普查工作，"
      "普查员逐户登记。";
  auto title =
      decide_two_lines(U"全力做好第七次全国人口普查工作", U"各街道社区措施好行动快", below);
  CHECK(title.shape == TwoLineShape::kTitleSubtitle);
  // A subtitle in two matching halves under a long title the text repeats;
  // a long kicker the text repeats as much as the paired title under it stays
  // a kicker (the real sample page).
  const std::string drill = "8月20日，平城区举行防汛应急演练，检验各部门实战能力。";
  CHECK(
      decide_two_lines(U"防汛应急演练检验实战能力", U"各部门协同联动 处置有序高效", drill).shape ==
      TwoLineShape::kTitleSubtitle);
  CHECK(decide_two_lines(U"防汛应急演练检验实战能力", U"各部门协同联动 处置有序高效").shape ==
        TwoLineShape::kKickerTitle);
  const std::string party = "去年以来，平城区以党建引领基层治理创新发展，党建力量下沉到基层。";
  CHECK(decide_two_lines(U"抓党建促基层治理能力提升", U"党建力量“沉下去” 基层治理“活起来”", party)
            .shape == TwoLineShape::kKickerTitle);
  // A short upper line is echoed whole by any text under it: no cue.
  auto label = decide_two_lines(U"平城交警", U"交警进校园 上好安全第一课", "平城交警走进校园。");
  CHECK(label.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: series lines, column labels and a trailing slogan pair split too",
          "[ingest]") {
  auto label = split_merged_kicker(U"平城新语 谱写现代服务业发展新篇章");
  REQUIRE(label);
  CHECK(to_utf8(label->first) == "平城新语");
  auto series =
      split_merged_kicker(U"平城区环境卫生“提档升级六大战略”系列报道之五 前端收集全路段形成常态化");
  REQUIRE(series);
  CHECK(to_utf8(series->second) == "前端收集全路段形成常态化");
  auto pair = split_merged_kicker(U"抓党建 促治理 凤鸣街道“红色管家”进小区");
  REQUIRE(pair);
  CHECK(to_utf8(pair->first) == "抓党建 促治理");
  auto tail = split_merged_kicker(U"抓党建促基层治理能力提升 党建力量“沉下去” 基层治理“活起来”");
  REQUIRE(tail);
  CHECK(to_utf8(tail->first) == "抓党建促基层治理能力提升");
  CHECK(to_utf8(tail->second) == "党建力量“沉下去” 基层治理“活起来”");
}

TEST_CASE("stack cues: a five-character column label before a long title", "[ingest]") {
  auto cut = split_merged_kicker(U"实事惠民生 东关农贸市场提档升级后重新开业");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "实事惠民生");
  CHECK_FALSE(split_merged_kicker(U"为民办实事 办好事"));  // a short title stays whole
}

TEST_CASE("stack cues: a kicker merged into a title at least three characters longer", "[ingest]") {
  auto cut = split_merged_kicker(U"关注城市更新 老街巷焕发新活力迎来八方客");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "关注城市更新");
  CHECK(to_utf8(cut->second) == "老街巷焕发新活力迎来八方客");
  // A title in two balanced parts stays whole.
  CHECK_FALSE(split_merged_kicker(U"推进垃圾分类 共建美丽家园"));
  CHECK_FALSE(split_merged_kicker(U"社区书屋开门 读书有了好去处"));
}

TEST_CASE("stack cues: two long halves on one line stay one title, as a doubt", "[ingest]") {
  // A title printed in two parts is more common than a kicker merged into it;
  // the shapes cannot tell them apart, so the line stays whole and is flagged.
  CHECK_FALSE(split_merged_kicker(U"一季度全区工业产值同比增长7.1% 增速稳居全市第一方阵"));
  CHECK(may_hold_merged_kicker(U"一季度全区工业产值同比增长7.1% 增速稳居全市第一方阵"));
  CHECK_FALSE(split_merged_kicker(U"身边的非遗传承人 一把剪刀剪出百样花"));
  CHECK(may_hold_merged_kicker(U"身边的非遗传承人 一把剪刀剪出百样花"));
  // A short slogan pair, a body before a noun phrase, a dash subtitle: no doubt.
  CHECK_FALSE(may_hold_merged_kicker(U"打击非法集资 共创和谐社会"));
  CHECK_FALSE(may_hold_merged_kicker(U"平城区环境卫生服务中心 垃圾收集网格化公示表"));
  CHECK_FALSE(may_hold_merged_kicker(U"让每本书都找到它的读者 ——访区图书馆馆长贺明远同志"));
  // Nor a notice's title after its topic, which is never cut either.
  CHECK_FALSE(may_hold_merged_kicker(U"文明祭扫绿色出行共建平安 关于清明节期间文明祭扫的倡议书"));
}

TEST_CASE("stack cues: a merged kicker is cut where the text below repeats the rest", "[ingest]") {
  const std::string text =
      "在石岭村，提起村里的女医生谷秀英，几乎没有人不知道。这位山村女医生一干就是二十年。";
  auto cut = split_echoed_kicker(U"在乡村振兴中书写巾帼担当 山村女医生", text);
  REQUIRE(cut);
  CHECK(cut->first == U"在乡村振兴中书写巾帼担当");
  CHECK(cut->second == U"山村女医生");
  // Without text, or when the text repeats the first part as much, nothing.
  CHECK_FALSE(split_echoed_kicker(U"在乡村振兴中书写巾帼担当 山村女医生", ""));
  CHECK_FALSE(split_echoed_kicker(U"在乡村振兴中书写巾帼担当 山村女医生",
                                  "在乡村振兴中书写巾帼担当，她是一名村医。"));
  // Never inside quotes, in a notice's title, or a title in two matching halves.
  const std::string rite = "清明将至，追忆先烈，文明祭扫，倡议如下。";
  CHECK_FALSE(split_echoed_kicker(U"“追忆先烈 文明祭扫”倡议书", rite));
  CHECK_FALSE(split_echoed_kicker(U"背街小巷 换了新颜", "背街小巷换了新颜，居民说换了新颜。"));
}

TEST_CASE("stack cues: two parts of unequal length before a third are no slogan pair to cut after",
          "[ingest]") {
  // 民生实事回头看 (7) / 老年大学扩容 (6): a column's name, then the title's
  // first half — not a kicker in a pair of equal halves.
  auto s = split_merged_kicker(U"民生实事回头看 老年大学扩容 更多老人圆了求学梦");
  CHECK((!s || s->first == U"民生实事回头看"));
  // A pair of equal halves before the title is cut after as before.
  auto t = split_merged_kicker(U"守护碧水蓝天 共建美丽家园 我区开展环境整治");
  REQUIRE(t);
  CHECK(t->first == U"守护碧水蓝天 共建美丽家园");
}

TEST_CASE("stack cues: a line of five characters under a long one is a title, not a subtitle",
          "[ingest]") {
  auto d = decide_two_lines(U"在乡村振兴中书写巾帼担当", U"山村女医生");
  CHECK(d.shape == TwoLineShape::kKickerTitle);
  CHECK_FALSE(d.decided_by_cue);  // still a guess the editor should check
  // A longer lower line under a long one is its subtitle, as before.
  CHECK(decide_two_lines(U"社区卫生服务站里来了大医院专家", U"家门口看专家").shape ==
        TwoLineShape::kTitleSubtitle);
}

TEST_CASE("stack cues: a column label over a title that states figures is its kicker", "[ingest]") {
  // Figures below mark a subtitle only under a title; a label of four
  // characters (five over a longer line) states nothing.
  auto four = decide_two_lines(U"智慧城区", U"全区新增充电桩420个");
  CHECK(four.shape == TwoLineShape::kKickerTitle);
  CHECK(four.decided_by_cue);
  CHECK(decide_two_lines(U"百姓身边事", U"东街菜市场新增摊位86个").shape ==
        TwoLineShape::kKickerTitle);
  // Longer upper lines are titles over their figures, as before.
  CHECK(decide_two_lines(U"城东菜市场开业", U"新增摊位86个").shape == TwoLineShape::kTitleSubtitle);
  // Five characters over a line of fewer than eight are no label: the title
  // over its figures.
  CHECK(decide_two_lines(U"秋粮丰收了", U"亩产620公斤").shape == TwoLineShape::kTitleSubtitle);
  CHECK(is_column_label_over(U"时评", 6));
  CHECK_FALSE(is_column_label_over(U"时评", 5));
  CHECK_FALSE(is_column_label_over(U"5G时代", 10));  // not all Han
}

TEST_CASE("stack cues: a body and what it says is a kicker and a notice keeps its topic",
          "[ingest]") {
  CHECK(is_organisation_line(U"平城区应急管理局提醒"));
  CHECK(is_organisation_line(U"区消防救援大队温馨提示"));
  CHECK_FALSE(is_organisation_line(U"专家提醒"));  // no body named
  CHECK_FALSE(is_organisation_line(U"冬季取暖要注意安全提醒"));
  const TwoLineDecision d = decide_two_lines(U"平城区应急管理局提醒", U"防范一氧化碳中毒“六要”");
  CHECK(d.shape == TwoLineShape::kKickerTitle);
  CHECK(d.decided_by_cue);
  CHECK_FALSE(split_merged_kicker(U"文明祭扫 绿色清明倡议书"));
  CHECK_FALSE(split_merged_kicker(U"节约用水 关于开展节水宣传周活动的通知"));
  // Its issuer is still set apart.
  auto issuer = split_merged_kicker(U"平城区民政局 养老服务补贴申领须知");
  REQUIRE(issuer);
  CHECK(issuer->first == U"平城区民政局");
}

TEST_CASE("stack cues: a lower line naming the kind of report is the subtitle", "[ingest]") {
  CHECK(names_report_kind(U"云门镇东河湾村发展乡村旅游见闻"));
  CHECK(names_report_kind(U"——平城区春季职业技能培训侧记"));
  CHECK_FALSE(names_report_kind(U"记者手记"));  // a column's name, a kicker
  CHECK_FALSE(names_report_kind(U"百亩荷塘引客来"));
  // The text below repeats the lower line more; without the cue it would be the title.
  auto d = decide_two_lines(U"百亩荷塘引客来", U"云门镇东河湾村发展乡村旅游见闻",
                            "东河湾村的荷塘里，游客划着小船穿行在荷叶间，东河湾村发展乡村旅游。");
  CHECK(d.shape == TwoLineShape::kTitleSubtitle);
  CHECK(d.decided_by_cue);
  auto column = decide_two_lines(U"记者手记", U"村委会里那张长条桌");
  CHECK(column.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: a column's name merged before a two-part title is its kicker", "[ingest]") {
  CHECK(is_column_name(U"民生实事回头看"));
  CHECK(is_column_name(U"创城进行时"));
  CHECK_FALSE(is_column_name(U"老年大学扩容"));
  CHECK_FALSE(is_column_name(U"回头看"));  // the word alone names no column
  // Only the name's shape tells (the text would repeat 民生实事 as much as the title).
  auto cut = split_merged_kicker(U"民生实事回头看 老年大学扩容 更多老人圆了求学梦");
  REQUIRE(cut);
  CHECK(cut->first == U"民生实事回头看");
  CHECK(cut->second == U"老年大学扩容 更多老人圆了求学梦");
  auto two = decide_two_lines(U"民生实事看落实", U"1386户居民喜领新房钥匙");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK(two.decided_by_cue);
}

TEST_CASE("stack cues: a voice quoted whole under a title is its subtitle", "[ingest]") {
  CHECK(is_quoted_voice(U"“以前雨天出门两脚泥，现在骑电动车十分钟就到镇上”"));
  CHECK_FALSE(is_quoted_voice(U"“一桩难求”难在哪儿"));  // quotes a word only
  CHECK_FALSE(is_quoted_voice(U"（作者系平城区委党校教师）"));
  auto d =
      decide_two_lines(U"硬化路修到了家门口", U"“以前雨天出门两脚泥，现在骑电动车十分钟就到镇上”",
                       "“以前雨天出门两脚泥，一下雨全是泥，车陷进去得好几个人推。”村民说。");
  CHECK(d.shape == TwoLineShape::kTitleSubtitle);
  CHECK(d.decided_by_cue);
}

TEST_CASE("stack cues: two long lines that both state figures are title and subtitle", "[ingest]") {
  // The text dwells on the lower line's figures; both lines count a
  // result, which no kicker does.
  const std::string text =
      "记者从区生态环境局获悉，今年上半年，全区PM2.5平均浓度为35微克/立方米，同比下降8.7%，"
      "PM2.5浓度持续下降。";
  auto both = decide_two_lines(U"上半年空气优良天数同比增加19天", U"PM2.5平均浓度下降8.7%", text);
  CHECK(both.shape == TwoLineShape::kTitleSubtitle);
  CHECK(both.decided_by_cue);
}

TEST_CASE("stack cues: a body and what it says merged before its reminder is the kicker",
          "[ingest]") {
  auto cut = split_merged_kicker(U"平城区应急管理局提醒 防范一氧化碳中毒“六要”");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "平城区应急管理局提醒");
  CHECK(to_utf8(cut->second) == "防范一氧化碳中毒“六要”");
  // A body before a noun phrase, saying nothing, heads nothing.
  CHECK_FALSE(split_merged_kicker(U"平城区环卫服务中心 垃圾收集网格化公示表"));
}

TEST_CASE("stack cues: a line naming the theme it frames is a kicker", "[ingest]") {
  CHECK(is_theme_line(U"聚焦基层治理"));
  CHECK(is_theme_line(U"寻访最美家庭"));
  CHECK_FALSE(is_theme_line(U"小网格撬动大治理"));
  CHECK_FALSE(is_theme_line(U"聚焦 基层治理"));
  // Merged before its title on one line, and over it on two.
  auto cut = split_merged_kicker(U"聚焦基层治理 小网格撬动大治理");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "聚焦基层治理");
  auto two = decide_two_lines(U"聚焦基层治理", U"小网格撬动大治理");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK(two.decided_by_cue);
}

TEST_CASE("stack cues: an occasion or an event by its edition is a kicker", "[ingest]") {
  CHECK(is_theme_line(U"写在平城高铁站开通运营一周年之际"));
  CHECK(is_theme_line(U"写在本报创刊七十周年之际"));
  CHECK(is_theme_line(U"平城区第三届农民丰收节"));
  CHECK(is_theme_line(U"平城区第二届御河半程马拉松"));
  // What happened at an event is a title; a count of times is no edition.
  CHECK_FALSE(is_theme_line(U"平城区第三届农民丰收节开幕"));
  CHECK_FALSE(is_theme_line(U"全区第十届职工运动会开幕"));
  CHECK_FALSE(is_theme_line(U"第七次全国人口普查工作启动"));
  auto two = decide_two_lines(U"平城区第三届农民丰收节", U"金秋晒丰收 村村有“好戏”");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK(two.decided_by_cue);
  two = decide_two_lines(U"写在平城高铁站开通运营一周年之际", U"一条铁路 一座城的“加速度”");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: one statement with figures under a slogan pair is the title", "[ingest]") {
  const std::string below =
      "本报讯 今年以来，平城区在13个村建起“家门口”就业工厂，村民在家门口就能上班。";
  auto two =
      decide_two_lines(U"稳岗拓岗促就业 凝心聚力惠民生", U"“家门口”就业工厂开进13个村", below);
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK_FALSE(two.decided_by_cue);
  // Figures in two parts stay the subtitle.
  two = decide_two_lines(U"打造一流营商环境 激发市场主体活力", U"签约项目12个 金额8.6亿元",
                         "本报讯 签约项目12个，金额8.6亿元。");
  CHECK(two.shape == TwoLineShape::kTitleSubtitle);
}

TEST_CASE("stack cues: a series line and the name of its subject are one kicker", "[ingest]") {
  auto two = decide_two_lines(U"“平城守艺人”系列报道之二 古城墙修缮队", U"守护古城墙的人");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK(two.decided_by_cue);
}

TEST_CASE("stack cues: a slogan pair of halves one letter apart before a title is the kicker",
          "[ingest]") {
  auto cut = split_merged_kicker(U"深化放管服改革 提升政务服务效能 “一件事一次办”跑出审批加速度");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "深化放管服改革 提升政务服务效能");
  CHECK(to_utf8(cut->second) == "“一件事一次办”跑出审批加速度");
  // A column's name first is the kicker alone ("…回头看"): the title has two parts.
  cut = split_merged_kicker(U"民生实事回头看 老年大学扩容 更多老人圆了求学梦");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "民生实事回头看");
}

TEST_CASE("stack cues: a body's reminder in two parts after it is the title", "[ingest]") {
  auto cut = split_merged_kicker(U"区教育局提醒 中考前夕 这些事项请考生留意");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "区教育局提醒");
  CHECK(to_utf8(cut->second) == "中考前夕 这些事项请考生留意");
}

TEST_CASE("stack cues: a place and a colon open a kicker", "[ingest]") {
  CHECK(opens_with_place(U"北关街道：“楼门议事会”开到居民家门口"));
  CHECK(opens_with_place(U"西坪镇：守住一河清水"));
  CHECK_FALSE(opens_with_place(U"王晓帆：我们村种谷子有几百年了"));
  CHECK_FALSE(opens_with_place(U"平城站南广场改造完工：新增车位600个"));
  auto two = decide_two_lines(U"北关街道：“楼门议事会”开到居民家门口", U"百余件民生小事就地化解");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
  CHECK(two.decided_by_cue);
}

TEST_CASE("stack cues: a body that publishes, and a body named by what it does", "[ingest]") {
  CHECK(is_organisation_line(U"区人社局发布"));
  CHECK(is_organisation_line(U"区体育事业发展中心"));
  CHECK(is_organisation_line(U"城市建设服务中心"));
  CHECK_FALSE(is_organisation_line(U"推动文旅融合发展"));
  auto two = decide_two_lines(U"区人社局发布", U"2024年第四季度部分企业用工需求");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: columns named 观察 and 访谈 are kickers", "[ingest]") {
  CHECK(is_column_name(U"乡村旅游观察"));
  CHECK(is_column_name(U"代表委员访谈"));
  CHECK(is_column_name(U"代表委员访谈录"));
  auto two = decide_two_lines(U"代表委员访谈", U"“让小微企业贷得到、贷得快”");
  CHECK(two.shape == TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: the same word at the same place in both halves is a parallel", "[ingest]") {
  auto cut = split_merged_kicker(U"老有所养 幼有所育 新华街道首家“一老一小”综合服务中心启用");
  REQUIRE(cut);
  CHECK(to_utf8(cut->first) == "老有所养 幼有所育");
  // A word repeated elsewhere is a name named again: "平城交警 交警进校园".
  auto named = split_merged_kicker(U"平城交警 交警进校园 上好安全“第一课”");
  REQUIRE(named);
  CHECK(to_utf8(named->first) == "平城交警");
}

TEST_CASE("stack cues: a title and its dash subtitle on one line are no slogan pair", "[ingest]") {
  CHECK_FALSE(is_slogan_pair(U"让每本书都找到它的读者 ——访平城区图书馆馆长屈晓梅"));
  CHECK(is_slogan_pair(U"守护碧水蓝天 共建美丽家园"));
}

TEST_CASE("stack cues: a voice said by someone named first is a quoted voice", "[ingest]") {
  CHECK(is_quoted_voice(U"老人们说：“饭菜软和，价钱实惠，比自己开火还省心。”"));
  CHECK(is_quoted_voice(U"“以前雨天出门两脚泥，现在骑电动车十分钟就到镇上”"));
  CHECK_FALSE(is_quoted_voice(U"老人们说：“好”"));
  CHECK_FALSE(is_quoted_voice(U"记者：“饭菜软和吗？”他笑着点头，价钱也实惠"));
}

TEST_CASE("stack cues: a named body's deed over a line in images is kicker and title", "[ingest]") {
  // 实引虚主: the fact (a named body or place and what it did) is the kicker,
  // the image under it — a word in quotes, a voice, a pair of halves — the title.
  CHECK(decide_two_lines(U"西河镇卫生院组建8支家庭医生团队", U"“大夫把药箱背进了院子！”").shape ==
        TwoLineShape::kKickerTitle);
  CHECK(decide_two_lines(U"东坡村探索土地托管新路子", U"“田管家”包到底 农户省心又增收").shape ==
        TwoLineShape::kKickerTitle);
  CHECK(decide_two_lines(U"城关剧社坚持送戏下乡二十年", U"锣鼓一响 乡亲们乐了").shape ==
        TwoLineShape::kKickerTitle);
  // 虚主实副: the image over the plain statement is the title over its subtitle.
  CHECK(decide_two_lines(U"小菜园种出“大收成”", U"东坡村120户发展庭院经济 户均增收3000元").shape ==
        TwoLineShape::kTitleSubtitle);
  // No body or place named first (城区 names none): a voice under a statement
  // stays its subtitle; figures in two halves are no image.
  CHECK(decide_two_lines(U"城区六个平价蔬菜点保供节日餐桌", U"“在家门口就能买到便宜菜”").shape ==
        TwoLineShape::kTitleSubtitle);
  CHECK(decide_two_lines(U"东坡村秋季招商推介会成功举办", U"签约项目8个 金额3.6亿元").shape ==
        TwoLineShape::kTitleSubtitle);
  // A line that names no body first (助力乡村… is a verb's phrase, though 乡村
  // ends on 村) keeps the voice under it as its subtitle.
  CHECK(decide_two_lines(U"助力乡村振兴的农机好帮手", U"“农机一来，地里的活就轻松了”").shape ==
        TwoLineShape::kTitleSubtitle);
}

TEST_CASE("stack cues: an image of six or seven letters under a named deed is the title",
          "[ingest]") {
  CHECK(decide_two_lines(U"西坪镇把便民服务站开到了集市上", U"赶集顺便“办个事”").shape ==
        TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: a time that frames the news is a kicker", "[ingest]") {
  CHECK(is_theme_line(U"国庆将至"));
  CHECK(is_theme_line(U"“五一”临近"));
  CHECK(is_theme_line(U"新学期开学首日"));
  CHECK(is_theme_line(U"汛期来临"));
  CHECK_FALSE(is_theme_line(U"汛期将至 防汛这根弦必须绷紧"));             // two parts: no frame
  CHECK_FALSE(is_theme_line(U"全区迎来今冬首场降雪的第一个工作日前夕"));  // too long for a frame
  CHECK(decide_two_lines(U"中秋将至", U"18家商户因明码标价不规范被约谈").shape ==
        TwoLineShape::kKickerTitle);
}

TEST_CASE("stack cues: a short column named by its kind of report is a kicker", "[ingest]") {
  CHECK(decide_two_lines(U"社区蹲点手记", U"楼道里的“共享工具箱”").shape ==
        TwoLineShape::kKickerTitle);
  CHECK(decide_two_lines(U"乡村教师走访札记", U"山坳里的读书声").decided_by_cue);
  // A short title ending on 故事 names no column.
  CHECK_FALSE(decide_two_lines(U"一面锦旗背后的故事", U"医生深夜出诊救回一条命").decided_by_cue);
  // A long one under the title is its subtitle, and so is a dash line.
  CHECK(decide_two_lines(U"山坳里的读书声", U"东坡村小学坚持二十年送教上门纪实").shape ==
        TwoLineShape::kTitleSubtitle);
}
