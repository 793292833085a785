#include "ingest/relocate.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "ingest/segmenter.h"

using namespace gazette::ingest;

namespace {

PageImport seg(const std::string& text) { return segment_page(make_units(text, {}), "t.txt", {}); }

const char* kPage =
    "数据呼叫产业\n\n本报讯（记者 "
    "孙露）平城区大力发展数据标注呼叫产业等大数据服务产业，大数据服务基地入驻两家企业。\n\n"
    "呼叫中心属于人才密集型产业，数据呼叫能够有效解决就业。\n\n"
    "孙秀兰讲党课\n\n本报讯（记者 双红）全国劳动模范孙秀兰受邀为街道党员干部上了一堂党课。\n\n"
    "孙秀兰是环卫工，一家三代都是环卫工人，劳模精神激励党员干部。\n\n"
    "党员干部纷纷表示要以孙秀兰为榜样，弘扬劳模精神。\n\n"
    "平城区培育发展数据标注呼叫产业等大数据服务产业，大数据服务基地吸引企业入驻。\n\n"
    "大数据服务基地入驻企业有两家，主要承揽数据呼叫业务。\n";

}  // namespace

TEST_CASE("relocate: a tail about another article's topic moves back to it", "[ingest]") {
  PageImport p = seg(kPage);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 5);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 4);
  CHECK(p.articles[1].body.size() == 3);
  CHECK(p.articles[0].notes.size() == 1);
  CHECK(p.articles[1].notes.size() == 1);
}

TEST_CASE("relocate: a tail that names what only a headline names moves back to it", "[ingest]") {
  // The market is named in the first article's title, never in its text:
  // the tail printed after the next article is its own all the same.
  PageImport p =
      seg("东坡菜市场改造完工重新开业\n\n"
          "本报讯（记者 林向东）10月8日，经过5个月的施工，新大厅迎来首批顾客。\n\n"
          "新大厅划分为蔬菜、肉类、水产等8个区域，新增摊位180个，配套建设了检测室。\n\n"
          "垃圾收集全路段常态化\n\n"
          "本报讯（记者 邱东芳）今年以来，区环卫中心推行临街商铺垃圾定时定点收集。\n\n"
          "每个门店每天平均产生生活垃圾2公斤，临街商铺的垃圾由专车收运。\n\n"
          "区环卫中心呼吁商户按规定时限倾倒垃圾，共同维护街面整洁。\n\n"
          "据了解，东坡菜市场改造是今年确定的民生实事之一，全区计划改造菜市场6个。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 4);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body.back().text.find("据了解，东坡菜市场") == 0);
  CHECK(p.articles[1].body.size() == 3);
}

TEST_CASE("relocate: a cut paragraph goes on in text that names what only its headline names",
          "[ingest]") {
  PageImport p =
      seg("东坡菜市场改造完工重新开业\n\n"
          "本报讯（记者 林向东）10月8日，经过5个月的施工，新大厅迎来首批顾客。\n\n"
          "新大厅划分为蔬菜、肉类、水产等8个区域，新增摊位180个，\n\n"
          "垃圾收集全路段常态化\n\n"
          "本报讯（记者 邱东芳）今年以来，区环卫中心推行临街商铺垃圾定时定点收集。\n\n"
          "区环卫中心呼吁商户按规定时限倾倒垃圾，共同维护街面整洁。\n\n"
          "东坡菜市场改造是今年确定的民生实事之一，全区计划改造菜市场6个。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text.find("新增摊位180个，东坡菜市场改造") != std::string::npos);
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a tail with a list inside it moves back whole", "[ingest]") {
  // The interview's next turns, a list among them, printed after a news item.
  PageImport p =
      seg("电动自行车管理办法明年起施行\n\n"
          "问：电动自行车管理办法出台的背景是什么？\n\n"
          "答：全区电动自行车保有量已超过32万辆，电动自行车管理办法对登记上牌作出规定。\n\n"
          "平城区获评先进区\n\n"
          "本报讯（记者 宋嘉禾）近日，平城区获评全省县域经济高质量发展先进区。\n\n"
          "据了解，此次评选从经济总量、发展质量、创新能力等方面综合考评。\n\n"
          "问：骑电动自行车上路要注意什么？\n\n答：管理办法明确了几条规定：\n\n"
          "驾驶电动自行车应当佩戴安全头盔；\n不得加装、改装电动自行车；\n"
          "电动自行车不得在机动车道内行驶。\n\n"
          "问：违反电动自行车管理办法会怎么处罚？\n\n答：对不戴头盔的电动自行车驾驶人予以警告。\n");
  REQUIRE(p.articles.size() == 2);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].body.size() == 2);
  CHECK(std::any_of(p.articles[0].body.begin(), p.articles[0].body.end(),
                    [](const BodyBlock& b) { return b.kind == BodyBlock::Kind::kList; }));
}

TEST_CASE("relocate: a brief of one dated paragraph gives back all the text after it", "[ingest]") {
  // The blood-donation brief is one paragraph under its dateline; both of
  // the recruitment article's paragraphs after it go back, not only the last.
  PageImport p =
      seg("“家门口招聘”把岗位送到社区\n\n"
          "本报讯（记者 "
          "崔立伟）6月28日，一场“家门口招聘”活动在城东街道向阳社区广场举行，28家企业带来岗位500多个"
          "。\n\n"
          "今年以来，平城区人力资源和社会保障局把招聘会从人才市场搬到了社区，分批次举办专场招聘活动"
          "。\n\n"
          "爱心献血屋一周采血逾4万毫升\n\n"
          "本报讯（记者 "
          "裴雪）记者从市中心血站获悉，爱心献血屋一周共接待献血者163人次，采集全血4.15万毫升。\n\n"
          "招聘现场还设置了政策咨询台，工作人员为求职者讲解创业担保贷款等政策，并提供简历指导。\n\n"
          "据统计，今年全区已举办各类“家门口招聘”活动34场，达成就业意向2100余人。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 3);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 4);
  CHECK(p.articles[1].body.size() == 1);

  // One paragraph after the brief goes back alone too.
  PageImport one =
      seg("“家门口招聘”把岗位送到社区\n\n"
          "本报讯（记者 "
          "崔立伟）6月28日，一场“家门口招聘”活动在城东街道向阳社区广场举行，28家企业带来岗位500多个"
          "。\n\n"
          "今年以来，平城区人力资源和社会保障局把招聘会从人才市场搬到了社区，分批次举办专场招聘活动"
          "。\n\n"
          "爱心献血屋一周采血逾4万毫升\n\n"
          "本报讯（记者 "
          "裴雪）记者从市中心血站获悉，爱心献血屋一周共接待献血者163人次，采集全血4.15万毫升。\n\n"
          "据统计，今年全区已举办各类“家门口招聘”活动34场，达成就业意向2100余人。\n");
  REQUIRE(one.articles.size() == 2);
  relocate_continuations(one);
  CHECK(one.articles[0].body.size() == 3);
  CHECK(one.articles[1].body.size() == 1);
}

TEST_CASE("relocate: articles on related topics stay whole", "[ingest]") {
  PageImport p =
      seg("服务业新引擎\n\n本报记者 "
          "纪元\n\n平城区服务业发展取得实质性突破，前三季度增速位居全市第一。\n\n"
          "平城区不断扩大总量规模，释放服务业发展活力。\n\n"
          "谱写新篇章\n\n闫昌\n\n服务业是经济社会发展的重要引擎，是吸纳就业的主要渠道。\n\n"
          "面对困难和挑战，平城区通过释放服务业发展活力走出了新速度。\n\n"
          "展望未来，服务业依然大有可为，我们要正视机遇和挑战。\n");
  REQUIRE(p.articles.size() == 2);
  size_t before = p.articles[1].body.size();
  relocate_continuations(p);
  CHECK(p.articles[1].body.size() == before);
}

TEST_CASE("relocate: a cut paragraph's continuation printed after another article is joined back",
          "[ingest]") {
  PageImport p =
      seg("剪纸传人\n\n本报讯（记者 魏红梅）邱淑芬的剪纸作品多次获奖。\n\n"
          "她最喜欢剪的是古城的街巷，作品走出国门，到国外展出，受到观众的称赞。看到越来越多的年轻人"
          "喜欢上剪纸\n\n"
          "古城灯会开幕\n\n本报讯（记者 李强）古城灯会昨晚开幕，游人如织。\n\n"
          "灯会将持续到正月十五。\n\n"
          "艺术，她觉得比自己得了奖还高兴。邱淑芬的剪纸作品受到观众的称赞。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text ==
        "她最喜欢剪的是古城的街巷，作品走出国门，到国外展出，受到观众的称赞。看到越来越多的年轻人喜"
        "欢上剪纸"
        "艺术，她觉得比自己得了奖还高兴。邱淑芬的剪纸作品受到观众的称赞。");
  CHECK(p.articles[1].body.size() == 2);
  CHECK(p.articles[0].notes.size() == 1);
  CHECK(p.articles[1].notes.size() == 1);
}

TEST_CASE("relocate: a continuation whose first words and the cut's last the page prints whole",
          "[ingest]") {
  // "经济" / "发展方面…": the page prints 经济发展 whole once, in the cut
  // article's own text.
  PageImport p =
      seg("桃源街道办实事\n\n本报讯（记者 黄文静）街道在民生保障和经济发展上下功夫。在经济\n\n"
          "古城灯会开幕\n\n本报讯（记者 李强）古城灯会昨晚开幕，游人如织。\n\n"
          "灯会将持续到正月十五。\n\n发展方面，引进企业37家，新增税收1800万元。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  CHECK(p.articles[0].body.back().text ==
        "本报讯（记者 黄文静）街道在民生保障和经济发展上下功夫。在经济发展方面，引进企业37家，"
        "新增税收1800万元。");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a note under a wedged table is the table's, not the cut article's",
          "[ingest]") {
  // The note repeats the table's row labels (居民用户): it stays under the
  // table, and the cut paragraph goes on with the text after it.
  PageImport p = seg(
      "一场特殊的招聘会\n\n本报讯（记者 "
      "郁文博）区残联举办残疾人专场招聘会，残疾人求职者排起长队。\n\n"
      "本次招聘会共有42家企业参加，\n\n"
      "城区供热收费标准\n\n"
      "用户类别\t收费标准\t备注\n居民用户\t4.8元/平方米\t按月\n非居民用户\t6.2元/平方米\t按月\n\n"
      "居民用户请于10月31日前缴纳采暖费，非居民用户和残疾人家庭可到营业厅办理。\n\n"
      "提供岗位320个，初步达成就业意向的残疾人求职者有61人，招聘会还设了残疾人就业咨询台。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].body.back().text.find("本次招聘会共有42家企业参加，提供岗位320个") == 0);
  REQUIRE(p.articles[1].body.size() == 2);
  CHECK(p.articles[1].body.back().text.find("居民用户请于") == 0);
}

TEST_CASE("relocate: a table's note printed after a notice's signature goes back under the table",
          "[ingest]") {
  // The note's words say little of the table (its labels: 品名 白菜 猪肉):
  // its label (注：) and the table's open end place it.
  const std::string table =
      "九月份主要农副产品零售价格\n\n"
      "品名\t单位\t均价\t环比\n白菜\t元/斤\t1.20\t-3.2%\n猪肉\t元/斤\t13.60\t+1.5%\n\n";
  const std::string notice =
      "关于临时停水的通知\n\n各居民小区、广大市民：\n\n因管网维修，城区部分区域停水一天。\n\n"
      "平城区自来水公司\n2024年10月21日\n\n";
  const std::string note = "注：数据为全区4个农贸市场和3家超市监测的平均值，仅供市民购物时参考。\n";
  PageImport p = seg(table + notice + note);
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text.find("注：") == 0);
  CHECK(p.articles[1].body.back().kind == BodyBlock::Kind::kLines);
  CHECK(p.articles[0].notes.size() == 1);

  // Under a table that has its note already, or with no table on the page, it stays.
  const std::string other = "注：停水期间请居民提前储水，恢复供水后先放水几分钟。\n";
  PageImport noted = seg(table + note + "\n" + notice + other);
  REQUIRE(noted.articles.size() == 3);
  relocate_continuations(noted);
  REQUIRE(noted.articles.size() == 3);
  CHECK(noted.articles.back().body.back().text.find("注：停水") == 0);
  // A fragment of the note that holds a photo keeps both (nothing is lost).
  PageImport pictured = seg(table + notice + "\n\n工人在抢修供水管道。 张三摄\n\n" + note);
  size_t photos = 0;
  for (const auto& a : pictured.articles) photos += a.photos.size();
  relocate_continuations(pictured);
  size_t after = 0;
  for (const auto& a : pictured.articles) after += a.photos.size();
  CHECK(after == photos);
  // A news item's own note, about it, stays with it though a list ends the notice before.
  PageImport own =
      seg("冬季用电安全提示\n\n广大居民朋友：\n\n冬季取暖用电增多，请注意以下几点：\n\n"
          "- 一、不私拉乱接电线。\n- 二、不使用劣质电器。\n\n"
          "十年守护山里娃\n\n本报讯（记者 "
          "林向东）山坳里的小学只有一名老师，她为山里的学生坚守了十年。\n\n"
          "十年间，她送走了一届又一届学生。\n\n注：文中受访学生均为化名。\n");
  REQUIRE(own.articles.size() == 2);
  relocate_continuations(own);
  CHECK(own.articles[1].body.back().text == "注：文中受访学生均为化名。");
  PageImport no_table = seg(notice + note);
  REQUIRE(no_table.articles.size() == 2);
  relocate_continuations(no_table);
  CHECK(no_table.articles.size() == 2);
}

TEST_CASE("relocate: a cut paragraph with no continuation on the page stays as it is", "[ingest]") {
  PageImport p = seg(
      "剪纸传人\n\n本报讯（记者 魏红梅）邱淑芬的剪纸作品多次获奖。看到越来越多的年轻人喜欢上\n\n"
      "古城灯会开幕\n\n本报讯（记者 "
      "李强）古城灯会昨晚开幕，游人如织。\n\n灯会将持续到正月十五。\n");
  reconnect_cut_paragraphs(p);
  CHECK(p.articles[0].body.size() == 1);
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a fragment after a notice that is another article's last paragraphs",
          "[ingest]") {
  PageImport p = seg(
      "剪纸传人\n\n本报讯（记者 魏红梅）邱淑芬的剪纸作品多次获奖，剪纸作品走出国门。\n\n"
      "关于停水的通知\n\n因管网维修，城区部分区域停水一天。\n\n平城区自来水公司\n2023年7月20日\n\n"
      "邱淑芬说，剪纸作品走出国门，是她最高兴的事。\n");
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].body[1].text == "邱淑芬说，剪纸作品走出国门，是她最高兴的事。");
}

TEST_CASE("relocate: a photo printed inside a moved tail moves with it", "[ingest]") {
  Article from, to;
  BodyBlock own, tail1, tail2;
  own.text = "孙秀兰是环卫工。";
  own.lines = {10};
  tail1.text = "大数据服务基地入驻两家企业。";
  tail1.lines = {20};
  tail2.text = "大数据服务基地承揽数据呼叫业务。";
  tail2.lines = {26};
  from.body = {own, tail1, tail2};
  from.lines = {8, 10, 20, 23, 24, 26, 30, 31};
  from.photos = {{"大数据服务基地一角。", "孙露摄", "孙露", 23},
                 {"孙秀兰在清扫街道。", "双红摄", "双红", 30}};
  move_tail(from, 1, to);
  REQUIRE(to.photos.size() == 1);
  CHECK(to.photos[0].caption == "大数据服务基地一角。");
  REQUIRE(from.photos.size() == 1);
  CHECK(from.photos[0].caption == "孙秀兰在清扫街道。");
  CHECK(from.lines == std::vector<int>{8, 10, 30, 31});
  std::vector<int> moved = to.lines;
  std::sort(moved.begin(), moved.end());
  CHECK(moved == std::vector<int>{20, 23, 24, 26});
}

TEST_CASE("relocate: a photo printed just before a moved tail goes with it when it is about it",
          "[ingest]") {
  std::string page = kPage;
  const std::string tail = "平城区培育发展数据标注呼叫产业";
  page.insert(page.find(tail), "\n大数据服务基地的呼叫中心。 孙露摄\n\n");
  PageImport p = seg(page);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].photos.size() == 1);
  relocate_continuations(p);
  CHECK(p.articles[1].photos.empty());
  REQUIRE(p.articles[0].photos.size() == 1);
  CHECK(p.articles[0].photos[0].caption == "大数据服务基地的呼叫中心。");
}

TEST_CASE("relocate: a photo before a moved tail about the article it is in stays", "[ingest]") {
  std::string page = kPage;
  const std::string tail = "平城区培育发展数据标注呼叫产业";
  page.insert(page.find(tail), "\n孙秀兰为党员干部讲党课。 双红摄\n\n");
  PageImport p = seg(page);
  REQUIRE(p.articles.size() == 2);
  relocate_continuations(p);
  CHECK(p.articles[0].photos.empty());
  CHECK(p.articles[1].photos.size() == 1);
}

TEST_CASE("relocate: a photo printed just before a cut paragraph's continuation goes with it",
          "[ingest]") {
  PageImport p =
      seg("剪纸传人\n\n本报讯（记者 魏红梅）邱淑芬的剪纸作品多次获奖。\n\n"
          "她最喜欢剪的是古城的街巷，作品走出国门，到国外展出，受到观众的称赞。看到越来越多的年轻人"
          "喜欢上剪纸\n\n"
          "古城灯会开幕\n\n本报讯（记者 李强）古城灯会昨晚开幕，游人如织。\n\n"
          "灯会将持续到正月十五。\n\n\n"
          "邱淑芬在展示剪纸作品。 魏红梅摄\n\n"
          "艺术，她觉得比自己得了奖还高兴。邱淑芬的剪纸作品受到观众的称赞。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].photos.size() == 1);
  reconnect_cut_paragraphs(p);
  CHECK(p.articles[1].photos.empty());
  REQUIRE(p.articles[0].photos.size() == 1);
  CHECK(p.articles[0].photos[0].caption == "邱淑芬在展示剪纸作品。");
}

TEST_CASE("relocate: a tail signed by its article's own byline below it stays", "[ingest]") {
  // The same page as kPage, but the second article's byline is printed after
  // its last paragraphs: they are its own text, whatever their topic.
  std::string page = std::string(kPage) + "\n本报记者 双红\n";
  PageImport p = seg(page);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 5);
  REQUIRE(p.articles[1].byline == "本报记者 双红");
  relocate_continuations(p);
  CHECK(p.articles[1].body.size() == 5);
  CHECK(p.articles[0].body.size() == 2);
}

TEST_CASE("relocate: a fragment loosely on an earlier article's topic still goes back to it",
          "[ingest]") {
  // Similarity about 0.07: it shares 走出国门 and 作品 with the first article
  // and nothing with the notice.
  PageImport p = seg(
      "剪纸传人\n\n本报讯（记者 魏红梅）邱淑芬的剪纸作品多次获奖，剪纸作品走出国门。\n\n"
      "关于停水的通知\n\n因管网维修，城区部分区域停水一天。\n\n平城区自来水公司\n2023年7月20日\n\n"
      "她说，学员们的作品也走出国门，到国外展出，大家都很高兴，还要继续教下去。\n");
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
}

TEST_CASE("relocate: an article signed after its last paragraph takes no tail printed below it",
          "[ingest]") {
  // kPage's layout, but the first article closes with its byline: the last
  // paragraphs of the second, however close to its topic, are not its own.
  PageImport p = seg(
      "数据呼叫产业\n\n平城区大力发展数据标注呼叫产业等大数据服务产业，大数据服务基地入驻两家企业"
      "。\n\n呼叫中心属于人才密集型产业，数据呼叫能够有效解决就业。\n\n本报记者 孙露\n\n"
      "孙秀兰讲党课\n\n本报讯（记者 双红）全国劳动模范孙秀兰受邀为街道党员干部上了一堂党课。\n\n"
      "孙秀兰是环卫工，一家三代都是环卫工人，劳模精神激励党员干部。\n\n"
      "党员干部纷纷表示要以孙秀兰为榜样，弘扬劳模精神。\n\n"
      "平城区培育发展数据标注呼叫产业等大数据服务产业，大数据服务基地吸引企业入驻。\n\n"
      "大数据服务基地入驻企业有两家，主要承揽数据呼叫业务。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].byline == "本报记者 孙露");
  REQUIRE(p.articles[1].body.size() == 5);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[1].body.size() == 5);
}

TEST_CASE(
    "relocate: a fragment signed with a bare name ends an earlier article that names no writer",
    "[ingest]") {
  PageImport p =
      seg("别让“僵尸车”占着公共车位\n\n"
          "在不少老旧小区，总能看到一些落满灰尘、轮胎瘪气的“僵尸车”长期占着公共车位。\n\n"
          "清理“僵尸车”，需要街道、社区和交警部门形成合力，车位的事情要管起来。\n\n"
          "别让“排长队”成为办事常态\n\n"
          "近日，有市民反映，到某服务窗口办事要排很长的队。窗口单位要在细节上下功夫。\n\n"
          "陈言\n\n"
          "当然，车主自身也应有公德意识。不用的车辆及时处理，别让“僵尸车”占着公共车位。\n\n"
          "江澄\n");
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].byline == "江澄");
  CHECK(p.articles[0].authors == std::vector<std::string>{"江澄"});
  CHECK(p.articles[1].byline == "陈言");
}

TEST_CASE(
    "relocate: a fragment signed by a byline below it ends an earlier article that names "
    "no writer, which takes the byline",
    "[ingest]") {
  // The report's last paragraph and its signature were printed after a
  // notice; the notice and the report name no writer.
  // A report (its first paragraph opening with `opening`), a notice, then the
  // report's last paragraph and its signature.
  auto page = [](const std::string& opening) {
    return seg(
        "“一窗通办”跑出审批加速度\n\n" + opening +
        "“开一家超市，以前要跑好几个部门，现在在一个窗口就办完了。”业主贺丽萍说。\n\n"
        "今年以来，平城区把企业开办涉及的多个部门事项整合进“一窗通办”，办理时限平均压缩七成。\n\n"
        "关于城区部分路段临时停水的通知\n\n"
        "各居民小区、广大市民：\n\n"
        "因供水管网改造施工，5月8日8时至18时，城区部分路段将临时停水，请居民提前储水。\n\n"
        "特此通知。\n\n"
        "平城区自来水公司\n2025年5月6日\n\n"
        "区行政审批局副局长车晓敏介绍，下一步将把更多“一窗通办”事项搬到网上，让企业办事少跑腿。\n\n"
        "本报记者 蔺晓晴\n");
  };
  PageImport p = page("");
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].byline == "本报记者 蔺晓晴");
  CHECK(p.articles[0].authors == std::vector<std::string>{"蔺晓晴"});
  CHECK_FALSE(p.articles[0].signed_commentary);
  // A report whose dateline names its writer is signed already: the signed
  // fragment is someone else's.
  PageImport dated = page("本报讯（记者 甘霖）");
  REQUIRE(dated.articles.size() == 3);
  relocate_continuations(dated);
  CHECK(dated.articles.size() == 3);
}

TEST_CASE(
    "relocate: the continuation is the first paragraph after the wedge that is about the cut "
    "article, not the most typical one",
    "[ingest]") {
  // The topic ranks "“以前市场地面湿滑…" highest, but "市场新增摊位180个…" comes
  // first and is about the market too: the cut paragraph goes on there.
  PageImport p = seg(
      "东关农贸市场重新开业\n\n本报讯（记者 "
      "赵晓峰）10月8日，经过5个月的改造提升，东关农贸市场重新开业。\n\n"
      "改造后的市场总面积1.2万平方米，划分为蔬菜、肉类、水产、粮油、熟食等8个区域，\n\n"
      "全区中小学生迎来新学期\n\n本报讯（记者 宋佳琪）9月1日，平城区12.6万名中小学生迎来新学期。"
      "各校精心准备开学典礼，以多种形式迎接学生返校。\n\n"
      "今年，平城区新建、改扩建中小学和幼儿园9所，新增学位5400个。\n\n"
      "市场新增摊位180个，配套建设了农残检测室、公平秤和智慧管理系统。\n\n"
      "“以前市场地面湿滑，夏天气味大，现在干净多了，买菜也放心。”市民沈建华说。\n\n"
      "据了解，东关农贸市场改造是平城区今年确定的民生实事之一，今年全区计划改造提升农贸市场6个。"
      "\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 4);
  CHECK(p.articles[0].body[1].text.find("8个区域，市场新增摊位180个") != std::string::npos);
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a cut paragraph goes on after a wedged list", "[ingest]") {
  PageImport p = seg(
      "反诈宣传走进菜市场\n\n本报讯（记者 "
      "田晓光）9月13日上午，平城公安分局反诈民警来到东关农贸市场开展防范诈骗宣传，向买菜的群众发放"
      "反诈宣传资料，"
      "\n\n"
      "文明养犬公约\n\n- 1.不违规饲养烈性犬、大型犬。\n- 2.不让犬只无证饲养，按时办理登记、免疫。\n"
      "- 3.不在出户时让犬只脱离牵引。\n\n"
      "讲解常见诈骗手法，提醒群众谨防诈骗。\n\n"
      "民警结合真实案例，重点介绍了冒充公检法、刷单返利等诈骗类型，提醒群众不听、不信、不转账。"
      "\n\n"
      "“听了民警讲的诈骗案例，才知道骗子的套路这么多。”摊主常玉凤说。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.front().kind == BodyBlock::Kind::kList);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[0].text.find("反诈宣传资料，讲解常见诈骗手法") != std::string::npos);
  CHECK(p.articles[1].body.size() == 1);
}

TEST_CASE("relocate: a tail signed by a writer the earlier article does not name stays",
          "[ingest]") {
  std::string page = kPage;
  page.back() = ' ';
  page += "本报记者 双红\n";  // run in: the tail is 双红's, not 孙露's
  PageImport p = seg(page);
  REQUIRE(p.articles.size() == 2);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[1].body.size() == 5);
  // Signed by the earlier article's writer it moves as before.
  page = kPage;
  page.back() = ' ';
  page += "本报记者 孙露\n";
  PageImport q = seg(page);
  relocate_continuations(q);
  CHECK(q.articles[0].body.size() == 4);
}

TEST_CASE("relocate: a headless fragment goes to the one article it is clearly most about",
          "[ingest]") {
  // Less similar to the traffic police's lesson than the 0.06 a fragment (0.04)
  // needs on its own, but three times as close to it as to anything else.
  PageImport p =
      seg("交警进校园 上好安全“第一课”\n\n本报讯（记者 "
          "郑国庆）“过马路要走斑马线。”9月1日，平城交警走进云锦小学，为学生上了一堂交通安全课。\n\n"
          "课堂上，民警通过播放动画视频、讲解交通标志，教孩子们认识交通安全常识。\n\n"
          "节约用水倡议书\n\n广大市民朋友们：\n\n水是生命之源。让我们携起手来，珍惜每一滴水。\n\n"
          "区水务局\n2023年7月18日\n\n"
          "开学以来，平城交警在全区82所中小学校园周边设立“护学岗”，家长们纷纷点赞。\n");
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
}

TEST_CASE("relocate: paragraphs after a wedged list go back to the article they are about",
          "[ingest]") {
  PageImport p = seg(
      "把服务送到群众心坎上\n\n本报讯（记者 "
      "黄文静）桃源街道辖区下设12个社区，街道围绕党建引领、服务居民，在社区治理上下功夫。\n\n"
      "文明养犬公约\n\n- 1.不违规饲养烈性犬、大型犬。\n- 2.不让犬只无证饲养，按时办理登记、免疫。\n"
      "- 3.不在出户时让犬只脱离牵引。\n\n"
      "街道推行街巷长制度，街道干部每人包联一条街巷，每周走访社区居民，现场解决问题。\n\n"
      "在社区治理方面，街道新建社区食堂3个，党建引领服务居民的做法受到好评。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.front().kind == BodyBlock::Kind::kList);
  relocate_continuations(p);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[1].body.size() == 1);
}

// A feature, a news item printed in its column, then the feature's next
// paragraph (moved back by relocate_continuations).
const char* const kFeatureTail =
    "一家三代的“读书角”\n\n本报记者 章雅琴\n\n"
    "走进杏园社区苗振华老人家，客厅一角的书架上摆满了书，苗振华一家三代常在这里读书。\n\n"
    "迎宾街道开展异地就医政策宣传\n\n"
    "本报讯（记者 有为）为切实提高异地就医政策知晓度，迎宾街道近日开展政策宣传活动。\n\n"
    "工作人员向居民发放宣传册，现场解答居民提出的医保问题。\n\n"
    "退休后，苗振华每天都在书架前读书看报，家里的藏书越来越多，一家人读书的习惯坚持了八年。\n\n";

TEST_CASE("relocate: a feature's sections after its moved tail go back with it", "[ingest]") {
  PageImport p = seg(
      std::string(kFeatureTail) +
      "一家人的约定\n\n在苗振华的影响下，读书成了苗家三代的约定，每晚全家都在读书角读书。\n\n"
      "把书香传给邻居\n\n前年，苗家把读书角的部分图书借给邻居，苗振华说读书的人多了，书才有用。\n");
  REQUIRE(p.articles.size() == 3);  // the sections read as an article of their own
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  const Article& f = p.articles[0];
  REQUIRE(f.body.size() == 6);
  CHECK(f.body[2].kind == BodyBlock::Kind::kSubheading);
  CHECK(f.body[2].text == "一家人的约定");
  CHECK(f.body[4].kind == BodyBlock::Kind::kSubheading);
  CHECK(f.body[4].text == "把书香传给邻居");
  CHECK(p.articles[1].title == "迎宾街道开展异地就医政策宣传");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a short-titled article on another topic after a moved tail stays",
          "[ingest]") {
  PageImport p = seg(std::string(kFeatureTail) +
                     "城区新建公厕50座\n\n今年以来，城区新建改建公厕50座，全部免费向市民开放。\n");
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[2].title == "城区新建公厕50座");
}

// A feature on the call industry, then a news item whose last paragraphs the
// tests below make the feature's tail.
const char* const kFeatureThenNews =
    "数据呼叫产业\n\n本报讯（记者 "
    "孙露）平城区大力发展数据标注呼叫产业，大数据服务基地入驻两家企业。\n\n"
    "呼叫中心属于人才密集型产业，数据呼叫能够有效解决就业。\n\n"
    "孙秀兰讲党课\n\n本报讯（记者 双红）全国劳动模范孙秀兰受邀为街道党员干部上了一堂党课。\n\n"
    "孙秀兰是环卫工，一家三代都是环卫工人。\n\n"
    "党员干部纷纷表示要以孙秀兰为榜样，弘扬劳模精神。\n\n";

TEST_CASE("relocate: a moved tail starts right after the wedge, not at its most typical paragraph",
          "[ingest]") {
  // The tail's first paragraph says less of the feature than its second, but
  // is still closer to it than to the news item it follows: it goes too.
  PageImport p =
      seg(std::string(kFeatureThenNews) +
          "今年，基地还将新增一批岗位，优先吸纳辖区居民就业。\n\n"
          "大数据服务基地入驻企业有两家，主要承揽数据呼叫业务，数据标注呼叫产业前景广阔。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 5);
  relocate_continuations(p);
  REQUIRE(p.articles[0].body.size() == 4);
  CHECK(p.articles[0].body[2].text.rfind("今年，基地", 0) == 0);
  CHECK(p.articles[1].body.size() == 3);
}

TEST_CASE("relocate: a moved tail takes its section headings with it", "[ingest]") {
  // The feature's last section, heading and all, printed after a news item.
  PageImport p = seg(std::string(kFeatureThenNews) +
                     "大数据服务基地入驻企业有两家，主要承揽数据呼叫业务。\n\n"
                     "### 呼叫产业前景广阔\n\n"
                     "数据标注呼叫产业前景广阔，大数据服务基地还将引进更多呼叫企业。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[1].body.size() == 6);
  relocate_continuations(p);
  REQUIRE(p.articles[0].body.size() == 5);
  CHECK(p.articles[0].body[3].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[1].body.size() == 3);
}

TEST_CASE("relocate: a paragraph signed by a run-in byline after a quote ends whole", "[ingest]") {
  // The feature's last paragraph ends with its byline after a closing quote;
  // the next paragraph is the news item's cut paragraph's continuation.
  PageImport p = seg(
      "社区食堂里的烟火气\n\n本报讯（记者 魏红梅）社区食堂开张以来，每天为200多位老人提供午餐。\n\n"
      "据了解，今年平城区计划新建社区食堂15个，\n\n"
      "凌晨清扫人\n\n凌晨4点，环卫工石玉珍已经开始清扫南关大街。\n\n"
      "她说，盼着大家都能养成不乱扔垃圾的习惯，“城市干净了，大家住着都舒服。”本报记者 汪志华\n\n"
      "到年底实现每个街道至少有一个社区食堂，让更多老人在家门口吃上热乎饭。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text ==
        "据了解，今年平城区计划新建社区食堂15个，到年底实现每个街道至少有一个社区食堂，"
        "让更多老人在家门口吃上热乎饭。");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a short bare end of the cut sentence goes with the continuation after it",
          "[ingest]") {
  // "一直没能落地。" says nothing of either article; the paragraph after it is
  // about the cut one, so both are its continuation.
  PageImport p =
      seg("柳荫小区加装电梯\n\n本报讯（记者 雷振宇）柳荫小区加装电梯的4部电梯正式投入使用。\n\n"
          "居民加装电梯的呼声由来已久，但因为费用分摊、低层住户顾虑采光等问题，\n\n"
          "交警进校园\n\n本报讯（记者 郑国庆）交警走进校园为学生讲解交通安全知识。\n\n"
          "课堂上，民警通过播放动画视频讲解交通标志。\n\n"
          "一直没能落地。\n\n"
          "今年年初，社区牵头成立了加装电梯议事小组，逐户上门沟通，柳荫小区加装电梯的方案很快定了下"
          "来。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].text ==
        "居民加装电梯的呼声由来已久，但因为费用分摊、低层住户顾虑采光等问题，一直没能落地。");
  CHECK(p.articles[1].body.size() == 2);
}

// A sectioned feature signed by no byline yet, then a news item in its column.
const char* const kSectionedFeature =
    "一家三代的“读书角”\n\n"
    "走进杏园社区苗振华老人家，客厅一角的书架上摆满了书，苗振华一家三代常在这里读书。\n\n"
    "### 老人的书架\n\n"
    "今年74岁的苗振华是一名退休中学语文教师，书架上的书大多是他几十年来一本本买下的。\n\n"
    "迎宾街道开展异地就医政策宣传\n\n"
    "本报讯（记者 有为）为切实提高异地就医政策知晓度，迎宾街道近日开展政策宣传活动。\n\n"
    "工作人员向居民发放宣传册，现场解答居民提出的医保问题。\n\n";

TEST_CASE(
    "relocate: a feature's next section printed after another article goes back with its "
    "byline",
    "[ingest]") {
  PageImport p = seg(std::string(kSectionedFeature) +
                     "把书香传给邻居\n\n"
                     "前年，苗家把读书角的部分图书借给邻居，苗振华说读书的人多了，书才有用。\n\n"
                     "本报记者 章雅琴\n");
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].byline == "本报记者 章雅琴");
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  const Article& f = p.articles[0];
  REQUIRE(f.body.size() == 5);
  CHECK(f.body[3].kind == BodyBlock::Kind::kSubheading);
  CHECK(f.body[3].text == "把书香传给邻居");
  CHECK(f.byline == "本报记者 章雅琴");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE(
    "relocate: the paragraph before a feature's moved section goes with it when it is "
    "about the feature",
    "[ingest]") {
  PageImport p = seg(std::string(kSectionedFeature) +
                     "苗振华说，读书角的书也常借给来咨询的居民。\n\n"
                     "把书香传给邻居\n\n"
                     "前年，苗家把读书角的部分图书借给邻居，苗振华说读书的人多了，书才有用。\n");
  REQUIRE(p.articles.size() == 3);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  const Article& f = p.articles[0];
  REQUIRE(f.body.size() == 6);
  CHECK(f.body[3].text.rfind("苗振华说，", 0) == 0);
  CHECK(f.body[4].text == "把书香传给邻居");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: a bare section after a feature with no sections stays an article",
          "[ingest]") {
  // Without a section of its own the feature is no sectioned one: a short
  // title over text about it, after another article, is an article of its own.
  std::string page = kSectionedFeature;
  page.erase(page.find("### 老人的书架\n\n"), std::string("### 老人的书架\n\n").size());
  PageImport p = seg(page +
                     "把书香传给邻居\n\n"
                     "前年，苗家把读书角的部分图书借给邻居，苗振华说读书的人多了，书才有用。\n");
  REQUIRE(p.articles.size() == 3);
  relocate_continuations(p);
  CHECK(p.articles.size() == 3);
}

TEST_CASE(
    "relocate: a sectioned feature's next section read as an article right after it goes "
    "back",
    "[ingest]") {
  PageImport p =
      seg("山坳里的“复式班”\n\n"
          "马家堡村坐落在山坳里，村里的马家堡小学只有一间教室，教师闫桂香一人教三个年级。\n\n"
          "### 一间教室，三个年级\n\n"
          "上午第一节课，教室里坐着9个孩子，闫桂香给一年级讲课时，二年级和三年级的孩子写作业。\n\n"
          "山里娃也能看见外面的世界\n\n"
          "这几年，\n\n平城快讯\n\n马家堡小学通了网络，闫桂香带着孩子们上网课，山里的孩子也能看见外"
          "面的世界。\n");
  REQUIRE(p.articles.size() == 2);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 5);
  CHECK(p.articles[0].body[3].text == "山里娃也能看见外面的世界");
}

// A news item, a signed commentary printed in its column, then a photo and a
// paragraph with no headline: the news item's end.
std::string news_commentary_then(const std::string& credit, const std::string& caption,
                                 const std::string& text) {
  return "城区供热管网改造工程全面开工\n\n"
         "本报讯（记者 刘明远）7月18日，平城区城区供热管网改造工程全面开工，涉及老旧小区"
         "28个。\n\n"
         "记者在光明小区施工现场看到，挖掘机正在开挖沟槽，施工人员铺设新的保温管。\n\n"
         "读懂居民“点单”背后的期盼\n\n"
         "近来，不少社区推出了“居民点单、社区派单”服务，居民的需求有了回应。\n\n"
         "读懂“订单”背后的期盼，才能把服务做到居民心坎上，小区居民才会满意。\n\n"
         "何远舟\n\n" +
         caption + " " + credit + "\n\n" + text + "\n";
}

TEST_CASE("relocate: a fragment with a photo credited to an article's writer goes back to it",
          "[ingest]") {
  // The text alone is too loosely about it ("服务" is the commentary's word too).
  PageImport p = seg(news_commentary_then(
      "刘明远摄", "施工人员正在更换老旧供热管道。",
      "为减少施工对出行的影响，施工单位实行分段封闭施工，做好服务，每段工期不超过15天。"));
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].headless);
  REQUIRE(p.articles[2].photos.size() == 1);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
  REQUIRE(p.articles[0].photos.size() == 1);
  CHECK(p.articles[0].photos[0].caption == "施工人员正在更换老旧供热管道。");
}

TEST_CASE("relocate: a fragment whose photo is about no article it could go to stays", "[ingest]") {
  // The text is about the news item; the photo is of another story.
  PageImport p = seg(news_commentary_then(
      "梁春晖摄", "机械臂在智能生产线上焊接工件。",
      "为减少施工对出行的影响，施工单位实行分段封闭施工，每段工期不超过15天。"));
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].photos.size() == 1);
  relocate_continuations(p);
  CHECK(p.articles.size() == 3);
}

TEST_CASE("relocate: an article signed off before a fragment does not compete for it", "[ingest]") {
  // The school feature below is signed off by its byline before the
  // fragment: only the college feature can take it, however alike the two.
  PageImport p =
      seg("老年大学扩容圆了老人求学梦\n\n本报记者 卢晓红\n\n"
          "早上8点，平城区老年大学新校区的教室里已经坐满了老人，老年大学今年扩容。\n\n"
          "老年大学校长任志远介绍，扩容后学校开设课程由28门增加到46门，老人报名踊跃。\n\n"
          "山坳里的“复式班”\n\n——记马家堡小学教师闫桂香\n\n"
          "马家堡小学只有一间教室，学校的闫老师一人教三个年级的孩子，教学点设在山里。\n\n"
          "明年，闫老师就到了退休年龄，她说学校的孩子离不开老师，还想接着教。\n\n"
          "本报记者 殷红\n\n"
          "为方便行动不便的学员，学校还在8个街道设立了教学点，把课送到社区。\n");
  REQUIRE(p.articles.size() == 3);
  REQUIRE(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: an article printed after a fragment does not compete for it", "[ingest]") {
  // The later news item on the same topic cannot take text printed above its
  // headline: the fragment is the drill report's end.
  PageImport p =
      seg("防汛应急演练检验实战能力\n\n"
          "本报讯（记者 于海波）6月12日，平城区举行防汛应急演练，检验各部门的防汛能力。\n\n"
          "现场，抢险队员用沙袋围堵管涌口，演练持续两个小时。\n\n"
          "把“小事”当成“大事”来办\n\n"
          "楼道灯不亮了，下水道堵了，小区门口的路坑坑洼洼，这些都是群众身边的小事。\n\n"
          "群众无小事，办好“小事”，贵在坚持。\n\n"
          "王朗\n\n"
          "据了解，入汛以来，全区已排查河道、桥涵等重点部位120处，抢险队员随时待命。\n\n"
          "全区部署防范新一轮强降雨\n\n"
          "本报讯（记者 秦晓岚）据预报，我区将出现强降雨，全区防汛部门排查河道、桥涵隐患。\n");
  REQUIRE(p.articles.size() == 4);
  REQUIRE(p.articles[2].headless);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[0].body.size() == 3);
}

// The middle of a feature whose headline is on another page, then its next
// section read as an article (as a column break and a banner can leave it):
// built by hand, the walk itself would take the heading as a subheading.
BodyBlock block(const std::string& text, int line,
                BodyBlock::Kind kind = BodyBlock::Kind::kParagraph) {
  BodyBlock b;
  b.kind = kind;
  b.text = text;
  b.lines = {line};
  return b;
}

PageImport fragment_then_section(bool signed_section) {
  auto paragraph = [](const std::string& text, int line) { return block(text, line); };
  Article fragment;
  fragment.headless = true;
  fragment.first_line = 5;
  fragment.body = {
      paragraph("86岁的包振国独自居住，子女都在外地，志愿者隔三岔五来看他，"
                "他用时间存折记下志愿者的服务时间。",
                5)};
  fragment.lines = {5};
  Article section;
  section.title = "让“存折”更有保障";
  section.first_line = 9;
  section.body = {
      paragraph("“很多人担心，存了时间以后能不能兑现？”社区负责人说，志愿者的"
                "服务时间都记在时间存折上。",
                11),
      paragraph("下一步，社区计划让更多志愿者把服务时间存进存折，老人随时可以兑现。", 13)};
  section.lines = {9, 11, 13};
  if (signed_section) {
    section.byline = "本报记者 武晓宁";
    section.authors = {"武晓宁"};
    section.lines.push_back(15);
  }
  PageImport p;
  p.articles = {fragment, section};
  return p;
}

TEST_CASE("relocate: a headless fragment's next section goes with it", "[ingest]") {
  PageImport p = fragment_then_section(false);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 4);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[0].body[1].text == "让“存折”更有保障");
}

TEST_CASE("relocate: a signed article after a headless fragment stays whole", "[ingest]") {
  PageImport p = fragment_then_section(true);
  relocate_continuations(p);
  CHECK(p.articles.size() == 2);
}

TEST_CASE("relocate: a title printed as a Markdown headline is no fragment's section", "[ingest]") {
  // "## 让“存折”更有保障": the page marks its headlines, and a marked title is one.
  PageImport p = fragment_then_section(false);
  p.articles[1].title_marked = true;
  relocate_continuations(p);
  CHECK(p.articles.size() == 2);
}

TEST_CASE("relocate: a sectioned article after a headless fragment stays whole", "[ingest]") {
  // With sections of its own the article is a whole feature, not the
  // fragment's next section.
  PageImport p = fragment_then_section(false);
  Article& a = p.articles[1];
  a.body.push_back(block("时间存折怎么用", 15, BodyBlock::Kind::kSubheading));
  a.body.push_back(block("老人需要帮助时，社区就从存折里支取志愿者的服务时间。", 17));
  a.lines.insert(a.lines.end(), {15, 17});
  relocate_continuations(p);
  CHECK(p.articles.size() == 2);
}

TEST_CASE("relocate: a headless fragment takes one plain section, not the ones after it",
          "[ingest]") {
  PageImport p = fragment_then_section(false);
  Article next;
  next.title = "存折兑现有保障";
  next.first_line = 15;
  next.body = {block("社区负责人说，志愿者存进存折的服务时间，老人随时可以支取兑现。", 17)};
  next.lines = {15, 17};
  p.articles.push_back(next);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "存折兑现有保障");
}

TEST_CASE("relocate: a numbered list under a short title is no feature's section", "[ingest]") {
  PageImport p = seg(std::string(kSectionedFeature) +
                     "读书角的约定\n\n"
                     "1.苗家读书角的书每人每月可以借两本。\n\n"
                     "2.借书的邻居看完后把书还回苗家读书角。\n");
  REQUIRE(p.articles.size() == 3);
  relocate_continuations(p);
  CHECK(p.articles.size() == 3);
}

TEST_CASE("relocate: paragraphs signed by their own byline stay when the section after moves",
          "[ingest]") {
  // Built by hand: the news item's byline is printed after its last
  // paragraph, which is about the feature; the section after it still goes.
  Article feature;
  feature.title = "一家三代的“读书角”";
  feature.first_line = 1;
  feature.body = {
      block("走进杏园社区苗振华老人家，书架上摆满了书，苗振华一家三代常在这里读书。", 3),
      block("老人的书架", 5, BodyBlock::Kind::kSubheading),
      block("苗振华是一名退休语文教师，书架上的书大多是他一本本买下的。", 7)};
  feature.lines = {1, 3, 5, 7};
  Article news;
  news.title = "迎宾街道开展异地就医政策宣传";
  news.first_line = 9;
  news.body = {block("本报讯 迎宾街道近日开展异地就医政策宣传活动，发放宣传册。", 11),
               block("工作人员现场解答居民提出的医保问题。", 13),
               block("苗振华说，读书角的书也常借给来读书的邻居，一家三代都爱读书。", 15)};
  news.byline = "本报记者 有为";
  news.authors = {"有为"};
  news.lines = {9, 11, 13, 15, 17};
  Article section;
  section.title = "把书香传给邻居";
  section.first_line = 19;
  section.body = {
      block("前年，苗振华把读书角的书架搬到社区，苗家一家三代的读书角成了邻居的读书角。", 21)};
  section.lines = {19, 21};
  PageImport p;
  p.articles = {feature, news, section};
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 5);
  CHECK(p.articles[1].body.size() == 3);
}

namespace {

// A feature with one section, open; then a bare section printed with a photo
// credited to `by` and the byline "本报记者 孟晓彤" after its last paragraph.
PageImport feature_then_signed_section(const std::string& by) {
  Article feature;
  feature.title = "小杂粮闯出大市场";
  feature.first_line = 1;
  feature.body = {block("金秋时节，东岭乡的山坡上谷子、荞麦黄绿相间，农户们正忙着收割小杂粮。", 3),
                  block("种得好", 5, BodyBlock::Kind::kSubheading),
                  block("东岭乡昼夜温差大、光照足，种植小杂粮有着悠久的历史，小杂粮品质好。", 7)};
  feature.lines = {1, 3, 5, 7};
  Article section;
  section.title = "从“种得好”到“卖得好”";
  section.first_line = 9;
  section.body = {
      block("东岭乡成立小杂粮合作社，统一包装、统一品牌，小杂粮从论斤卖变成论盒卖。", 11),
      block("合作社负责人说，小杂粮的价格比过去翻了一番，农户种小杂粮的劲头更足了。", 15)};
  Photo photo;
  photo.caption = "东岭乡合作社车间里，工人正在包装小杂粮。";
  photo.credit = by + "摄";
  photo.by = by;
  photo.line = 13;
  section.photos = {photo};
  section.byline = "本报记者 孟晓彤";
  section.authors = {"孟晓彤"};
  section.lines = {9, 11, 13, 15, 17};
  PageImport p;
  p.articles = {feature, section};
  return p;
}

}  // namespace

TEST_CASE("relocate: of two signed fragments one signs the article, the other stays whole",
          "[ingest]") {
  auto fragment = [](const std::string& text, int line, const std::string& writer) {
    Article f;
    f.headless = true;
    f.first_line = line;
    f.body = {block(text, line)};
    f.byline = "本报记者 " + writer;
    f.authors = {writer};
    f.lines = {line, line + 2};
    return f;
  };
  Article report;
  report.title = "“一窗通办”跑出审批加速度";
  report.first_line = 1;
  report.body = {
      block("平城区推行“一窗通办”，企业开办事项在一个窗口办完，“一窗通办”办理时限压缩七成。", 3),
      block("“一窗通办”窗口前，办事企业不用再跑多个部门，“一窗通办”受到企业欢迎。", 5)};
  report.lines = {1, 3, 5};
  PageImport p;
  p.articles = {report,
                fragment("区行政审批局介绍，“一窗通办”下一步将搬到网上，“一窗通办”让企业少跑腿。",
                         7, "蔺晓晴"),
                fragment("“一窗通办”还将延伸到街道，“一窗通办”窗口今年再增加12个。", 11, "甘霖")};
  relocate_continuations(p);
  // Whichever fragment went first signs the report; the other keeps its
  // byline and its text.
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].headless);
  CHECK(p.articles[1].body.size() == 1);
  std::set<std::string> bylines{p.articles[0].byline, p.articles[1].byline};
  CHECK(bylines == std::set<std::string>{"本报记者 蔺晓晴", "本报记者 甘霖"});
}

TEST_CASE("relocate: a signed section goes back with the photos its writer took", "[ingest]") {
  PageImport p = feature_then_signed_section("孟晓彤");
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.size() == 6);
  CHECK(p.articles[0].byline == "本报记者 孟晓彤");
  REQUIRE(p.articles[0].photos.size() == 1);
  CHECK(p.articles[0].photos[0].credit == "孟晓彤摄");
  // A photo someone else took is the section's own: it stays an article.
  PageImport other = feature_then_signed_section("殷红");
  relocate_continuations(other);
  CHECK(other.articles.size() == 2);
}

TEST_CASE("relocate: a title printed in its own subheadings' pattern after a fragment is a section",
          "[ingest]") {
  // A feature's middle (its headline on another page), a banner, then its
  // sections: the first, "种植账：…", read as a title over "养殖账：…".
  Article fragment;
  fragment.headless = true;
  fragment.first_line = 1;
  fragment.body = {
      block("村党支部书记郝连成说，石岭村这些年的变化，可以用种植、养殖两本账来算。", 1)};
  fragment.lines = {1};
  Article section;
  section.kicker = "弘扬志愿精神 传递温暖力量";
  section.title = "种植账：一棵核桃树结出“金疙瘩”";
  section.first_line = 5;
  section.body = {
      block("石岭村的山坡上种满了核桃树，村里的核桃合作社统一收购，村民种核桃的收入翻了一番。", 7),
      block("养殖账：羊圈里养出好日子", 9, BodyBlock::Kind::kSubheading),
      block("石岭村还发展起养羊产业，村党支部书记郝连成说，养羊和种核桃一样成了村民增收的门路。",
            11)};
  section.lines = {3, 5, 7, 9, 11};
  PageImport p;
  p.articles = {fragment, section};
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].headless);
  REQUIRE(p.articles[0].body.size() == 5);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[0].body[1].text == "种植账：一棵核桃树结出“金疙瘩”");
  CHECK(p.banners == std::vector<std::string>{"弘扬志愿精神 传递温暖力量"});
  // A title in no pattern of its subheadings is a whole feature.
  section.title = "石岭村的“两本账”";
  PageImport whole;
  whole.articles = {fragment, section};
  relocate_continuations(whole);
  CHECK(whole.articles.size() == 2);
}

TEST_CASE("relocate: an article whose end is printed in two places takes both fragments",
          "[ingest]") {
  PageImport p =
      seg("全区部署防范新一轮强降雨\n\n"
          "本报讯（记者 秦晓岚）据预报，我区将出现新一轮强降雨，全区部署防汛抗旱工作。\n\n"
          "会议要求，各街道要严格落实防汛值班制度，做好强降雨防范。\n\n"
          "读懂居民“点单”背后的期盼\n\n"
          "近来，不少社区推出了“居民点单、社区派单”服务，居民的需求有了回应。\n\n"
          "小事连着民生，民生就是大事。\n\n"
          "何远舟\n\n"
          "区防汛抗旱指挥部提醒，强降雨期间，市民尽量减少外出，注意防范强降雨。\n\n"
          "别让“僵尸车”占着公共车位\n\n"
          "在不少老旧小区，总能看到一些落满灰尘的“僵尸车”，长期占着公共车位。\n\n"
          "治理“僵尸车”，考验的是城市管理的精细化水平。\n\n"
          "江澄\n\n"
          "据了解，入汛以来，全区已排查防汛重点部位120处，强降雨防范准备就绪。\n");
  REQUIRE(p.articles.size() == 5);
  relocate_continuations(p);
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[0].body.size() == 4);
}

TEST_CASE(
    "relocate: the first paragraph after a wedge goes on a cut clause though it shares no word",
    "[ingest]") {
  // "…路面坑洼不平，" / a wedged news item / "下雨天积水严重，…": the paragraph
  // right after the wedge says nothing of either article, the next ones
  // are about the lane; the cut sentence goes on at the first.
  PageImport p =
      seg("背街小巷换了新颜\n\n本报讯（记者 于海波）走进北苑街道的铁匠巷，巷子焕然一新。\n\n"
          "铁匠巷是一条有着百年历史的老巷，两侧多为老旧平房。过去，巷子里路面坑洼不平，\n\n"
          "智能生产线投产\n\n本报讯（记者 "
          "梁春晖）9月12日，恒力机械公司智能生产线投产，年产能提升35%。\n\n"
          "在焊接车间，一台台机械臂上下翻飞，生产线实现了自动化。\n\n"
          "下雨天积水严重，电线缠成一团，杂物占道现象突出。\n\n"
          "今年以来，北苑街道把背街小巷整治列入民生实事，铁匠巷铺设了新路面，老巷换了新颜。\n\n"
          "目前，北苑街道已完成11条背街小巷的整治，居民说巷子亮了、路平了。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body[1].text ==
        "铁匠巷是一条有着百年历史的老巷，两侧多为老旧平房。过去，巷子里路面坑洼不平，"
        "下雨天积水严重，电线缠成一团，杂物占道现象突出。");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("relocate: text stopping on a colon takes the numbered items printed after a wedge",
          "[ingest]") {
  PageImport p = seg(
      "“追忆先烈 文明祭扫”倡议书\n\n全区广大党员干部、居民群众：\n\n"
      "清明将至，为引领文明祭扫新风尚，平城区创城办、文明办发出如下倡议：\n\n"
      "节前抽检年货食品312批次\n\n本报讯（记者 房丽娟）春节临近，区市场监管局抽检年货食品312批次，"
      "全部合格。\n\n区市场监管局提醒广大消费者，购买年货要选择正规商超。\n\n"
      "一、传承红色基因 缅怀革命先烈，文明祭扫寄托哀思。\n\n"
      "二、打造平安清明 错峰祭扫，祭扫时不焚烧纸钱。\n\n"
      "三、践行绿色祭扫 倡导鲜花祭扫、网上祭扫。\n");
  REQUIRE(p.articles.size() == 2);
  reconnect_cut_paragraphs(p);
  REQUIRE(p.articles.size() == 2);
  const Article& call = p.articles[0];
  REQUIRE(call.body.size() == 5);
  CHECK(call.body[2].text.rfind("一、传承红色基因", 0) == 0);
  CHECK(p.articles[1].body.size() == 2);
  // The news item's own list, announced in its text, stays.
  PageImport q = seg(
      "“追忆先烈 文明祭扫”倡议书\n\n全区广大党员干部、居民群众：\n\n"
      "清明将至，平城区创城办、文明办发出如下倡议：\n\n"
      "节前抽检年货食品312批次\n\n本报讯（记者 "
      "房丽娟）春节临近，区市场监管局抽检年货食品312批次。\n\n"
      "区市场监管局提醒广大消费者：\n\n一、购买年货要选择正规商超。\n\n二、索要并保存购物凭证。\n");
  reconnect_cut_paragraphs(q);
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[0].body.size() == 2);
}
