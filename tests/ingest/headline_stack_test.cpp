#include "ingest/headline_stack.h"

#include <catch2/catch.hpp>

using namespace gazette::ingest;

namespace {

HeadlineStack stack_of(const std::string& text, std::optional<std::string> page_name = {},
                       const std::string& below = "") {
  static std::vector<Unit> units;  // kept alive for the pointers
  units = make_units(text, {});
  std::vector<const Unit*> run;
  for (const auto& u : units) run.push_back(&u);
  return resolve_stack(run, page_name, below);
}

}  // namespace

TEST_CASE("headline stack: kicker, title and —— subtitle", "[ingest]") {
  auto st = stack_of(
      "在跨入第一方阵中彰显平城担当 怎么看 怎么办\n\n发展社区经济 "
      "提升幸福指数\n\n——访平城区新华街道党工委负责人周玉芳\n");
  REQUIRE(st.title);
  CHECK(st.title->text == "发展社区经济 提升幸福指数");
  CHECK(join_lines(st.kicker) == "在跨入第一方阵中彰显平城担当 怎么看 怎么办");
  CHECK(join_lines(st.subtitle) == "——访平城区新华街道党工委负责人周玉芳");
}

TEST_CASE("headline stack: the page name and short page labels are banners", "[ingest]") {
  auto st = stack_of(
      "平城头条\n\n平城区环境卫生“提档升级六大战略”系列报道之五\n\n前端收集全路段形成常态化\n",
      "平城头条");
  CHECK(st.banners.size() == 1);
  CHECK(st.title->text == "前端收集全路段形成常态化");
  CHECK(join_lines(st.kicker) == "平城区环境卫生“提档升级六大战略”系列报道之五");
  auto guess = stack_of("平城头条\n\n前端收集全路段形成常态化\n");
  CHECK(guess.banners.size() == 1);
  CHECK(guess.kicker.empty());
}

TEST_CASE("headline stack: two kicker lines join", "[ingest]") {
  auto st = stack_of(
      "“创城，环卫在行动”系列报道（二）\n\n平城区环卫服务中心\n\n前端收集网格化 垃圾转运不落地\n");
  CHECK(st.title->text == "前端收集网格化 垃圾转运不落地");
  CHECK(join_lines(st.kicker) == "“创城，环卫在行动”系列报道（二） 平城区环卫服务中心");
}

TEST_CASE("headline stack: Markdown markers decide", "[ingest]") {
  auto st =
      stack_of("做好“六稳” 落实“六保”\n\n### 平城新语\n\n## 谱写现代服务业发展新篇章\n\n闫昌\n");
  CHECK(st.banners.size() == 1);
  CHECK(st.banners[0].text == "做好“六稳” 落实“六保”");
  CHECK(join_lines(st.kicker) == "平城新语");
  CHECK(st.title->text == "谱写现代服务业发展新篇章");
  REQUIRE(st.signature);
  CHECK(st.signature_names == std::vector<std::string>{"闫昌"});
  auto two = stack_of(
      "## 创新治理服务 打造美丽社区\n\n## "
      "全力做好第七次全国人口普查工作\n\n各街道社区措施好行动快\n");
  CHECK(two.banners.size() == 1);
  CHECK(two.title->text == "全力做好第七次全国人口普查工作");
  CHECK(join_lines(two.subtitle) == "各街道社区措施好行动快");
}

TEST_CASE("headline stack: five unfinished characters under a marked title open the text",
          "[ingest]") {
  static std::vector<Unit> units;
  units = make_units("## 全区公交线路夏季运营时间调整\n\n为方便市民\n", {});
  std::vector<const Unit*> run;
  for (const auto& u : units) run.push_back(&u);
  auto st = resolve_stack(run, {}, "出行，自6月1日起，全区公交线路运营时间调整如下。");
  CHECK(st.title->text == "全区公交线路夏季运营时间调整");
  CHECK(st.subtitle.empty());
  REQUIRE(st.lead_pieces.size() == 1);
  CHECK(st.lead_pieces[0]->text == "为方便市民");
  // Over a dateline it stays the subtitle; so does a longer line.
  auto dated = resolve_stack(run, {}, "本报讯（记者 孔明）6月1日起，全区公交线路运营时间调整。");
  CHECK(join_lines(dated.subtitle) == "为方便市民");
  units = make_units("## 全区公交线路夏季运营时间调整\n\n首末班时间各延长半小时\n", {});
  run.clear();
  for (const auto& u : units) run.push_back(&u);
  CHECK(join_lines(resolve_stack(run, {}, "自6月1日起，全区公交线路运营时间调整如下。").subtitle) ==
        "首末班时间各延长半小时");
}

TEST_CASE("headline stack: bylines and photos are collected", "[ingest]") {
  auto st = stack_of(
      "## 平城区全力打造现代服务业高质量发展新引擎\n\n本报记者 纪元\n\n全路段垃圾收集。 "
      "邱东芳摄\n");
  CHECK(st.bylines.size() == 1);
  CHECK(st.photos.size() == 1);
  CHECK(st.title->text == "平城区全力打造现代服务业高质量发展新引擎");
}

TEST_CASE("headline stack: three unmarked lines are kicker, title, subtitle", "[ingest]") {
  auto st = stack_of(
      "守护碧水蓝天 共建美丽家园\n\n我区全面开展河道清淤\n\n清理河道26公里 疏通管网80处\n");
  CHECK(join_lines(st.kicker) == "守护碧水蓝天 共建美丽家园");
  CHECK(st.title->text == "我区全面开展河道清淤");
  CHECK(join_lines(st.subtitle) == "清理河道26公里 疏通管网80处");
  CHECK_FALSE(st.doubt);
  // A short label on top is a banner; the other two go by cues (two long
  // statements: title and subtitle, in doubt).
  auto label = stack_of("民生直通车\n\n老旧小区改造提速\n\n居民出行更方便了\n");
  CHECK(label.banners.size() == 1);
  CHECK(label.banners[0].text == "民生直通车");
  CHECK(label.title->text == "老旧小区改造提速");
  CHECK(join_lines(label.subtitle) == "居民出行更方便了");
  CHECK(label.doubt);
  // A short line naming a body (a street office, a bureau) is no banner: it
  // is the kicker of a full stack.
  auto place = stack_of("城东街道\n\n闲置地块变身便民停车场\n\n周边居民停车难问题得到缓解\n");
  CHECK(place.banners.empty());
  CHECK(join_lines(place.kicker) == "城东街道");
  CHECK(place.title->text == "闲置地块变身便民停车场");
  CHECK(join_lines(place.subtitle) == "周边居民停车难问题得到缓解");
  // Over a title and a subtitle that states figures, it completes the
  // stack: the kicker (a recurring column label is known as a banner and
  // never reaches the stack).
  auto full = stack_of(
      "实事惠民生\n\n东关农贸市场提档升级后重新开业\n\n新增摊位180个 改造面积1.2万平方米\n");
  CHECK(full.banners.empty());
  CHECK(join_lines(full.kicker) == "实事惠民生");
  CHECK(full.title->text == "东关农贸市场提档升级后重新开业");
  CHECK(join_lines(full.subtitle) == "新增摊位180个 改造面积1.2万平方米");
  // A column label in the middle is the title's kicker, not a title over
  // figures: the slogan above it is a banner.
  auto labelled = stack_of("守护碧水蓝天 共建美丽家园\n\n智慧城区\n\n全区新增充电桩420个\n");
  REQUIRE(labelled.banners.size() == 1);
  CHECK(labelled.banners[0].text == "守护碧水蓝天 共建美丽家园");
  CHECK(join_lines(labelled.kicker) == "智慧城区");
  CHECK(labelled.title->text == "全区新增充电桩420个");
  CHECK(labelled.subtitle.empty());
}

TEST_CASE("headline stack: two lines by cues, a doubt when none tells", "[ingest]") {
  auto sub = stack_of("招商引资跑出加速度\n\n签约项目12个 金额8.6亿元\n");
  CHECK(sub.kicker.empty());
  CHECK(sub.title->text == "招商引资跑出加速度");
  CHECK(join_lines(sub.subtitle) == "签约项目12个 金额8.6亿元");
  auto unsure = stack_of("老旧小区焕新颜\n\n居民生活更舒心\n");
  CHECK(join_lines(unsure.kicker) == "老旧小区焕新颜");
  CHECK(unsure.doubt);
}

TEST_CASE("headline stack: a title line in two long parts stays whole, in doubt", "[ingest]") {
  auto two = stack_of("一季度全区工业产值同比增长7.1% 增速稳居全市第一方阵\n");
  CHECK(two.kicker.empty());
  CHECK(two.title->text == "一季度全区工业产值同比增长7.1% 增速稳居全市第一方阵");
  CHECK(two.two_part_title);
  // A body's name merged before its title is still cut, with no doubt.
  auto org = stack_of("区市场监管局 节前抽检年货食品312批次\n");
  CHECK(join_lines(org.kicker) == "区市场监管局");
  CHECK_FALSE(org.two_part_title);
}

TEST_CASE("headline stack: one line holding title and dash subtitle, or kicker and title",
          "[ingest]") {
  auto dash = stack_of("平城区召开经济工作会议——部署明年重点任务\n");
  CHECK(dash.title->text == "平城区召开经济工作会议");
  CHECK(join_lines(dash.subtitle) == "——部署明年重点任务");
  CHECK(dash.subtitle[0].line == dash.title->line);
  auto merged = stack_of("某某区供热公司 提前试水 保障温暖\n");
  CHECK(join_lines(merged.kicker) == "某某区供热公司");
  CHECK(merged.title->text == "提前试水 保障温暖");
}

TEST_CASE("headline stack: a kicker printed on two lines at its space", "[ingest]") {
  auto st = stack_of(
      "依托“六新”“六最”\n\n致力“六稳”“六保”\n\n平城区全力打造现代服务业高质量发展新引擎\n");
  REQUIRE(st.title);
  CHECK(join_lines(st.kicker) == "依托“六新”“六最” 致力“六稳”“六保”");
  CHECK(st.title->text == "平城区全力打造现代服务业高质量发展新引擎");
  CHECK(st.subtitle.empty());
  // A third line with figures, or not longer than both halves, stays the
  // subtitle.
  auto sub = stack_of("依托“六新”“六最”\n\n致力“六稳”“六保”\n\n新引擎建成投用\n");
  CHECK(join_lines(sub.kicker) == "依托“六新”“六最”");
  CHECK(join_lines(sub.subtitle) == "新引擎建成投用");
}

TEST_CASE("headline stack: a slogan pair merged into the title over a second line", "[ingest]") {
  // kicker and title on one line, the subtitle below: not kicker over title.
  const std::string below =  // the two paragraphs below, as OCR'd with ASCII marks
      "本报讯(记者 邓家明 钟灵)记者从平城区文物局获悉,第四次全国文物普查平城区实地调查阶段"
      "工作日前结束,共新发现不可移动文物遗存17处。"
      "在新发现的遗存中,位于城郊南泉村北侧台地上的一处辽金时期窑址尤为引人关注。";
  auto st =
      stack_of("保护文化遗产 赓续历史文脉 文物普查新发现17处遗存\n\n辽金时期窑址首次在城郊发现\n",
               {}, below);
  REQUIRE(st.title);
  CHECK(join_lines(st.kicker) == "保护文化遗产 赓续历史文脉");
  CHECK(st.title->text == "文物普查新发现17处遗存");
  CHECK(join_lines(st.subtitle) == "辽金时期窑址首次在城郊发现");
  // A long kicker of three parts that are no slogan pair stays the kicker.
  auto k = stack_of("在跨入第一方阵中彰显平城担当 怎么看 怎么办\n\n发展社区经济 提升幸福指数\n");
  REQUIRE(k.title);
  CHECK(join_lines(k.kicker) == "在跨入第一方阵中彰显平城担当 怎么看 怎么办");
  CHECK(k.title->text == "发展社区经济 提升幸福指数");
  CHECK(k.subtitle.empty());
}

TEST_CASE("headline stack: a short label over a title and a figures subtitle, both with figures",
          "[ingest]") {
  auto st = stack_of("乡村新能源\n\n屋顶装上光伏板 村民年增收3000元\n\n7个村612户村民以屋顶入股\n");
  REQUIRE(st.title);
  CHECK(join_lines(st.kicker) == "乡村新能源");
  CHECK(st.title->text == "屋顶装上光伏板 村民年增收3000元");
  CHECK(join_lines(st.subtitle) == "7个村612户村民以屋顶入股");
  CHECK(st.banners.empty());
}

TEST_CASE("headline stack: a line over a kicker of its own shape is a banner", "[ingest]") {
  // A slogan over a series line and its title.
  auto st = stack_of("文明出行 从我做起\n\n“走进老字号”系列报道之三\n\n百年铜器铺的坚守与新生\n");
  REQUIRE(st.title);
  CHECK(st.title->text == "百年铜器铺的坚守与新生");
  CHECK(join_lines(st.kicker) == "“走进老字号”系列报道之三");
  REQUIRE(st.banners.size() == 1);
  CHECK(st.banners[0].text == "文明出行 从我做起");
  // Two lines of a kicker's shape are both the kicker.
  auto both = stack_of(
      "“创城，环卫在行动”系列报道（二）\n\n平城区环卫服务中心\n\n前端收集网格化 垃圾转运不落地\n");
  CHECK(join_lines(both.kicker) == "“创城，环卫在行动”系列报道（二） 平城区环卫服务中心");
  CHECK(both.banners.empty());
}

TEST_CASE("headline stack: a short label over a long title and a subtitle in two parts",
          "[ingest]") {
  auto st = stack_of(
      "民生一线\n\n区政府常务会议审议通过《平城区物业服务收费管理办法》\n\n"
      "物业费分五级定价 业主可“看单付费”\n");
  REQUIRE(st.title);
  CHECK(st.title->text == "区政府常务会议审议通过《平城区物业服务收费管理办法》");
  CHECK(join_lines(st.kicker) == "民生一线");
  CHECK(join_lines(st.subtitle) == "物业费分五级定价 业主可“看单付费”");
  CHECK(st.banners.empty());
  // A kicker of its own shape in the middle keeps the line above a banner.
  auto two =
      stack_of("为民办实事\n\n写在平城高铁站开通运营一周年之际\n\n一条铁路 一座城的“加速度”\n");
  REQUIRE(two.title);
  CHECK(two.title->text == "一条铁路 一座城的“加速度”");
  CHECK(join_lines(two.kicker) == "写在平城高铁站开通运营一周年之际");
}

TEST_CASE("headline stack: a kicker by its shape merged into its title, then the subtitle",
          "[ingest]") {
  auto st =
      stack_of("写在“119”消防宣传月之际 警铃响起之后\n\n跟随新华路消防救援站度过一个冬夜\n", {},
               "晚上7点，新华路消防救援站的食堂里刚刚开饭，指战员们端着碗，吃得很快。"
               "“吃饭不能慢，说不定下一秒警铃就响了。”站长杜海涛笑着说。");
  REQUIRE(st.title);
  CHECK(join_lines(st.kicker) == "写在“119”消防宣传月之际");
  CHECK(st.title->text == "警铃响起之后");
  CHECK(join_lines(st.subtitle) == "跟随新华路消防救援站度过一个冬夜");
  // A series and a body on one line are one kicker.
  st = stack_of(
      "“创城，环卫在行动”系列报道（二） 平城区环卫服务中心\n\n前端收集网格化 垃圾转运不落地\n");
  REQUIRE(st.title);
  CHECK(join_lines(st.kicker) == "“创城，环卫在行动”系列报道（二） 平城区环卫服务中心");
  CHECK(st.title->text == "前端收集网格化 垃圾转运不落地");
}
