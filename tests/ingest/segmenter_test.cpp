#include "ingest/segmenter.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "ingest/review_messages.h"

using namespace gazette::ingest;

namespace {

PageImport seg(const std::string& text, std::optional<std::string> page_name = {}) {
  return segment_page(make_units(text, {}), "t.txt", {page_name});
}

bool has_note(const Article& a, const std::string& message) {
  for (const auto& n : a.notes)
    if (n.message == message) return true;
  return false;
}

}  // namespace

TEST_CASE("segmenter: a paragraph cut by a column break is joined across a photo", "[ingest]") {
  auto p = seg(
      "## 党建引领促发展\n\n本报记者 孙鑫\n\n一直以来，社区党支部组织老党员和群众代表通过\n\n\n\n"
      "民和社区晚餐厅更加便民。\n\n孙鑫摄\n\n召开民情调查会等方式充分调研。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 1);
  CHECK(a.body[0].text ==
        "一直以来，社区党支部组织老党员和群众代表通过召开民情调查会等方式充分调研。");
  REQUIRE(a.photos.size() == 1);
  CHECK(a.photos[0].caption == "民和社区晚餐厅更加便民。");
  CHECK(a.byline == "本报记者 孙鑫");
}

TEST_CASE("segmenter: a name split across the break is rejoined", "[ingest]") {
  auto p =
      seg("发展社区经济\n\n二是建设养老机构，打造“康养社区”。周\n\n玉芳介绍说，新华街道的设施相对齐"
          "全。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body[0].text ==
        "二是建设养老机构，打造“康养社区”。周玉芳介绍说，新华街道的设施相对齐全。");
}

TEST_CASE("segmenter: text starting mid-sentence after a finished article is a fragment",
          "[ingest]") {
  auto p =
      seg("前端收集全路段形成常态化\n\n本报讯（记者 邱东芳）完善前端收集体系。\n\n"
          "物、道路逆行等不文明行为进行劝阻。\n\n此外，该街道还举办主题讲座。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& f = p.articles[1];
  CHECK(f.headless);
  CHECK(f.body.size() == 2);
  CHECK(has_note(f, msg::missing_start()));
}

TEST_CASE("segmenter: a short line wedged in a broken paragraph becomes its subtitle", "[ingest]") {
  auto p =
      seg("新旺街道开展创城宣传\n\n同时，工作人员还倾听居民对创建文明城市工作\n\n引导居民参与\n\n"
          "的意见和建议，使居民对创城的认识由浅到深。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].subtitle == "引导居民参与");
  CHECK(p.articles[0].body.size() == 1);
  CHECK(p.banners.empty());
  // A label's shape (at most five characters, a slogan pair) is a banner
  // printed across the break, not a subtitle.
  for (const std::string label : {"一线观察", "文明创建 人人参与"}) {
    auto q = seg("新旺街道开展创城宣传\n\n同时，工作人员还倾听居民对创建文明城市工作\n\n" + label +
                 "\n\n的意见和建议，使居民对创城的认识由浅到深。\n");
    REQUIRE(q.articles.size() == 1);
    CHECK(q.articles[0].subtitle.empty());
    CHECK(q.banners == std::vector<std::string>{label});
  }
}

TEST_CASE("segmenter: a headline followed by a dateline is never a wedge", "[ingest]") {
  auto p =
      seg("甲文标题\n\n本报讯（记者 甲乙）今年以来，平城区开展工作，并\n\n"
          "乙文标题\n\n本报讯（记者 丙丁）近日，平城区召开会议。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "乙文标题");
  CHECK(p.articles[0].body.size() == 1);
}

TEST_CASE("segmenter: a dateline without a headline starts a headless article", "[ingest]") {
  auto p =
      seg("本报讯 （记者 张鑫） 为扮靓城市环境，近日，平城区召开推进会。\n\n### 依托“六新”\n\n## "
          "平城区全力打造新引擎\n\n本报记者 纪元\n\n“今年以来，平城区持续发力。”\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].headless);
  CHECK(has_note(p.articles[0], msg::no_title()));
  CHECK(p.articles[1].kicker == "依托“六新”");
}

TEST_CASE("segmenter: a byline at the end closes the article", "[ingest]") {
  auto p =
      seg("立足区域优势\n\n——访王岗\n\n“今年，我们将立足区域经济发展。”\n\n本报记者 张世敬\n\n"
          "创新服务意识\n\n——访任建军\n\n“平城区委为我们擘画了蓝图。”\n\n本报记者 王春艳\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].byline == "本报记者 张世敬");
  CHECK(p.articles[1].byline == "本报记者 王春艳");
  CHECK(p.articles[1].subtitle == "——访任建军");
}

TEST_CASE("segmenter: a lone ### between paragraphs is a subheading", "[ingest]") {
  auto p = seg("## 党建引领促发展\n\n第一段。\n\n### 党建引领 资源融合\n\n第二段。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
}

TEST_CASE("segmenter: a paragraph starting mid-sentence returns to the article waiting for it",
          "[ingest]") {
  auto p =
      seg("甲文标题\n\n本报讯（记者 甲乙）平城区配备了必要的办\n\n"
          "乙文标题\n\n本报讯（记者 丙丁）近日，平城区召开会议。\n\n，以方便企业员工上下班。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body[0].text ==
        "本报讯（记者 甲乙）平城区配备了必要的办，以方便企业员工上下班。");
  CHECK(p.articles[1].body.size() == 1);
}

TEST_CASE("segmenter: a notice's issuer and date lines form its signature", "[ingest]") {
  auto p =
      seg("倡议书\n\n让我们携起手来，从现在做起！\n\n平城区创城办\n\n2022年3月25日\n\n下一篇标题\n"
          "\n本报讯（记者 郝雨）近日。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kLines);
  CHECK(p.articles[0].body[1].items == std::vector<std::string>{"平城区创城办", "2022年3月25日"});
}

TEST_CASE("segmenter: lines that head nothing at the end of a page are banners", "[ingest]") {
  auto p = seg("标题\n\n本报讯（记者 郝雨）近日。\n\n做好“六稳” 落实“六保”\n");
  CHECK(p.articles.size() == 1);
  CHECK(p.banners == std::vector<std::string>{"做好“六稳” 落实“六保”"});
  CHECK(p.notes.size() == 1);
}

TEST_CASE("segmenter: a caption under the headline, before the dateline", "[ingest]") {
  auto p = seg(
      "垃圾分类，你做对了吗？\n\n全路段垃圾收集。\n\n本报讯（记者 孙露）近日，平城区开展宣传。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].title == "垃圾分类，你做对了吗？");
  REQUIRE(p.articles[0].photos.size() == 1);
  CHECK(p.articles[0].photos[0].caption == "全路段垃圾收集。");
  CHECK(has_note(p.articles[0], msg::uncredited_caption("全路段垃圾收集。")));
}

TEST_CASE("segmenter: a byline after an article that named its reporter heads the next one",
          "[ingest]") {
  auto p =
      seg("甲文\n\n本报讯（记者 孙露）近日，平城区开展宣传。\n\n（作者系平城区委党校教师）\n\n"
          "本报记者 纪元\n\n秋韵\n\n金秋时节，平城区景色宜人。\n\n责任编辑：张三\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].byline.empty());
  CHECK(p.articles[1].title == "秋韵");
  CHECK(p.articles[1].byline == "本报记者 纪元");
  CHECK(p.banners == std::vector<std::string>{"责任编辑：张三"});
  CHECK(p.notes.empty());
}

TEST_CASE("segmenter: an unmarked subheading inside a feature stays on its topic", "[ingest]") {
  const std::string feature =
      "党建引领促发展 服务先行惠民生\n\n本报记者 "
      "孙鑫\n\n民和社区党支部书记沈媛带领社区“两委”绘制“民情图”，服务居民。\n\n"
      "民情图架起沟通桥梁\n\n沈媛说，“民情图”记录着民和社区每户居民的信息，社区“两委”据此服务居民。"
      "\n";
  auto p = seg(feature);
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(has_note(p.articles[0], msg::unmarked_subheading("民情图架起沟通桥梁")));
  // A new feature on another topic is a new article, and so is anything after a news item.
  auto q =
      seg(feature +
          "\n用行动诠释爱的力量\n\n资助困难学生、搜救失踪人员、看望空巢老人，志愿者坚持做公益。\n");
  CHECK(q.articles.size() == 2);
  auto r =
      seg("学习雷锋精神\n\n本报讯（记者 郝雨）志愿者前往安家小村慰问患者，为患者送去物资。\n\n"
          "志愿者慰问患者\n\n志愿者们为安家小村的患者送去物资，并慰问患者。\n");
  CHECK(r.articles.size() == 2);
}

TEST_CASE("segmenter: two short lines wedged before a continuation, marked headings never are",
          "[ingest]") {
  auto p = seg(
      "标题\n\n本报讯（记者 郝雨）法院工作人员耐心询问了企业的\n\n主动问需解难\n\n助力企业发展\n\n"
      "的经营范围、销售利润等情况。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.size() == 1);
  CHECK(p.banners.size() == 2);
  auto q =
      seg("标题\n\n本报讯（记者 郝雨）法院工作人员耐心询问了企业的\n\n## "
          "新标题\n\n的经营范围等情况。\n");
  CHECK(q.articles.size() == 2);
}

TEST_CASE("segmenter: numbered section lines of a notice are its subheadings", "[ingest]") {
  auto p =
      seg("关于秋季招生的公告\n\n现将有关事项公告如下：\n\n一、招生范围\n\n全区适龄儿童少年。\n\n"
          "二、报名时间\n\n2023年8月1日至8月5日。\n\n特此公告。\n\n平城区教育局\n2023年7月20日\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 7);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[3].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[6].kind == BodyBlock::Kind::kLines);
  CHECK(a.notes.empty());
}

TEST_CASE("segmenter: a photo between two articles goes to the one its caption is about",
          "[ingest]") {
  auto p = seg(
      "平城区召开专题会议\n\n本报讯（记者 张三）7月18日，平城区召开专题会议，部署下半年工作。\n\n"
      "图为会议现场。 张三摄\n\n“书香平城”全民阅读活动启动\n\n本报讯（记者 "
      "赵六）近日，全民阅读活动在图书馆启动。\n\n"
      "图为图书馆阅读活动。 赵六摄\n\n另一篇\n\n本报讯（记者 钱七）近日，平城区开展普法宣传。\n");
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[0].photos.size() == 1);
  CHECK(p.articles[1].photos.size() == 1);
  CHECK(p.articles[1].photos[0].caption == "图为图书馆阅读活动。");
  CHECK(p.articles[2].photos.empty());
}

TEST_CASE("segmenter: a photo above a stack is read against that stack's headline lines too",
          "[ingest]") {
  auto p =
      seg("城市书房开到家门口\n\n本报讯（记者 "
          "宋佳琪）城市书房实行自助借阅，每天开放时间不少于12小时。\n\n"
          "\n改造后的光华小区焕然一新。 韩雪梅摄\n\n老旧小区改造让居民住得更舒心\n\n"
          "改造小区46个 惠及居民1.2万户\n\n本报讯（记者 韩雪梅）外墙做了保温，楼道装了声控灯。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].photos.empty());
  REQUIRE(p.articles[1].photos.size() == 1);
  CHECK(p.articles[1].photos[0].caption == "改造后的光华小区焕然一新。");
}

TEST_CASE("segmenter: on a marked page an unmarked line that stops mid-sentence is a cut piece",
          "[ingest]") {
  auto p =
      seg("## 城区公共自行车站点调整\n\n本报讯（记者 孙露）我区对部分公共自行车站点进行了调整。\n\n"
          "以上站点\n\n调整自2023年8月1日起实施。\n\n"
          "## 另一篇文章\n\n本报讯 正文在这里。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[1].text == "以上站点调整自2023年8月1日起实施。");
}

TEST_CASE("segmenter: on a marked page an unmarked slogan pair between paragraphs is no piece",
          "[ingest]") {
  auto p =
      seg("## 城区公共自行车站点调整\n\n本报讯（记者 孙露）我区对部分公共自行车站点进行了调整。\n\n"
          "守护碧水蓝天 共建美丽家园\n\n调整自2023年8月1日起实施。\n");
  REQUIRE(p.articles.size() == 1);
  for (const auto& b : p.articles[0].body)
    CHECK(b.text != "守护碧水蓝天 共建美丽家园调整自2023年8月1日起实施。");
}

TEST_CASE("segmenter: a feature's subheading with a photo printed under it stays a subheading",
          "[ingest]") {
  auto p =
      seg("党建引领促发展 服务先行惠民生\n\n本报记者 "
          "孙鑫\n\n民和社区党支部书记沈媛带领社区“两委”绘制“民情图”，服务居民。\n\n"
          "民情图架起沟通桥梁\n\n\n\n沈媛在社区服务居民。\n\n孙鑫摄\n\n"
          "沈媛说，“民情图”记录着民和社区每户居民的信息，社区“两委”据此服务居民。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "民情图架起沟通桥梁");
  REQUIRE(a.photos.size() == 1);
  CHECK(a.photos[0].caption == "沈媛在社区服务居民。");
}

TEST_CASE("segmenter: a cut piece after a signed commentary opens a headless fragment",
          "[ingest]") {
  auto p =
      seg("别让排长队成为办事常态\n\n期待更多窗口单位把群众的事当成自己的事。\n\n王朗\n\n"
          "燃气公司提醒广大用\n\n户，使用燃气时要保持通风。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].byline == "王朗");
  const Article& f = p.articles[1];
  CHECK(f.headless);
  CHECK(f.title.empty());
  REQUIRE(f.body.size() == 1);
  CHECK(f.body[0].text == "燃气公司提醒广大用户，使用燃气时要保持通风。");
}

TEST_CASE("segmenter: in a news item a short line whose text goes on on its topic is a cut piece",
          "[ingest]") {
  auto p =
      seg("迎宾街道开展异地就医政策宣传\n\n本报讯（记者 有为）为提升居民对异地就医政策的知晓度，"
          "迎宾街道开展异地就医政策宣传活动。\n\n工作人员通过发放\n\n"
          "《异地就医政策解读》宣传册，向居民宣传异地就医政策。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text == "工作人员通过发放《异地就医政策解读》宣传册，向居民宣传异地就医政策。");
  // A numbered list after a title is no continuation.
  auto q = seg(
      "迎宾街道开展异地就医政策宣传\n\n本报讯（记者 有为）迎宾街道开展异地就医政策宣传活动。\n\n"
      "异地就医政策提醒\n\n1.异地就医政策要先备案。\n\n2.异地就医政策备案可在网上办理。\n");
  CHECK(q.articles.size() == 2);
}

TEST_CASE("segmenter: a short line that ends the sentence a paragraph left open continues it",
          "[ingest]") {
  auto p =
      seg("多措并举稳就业促增收\n\n本报记者 冯志勇\n\n问：今年全区就业形势怎么样？\n\n"
          "答：总体稳定。\n\n问：在帮助高校毕业生就业\n\n方面做了哪些工作？\n\n"
          "答：我们开展了招聘专项行动。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 4);
  CHECK(a.body[2].text == "问：在帮助高校毕业生就业方面做了哪些工作？");
  // A line over a dateline, or over a byline, heads a wedged article, even
  // when it ends with a question mark.
  auto q =
      seg("社区食堂里的烟火气\n\n云锦社区老年人多，双职工家庭多。去年，社区利用一处闲置的底商，"
          "引入餐饮企业开办了\n\n垃圾分类你做对了吗？\n\n"
          "本报讯（记者 郝雨）近日，迎宾街道开展垃圾分类宣传。\n\n社区食堂，面积300平方米。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[1].title == "垃圾分类你做对了吗？");
  auto r =
      seg("社区食堂里的烟火气\n\n云锦社区老年人多，双职工家庭多。去年，社区利用一处闲置的底商，"
          "引入餐饮企业开办了\n\n孩子的假期安全谁来管？\n\n本报记者 "
          "魏红梅\n\n暑假到了，孩子们的安全成了家长最挂心的事。\n");
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].title == "孩子的假期安全谁来管？");
}

TEST_CASE("segmenter: a section's first piece before a wedged article waits for its end",
          "[ingest]") {
  auto p =
      seg("关于开展城乡居民医疗保险集中缴费工作的通知\n\n各街道、乡镇，各有关单位：\n\n"
          "现将有关事项通知如下：\n\n一、缴费时间\n\n2023年9月1日至2023年12\n\n"
          "平城区秋季招商推介会成功举办\n\n"
          "本报讯（记者 张海燕）9月22日，平城区秋季招商引资推介会在区会展中心举行。\n\n"
          "月31日。\n\n二、缴费标准\n\n个人缴费标准为每人每年380元。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  CHECK(a.title == "关于开展城乡居民医疗保险集中缴费工作的通知");
  REQUIRE(a.body.size() >= 4);
  CHECK(a.body[2].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[3].text == "2023年9月1日至2023年12月31日。");
  CHECK(p.articles[1].title == "平城区秋季招商推介会成功举办");
  CHECK(p.articles[1].body.size() == 1);
  // A paragraph that merely starts with a unit word stays where it is.
  auto q =
      seg("标题一\n\n本报讯（记者 张海燕）活动持续到2023年12月31日。\n\n标题二\n\n"
          "本报讯（记者 郝雨）9月22日，推介会举行。\n\n年初以来，全区新签约项目53个。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[1].body.size() == 2);
}

TEST_CASE("segmenter: a word left open before a wedged article is finished after it", "[ingest]") {
  std::string wedged =
      "青少年书法作品展开展\n\n本报讯（记者 "
      "宋佳琪）7月16日，平城区第五届青少年书法作品展在区文化馆开展，"
      "展出全区中小学生优秀书法作品160余幅。\n\n";
  auto p =
      seg("社区食堂里的烟火气\n\n云锦社区老年人多，双职工家庭多，“吃饭难”一直是居民反映集中的问题。"
          "去年，社区利用一处闲置的底商，引入餐饮企业开办了社区食\n\n" +
          wedged + "堂里的饭菜价格实惠，社区食堂面积300平方米，老人在社区食堂就餐还能减2元。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 1);
  CHECK(p.articles[0].body[0].text.find("社区食堂里的饭菜价格实惠") != std::string::npos);
  CHECK(p.articles[1].body.size() == 1);
  // Text about the wedged article stays with it.
  auto q =
      seg("社区食堂里的烟火气\n\n云锦社区老年人多，双职工家庭多，“吃饭难”一直是居民反映集中的问题。"
          "去年，社区利用一处闲置的底商，引入餐饮企业开办了社区食\n\n" +
          wedged + "书法作品展由区教育局主办，书法作品涵盖楷书、行书。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[1].body.size() == 2);
}

TEST_CASE("segmenter: after a run-in item, the next item's cut first piece is no heading",
          "[ingest]") {
  auto p = seg(
      "节约用水倡议书\n\n广大市民朋友们：\n\n三、节约每一滴水。洗菜水可以浇花，洗衣水可以冲厕。\n\n"
      "四、共同监督\n\n浪费。发现公共场所跑冒滴漏、违规用水的，及时向有关部门反映。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[2].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[2].text ==
        "四、共同监督浪费。发现公共场所跑冒滴漏、违规用水的，及时向有关部门反映。");
  // Section headings of a notice whose items are headed stay headings.
  auto q =
      seg("关于秋季招生的公告\n\n现将有关事项公告如下：\n\n一、招生范围\n\n全区适龄儿童少年。\n\n"
          "二、报名时间\n\n2023年8月1日至8月5日。\n");
  REQUIRE(q.articles.size() == 1);
  CHECK(q.articles[0].body[3].kind == BodyBlock::Kind::kSubheading);
}

TEST_CASE("segmenter: a run-in item's cut first piece over a wedged article waits for its end",
          "[ingest]") {
  auto p =
      seg("关于西关路临时封闭施工的公告\n\n现将有关事项公告如下：\n\n"
          "一、封闭时间：2023年6月1日至6月30日。\n\n二、封闭路段：西关路全段。\n\n"
          "三、请过往车辆和行人遵\n\n"
          "### 社区新闻\n\n## 柳巷社区开设四点半课堂\n\n"
          "本报讯（记者 杜春燕）近日，柳巷社区四点半课堂开课，二十多名小学生在这里写作业。\n\n"
          "社区志愿者轮流值守，家长们都说放心。\n\n"
          "守现场交通指示，绕行东关路和南关路。\n\n特此公告。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() >= 4);
  CHECK(a.body[3].text == "三、请过往车辆和行人遵守现场交通指示，绕行东关路和南关路。");
  CHECK(p.articles[1].title == "柳巷社区开设四点半课堂");
  CHECK(std::find(p.banners.begin(), p.banners.end(), "三、请过往车辆和行人遵") == p.banners.end());
}

TEST_CASE("segmenter: a notice's last lines before its issuer and date are the notice's",
          "[ingest]") {
  const std::string head =
      "临时停水通知\n\n各位居民：\n\n因主管道抢修，明日8时至20时东城片区停水。\n\n";
  // A hotline over a signature block printed as one block.
  auto p = seg(head + "24小时服务热线：96116\n\n平城区自来水公司\n2023年9月1日\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 4);
  CHECK(p.articles[0].body[2].text == "24小时服务热线：96116");
  CHECK(p.articles[0].body[3].kind == BodyBlock::Kind::kLines);
  // Its first piece cut short, the issuer and date line by line.
  auto q = seg(head + "停水期间\n\n咨询电话：96116\n\n平城区自来水公司\n\n2023年9月1日\n");
  REQUIRE(q.articles.size() == 1);
  CHECK(q.articles[0].body[2].text == "停水期间咨询电话：96116");
  CHECK(q.articles[0].body.back().kind == BodyBlock::Kind::kLines);
  // A hotline cut inside its number: one paragraph again.
  auto h = seg(head + "监督电话：0352-\n\n5037788\n\n平城区自来水公司\n2023年9月1日\n");
  REQUIRE(h.articles.size() == 1);
  CHECK(h.articles[0].body[2].text == "监督电话：0352-5037788");
  auto l = seg(head + "监督电话：0352-\n\n5037788\n\n平城区自来水公司\n\n2023年9月1日\n");
  REQUIRE(l.articles.size() == 1);
  CHECK(l.articles[0].body[2].text == "监督电话：0352-5037788");
  auto m =
      seg(head + "咨询电话：0352-501662\n\n8、0352-5016629\n\n平城区自来水公司\n2023年9月1日\n");
  REQUIRE(m.articles.size() == 1);
  CHECK(m.articles[0].body[2].text == "咨询电话：0352-5016628、0352-5016629");
  // Another notice, with a notice's title, stays an article of its own.
  auto r = seg(head + "停气通知\n\n明日东城片区停气。\n\n平城区燃气公司\n2023年9月1日\n");
  CHECK(r.articles.size() == 2);
}

TEST_CASE("segmenter: a cut item's rest, printed after a wedged article, goes back with the list",
          "[ingest]") {
  auto p =
      seg("垃圾分类倡议书\n\n全区居民朋友们：\n\n"
          "一、学习分类知识。了解可回收物、厨余垃圾、有害垃圾和其他垃圾的投放要求，自觉养成\n\n"
          "## 社区开展义诊活动\n\n本报讯（记者 秦岚）10月8日，东关社区邀请区医院医生开展义诊。\n\n"
          "医生们为老人测量血压、讲解慢病用药知识，现场气氛热烈。\n\n"
          "垃圾分类投放的好习惯，争做分类示范家庭。\n\n"
          "二、减少垃圾产生。购物自带环保袋，少用一次性餐具，让垃圾分类从源头做起。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(
      a.body[1].text ==
      "一、学习分类知识。了解可回收物、厨余垃圾、有害垃圾和其他垃圾的投放要求，自觉养成垃圾分类投放"
      "的好习惯，争做分类示范家庭。");
  CHECK(a.body[2].text.rfind("二、减少垃圾产生。", 0) == 0);
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("segmenter: before a run-in item, an item's cut first piece is no heading either",
          "[ingest]") {
  auto p =
      seg("节约用水倡议书\n\n广大市民朋友们：\n\n一、树立节水\n\n"
          "意识。从我做起，从点滴做起，自觉养成节约用水的好习惯。\n\n"
          "二、推广节水器具。家庭装修时优先选用节水型龙头。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[1].text == "一、树立节水意识。从我做起，从点滴做起，自觉养成节约用水的好习惯。");
}

TEST_CASE("segmenter: text after an ended article finishes a paragraph left open before it",
          "[ingest]") {
  auto p = seg(
      "社区邻里共度中秋佳节\n\n本报讯（记者 魏红梅）9月27日晚，云锦社区举办中秋晚会，社区书记王\n\n"
      "别让排长队成为办事常态\n\n办事窗口前排起长队，考验的是服务意识。\n\n陈言\n\n"
      "振华说。\n");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 1);
  CHECK(p.articles[0].body[0].text ==
        "本报讯（记者 魏红梅）9月27日晚，云锦社区举办中秋晚会，社区书记王振华说。");
  // With no paragraph left open, such text is a headless fragment.
  auto q =
      seg("社区邻里共度中秋佳节\n\n本报讯（记者 魏红梅）9月27日晚，云锦社区举办中秋晚会。\n\n"
          "别让排长队成为办事常态\n\n办事窗口前排起长队，考验的是服务意识。\n\n陈言\n\n"
          "振华说。\n");
  CHECK(q.articles.size() == 3);
}

TEST_CASE("segmenter: a feature's subheading above a cut piece stays a subheading", "[ingest]") {
  // 新闻速递 is a known banner printed in the column break.
  const std::vector<std::string> banners{"新闻速递"};
  UnitOptions options;
  options.banners = &banners;
  auto p = segment_page(
      make_units("身边的非遗传承人\n\n一把剪刀剪出百样花\n\n"
                 "一张红纸，一把剪刀，折几折、剪几下，展开来便是一幅栩栩如生的“喜鹊登梅”。\n\n"
                 "从小迷上剪纸\n\n今年67岁的邱淑芬是区级非遗项目“平城剪纸”\n\n新闻速递\n\n"
                 "的代表性传承人。她告诉记者，小时候每到过年，母亲都要剪窗花贴在窗户上。\n",
                 options),
      "t.txt", {});
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "从小迷上剪纸");
  CHECK(a.body[2].text ==
        "今年67岁的邱淑芬是区级非遗项目“平城剪纸”的代表性传承人。她告诉记者，小时候每到过年，"
        "母亲都要剪窗花贴在窗户上。");
}

TEST_CASE("segmenter: a marked subheading above a cut piece and a photo stays a subheading",
          "[ingest]") {
  auto p =
      seg("## 巷子里的修鞋摊\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "### 三十年的手艺\n\n今年68岁的郝\n\n郝长顺在修鞋。 本报记者 文静 摄\n\n"
          "长顺是巷子里的老住户。郝长顺说，手艺是父亲传下来的。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "三十年的手艺");
  CHECK(a.body[2].text == "今年68岁的郝长顺是巷子里的老住户。郝长顺说，手艺是父亲传下来的。");
  CHECK(a.photos.size() == 1);
  // Five characters or fewer under it: the piece, whatever the seam.
  auto q =
      seg("## 巷子里的修鞋摊\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "### 盼着街坊都满意\n\n天渐渐\n\n亮了，巷子里的人多了起来。\n");
  REQUIRE(q.articles.size() == 1);
  CHECK(q.articles[0].body.back().text == "天渐渐亮了，巷子里的人多了起来。");
}

TEST_CASE("segmenter: a slogan pair beside a marked subheading is a banner", "[ingest]") {
  auto p =
      seg("## 巷子里的修鞋摊\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "### 手艺传给了徒弟\n\n文明出行 安全你我\n\n"
          "前年，郝长顺收了第一个徒弟，如今徒弟已经能独立修鞋了。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "手艺传给了徒弟");
  CHECK(std::find(p.banners.begin(), p.banners.end(), "文明出行 安全你我") != p.banners.end());
}

TEST_CASE("segmenter: a line under a table that points back at it is the table's text",
          "[ingest]") {
  auto p =
      seg("城区公交线路调整一览表\n\n线路\t调整方式\n3路\t延长\n17路\t改道\n\n"
          "以上线路调整自下月起\n\n实施。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.back().text == "以上线路调整自下月起实施。");
}

TEST_CASE("segmenter: a fragment keeps a subheading over text on its topic", "[ingest]") {
  // The end of a feature printed on from another page: no headline, then a
  // subheading over text that opens a sentence, on the same people.
  auto p =
      seg("郝长顺的修鞋摊在槐树巷口摆了三十年，郝长顺说修鞋摊离不开老街坊。\n\n"
          "手艺传给徒弟\n\n"
          "前年，郝长顺的修鞋摊来了徒弟小周，郝长顺手把手教小周修鞋，修鞋摊又热闹起来。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  // Over text on another topic it is a new article's title.
  auto q =
      seg("郝长顺的修鞋摊在槐树巷口摆了三十年，郝长顺说修鞋摊离不开老街坊。\n\n"
          "东关社区食堂开张\n\n近日，东关社区食堂正式开张，辖区老人每餐只需8元。\n");
  CHECK(q.articles.size() == 2);
}

TEST_CASE("segmenter: a feature's comma subheading over a time phrase stays a subheading",
          "[ingest]") {
  auto p =
      seg("巷子里的修鞋摊\n\n本报记者 文静\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "一张桌子，两代手艺\n\n1985年，郝长顺从父亲手里接过了这张修鞋桌。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[0].body[1].text == "一张桌子，两代手艺");
}

TEST_CASE("segmenter: a comma subheading over a year the break cut stays a subheading",
          "[ingest]") {
  // "19" / "96年，…": the text under the heading opens with a time phrase once
  // the number is read whole.
  auto p =
      seg("巷子里的修鞋摊\n\n本报记者 文静\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "一张桌子，两代手艺\n\n19\n\n85年，郝长顺从父亲手里接过了这张修鞋桌。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[0].body[1].text == "一张桌子，两代手艺");
  CHECK(p.articles[0].body[2].text == "1985年，郝长顺从父亲手里接过了这张修鞋桌。");
}

TEST_CASE("segmenter: a letter's title after a feature starts the letter", "[ingest]") {
  // "致…的一封信" is a notice's title: never a feature's section, however
  // the topic measure reads the text under it.
  auto p =
      seg("巷子里的修鞋摊\n\n本报记者 文静\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "寒假致家长的一封信\n\n尊敬的各位家长：\n\n寒假将至，请家长看护好孩子，注意交通和用火安全"
          "。\n\n"
          "平城区教育局\n\n2025年1月15日\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "寒假致家长的一封信");
}

TEST_CASE("segmenter: a stack's last line with figures is the cut piece and not its title",
          "[ingest]") {
  // Under a kicker and a comma title, "凌晨2点" is where the text begins:
  // after an article signed at its end, the title is no piece opening a
  // headless fragment.
  auto p =
      seg("巷子里的修鞋摊\n\n清晨的槐树巷还很安静，一个修鞋摊已经支了起来。\n\n"
          "郝长顺说，这门手艺要一代代传下去。本报记者 文静 通讯员 曹宇航\n\n"
          "最美平城人\n\n哪里有险情，哪里就有“救援橙”\n\n凌晨2点\n\n"
          "，手机铃声突然响起。单志勇一骨碌从床上爬起来，5分钟后就出了门。\n\n"
          "单志勇是应急救援志愿服务队的队长。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[1];
  CHECK(a.title == "哪里有险情，哪里就有“救援橙”");
  CHECK(a.kicker == "最美平城人");
  REQUIRE(!a.body.empty());
  CHECK(a.body[0].text == "凌晨2点，手机铃声突然响起。单志勇一骨碌从床上爬起来，5分钟后就出了门。");
}

TEST_CASE("segmenter: a short label over a title and a quoted voice is a full stack", "[ingest]") {
  auto p =
      seg("聚焦基层治理\n\n小网格撬动大治理\n\n“网格员就像邻家亲戚，有事喊一声就到”\n\n"
          "本报记者 文静\n\n走进北辰街道，网格员正挨家挨户走访，居民有事喊一声就到。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].kicker == "聚焦基层治理");
  CHECK(p.articles[0].title == "小网格撬动大治理");
  CHECK(p.articles[0].subtitle == "“网格员就像邻家亲戚，有事喊一声就到”");
  REQUIRE(!p.articles[0].body.empty());
  CHECK(p.articles[0].body[0].text.rfind("走进北辰街道", 0) == 0);
}

TEST_CASE("segmenter: a slogan wedged after the byline's first piece is a banner", "[ingest]") {
  auto p =
      seg("古镇的“新乡约”\n\n——一个山村移风易俗的故事\n\n本报记者 "
          "林晓\n\n古镇坐落在石桥镇北边的山脚下\n\n"
          "扫黑除恶 护航发展\n\n，因村口一口明代古井得名，全村186户、540口人。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(!p.articles[0].body.empty());
  CHECK(p.articles[0].body[0].text ==
        "古镇坐落在石桥镇北边的山脚下，因村口一口明代古井得名，全村186户、540口人。");
  REQUIRE(p.banners.size() == 1);
  CHECK(p.banners[0] == "扫黑除恶 护航发展");
}

TEST_CASE("segmenter: a word quoted alone over its predicate is the paragraph's subject",
          "[ingest]") {
  // "“物业议事会”" / "由社区党组织牵头，…": cut after the quote, not a title.
  auto p = seg(
      "瑞泉街道“物业议事会”化解小区矛盾\n\n本报讯（记者 钱慧敏）小区停车位怎么划，居民说了算。\n\n"
      "“物业议事会”\n\n由社区党组织牵头，业委会、物业企业、居民代表共同参与。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].body[1].text ==
        "“物业议事会”由社区党组织牵头，业委会、物业企业、居民代表共同参与。");
}

TEST_CASE("segmenter: a line ending on a quoted word over its predicate is a cut piece",
          "[ingest]") {
  // "让“高效办成一件事”" / "成为常态，…": the clause goes on with its verb.
  auto p =
      seg("政务服务再提速\n\n本报讯（记者 钱慧敏）今年以来，区政务服务中心推出12项集成服务。\n\n"
          "让“高效办成一件事”\n\n成为常态，还要久久为功，持续优化办事流程。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 2);
  CHECK(p.articles[0].body[1].text.find("让“高效办成一件事”成为常态，") == 0);
}

TEST_CASE("segmenter: a name the break cut under a title after a notice is the text's start",
          "[ingest]") {
  auto p =
      seg("关于寒假安全的通知\n\n各学校：\n\n请做好寒假安全教育工作。\n\n平城区教育局\n\n2025年1月1"
          "5日\n\n"
          "对话返乡创业青年王晓帆：把家乡小米卖向全国\n\n王晓帆\n\n"
          "，1994年出生，大学毕业后回乡创业。\n\n记者：当初为什么决定回来？\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[1];
  CHECK(a.title == "对话返乡创业青年王晓帆：把家乡小米卖向全国");
  REQUIRE(!a.body.empty());
  CHECK(a.body[0].text == "王晓帆，1994年出生，大学毕业后回乡创业。");
}

TEST_CASE("segmenter: a feature told by the clock keeps its sections", "[ingest]") {
  // Sections that open with the time, whatever the topic measure says; the
  // feature's title over a photo and text that opens with a time phrase is
  // no cut piece of the news item above it (不眠夜 / 晚上 is no 夜晚).
  auto p = seg(
      "城区新建公厕50座\n\n本报讯（记者 周敏）今年以来，城区新建改建公厕50座，全部免费开放。\n\n"
      "急诊室的不眠夜\n\n急诊科医护人员正在抢救病人。\n上官婷摄\n\n"
      "晚上10点，平城区人民医院急诊科灯火通明，护士们忙着分诊。\n\n"
      "凌晨1时40分 醉酒者与受伤的孩子\n\n一名醉酒男子大声吵闹，不肯配合缝合伤口。\n\n"
      "凌晨4时30分 一口凉掉的饭\n\n值班医生这才打开早已凉透的盒饭。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].photos.empty());
  const Article& a = p.articles[1];
  CHECK(a.title == "急诊室的不眠夜");
  CHECK(a.photos.size() == 1);
  REQUIRE(a.body.size() == 5);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "凌晨1时40分 醉酒者与受伤的孩子");
  CHECK(a.body[3].kind == BodyBlock::Kind::kSubheading);
}

TEST_CASE("segmenter: briefs headed by bodies and what they did are briefs", "[ingest]") {
  // Bodies and what they did head briefs of their own, however alike.
  auto briefs = seg(
      "区民政局：开展冬季送温暖活动\n\n近日，区民政局走访慰问困难群众120户，送去棉被和米面油。\n\n"
      "区卫健局：组织专家义诊进社区\n\n上周六，十二名医学专家在文苑社区为居民测血压、看牙齿。\n\n"
      "区教育局：举办校园安全培训班\n\n全区中小学校长和安全干部参加了消防演练与防溺水讲座。\n");
  CHECK(briefs.articles.size() == 3);
}

TEST_CASE("segmenter: a feature's sections labelled in one pattern are its sections", "[ingest]") {
  // The first section's topic is far from the lead's; its label's pattern shows further down.
  const std::string feature =
      "“走进新时代乡村”系列报道之五\n\n雁门岭村的“三本账”\n\n"
      "雁门岭村坐落在平城区北部的山梁上，全村218户、560口人。\n\n"
      "产业账：一棵杏树结出“金果果”\n\n村子周边的山坡上，成片的杏树郁郁葱葱。\n\n"
      "生态账：荒山坡变成了绿屏障\n\n十年前，这里的山头还光秃秃的。\n";
  auto p = seg(feature);
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(a.title == "雁门岭村的“三本账”");
  REQUIRE(a.body.size() == 5);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "产业账：一棵杏树结出“金果果”");
  CHECK(a.body[3].kind == BodyBlock::Kind::kSubheading);
  // A lone label line with no partner heads an article of its own.
  auto q =
      seg("雁门岭村的“三本账”\n\n雁门岭村坐落在平城区北部的山梁上，全村218户、560口人。\n\n"
          "两会声音：让养老服务更有温度\n\n区人大代表建议，加快社区养老服务站建设。\n");
  CHECK(q.articles.size() == 2);
}

TEST_CASE("segmenter: an interview's cut question and its answer after another article",
          "[ingest]") {
  const std::string interview =
      "预付式消费如何不“踩坑”\n\n——访区市场监管局负责人\n\n"
      "问：消费者办卡时应该注意什么？\n\n答：要选择信誉好的商家，不要一次充值太多。\n\n"
      "问：监管部门在这方面有什么\n\n";
  const std::string wedged =
      "城区新建公厕50座\n\n今年以来，城区新建改建公厕50座，全部免费开放。\n\n本报记者 周敏\n\n";
  // The question's rest, a banner printed beside it, then the answer.
  auto p = seg(interview + wedged +
               "创城进行时\n\n新举措？\n\n"
               "答：我们正在推行预付资金存管制度。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 4);
  CHECK(a.body[2].text == "问：监管部门在这方面有什么新举措？");
  CHECK(a.body[3].text == "答：我们正在推行预付资金存管制度。");
  CHECK(p.banners == std::vector<std::string>{"创城进行时"});
  // A whole question, another article, then the answer.
  auto q = seg(interview.substr(0, interview.rfind("问：")) + "问：如果遇到纠纷，怎么维权？\n\n" +
               wedged + "答：首先要保存好合同、付款凭证。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[0].body.back().text == "答：首先要保存好合同、付款凭证。");
  CHECK(q.articles[1].body.size() == 1);
}

TEST_CASE("segmenter: a photo above a cut piece and a banner stays with the article", "[ingest]") {
  const std::vector<std::string> banners{"一线观察"};
  UnitOptions options;
  options.banners = &banners;
  auto p = segment_page(
      make_units("6个项目集中开工\n\n本报讯（记者 秦岚）3月6日，6个项目在西区集中开工。\n\n"
                 "开工仪式现场。 秦岚摄\n\n据了\n\n一线观察\n\n"
                 "解，6个项目建成后，预计新增就业岗位800个。\n",
                 options),
      "t.txt", {});
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(a.photos.size() == 1);
  CHECK(a.body.back().text == "据了解，6个项目建成后，预计新增就业岗位800个。");
}

TEST_CASE("segmenter: a kicker that text after the wedged article finishes goes back", "[ingest]") {
  auto p =
      seg("全区今冬供热正式启动\n\n本报讯（记者 秦岚）11月1日，全区集中供热正式启动。\n\n"
          "供热公司提醒广大用\n\n社区开展义诊活动\n\n"
          "本报讯（记者 杜春燕）近日，东关社区邀请区医院医生开展义诊。\n\n"
          "户，室内温度低于18摄氏度可拨打热线报修。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text ==
        "供热公司提醒广大用户，室内温度低于18摄氏度可拨打热线报修。");
  CHECK(p.articles[1].title == "社区开展义诊活动");
  CHECK(p.articles[1].kicker.empty());
  // A series line is a kicker, whatever the text after it reads as.
  auto q =
      seg("全区今冬供热正式启动\n\n本报讯（记者 秦岚）11月1日，全区集中供热正式启动。\n\n"
          "平城教育系列报道之五\n\n社区开展义诊活动\n\n"
          "本报讯（记者 杜春燕）近日，东关社区邀请区医院医生开展义诊。\n\n"
          "中，有教师也有学生。\n");
  REQUIRE(q.articles.size() >= 2);
  CHECK(q.articles[1].kicker == "平城教育系列报道之五");
}

TEST_CASE("segmenter: a notice's next section heading with a banner above a cut piece",
          "[ingest]") {
  auto p =
      seg("关于开展2024年度城乡居民基本医疗保险集中缴费工作的通知\n\n各街道、乡镇，各有关单位：\n\n"
          "根据省、市有关文件精神，现将有关事项通知如下：\n\n一、缴费时间\n\n"
          "2023年9月1日至2023年12月31日。\n\n创城进行时\n\n二、缴费标准\n\n2024年度城\n\n"
          "乡居民基本医疗保险个人缴费标准为每人每年380元。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 6);
  CHECK(a.body[4].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[4].text == "二、缴费标准");
  CHECK(a.body[5].text == "2024年度城乡居民基本医疗保险个人缴费标准为每人每年380元。");
  CHECK(std::find(p.banners.begin(), p.banners.end(), "创城进行时") != p.banners.end());
}

TEST_CASE("segmenter: after a notice's signature, a piece cutting a name the page repeats",
          "[ingest]") {
  // "柏雅琴" is printed whole twice below: the short line is the first piece
  // of a paragraph (cut in the name), not a headline over the text.
  auto p = seg(
      "关于暂停供气的通知\n\n因管道检修，城东片区暂停供气一天。\n\n平城区燃气公司\n2023年9月1日\n\n"
      "独居老人柏雅\n\n琴家的燃气灶打不着火，网格员上门帮忙。\n\n柏雅琴说，网格员帮了大忙。"
      "柏雅琴的邻居也来道谢。\n");
  bool joined = false;
  for (const auto& a : p.articles)
    for (const auto& b : a.body)
      joined = joined || b.text == "独居老人柏雅琴家的燃气灶打不着火，网格员上门帮忙。";
  CHECK(joined);
}

TEST_CASE("segmenter: a slogan pair a feature repeats is its subheading, not a banner",
          "[ingest]") {
  const std::string head =
      "小巷里的文明新风\n\n"
      "走进南关社区，小巷干净整洁，墙上画着彩绘。社区坚持志愿服务带动邻里互助，"
      "让文明新风吹进千家万户。\n\n";
  const std::string tail =
      "\n\n社区组建了12支志愿服务队，定期开展邻里互助活动，居民们互帮互助，"
      "小巷里的文明新风越来越浓。\n";
  // Its words (志愿服务, 邻里互助) run through the text: a subheading.
  auto p = seg(head + "志愿服务 邻里互助" + tail);
  REQUIRE(p.articles.size() == 1);
  bool sub = false;
  for (const auto& b : p.articles[0].body)
    sub = sub || (b.kind == BodyBlock::Kind::kSubheading && b.text == "志愿服务 邻里互助");
  CHECK(sub);
  // A slogan the text does not repeat stays a banner printed between paragraphs.
  auto q = seg(head + "安全生产 警钟长鸣" + tail);
  REQUIRE(q.articles.size() == 1);
  CHECK(std::find(q.banners.begin(), q.banners.end(), "安全生产 警钟长鸣") != q.banners.end());
}

TEST_CASE("segmenter: a line over a numbered run from its first item is a title, not a subheading",
          "[ingest]") {
  auto p =
      seg("巧手绣出新生活\n\n走进社区绣坊，十几位绣娘正在飞针走线，绣出一幅幅花鸟图。\n\n"
          "绣坊里的安全提示\n\n1.绣娘飞针走线时不吸烟。\n\n2.绣完花鸟图要关闭电源。\n\n"
          "3.十几位绣娘轮流值日。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "绣坊里的安全提示");
  // Followed by prose, the same line on the feature's topic stays a subheading.
  auto q =
      seg("巧手绣出新生活\n\n走进社区绣坊，十几位绣娘正在飞针走线，绣出一幅幅花鸟图。\n\n"
          "绣坊里的新生活\n\n绣娘们说，在绣坊里绣花，日子过得有滋有味，绣坊成了新生活的好去处。\n");
  CHECK(q.articles.size() == 1);
}

TEST_CASE("segmenter: a short line after a bylined feature's lead paragraph is a subheading",
          "[ingest]") {
  const std::string text =
      "一根银针绣春秋\n\n本报记者 林晓\n\n"
      "一块白绢，一根银针，几个小时后，一朵牡丹跃然绢上。在东关街道的绣坊里，柏雅琴正在教学员。\n\n"
      "外婆的针线筐\n\n"
      "柏雅琴五岁起跟着外婆学针线活，十几岁就能独自完成一幅枕套。\n\n"
      "柏雅琴说，这门手艺要一代代传下去。\n";
  auto p = seg(text);
  REQUIRE(p.articles.size() == 1);
  bool sub = false;
  for (const auto& b : p.articles[0].body)
    sub = sub || (b.kind == BodyBlock::Kind::kSubheading && b.text == "外婆的针线筐");
  CHECK(sub);
}

TEST_CASE("segmenter: a short line after the lead paragraph under a dash subtitle is a subheading",
          "[ingest]") {
  // A "——" subtitle marks a feature (通讯) as a byline on top does; its
  // byline may stand at the end.
  const std::string text =
      "古镇的“新乡约”\n\n——一个山村移风易俗的故事\n\n"
      "古镇坐落在石桥镇北边的山脚下，全村186户、540口人，这几年出了名。\n\n"
      "一笔“人情账”\n\n"
      "“前些年办事讲排场，彩礼要十几万，酒席摆三天。”村民巩翠兰说。\n\n"
      "如今红白喜事都按新规矩办，一年能省下不少钱。\n\n本报记者 林晓\n";
  auto p = seg(text);
  REQUIRE(p.articles.size() == 1);
  bool sub = false;
  for (const auto& b : p.articles[0].body)
    sub = sub || (b.kind == BodyBlock::Kind::kSubheading && b.text == "一笔“人情账”");
  CHECK(sub);
}

TEST_CASE("segmenter: a two-line stack over a cut dateline reads the text after the wedge",
          "[ingest]") {
  // The dateline's first piece says nothing of the stack; the text after the
  // wedged banner repeats the upper line: it is the title, the pair under it
  // the subtitle.
  auto p = seg(
      "防汛应急演练检验实战能力\n\n各部门协同联动 处置有序高效\n\n本报讯（记者 于海\n\n基层传真\n\n"
      "波）6月12日，全区防汛应急演练在滨河公园举行，这次应急演练检验了各救援力量的实战能力。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].title == "防汛应急演练检验实战能力");
  CHECK(p.articles[0].subtitle == "各部门协同联动 处置有序高效");
  CHECK(p.articles[0].kicker.empty());
}

TEST_CASE("segmenter: a feature's next section printed in its sections' quoted pattern",
          "[ingest]") {
  // The third section is on another part of the story (the drivers, not the
  // sorting line), so the topic measure alone would read a new article.
  const std::string text =
      "凌晨三点的物流园\n\n凌晨3点，城市早已入睡，物流园却灯火通明，分拣中心里一片繁忙。\n\n"
      "分拣线上的“接力赛”\n\n走进分拣中心，自动化分拣线高速运转，包裹经过扫描仪被分拣到各个格口。\n"
      "\n"
      "一单一单地“跑”出来\n\n司机税永福检查轮胎、核对路单，一踩油门驶上国道。\n\n"
      "跑了8年干线，税永福对沿途路况了如指掌，哪里容易堵车、哪里能歇脚，他心里有本账。"
      "妻子在老家种了十亩谷子，女儿今年考上了师范大学，他盼着过年回家团聚。\n";
  auto p = seg(text);
  REQUIRE(p.articles.size() == 1);
  bool sub = false;
  for (const auto& b : p.articles[0].body)
    sub = sub || (b.kind == BodyBlock::Kind::kSubheading && b.text == "一单一单地“跑”出来");
  CHECK(sub);
  // Without quotes in both, a line of the same length off the topic is a title.
  auto q =
      seg("凌晨三点的物流园\n\n凌晨3点，城市早已入睡，物流园却灯火通明，分拣中心里一片繁忙。\n\n"
          "分拣线上的“接力赛”\n\n走进分拣中心，自动化分拣线高速运转，包裹经过扫描仪被分拣到各个格口"
          "。\n\n"
          "急诊室里的不眠夜晚\n\n晚上10点，区人民医院急诊科里，医生护士正忙着抢救病人。\n");
  CHECK(q.articles.size() == 2);
}

TEST_CASE("segmenter: a notice's next numbered item after a wedged article rejoins the notice",
          "[ingest]") {
  auto p = seg(
      "关于东关街临时封闭施工的通告\n\n因管网改造需要，现将有关事项通告如下：\n\n"
      "一、封闭时间：2024年3月1日至3月31日。\n\n二、封闭路段：东关街全段。\n\n"
      "社区书屋开门迎客\n\n本报讯（记者 林晓）昨日，南关社区书屋正式开放，居民纷纷前来借阅。\n\n"
      "三、请过往车辆绕行。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& notice = p.articles[0];
  REQUIRE(!notice.body.empty());
  bool third = false;
  for (const auto& b : notice.body) {
    third = third || b.text == "三、请过往车辆绕行。";
    for (const auto& item : b.items) third = third || item == "三、请过往车辆绕行。";
  }
  CHECK(third);
  for (const auto& b : p.articles[1].body) CHECK(b.text != "三、请过往车辆绕行。");
}

TEST_CASE("segmenter: a speaker's name cut by the break is no signature", "[ingest]") {
  auto p =
      seg("让居民办事更方便\n\n记者：下一步还有哪些打算？\n\n柏雅\n\n"
          "琴：我们将继续推进窗口改革，让居民少跑腿。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].byline.empty());
  bool joined = false;
  for (const auto& b : p.articles[0].body)
    joined = joined || b.text == "柏雅琴：我们将继续推进窗口改革，让居民少跑腿。";
  CHECK(joined);
}

TEST_CASE(
    "segmenter: after a dangling news item, a headline over text on a nearby topic is a "
    "new article",
    "[ingest]") {
  // The item's text stops without a sentence's end (its rest is printed
  // elsewhere); the text under the next line starts a sentence, cuts no word
  // and shares only a common word (老人) with it: a topic similarity of about
  // 0.09, under the 0.10 a wedged banner's continuation needs.
  auto p =
      seg("食堂扩容便民生\n\n本报讯（记者 "
          "郝雨）今年以来，平城区新建社区食堂12个，为老人提供午餐和晚餐，"
          "每餐比市场价低两元，还为行动不便的老人送餐上门\n\n书法作品展开展\n\n"
          "书法作品展在区文化馆开幕，展出居民书法作品一百余幅，老人和孩子一同观展，不少老人现场挥毫"
          "泼墨。"
          "\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "书法作品展开展");
  CHECK(p.banners.empty());
}

TEST_CASE("segmenter: a feature's short line cut inside a clause is the first piece, no subheading",
          "[ingest]") {
  // "是柳湾社区…" cannot open a sentence: the line above is its subject.
  auto p =
      seg("“马大姐”的十年志愿路\n\n清晨6点半，马春兰已经穿上红马甲，拎着工具包出了门。\n\n"
          "今年58岁的马春兰\n\n是柳湾社区的一名志愿者，居民们都亲切地叫她“马大姐”。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[1].text == "今年58岁的马春兰是柳湾社区的一名志愿者，居民们都亲切地叫她“马大姐”。");
}

TEST_CASE("segmenter: a short line ending on a post and a surname is a name cut by the break",
          "[ingest]") {
  // "局长钟" / "秀山介绍" — no headline ends on a surname after a post.
  auto p =
      seg("全区部署防范新一轮强降雨\n\n"
          "本报讯（记者 秦晓岚）据市气象台预报，7月28日夜间至30日，我区将出现新一轮强降雨天气。\n\n"
          "会议要求，各街道、各部门要立即进入临战状态，严格落实24小时值班制度。\n\n"
          "区应急管理局局长钟\n\n"
          "秀山介绍，全区已预置抢险队伍42支、1600余人，排水泵车18台。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[2].text ==
        "区应急管理局局长钟秀山介绍，全区已预置抢险队伍42支、1600余人，排水泵车18台。");
}

TEST_CASE("segmenter: a stray byline's article takes its text back into the sentence it left open",
          "[ingest]") {
  auto p =
      seg("平城区全力打造现代服务业高质量发展新引擎\n\n"
          "今年以来，平城区紧紧围绕这一战略定位，全力建设现代服务示范区，聚焦三个方面主要工作，\n\n"
          "国庆假期古城游人如织\n\n"
          "本报讯（记者 "
          "黄文静）国庆假期，平城区各景区景点人气旺盛，古城墙、华严寺等热门景点游客络绎不绝。\n\n"
          "假期期间，平城区推出了古城灯会、非遗市集等30余项文旅活动，吸引了大批外地游客。\n\n"
          "推动生产逐月好转，经济增速逐步转正，服务业发展取得实质性突破。\n\n"
          "平城区不断扩大总量规模，进一步释放服务业发展活力，引导商贸业回流、升级、集聚发展。\n\n"
          "本报记者 纪元\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  CHECK(a.byline == "本报记者 纪元");
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[0].text ==
        "今年以来，平城区紧紧围绕这一战略定位，全力建设现代服务示范区，聚焦三个方面主要工作，"
        "推动生产逐月好转，经济增速逐步转正，服务业发展取得实质性突破。");
  CHECK(p.articles[1].body.size() == 2);
}

namespace {

// A commentary cut mid-sentence, a news item printed in its column, then
// `after_wedge` and the commentary's last paragraphs and signature.
PageImport stray_commentary_page(const std::string& after_wedge) {
  return seg(
      "别让“僵尸车”占着公共车位\n\n"
      "在不少老旧小区，总能看到一些落满灰尘的“僵尸车”，长期占着公共车位。\n\n"
      "破解这一难题，需要多方合力。公安交管部门要加强巡查，物业企业也\n\n"
      "青年驿站免费住 来平求职有了“落脚点”\n\n"
      "本报讯（记者 谢雨桐）平城区青年驿站为来平求职的高校毕业生提供免费住宿。\n\n"
      "驿站负责人介绍，除了免费住宿，驿站还提供就业政策咨询、岗位推荐等服务。\n\n" +
      after_wedge +
      "\n\n当然，车主自身也应有公德意识，不用的车辆及时处理，别让“僵尸车”占着公共车位。\n\n"
      "公共车位是大家的，每腾出一个车位，就多一分方便，治理“僵尸车”还需久久为功。\n\n"
      "江澄\n");
}

}  // namespace

TEST_CASE("segmenter: a stray byline's article takes its text from right after the wedge",
          "[ingest]") {
  // The best split by topic is "当然，…"; the paragraph before it says nothing
  // of the news item it follows, so it is the cut sentence's end.
  auto p = stray_commentary_page("要担起日常巡查的责任，发现一辆、登记一辆、上报一辆。");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  CHECK(a.byline == "江澄");
  REQUIRE(a.body.size() == 4);
  CHECK(a.body[1].text ==
        "破解这一难题，需要多方合力。公安交管部门要加强巡查，物业企业也"
        "要担起日常巡查的责任，发现一辆、登记一辆、上报一辆。");
  CHECK(p.articles[1].body.size() == 2);
}

TEST_CASE("segmenter: a paragraph opening a quotation does not go on with a sentence left open",
          "[ingest]") {
  auto p = stray_commentary_page("“我们每天巡查，发现一辆、登记一辆。”保安老王说。");
  REQUIRE(p.articles.size() == 2);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[1].text.find("物业企业也当然，") != std::string::npos);
  CHECK(p.articles[1].body.size() == 3);
}

TEST_CASE(
    "segmenter: a headline run's last line cut from the paragraph under it is its first piece",
    "[ingest]") {
  // "在平城区" opens with a preposition; "本报" / "讯（记者…）" cuts the dateline.
  // A photo printed between the headline and the piece.
  auto p =
      seg("山村女医生\n\n\n\n谷秀英上门为村里老人测量血压。\n\n欧阳明摄\n\n在平城区\n\n"
          "北部山区的石岭村，提起村医谷秀英，几乎无人不晓。\n\n"
          "百姓健身房 家门口的好去处\n\n本报\n\n"
          "讯（记者 郑国庆）晚上7点，北湖公园旁的百姓健身房里灯火通明。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].title == "山村女医生");
  REQUIRE(p.articles[0].body.size() == 1);
  CHECK(p.articles[0].body[0].text == "在平城区北部山区的石岭村，提起村医谷秀英，几乎无人不晓。");
  CHECK(p.articles[0].subtitle.empty());
  CHECK(p.articles[1].title == "百姓健身房 家门口的好去处");
  REQUIRE(!p.articles[1].body.empty());
  CHECK(p.articles[1].body[0].text.rfind("本报讯（记者 郑国庆）", 0) == 0);
}

TEST_CASE("segmenter: a subtitle over a paragraph that starts a sentence stays the subtitle",
          "[ingest]") {
  auto p = seg(
      "山村女医生\n\n扎根山村三十年\n\n在平城区北部山区的石岭村，提起村医谷秀英，几乎无人不晓。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].subtitle == "扎根山村三十年");
  REQUIRE(p.articles[0].body.size() == 1);
}

TEST_CASE("segmenter: a kicker whose list of names goes on after the next article is given back",
          "[ingest]") {
  // "此次展览由区教育局" was the news item's last piece, read as the notice's
  // kicker; "、区文联联合主办…" after the notice finishes it.
  auto p =
      seg("青少年书法作品展开展\n\n"
          "本报讯（记者 宋佳琪）7月16日，平城区第五届青少年书法作品展在区文化馆开展。\n\n"
          "此次展览由区教育局\n\n"
          "节约用水倡议书\n\n全区广大市民朋友们：\n\n"
          "水是生命之源，是城市发展的命脉。让我们从点滴做起，自觉养成节约用水的好习惯。\n\n"
          "平城区水务局\n\n2023年7月18日\n\n"
          "、区文联联合主办，作品涵盖楷书、行书、隶书等多种书体。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text ==
        "此次展览由区教育局、区文联联合主办，作品涵盖楷书、行书、隶书等多种书体。");
  CHECK(p.articles[1].kicker.empty());
}

TEST_CASE("segmenter: a short first piece whose words go on as a term the page prints whole",
          "[ingest]") {
  // "民生" / "保障方面": the page prints 民生保障 whole once above.
  auto p =
      seg("把服务送到群众心坎上\n\n本报记者 黄文静\n\n"
          "今年以来，街道围绕“党建引领、服务居民”，在社区治理、民生保障和经济发展上下功夫。\n\n"
          "“我们推行了‘街巷长’制度，每周至少走访一次，现场解决问题。”郑海涛介绍。\n\n"
          "在民生\n\n保障方面，街道新建社区食堂3个、儿童之家5个。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[2].text == "在民生保障方面，街道新建社区食堂3个、儿童之家5个。");
  CHECK(p.banners.empty());
}

TEST_CASE("segmenter: a line over a dateline heads that text even when it seems to finish a word",
          "[ingest]") {
  // "复工复" + "古城…" reads 复古 to the dictionary; the dateline below makes
  // the line a headline.
  auto p = seg(
      "平城区打造现代服务业新引擎\n\n今年以来，平城区紧紧围绕这一战略定位，全力建设现代服务示范区、"
      "文旅融合示范区，聚焦三个方面主要工作，复工复\n\n"
      "古城游人如织\n\n本报讯（记者 黄文静）国庆假期，古城墙、华严寺等热门景点游客络绎不绝。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text ==
        "今年以来，平城区紧紧围绕这一战略定位，全力建设现代服务示范区、文旅融合示范区，聚焦三个方面"
        "主要"
        "工作，复工复");
  CHECK(p.articles[1].title == "古城游人如织");
}

TEST_CASE("segmenter: after a list's last numbered item an unnumbered line heads another article",
          "[ingest]") {
  auto p = seg(
      "文明养犬“八不”公约\n\n1.不违规饲养烈性犬、大型犬。\n\n2."
      "不让犬只无证饲养，按时办理登记、免疫。\n\n"
      "3.不遗弃、虐待犬只。\n\n让“小积分”撬动“大文明”\n\n"
      "参加一次志愿服务得10分，垃圾分类做得好得5分，积分可以到社区“爱心超市”换洗衣液、换大米。\n\n"
      "积分虽小，作用不小。它把看不见的文明行为变成了看得见的数字，把“要我参与”变成了“我要参与”。"
      "\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(p.articles[1].title == "让“小积分”撬动“大文明”");
}

TEST_CASE("segmenter: a feature's subheading of five characters that its text repeats",
          "[ingest]") {
  auto p = seg(
      "一家三代的“读书角”\n\n本报记者 章雅琴\n\n"
      "走进杏园社区苗振华老人家，客厅靠窗的一面墙被改成了书架，上面整整齐齐码放着两千多册图书。\n\n"
      "老人的书架\n\n"
      "今年74岁的苗振华是一名退休中学语文教师，老人每天都要在书架前读书两个小时。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "老人的书架");
  CHECK(p.banners.empty());
}

TEST_CASE("segmenter: a subheading over a short first piece whose cut the page's names finish",
          "[ingest]") {
  const std::vector<std::string> banners{"守护碧水蓝天 共建美丽家园"};
  UnitOptions options;
  options.banners = &banners;
  auto p = segment_page(
      make_units(
          "一家三代的“读书角”\n\n本报记者 章雅琴\n\n"
          "走进杏园社区苗振华老人家，客厅靠窗的一面墙被改成了书架，上面码放着两千多册图书。\n\n"
          "老人的书架\n\n今年74岁的苗\n\n守护碧水蓝天 共建美丽家园\n\n"
          "振华是一名退休中学语文教师。退休后，苗振华每天雷打不动地读书两个小时。\n",
          options),
      "t.txt", {});
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[2].text ==
        "今年74岁的苗振华是一名退休中学语文教师。退休后，苗振华每天雷打不动地读书两个小时。");
}

TEST_CASE("segmenter: a kicker over a stack and a dateline is no word's end across the seam",
          "[ingest]") {
  auto p =
      seg("背街小巷 换了新颜\n\n本报讯（记者 于海波）今年以来，北苑街道把背街小巷整治作为为民办实事"
          "的重点。目前，北苑街道已完成11条背街小巷的整治，其\n\n"
          "实事惠民生\n\n东关农贸市场提档升级后重新开业\n\n"
          "本报讯（记者 赵晓峰）10月8日，经过5个月的改造提升，东关农贸市场重新开业。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].kicker == "实事惠民生");
  CHECK(p.articles[1].title == "东关农贸市场提档升级后重新开业");
}

TEST_CASE("segmenter: after a paragraph cut mid-sentence a line is no subheading but a title",
          "[ingest]") {
  auto p =
      seg("嵌入式养老让老人乐享晚年\n\n"
          "上午9点，凤鸣街道柳湾社区日间照料中心里热闹起来。有的老人在阅览室看报，有的在活动室下象"
          "棋，康复室里，护理员正帮着一位老人做理疗。\n\n"
          "“早上送完孙子上学就过来，中午在这儿吃饭，一荤两素一个汤，才8块钱。”78岁的吕秀英老人说，"
          "儿女上班忙，在这里有人说话、有人照应，比一个人待在家里强多了。\n\n"
          "柳湾社区60岁以上老人有1860人，占居民总数的近三成。去年，社区引入专业养老机构，利用闲置用"
          "房改建了这处面积600平方米的日间照料中心，设有助餐、助浴、康复、文娱等功能区，每天服务老"
          "人100多人次。\n\n"
          "“我们还为行动不便的老人提供上门服务，送餐、理发、打扫卫生，打个电话就行。”中心负责人邢丽"
          "华说，目前中心已和230多户老人家庭签订了服务协\n\n"
          "“马大姐”的十年志愿路\n\n"
          "清晨6点半，马春兰已经穿上红马甲，拎着工具包出了门。她要先去看看独居的田大爷，再到社区门"
          "口的便民服务点帮居民修理小家电。\n\n"
          "今年58岁的马春兰是柳湾社区的一名志愿者，居民们都亲切地叫她“马大姐”。十年前，她从纺织厂退"
          "休，闲不住的她报名加入了社区志愿服务队。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "“马大姐”的十年志愿路");
  CHECK(p.articles[0].body.size() == 4);
}

TEST_CASE(
    "segmenter: a feature's next short line over text barely on its topic heads a new article",
    "[ingest]") {
  // The commentary after the feature shares only common words with it
  // (社区, 文明): too little for a subheading of up to 13 characters under a
  // kicker and title.
  auto p = seg(
      "寻访最美家庭\n\n"
      "一家三代的“读书角”\n\n"
      "走进杏园社区苗振华老人家，客厅靠窗的一面墙被改成了书架，上面整整齐齐码放着两千多册图书。书架"
      "前摆着一张旧木桌和几把椅子，这就是苗家人口中的“读书角”。\n\n"
      "老人的书架\n\n"
      "今年74岁的苗振华是一名退休中学语文教师。“我这辈子没什么别的爱好，就是爱买书、爱看书。”老人翻"
      "开一本泛黄的笔记本，里面密密麻麻记着几十年来的读书心得。\n\n"
      "退休后，苗振华每天雷打不动地读书两个小时，还在社区开办了免费的古诗词讲座，一讲就是八年。\n\n"
      "一家人的约定\n\n"
      "在苗振华的影响下，读书成了全家人的习惯。女儿苗丽是一名护士，工作再忙，每晚也要陪孩子读半小时"
      "书。“我们家有个约定，每周日晚上全家人聚在读书角，每人分享一本书。”苗丽说。\n\n"
      "上小学五年级的外孙女苗思雨最喜欢这个环节。“姥爷讲历史故事，妈妈讲护理知识，我就讲我看的科普"
      "书。”她说，自己的作文经常被老师当作范文在班上朗读。\n\n"
      "\n\n"
      "苗振华一家在“读书角”共读。\n\n"
      "章雅琴摄\n\n"
      "把书香传给邻居\n\n"
      "前年，\n\n"
      "苗家把读书角的部分图书搬到社区活动室，办起了“邻里图书漂流站”，邻居们可以免费借阅，也可以捐出"
      "自家的闲置图书。如今，漂流站的图书已有1000多册，借阅登记本记满了厚厚三本。\n\n"
      "今年，苗振华家庭被评为区级“最美家庭”。老人说：“书是越读越多的，分享出去，读书的人也就越来越"
      "多了。”本报记者 章雅琴\n\n"
      "让“小积分”撬动“大文明”\n\n"
      "参加一次志愿服务得10分，垃圾分类做得好得5分，积分可以到社区“爱心超市”换洗衣液、换大米……最近"
      "，不少社区推出的“文明积分”在居民中很受欢迎。\n\n"
      "积分虽小，作用不小。它把看不见的文明行为变成了看得见的数字，把“要我参与”变成了“我要参与”。有"
      "的老人说，换不换东西倒在其次，关键是觉得自己做的事有人记着，心里暖和。\n\n"
      "当然，\n\n"
      "积分制要行稳致远，还需要在公平公开上下功夫。积分怎么评、谁来评、怎么兑换，都应当张榜公布，接"
      "受居民监督；积分兑换的物品也要有稳定来源，不能让居民的热情“落了空”。\n\n"
      "文明城市的创建，归根到底要靠每一位市民的参与。用好“小积分”，激发“大热情”，文明之风定会吹进每"
      "一个楼道、每一户人家。\n\n"
      "李若愚\n"
      "");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].title == "一家三代的“读书角”");
  CHECK(p.articles[1].title == "让“小积分”撬动“大文明”");
  CHECK(p.articles[1].byline == "李若愚");
}

TEST_CASE(
    "segmenter: a label between a paragraph cut mid-sentence and its continuation is a banner",
    "[ingest]") {
  // The two halves share no topic words, so only the open sentence tells.
  auto p =
      seg("一家三代的“读书角”\n\n本报记者 章雅琴\n\n"
          "在苗振华的影响下，读书成了全家人的习惯。女儿苗丽是一名护士，工作再忙，每晚也要陪孩子读半"
          "小时书。\n\n"
          "上小学五年级的外孙女最喜欢这个环节。“我就讲我看的科普书。”她说，\n\n"
          "喜迎二十大 奋进新征程\n\n"
          "自己的作文经常被老师当作范文在班上朗读。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text ==
        "上小学五年级的外孙女最喜欢这个环节。“我就讲我看的科普书。”她说，自己的作文经常被老师当作"
        "范文在班上朗读。");
  CHECK(p.banners == std::vector<std::string>{"喜迎二十大 奋进新征程"});
}

TEST_CASE(
    "segmenter: a text-shaped line over a headline whose cut a later paragraph finishes is "
    "a piece, not a kicker",
    "[ingest]") {
  // "据介绍，这部电" / … / "梯总投资约68万元…": 电梯 is read across the cut
  // and 这部电梯 is printed whole once on the page.
  const std::string page =
      "柳荫小区加装电梯\n\n本报讯（记者 宋佳琪）柳荫小区第一部电梯投入使用。\n\n"
      "居民们说，这部电梯解决了大问题。\n\n据介绍，这部电\n\n"
      "城区供热管网改造工程全面开工\n\n本报讯（记者 刘明远）7月18日，城区供热管网改造工程开工。\n\n"
      "工程涉及桃源街道等4个街道。\n\n梯总投资约68万元，由政府补贴和居民共同出资。\n";
  auto p = seg(page);
  REQUIRE(p.articles.size() == 2);
  // (The page prints 部电梯 twice: the continuation rejoins it at once.)
  CHECK(p.articles[0].body.back().text ==
        "据介绍，这部电梯总投资约68万元，由政府补贴和居民共同出资。");
  CHECK(p.articles[1].kicker.empty());
  CHECK(p.articles[1].title == "城区供热管网改造工程全面开工");
  // A kicker of no text's shape stays one, whatever a later paragraph reads
  // across it ("乡村振兴看平城" / "区…" as 城区).
  auto q =
      seg("下一步，检察院将利用互联网信息平台拓展监督线索。\n\n乡村振兴看平城\n\n柳湾村大棚草莓红了"
          "\n\n本报讯（记者 欧阳明）柳湾村的草莓上市了。\n\n"
          "村民说，平城区农业农村局的技术员常来。\n\n区农业农村局提供技术指导。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[1].kicker == "乡村振兴看平城");
}

TEST_CASE("segmenter: a name under a byline that the text goes on with is its cut first piece",
          "[ingest]") {
  auto p =
      seg("对话返乡创业青年王晓帆\n\n本报记者 卢晓红\n\n王晓\n\n"
          "帆，1994年出生，大学毕业后回到家乡创业。\n\n记者：当初为什么决定回来？\n\n"
          "王晓帆：家乡的小米品质特别好。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(a.byline == "本报记者 卢晓红");
  CHECK(a.authors == std::vector<std::string>{"卢晓红"});
  REQUIRE(!a.body.empty());
  CHECK(a.body[0].text == "王晓帆，1994年出生，大学毕业后回到家乡创业。");
}

TEST_CASE("segmenter: a name cut across a wedged article that the page prints twice rejoins",
          "[ingest]") {
  auto p =
      seg("一把剪刀剪出百样花\n\n邱淑芬的剪纸作品多次获奖。在文化站的剪纸工作室里，邱淑\n\n"
          "老旧小区改造让居民住得更舒心\n\n本报讯（记者 韩雪梅）今年，平城区改造老旧小区46个。\n\n"
          "改造后的小区焕然一新，居民们十分满意。\n\n芬正在给十几名学员上课。\n\n"
          "邱淑芬说，剪纸要耐得住性子。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body[0].text ==
        "邱淑芬的剪纸作品多次获奖。在文化站的剪纸工作室里，邱淑芬正在给十几名学员上课。");
}

TEST_CASE("segmenter: a two-part line the text below repeats heads that text, not a banner",
          "[ingest]") {
  // The article above shares words with the one below (市民, 手机, 附近,
  // 街道): the topic measure alone does not part them.
  const std::string first =
      "城北街道开通便民服务热线\n\n本报讯（记者 周敏）日前，城北街道开通便民服务热线，"
      "市民用手机拨打热线，就能找到附近的维修、家政服务。\n\n"
      "街道工作人员介绍，热线开通以来，已为附近市民解决问题300多件。\n\n";
  // Two halves of a slogan's shape between whole paragraphs; the article
  // under it is about 智慧停车 and 空余车位, the one above about 消防.
  auto p = seg(first +
               "“智慧停车”平台上线 空余车位一查便知\n\n"
               "“智慧停车”平台日前正式上线，市民打开手机就能查到附近停车场的空余车位。\n\n"
               "据街道介绍，平台已接入停车场86个，空余车位每分钟更新一次，市民一查便知。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].title == "城北街道开通便民服务热线");
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[1].body.size() == 2);
  CHECK(p.banners.empty());
  // The same line over text that does not repeat it stays a banner.
  auto banner = seg(first +
                    "“智慧停车”平台上线 空余车位一查便知\n\n"
                    "街道还将招募志愿者，为附近的老年市民上门服务。\n");
  REQUIRE(banner.articles.size() == 1);
  CHECK(banner.banners.size() == 1);
}

TEST_CASE("segmenter: a line printed like the feature's earlier subheading is its next one",
          "[ingest]") {
  // The second section says little the first did (its topic measure is
  // low), but its line has the first subheading's length: the feature's.
  auto p =
      seg("巷子里的修鞋匠\n\n本报记者 郝雨\n\n"
          "在城西老街的一条巷子里，修鞋匠杜长顺已经守了三十年鞋摊。\n\n"
          "一双手补过万双鞋\n\n"
          "杜长顺的鞋摊不大，一张小桌、一台补鞋机，街坊的鞋坏了都找他，补一双鞋只收几块钱。\n\n"
          "一门手艺传给徒弟\n\n"
          "去年秋天，一个在外打工回乡的年轻人拜师学艺，如今已能独自上门修鞋，城西老街附近几个小区的"
          "居民常请他去。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 5);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(p.articles[0].body[3].kind == BodyBlock::Kind::kSubheading);
}

TEST_CASE("segmenter: a short unfinished line after the byline is the body's first piece",
          "[ingest]") {
  // The headline is over once its byline is printed: "傍晚" below it is the
  // first piece of the first paragraph, cut by the column, not a title with
  // the real title as its kicker.
  auto p =
      seg("老街上的修鞋摊\n\n本报记者 柏青云\n\n傍晚\n\n"
          "5点，鲁师傅收起工具箱，把小马扎摞在墙角。这个修鞋摊他守了二十三年。\n\n"
          "附近的居民都说，鞋子坏了找老鲁，准没错。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(a.title == "老街上的修鞋摊");
  CHECK(a.kicker.empty());
  CHECK(a.byline == "本报记者 柏青云");
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[0].text ==
        "傍晚5点，鲁师傅收起工具箱，把小马扎摞在墙角。这个修鞋摊他守了二十三年。");
}

TEST_CASE("segmenter: a finished line after the byline is not taken for a piece", "[ingest]") {
  // A line that ends a sentence is not a cut piece: the stack reads as before.
  auto p =
      seg("老街上的修鞋摊\n\n本报记者 柏青云\n\n二十三年如一日！\n\n"
          "鲁师傅收起工具箱，把小马扎摞在墙角。\n");
  REQUIRE(!p.articles.empty());
  for (const auto& a : p.articles)
    for (const auto& b : a.body) CHECK(b.text.rfind("二十三年如一日！", 0) != 0);
}

TEST_CASE("segmenter: a line of two characters between paragraphs is a cut paragraph's first piece",
          "[ingest]") {
  // No headline or banner is so short: the column ended after "小事".
  auto p =
      seg("读懂居民背后的期盼\n\n平城新语\n\n"
          "社区议事会上，居民们提出的需求五花八门，有的要加装路灯，有的要修补步道。\n\n"
          "小事\n\n"
          "连着民生，民生就是大事。把每一份需求都放在心上，社区治理才有温度。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text == "小事连着民生，民生就是大事。把每一份需求都放在心上，社区治理才有温度。");
}

TEST_CASE("segmenter: a headline the text below repeats is no banner wedged in a cut paragraph",
          "[ingest]") {
  // The feature's paragraph is cut ("今年74岁的"); the line after it heads the
  // text below it, which repeats its words, not the feature's.
  auto p = seg(
      "一家三代的读书角\n\n本报记者 章雅琴\n\n"
      "走进杏园社区苗振华老人家，老人每天坐3路公交车去图书馆借书，早上7时40分在站台等车。\n\n"
      "今年74岁的\n\n"
      "“掌上公交”App上线 候车时间一查便知\n\n"
      "“3路车还有2站到，差不多4分钟。”10月16日早上，市民在站台打开“掌上公交”App查询候车时间。\n\n"
      "记者从公交公司了解到，“掌上公交”App于10月10日上线，覆盖城区56条线路。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "“掌上公交”App上线 候车时间一查便知");
  CHECK(p.articles[0].body.back().text == "今年74岁的");
}

TEST_CASE("segmenter: a stack with a dash subtitle after a feature is a new article not a piece",
          "[ingest]") {
  // "留在平城" / "区政协…" reads 平城区 across the subtitle; a "——" line is
  // never a banner wedged in a sentence, so the three lines are a headline.
  auto p =
      seg("小网格撬动大治理\n\n本报记者 钱慧敏\n\n"
          "早上7点半，北辰街道康宁社区网格员池秀娥已经在网格里转了一圈。\n\n"
          "小网格连着千万家。目前，这一做法已在全区11个街道推广。\n\n"
          "代表委员话发展\n\n让更多年轻人愿意留在平城\n\n"
          "——访区政协委员、平城职业技术学院副院长聂红英\n\n"
          "区政协十届四次会议期间，区政协委员聂红英提交了关于青年人才的提案。\n\n"
          "记者：为什么关注青年人才这个话题？\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].kicker == "代表委员话发展");
  CHECK(p.articles[1].title == "让更多年轻人愿意留在平城");
  CHECK(p.articles[1].subtitle == "——访区政协委员、平城职业技术学院副院长聂红英");
}

TEST_CASE("segmenter: a notice's line opening with a cause or a condition is its text's piece",
          "[ingest]") {
  auto p =
      seg("关于城区部分区域临时停水的通知\n\n各有关单位、广大居民：\n\n因供水管网改造\n\n"
          "施工需要，平城区自来水公司定于7月22日对部分区域临时停水。\n\n"
          "一、停水时间：7月22日8时至20时。\n\n二、停水范围：迎春街以南区域。\n\n"
          "如遇施工\n\n延误，恢复供水时间将另行通知。\n\n平城区自来水公司\n\n2023年7月20日\n");
  REQUIRE(p.articles.size() == 1);
  std::string body;
  for (const auto& b : p.articles[0].body) {
    CHECK(b.kind != BodyBlock::Kind::kSubheading);
    body += b.text + "\n";
  }
  CHECK(body.find("因供水管网改造施工需要，") != std::string::npos);
  CHECK(body.find("如遇施工延误，") != std::string::npos);
  CHECK(p.banners.empty());
}

TEST_CASE("segmenter: a name's first characters over a wedged article find their continuation",
          "[ingest]") {
  // "段文" / a whole interview signed off by its byline / "博指出，…": the page
  // prints 段文博 whole, so the line is the first piece of a paragraph.
  auto p = seg(
      "平城区召开优化营商环境工作推进会\n\n"
      "本报讯（记者 韩雪梅）3月6日下午，平城区召开优化营商环境工作推进会。区长段文博出席会议。\n\n"
      "会上，12家重点企业负责人先后发言。\n\n段文\n\n"
      "### 书记谈民生\n\n## 让“一老一小”都有好去处\n\n"
      "记者：柳荫街道老人和孩子多，有什么难处？\n\n何建平：日间照料中心不够用，我们正在扩建。\n\n"
      "本报记者 雷振宇\n\n"
      "博指出，营商环境只有更好、没有最好。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.back().text == "段文博指出，营商环境只有更好、没有最好。");
  CHECK(p.articles[1].title == "让“一老一小”都有好去处");
}

TEST_CASE("segmenter: a label between two whole paragraphs of a news item is no piece of the text",
          "[ingest]") {
  // "平城快讯" over text on the item's topic: a page name's shape is a
  // banner, not the first words of the next paragraph.
  auto p =
      seg("燃气安全宣传进万家\n\n"
          "本报讯（记者 郑国庆）入秋以来，平城区燃气公司组织安检员开展燃气安全入户宣传。\n\n"
          "安检员逐户检查燃气表、灶具、连接软管等设施，已入户检查3.8万户。\n\n平城快讯\n\n"
          "燃气公司提醒广大用户，使用燃气时要保持通风，发现燃气泄漏要立即关闭阀门。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.back().text ==
        "燃气公司提醒广大用户，使用燃气时要保持通风，发现燃气泄漏要立即关闭阀门。");
  CHECK(p.banners == std::vector<std::string>{"平城快讯"});
}

TEST_CASE("segmenter: a column label of four characters between whole paragraphs is a banner",
          "[ingest]") {
  auto p =
      seg("文物普查新发现17处遗存\n\n"
          "本报讯（记者 邓家明）记者从平城区文物局获悉，第四次全国文物普查新发现17处遗存。\n\n"
          "记者调查\n\n"
          "在新发现的遗存中，位于城郊南泉村北侧台地上的一处辽金时期窑址尤为引人关注。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.back().text ==
        "在新发现的遗存中，位于城郊南泉村北侧台地上的一处辽金时期窑址尤为引人关注。");
  CHECK(p.banners == std::vector<std::string>{"记者调查"});
}

TEST_CASE("segmenter: a title marked on the page is recorded as marked", "[ingest]") {
  auto p =
      seg("## 社区食堂里的烟火气\n\n中午11点半，云锦社区食堂门口已经排起了队。\n\n"
          "社区食堂里的菜品摆满了窗口。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].title_marked);
  CHECK_FALSE(seg("社区食堂里的烟火气\n\n中午11点半，云锦社区食堂门口已经排起了队。\n")
                  .articles[0]
                  .title_marked);
}

TEST_CASE("segmenter: a name the text below goes on from is no signature", "[ingest]") {
  // "段文" / a banner / "博指出，…": the page names 区长段文博, so the line is
  // the cut start of a speaker's name, not a writer signing the text above.
  auto p = seg(
      "## 平城区召开优化营商环境工作推进会\n\n"
      "本报讯（记者 韩雪梅）3月6日下午，平城区召开优化营商环境工作推进会。区长段文博出席会议。\n\n"
      "## 硬化路修到了家门口\n\n"
      "今年，平城区把农村公路建设列入民生实事，新建改建农村公路46公里。\n\n"
      "会议通报，2023年全区新登记经营主体1.26万户。\n\n"
      "段文\n\n扫黑除恶 护航发展\n\n博指出，营商环境只有更好、没有最好。\n");
  for (const auto& a : p.articles)
    CHECK(std::find(a.authors.begin(), a.authors.end(), "段文") == a.authors.end());
}

TEST_CASE("segmenter: a clause's start over a wedged article is no kicker", "[ingest]") {
  // "退休后，苗振华每天雷打不" / a whole news item / "动地读书两个小时…": the
  // line reads as text (a clause set off by a comma, then a longer rest
  // left open), so it is the first piece of a paragraph, not the item's kicker.
  auto p =
      seg("一家三代的读书角\n\n本报记者 章雅琴\n\n"
          "今年74岁的苗振华是一名退休中学语文教师，家里藏书三千多册。\n\n"
          "退休后，苗振华每天雷打不\n\n城区供热管网改造工程全面开工\n\n"
          "本报讯（记者 刘明远）7月18日，平城区2023年城区供热管网改造工程全面开工。\n\n"
          "据了解，该工程总投资约1.8亿元，完工后将惠及居民3.2万户。\n\n"
          "动地读书两个小时，还在社区开办了免费的古诗词讲堂。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "城区供热管网改造工程全面开工");
  CHECK(p.articles[1].kicker.empty());
  CHECK(p.articles[0].body.back().text.rfind("退休后，苗振华每天雷打不", 0) == 0);
  // A slogan's two matching halves over a title stay its kicker.
  auto q =
      seg("奋进新征程，建功新时代\n\n城区供热管网改造工程全面开工\n\n"
          "本报讯（记者 刘明远）7月18日，平城区城区供热管网改造工程全面开工。\n");
  REQUIRE(q.articles.size() == 1);
  CHECK(q.articles[0].kicker == "奋进新征程，建功新时代");
}

TEST_CASE(
    "segmenter: a bare name signing an interview's last section splits it off as a commentary",
    "[ingest]") {
  // The commentary's title was read as the interview's next section (same
  // topic: older people and their phones); its writer's name, who is not
  // the interview's, shows it was an article of its own.
  auto p =
      seg("老人学用智能手机\n\n本报记者 杭晨\n\n"
          "记者：老人学用智能手机，最难的是什么？\n\n"
          "霍老师：老人学用智能手机，最怕扫码点餐和线上预约，我们就一步一步教老人。\n\n"
          "给老人多留一扇门\n\n"
          "扫码点餐、线上预约，不少老人学用智能手机时被挡在了门外。\n\n"
          "社会的进步，应当让每一个老人都跟得上。多留一扇门，就多一份温暖。\n\n"
          "石一苇\n\n高层住宅消防疏散演练举行\n\n"
          "本报讯（记者 郑国庆）11月9日，一场消防疏散演练在凤鸣小区举行。\n");
  REQUIRE(p.articles.size() == 3);
  CHECK(p.articles[1].title == "给老人多留一扇门");
  CHECK(p.articles[1].authors == std::vector<std::string>{"石一苇"});
  CHECK(p.articles[1].body.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[2].kicker.empty());
}

TEST_CASE("segmenter: a numbered item cut inside its label goes on past a banner", "[ingest]") {
  auto p =
      seg("平城区城市形象宣传语征集启事\n\n"
          "为进一步提升城市知名度和美誉度，现面向社会公开征集城市形象宣传语。\n\n"
          "一、征集\n\n文明出行 从我做起\n\n"
          "内容：能够体现平城区历史文化、城市精神和发展愿景的宣传语。\n\n"
          "二、征集时间：即日起至2023年10月31日。\n");
  REQUIRE(p.articles.size() == 1);
  std::string body;
  for (const auto& b : p.articles[0].body) body += b.text + "\n";
  CHECK(body.find("一、征集内容：能够体现") != std::string::npos);
  CHECK(p.banners == std::vector<std::string>{"文明出行 从我做起"});
}

TEST_CASE("segmenter: a headline over a dateline the break cut heads an article", "[ingest]") {
  // The paragraph above stops inside a number; the line is still no banner
  // wedged in it, for the text below opens with its dateline.
  auto p =
      seg("## 把火灾隐患消灭在萌芽状态\n\n记者：今年全区的火灾形势怎么样？\n\n"
          "雍振宇：总体平稳。今年1至11月，全区共接报火灾182起，同比下降1\n\n"
          "秋冬流感高发 专家支招科学防护\n\n本报\n\n讯（记者 上官婷）进入11月，平城区各医院发热门诊"
          "就诊人数明显增加。\n\n问：今年流感有什么特点？\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "秋冬流感高发 专家支招科学防护");
  CHECK(p.articles[1].body.front().text.rfind("本报讯（记者 上官婷）", 0) == 0);
}

TEST_CASE("segmenter: a line stopping on a word that needs what follows is no subheading",
          "[ingest]") {
  // The comma and the time phrase below give it a section's shape.
  auto p =
      seg("充电桩何时不再“一桩难求”\n\n叶知远\n\n晚上下班回到小区，绕着停车场转了三圈，好不容易找到"
          "一个充电桩，却被燃油车占着。\n\n数据显示，截至\n\n今年9月底，我区新能源汽车保有量已超过"
          "2.7万辆，两年翻了一番。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[1].text ==
        "数据显示，截至今年9月底，我区新能源汽车保有量已超过2.7万辆，两年翻了一番。");
}

TEST_CASE("segmenter: a title over text told by the hour is no section of the article above",
          "[ingest]") {
  const std::string feature =
      "急诊室的不眠夜\n\n晚上10点，平城区人民医院急诊科灯火通明。分诊台前，护士长龙婧一边接电话，"
      "一边为刚到的病人测量血压。\n\n22时15分 “快！准备抢救室”\n\n一辆救护车呼啸而至。随车医生"
      "喊道：“疑似急性心梗！”\n\n凌晨1时40分 醉酒者与受伤的孩子\n\n凌晨时分，急诊科迎来了又一波"
      "就诊高峰。\n";
  // After a feature whose sections are printed in another pattern.
  auto p =
      seg("服务时间可以“存”也可以“取”\n\n“时间银行”是平城区2022年开始试点的互助养老模式。\n\n"
          "低龄老人服务高龄老人\n\n在志愿者队伍中，60至70岁的低龄老人占了近一半，平城区的老人"
          "说帮别人就是帮自己。\n\n让“存折”更有保障\n\n平城区计划将“时间银行”与社区养老服务设施"
          "结合起来。\n\n" +
          feature);
  REQUIRE(p.articles.size() == 2);
  const Article& night = p.articles[1];
  CHECK(night.title == "急诊室的不眠夜");
  REQUIRE(night.body.size() == 5);
  CHECK(night.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(night.body[1].text == "22时15分 “快！准备抢救室”");
  // After a table and its note: a feature prints no tables.
  auto q =
      seg("2024—2025年度城区供热收费标准\n\n供热期：2024年11月1日至2025年3月31日\n\n"
          "用户类别\t计费方式\t收费标准\n居民用户\t按建筑面积\t4.8元/平方米·月\n\n"
          "居民用户请于2024年10月31日前缴纳采暖费，可通过供热公司营业厅缴纳。\n\n"
          "老旧供热管网改造完工\n\n今年，平城区供热公司改造老旧供热管网12公里，居民用户"
          "今冬采暖更有保障。\n");
  REQUIRE(q.articles.size() == 2);
  CHECK(q.articles[1].title == "老旧供热管网改造完工");
}

TEST_CASE("segmenter: a clause cut after a numeral over a wedged article is no kicker",
          "[ingest]") {
  auto p =
      seg("## 古井村的“新村规”\n\n古井村坐落在石桥镇北边的山脚下，因村口一口明代古井得名。\n\n"
          "村民巩翠兰给记者算了一\n\n百姓健身房 家门口的好去处\n\n本报讯（记者 郑国庆）晚上7点，"
          "北湖社区百姓健身房里灯火通明。\n\n近年来，平城区利用社区闲置用房建设百姓健身房。\n\n"
          "笔账：她家一年种地、打零工收入不到4万元，可随礼就花了8000多元。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].kicker.empty());
  CHECK(p.articles[1].title == "百姓健身房 家门口的好去处");
}

TEST_CASE("segmenter: a known banner wedged under a section is skipped in reading its text",
          "[ingest]") {
  const std::string page =
      "钟表匠的“慢时光”\n\n在槐荫街道一条老巷子的拐角，有一间不到10平方米的修表铺。\n\n"
      "店主窦国强今年71岁，修表修了52年。他戴着放大镜，一坐就是一整天。\n\n十几岁拜师学艺\n\n"
      "1972\n\n身边榜样\n\n年，19岁的窦国强进了国营钟表修理社当学徒，跟着老师傅学修表。\n\n"
      "上世纪90年代，修理社解散，窦国强就在自家门口摆摊修表，修表铺一开就是30年。\n";
  const std::vector<std::string> banners{"身边榜样"};
  UnitOptions options;
  options.banners = &banners;
  auto p = segment_page(make_units(page, options), "t.txt", {});
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 5);
  CHECK(a.body[2].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[3].text.rfind("1972年，19岁的窦国强", 0) == 0);
}

TEST_CASE("segmenter: a clause of text over a wedged notice goes on after its date", "[ingest]") {
  auto p = seg(
      "文明祭扫 绿色清明倡议书\n\n全区广大市民朋友：\n\n清明节是缅怀先人、寄托哀思的传统\n\n"
      "平城区城市形象宣传语征集启事\n\n为进一步提升城市知名度和美誉度，现面向社会征集宣传语。\n\n"
      "平城区委宣传部\n\n2023年9月1日\n\n节日。今年清明前后，气候干燥、风力较大，森林防火形势严峻。"
      "\n\n"
      "一、倡导文明祭扫。积极采用鲜花祭扫、网络祭扫等方式。\n\n二、注意防火安全。不在林区焚烧纸钱。"
      "\n");
  REQUIRE(p.articles.size() >= 2);
  CHECK(p.articles[1].title == "平城区城市形象宣传语征集启事");
  CHECK(p.articles[1].kicker.empty());
  REQUIRE(p.articles[0].body.size() >= 2);
  CHECK(p.articles[0].body[1].text.rfind("清明节是缅怀先人、寄托哀思的传统", 0) == 0);
}

TEST_CASE(
    "segmenter: a short section on a feature's topic is its section though the text repeats it",
    "[ingest]") {
  // "治碱先治水": the text under it repeats 治水 more than the feature above
  // does, as text under a new title would; but it stands between whole
  // paragraphs of a feature without a dateline, on its topic.
  auto p = seg(
      "从“盐碱滩”到“米粮川”\n"
      "\n"
      "西滩村6000亩盐碱地十年改良 亩产由不足300斤提高到1100斤\n"
      "\n"
      "\n"
      "西滩村村民在改良后的农田里收获玉米。\n"
      "\n"
      "通讯员 祝晓东 摄\n"
      "\n"
      "秋收时节，站在西坪镇西滩村的田埂上望去，一望无际的玉米地里，收割机来回穿梭，金黄的玉米粒从出"
      "粮口倾泻而出。村民常满堂捧起一把玉米，笑得合不拢嘴：“这块地，以前可是连草都不长的白碱滩。”\n"
      "\n"
      "西滩村地处御河故道，地势低洼，土壤盐碱化严重。“春天地上一层白霜似的碱，种子撒下去，十粒出不"
      "了三粒苗。”常满堂说，那时候村里6000多亩耕地，一半以上常年撂荒，种上的也是“种一坡、收一箩”，"
      "亩产不到300斤。\n"
      "\n"
      "治碱先治水\n"
      "\n"
      "改变始于2014年。当年，区里把西滩村列为盐碱地综合治理试点，邀请省农科院专家驻村指导。专家们“"
      "把脉”后发现，地下水位高、排水不畅是土壤返盐的主要原因。\n"
      "\n"
      "“盐随水来，盐随水去。”驻村专家、省农科院研究员蒲建英解释，治碱的关键是把地下水位降下来。此后"
      "几年，村里先后开挖疏浚排碱沟渠42公里，铺设暗管8."
      "6万米，把地下水位从地表以下不足1米降到了2米以下。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 5);
  CHECK(a.body[2].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[2].text == "治碱先治水");
}

TEST_CASE("segmenter: a title over a whole article signed off before a cut paragraph goes on",
          "[ingest]") {
  auto p = seg(
      "区政府召开常务会议研究部署冬季安全生产工作\n\n本报讯（记者 覃海波）11月26日，区长贺明主持"
      "召开区政府常务会议。\n\n会议指出，进入冬季以来，全区供暖、用气需求增加，要坚决防范各类事故\n"
      "\n"
      "为每一位“城市美容师”点赞！\n\n寒冬凌晨，城市的大街小巷已经响起了扫帚“沙沙”的声音。\n\n"
      "尊重环卫工人，不能只停留在嘴上。\n\n本报评论员\n\n发生。\n\n"
      "会议要求，要紧盯燃气、供热、消防等重点领域。\n");
  REQUIRE(p.articles.size() >= 2);
  CHECK(p.articles[0].body[1].text ==
        "会议指出，进入冬季以来，全区供暖、用气需求增加，要坚决防范各类事故发生。");
  CHECK(p.articles[1].title == "为每一位“城市美容师”点赞！");
  CHECK(p.articles[1].byline == "本报评论员");
}

TEST_CASE("segmenter: short lines set off a feature's text are its sections when it has others",
          "[ingest]") {
  // "告别矿井" stands off the text's words (it would be a banner alone), but
  // the feature has two more sections: it is the first of them.
  auto p = seg(
      "“转型路上的平城人”系列报道之一\n\n"
      "从井下到“云端”\n\n"
      "——一位老矿工的转岗之路\n\n"
      "早上8点半，47岁的屈振海准时坐到电脑前，戴上耳机，打开标注软件。屏幕上是一段道路监控视频，他"
      "要把画面里的每一辆汽车、每一个行人用方框标出来，再逐一打上标签。\n\n"
      "在平城区数字经济产业园的这间大厅里，像他这样的数据标注员有300多人。很少有人知道，十几年前，"
      "屈振海还是一名在地下几百米深处挖煤的矿工。\n\n"
      "告别矿井\n\n"
      "屈振海19岁下井，在一座小煤矿干了整整20年，从推矿车干到了班长。“井下潮湿、粉尘大，一个班下来"
      "，除了牙是白的，浑身上下都是黑的。”他说，那时候挣得不算少，可家里人天天提心吊胆。\n\n"
      "2016年前后，随着去产能政策的推进，他所在的煤矿关停了。一下子没了工作，屈振海开过出租车，也在"
      "工地上干过零活，“四十来岁的人，除了挖煤啥也不会，心里发慌”。\n\n"
      "重新当“学生”\n\n"
      "2021年，平城区引进数据标注企业，面向下岗职工、农村富余劳动力开展免费培训。屈振海在社区看到招"
      "聘启事，抱着试试看的心态报了名。\n\n"
      "第一次坐在电脑前，他连鼠标都握不稳。“打字得一个键一个键地找，一个小时标不了几张图，年轻人半"
      "天的活我得干一天。”培训老师严红梅记得，屈振海总是最早到、最晚走，回家还让上高中的儿子屈晓东"
      "教他用电脑。\n\n"
      "屈振海在数据标注基地工作。 司马彦摄\n\n"
      "一个月后，他通过了考核；半年后，他的标注准确率达到了99.5%，成了组里的“质检员”。\n\n"
      "日子越过越有奔头\n\n"
      "如今，屈振海每月收入5000多元，缴纳五险一金，每天按时上下班，周末还能休息。“以前下井，出门时"
      "家里人都要送到门口，现在上班就像去‘坐办公室’，老婆再也不用担心了。”他笑着说。\n\n"
      "儿子屈晓东去年考上了省城一所大学的计算机专业。“他说以后要学人工智能，我说你学的那个东西，说"
      "不定还得用上我标的数据呢。”说起儿子，屈振海一脸自豪。\n\n"
      "据了解，平城区数据标注产业已吸纳就业2800余人，其中煤炭行业转岗职工和农村转移劳动力占四成以上"
      "。\n\n"
      "本报记者 司马彦\n\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  std::vector<std::string> sections;
  for (const auto& b : a.body)
    if (b.kind == BodyBlock::Kind::kSubheading) sections.push_back(b.text);
  CHECK(sections == std::vector<std::string>{"告别矿井", "重新当“学生”", "日子越过越有奔头"});
  CHECK(std::find(p.banners.begin(), p.banners.end(), "告别矿井") == p.banners.end());
  CHECK(has_note(a, msg::unmarked_subheading("告别矿井")));
  for (const auto& n : a.notes)
    CHECK(n.message.find("告别矿井」（") == std::string::npos);  // not moved to the banners
}

TEST_CASE("segmenter: one short line set off a news item's text stays a banner", "[ingest]") {
  auto p =
      seg("新建口袋公园12个\n\n本报讯（记者 林晓）今年以来，平城区利用边角地新建口袋公园12个，"
          "方便市民就近休闲。\n\n城建视点\n\n公园内设置了健身步道、儿童游乐区和休息座椅，"
          "周边居民步行五分钟就能到达。\n");
  REQUIRE(p.articles.size() == 1);
  for (const auto& b : p.articles[0].body) CHECK(b.kind == BodyBlock::Kind::kParagraph);
  CHECK(std::find(p.banners.begin(), p.banners.end(), "城建视点") != p.banners.end());
}

TEST_CASE("segmenter: a title printed on one line with its dash subtitle heads the text",
          "[ingest]") {
  auto p =
      seg("平城区召开老旧小区改造推进会。会议要求各街道加快进度。\n\n本报记者 杨海峰\n\n"
          "AI进课堂，老师会被替代吗？ ——访平城区教育科技中心主任闵思远\n\n"
          "今年秋季学期起，平城区在12所中小学开展人工智能教育试点。\n\n"
          "记者：试点学校在课堂上是怎么用AI的？\n\n闵思远：主要有三个方面。\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "AI进课堂，老师会被替代吗？");
  CHECK(p.articles[1].subtitle == "——访平城区教育科技中心主任闵思远");
}

TEST_CASE("segmenter: a line stating figures that a later paragraph goes on across a word is text",
          "[ingest]") {
  // "此次抽检覆盖全区63所中小" / an interview / "学、幼儿园…": the line is the
  // news item's next paragraph, cut, not the interview's kicker.
  auto p =
      seg("区市场监管局\n\n"
          "开学季校园周边食品抽检合格率达98.6%\n\n"
          "本报讯（记者 甘露 通讯员 "
          "郗明）9月10日，记者从区市场监管局获悉，开学季校园及周边食品安全专项抽检工作日前结束。此"
          "次共抽检学校食堂、校园周边小餐饮店和食品零售店经营的食品、食用农产品572批次，合格564批次"
          "，合格率达98.6%。\n\n"
          "此次抽检覆盖全区63所中小\n\n"
          "代表委员话发展\n\n"
          "让更多年轻人愿意留在平城\n\n"
          "——访区政协委员、平城职业技术学院副院长聂红英\n\n"
          "区政协十届四次会议期间，区政协委员、平城职业技术学院副院长聂红英提交了关于加强青年人才引"
          "育留用的提案，引起不少委员的关注。会议间隙，记者就此采访了她。\n\n"
          "记者：为什么关注青年人才这个话题？\n\n"
          "聂红英：我在职业院校工作了20多年，每年毕业季都能感受到，很多学生在平城读了三年书，毕业时"
          "却大多去了外地。我们做过一次调查，近三年学院毕业生留在本地就业的比例只有31%"
          "左右。一座城市要发展，留住年轻人是关键。\n\n"
          "记者:您认为年轻人不愿意留下,主要原因是什么?\n\n"
          "聂红英：一是好的就业岗位不够多，特别是与专业对口、有发展空间的岗位；二是收入水平和大城市"
          "相比还有差距；三是年轻人看重的生活配套，比如租房、文化娱乐、社交空间，这几年虽然进步很大"
          "，但还有提升余地。\n\n"
          "记者:您在提案中提出了哪些建议?\n\n"
          "聂红英：主要有三条。第一，推动校企深度合作，让本地企业提前进校园“订单培养”，学生还没毕业"
          "就和企业签约；第二，建设青年人才公寓，对新就业的大学生给予两年租房补贴；第三，多打造一些"
          "适合年轻人的消费和文化场景，让他们愿意在这里生活、交朋友。\n\n"
          "记者：对年轻人，您想说些什么？\n\n"
          "聂红英：家乡的发展需要年轻人，年轻人的成\n\n"
          "扫黑除恶 护航发展\n\n"
          "长也需要舞台。平城这几年新能源、数字经济发展很快，机会其实不少。我希望更多年轻人能够留下"
          "来、回过来，和这座城市一起成长。\n\n"
          "本报记者 雷振宇\n\n"
          "学、幼儿园及周边200米范围内的经营主体，重点检测辣条、膨化食品、饮料、糕点等学生常购食品"
          "，以及学校食堂使用的米面油、肉蛋奶、蔬菜等原料，检测项目包括农药兽药残留、食品添加剂、微"
          "生物指标等。\n\n");
  REQUIRE(p.articles.size() >= 2);
  CHECK(p.articles[0].title == "开学季校园周边食品抽检合格率达98.6%");
  REQUIRE(p.articles[0].body.size() >= 2);
  CHECK(p.articles[0].body[1].text.rfind("此次抽检覆盖全区63所中小", 0) == 0);
  CHECK(p.articles[1].kicker == "代表委员话发展");
  CHECK(p.articles[1].title == "让更多年轻人愿意留在平城");
}

TEST_CASE("segmenter: a signature after a news item never replaces a byline that names no one",
          "[ingest]") {
  // The commentary is signed at its top by 本报评论员; a bare name after the
  // next article's text signs some other text, not this one.
  auto p =
      seg("养老服务要多些“家的温度”\n\n本报评论员\n\n"
          "一碗热乎饭，一次上门体检，一场社区活动，老年人的幸福往往就藏在这些小事里。\n\n"
          "养老服务，重在“精准”。老年人的需求千差万别，服务要跟着需求走，不能一刀切。\n\n"
          "平城区第三届职工技能大赛落幕\n\n"
          "本报讯（记者 程思远）11月8日，平城区第三届职工技能大赛落幕，326名选手参赛。\n\n"
          "大赛设焊工、电工、育婴员等12个项目，前三名将获得“平城技术能手”称号。\n\n"
          "“村BA”火了，然后呢？\n\n"
          "这个夏天，西坪镇的“村BA”篮球赛火了，不少游客专程赶来，养老院的老人也来观赛。\n\n"
          "一场篮球赛，照见的是乡村的新气象，也照见了群众对美好生活的向往。\n\n钟亦然\n");
  REQUIRE(p.articles.size() >= 2);
  CHECK(p.articles[0].title == "养老服务要多些“家的温度”");
  CHECK(p.articles[0].byline == "本报评论员");
  size_t signed_by = 0;
  for (const auto& a : p.articles) signed_by += a.byline.find("钟亦然") != std::string::npos;
  signed_by += static_cast<size_t>(std::count(p.banners.begin(), p.banners.end(), "钟亦然"));
  CHECK(signed_by == 1);  // the name is kept somewhere, once
}

TEST_CASE("segmenter: a place and a colon over a title head the next article", "[ingest]") {
  const std::vector<std::string> banners{"优化营商环境 激发市场活力"};
  auto p = segment_page(
      make_units("## 丰收节开幕\n\n本报讯（记者 林晓）9月23日，平城区第三届农民丰收节开幕。\n\n"
                 "据了解，今年全区粮食播种面积达到18.6万亩，较上年增长3.2%。\n\n"
                 "优化营商环境 激发市场活力\n\n北关街道：“楼门议事会”开到居民家门口\n\n"
                 "百余件民生小事就地化解\n\n"
                 "本报讯（记者 焦慧敏）今年以来，北关街道在各小区推行“楼门议事会”。\n",
                 {true, &banners}),
      "t.txt", {});
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].body.size() == 2);
  CHECK(p.articles[1].kicker == "北关街道：“楼门议事会”开到居民家门口");
  CHECK(p.articles[1].title == "百余件民生小事就地化解");
}

TEST_CASE("segmenter: a column's name between whole paragraphs of a marked page is a banner",
          "[ingest]") {
  auto p =
      seg("## 背街小巷 换了新颜\n\n本报讯（记者 林晓）今年以来，北苑街道对17条背街小巷进行整治。"
          "“路平了，灯亮了，住着舒心多了。”在巷子里住了四十多年的冯玉兰说。\n\n创城进行时\n\n"
          "目前，北苑街道已完成11条背街小巷的整治，其余6条将在年底前完工。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text.rfind("目前，", 0) == 0);
  CHECK(std::find(p.banners.begin(), p.banners.end(), "创城进行时") != p.banners.end());
}

TEST_CASE("segmenter: a series line before a title on one line heads an article of its own",
          "[ingest]") {
  auto p =
      seg("乡村新观察\n\n"
          "山村通了千兆宽带\n\n"
          "在平城区最北端的小岭沟村，56岁的村民苏春生最近学会了一件新鲜事：每天晚上和远在外地打工的"
          "儿子视频聊天。“画面清清楚楚，一点也不卡，就跟面对面说话一样。”\n\n"
          "小岭沟村四面环山，距离城区40多公里，过去手机信号时有时无，村民上网只能到村委会门口“找信"
          "号”。今年，区里把山区通信网络提升列入民生实事，通信企业在村里新建了通信基站，把光纤铺进"
          "了每家每户，实现了千兆宽带入户。\n\n"
          "“消费提振年”系列报道之四 老街区变身“网红”打卡地\n\n"
          "青砖灰瓦的门面、古色古香的招牌、琳琅满目的特色小吃……傍晚时分，改造提升后的和平老街人头攒"
          "动，不少年轻人举着手机拍照打卡。\n\n"
          "和平老街全长800米,曾经是城区有名的老商业街,后来逐渐冷清。去年,平城区对老街实施改造,"
          "保留历史风貌,引入特色餐饮、文创零售、非遗体验等业态,并举办夜市、街头演艺等活动。\n\n"
          "“周末一天的营业额能有一万多元，\n\n"
          "比改造前翻了好几倍。”在老街经营面食店的包晓婷说。\n\n"
          "据统计，老街改造开街以来，日均客流量达到3.5万人次，入驻商户186家，带动就业12\n\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].title == "山村通了千兆宽带");
  CHECK(p.articles[1].title == "老街区变身“网红”打卡地");
  CHECK(p.articles[1].kicker == "“消费提振年”系列报道之四");
}

TEST_CASE("segmenter: a piece too short to head a section, over an unknown banner", "[ingest]") {
  // "为确" / a banner the paper never printed before / "保改造质量，…": the
  // continuation finishes the short line's word (确保), not the banner's.
  auto p =
      seg("老楼换新颜\n\n本报记者 魏晓岚\n\n"
          "走进东兴小区，新铺的沥青路平整宽阔，楼道里的声控灯一拍就亮，居民们的笑容也多了起来。\n\n"
          "为确\n\n建设美丽宜居新家园\n\n"
          "保改造质量，街道请居民代表全程监督，每道工序完工后都要经过居民签字验收。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text ==
        "为确保改造质量，街道请居民代表全程监督，每道工序完工后都要经过居民签字"
        "验收。");
  REQUIRE(p.banners.size() == 1);
  CHECK(p.banners[0] == "建设美丽宜居新家园");
}

TEST_CASE("segmenter: a marked section heading over a list is the open article's section",
          "[ingest]") {
  auto p = seg(
      "### 欢度元宵佳节\n\n## 元宵节去哪儿玩 这份清单请收好\n\n"
      "元宵节期间，全区准备了灯会、猜灯谜、社火表演等20余项活动，记者整理了部分活动供市民参考。\n\n"
      "### 看花灯\n\n"
      "- 东街灯会：2月10日至2月14日，每天18:00—22:00，东街步行街沿线，免费观赏。\n"
      "- 河畔灯展：2月12日至2月16日，滨河公园，成人票20元。\n\n"
      "### 猜灯谜\n\n"
      "- 区文化馆：2月12日9:00—17:00，猜中有奖，奖品为文创纪念品。\n"
      "- 区图书馆：2月12日全天，亲子猜灯谜，需提前预约。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  CHECK(a.kicker == "欢度元宵佳节");
  REQUIRE(a.body.size() == 5);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "看花灯");
  CHECK(a.body[2].kind == BodyBlock::Kind::kList);
  CHECK(a.body[3].text == "猜灯谜");
}

TEST_CASE("segmenter: an unmarked line beside a marked subheading over whole text is a banner",
          "[ingest]") {
  // On a marked page a "###" subheading has no subtitle: the line under it,
  // over text that starts a sentence of its own, is the page's banner.
  auto p =
      seg("## 山林里的“守望者”\n\n"
          "天刚亮，东岭乡护林员尚德明就背上水壶出了门，他要在中午前把北坡的林子走一遍。\n\n"
          "### 一本日志写满十五年\n\n"
          "青山常在绿水长流\n\n"
          "尚德明的护林日志已经攒了整整一箱，每一页都记着日期、天气和巡山的路线。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "一本日志写满十五年");
  CHECK(p.banners == std::vector<std::string>{"青山常在绿水长流"});
}

TEST_CASE("segmenter: a section heading in a feature over a piece cut by a wedged article",
          "[ingest]") {
  // "“每块表都有故事”" heads the section whose first piece the break cut
  // inside a number before a whole commentary; the piece goes on after it
  // ("…每年要修的表有5" / the commentary / "00多块，…").
  auto p =
      seg("修表匠的“慢时光”\n\n"
          "在东关老街的一间小铺子里，68岁的修表匠姚长庚已经守了四十年，铺子里的钟表滴答作响。\n\n"
          "“每块表都有故事”\n\n这些年来店里每年要修的表有5\n\n"
          "让“口袋公园”更贴心\n\n林知秋\n\n"
          "今年，城区又有14个“口袋公园”建成开放，这些小公园成了居民散步休闲的好去处。\n\n"
          "建好是第一步，管好才能长久，公园建什么、怎么建，应当多听听居民的意见。\n\n"
          "00多块，来修表的多是老顾客，或是拿着老物件来的年轻人，姚长庚说每块表都有故事。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[1].kind == BodyBlock::Kind::kSubheading);
  CHECK(a.body[1].text == "“每块表都有故事”");
  CHECK(a.body[2].text.find("这些年来店里每年要修的表有500多块，") == 0);
  CHECK(p.articles[1].title == "让“口袋公园”更贴心");
}

TEST_CASE("segmenter: a column's name alone between a news item's paragraphs is a banner",
          "[ingest]") {
  // "营商环境大家谈" names a column: alone over text with no dateline it
  // heads neither an article nor a section.
  auto p =
      seg("校门口设起交通劝导岗\n\n"
          "本报讯（记者 林向东）9月2日是秋季开学第一天，全区中小学校门口设立了交通安全劝导岗。\n\n"
          "区公安交警大队介绍，交警部门还将对学校周边道路的标志标线进行一次全面排查。\n\n"
          "营商环境大家谈\n\n"
          "区教育局表示，将把交通安全教育纳入开学第一课，推动安全知识进家庭、进社区。\n");
  REQUIRE(p.articles.size() == 1);
  CHECK(p.articles[0].body.size() == 3);
  CHECK(std::count(p.banners.begin(), p.banners.end(), "营商环境大家谈") == 1);
}

TEST_CASE("segmenter: a column's name under a cut piece is a banner, the piece reads on",
          "[ingest]") {
  // "为了让好" / "民生直通车" / "谷子卖出好价钱，…": a column's name last in a
  // run over text that goes on is never its title.
  auto p =
      seg("西岭村谷子喜获丰收\n\n"
          "本报讯（记者 杜志刚）金秋时节，西岭村连片的谷子地一片金黄，村民们忙着收割。\n\n"
          "西岭村今年种植谷子1200亩，比去年增加300亩，村里成立了杂粮种植专业合作社。\n\n"
          "为了让好\n\n民生直通车\n\n"
          "谷子卖出好价钱，合作社注册了小米商标，与城区3家超市签订了供货协议。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 3);
  CHECK(p.articles[0].body[2].text.find("为了让好谷子卖出好价钱，") == 0);
  CHECK(std::count(p.banners.begin(), p.banners.end(), "民生直通车") == 1);
}

TEST_CASE("segmenter: a line opening with the grounds of a statement is a cut piece", "[ingest]") {
  auto p =
      seg("雨雪天气安全出行温馨提示\n\n广大市民朋友：\n\n据气象部门\n\n"
          "预报，12月13日至15日，我区将出现一次明显雨雪降温天气，请注意出行安全。\n\n"
          "- 尽量减少不必要的外出。\n- 驾车出行要降低车速。\n");
  REQUIRE(p.articles.size() == 1);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() >= 2);
  CHECK(a.body[1].kind == BodyBlock::Kind::kParagraph);
  CHECK(a.body[1].text.find("据气象部门预报，") == 0);
}

TEST_CASE(
    "segmenter: a kicker that opens a clause on a preposition goes back to the text it starts",
    "[ingest]") {
  // "在位于白鹭街道" was read as the kicker of the interview printed in the
  // break; "的区第七幼儿园，…" after it has no home but that clause.
  auto p =
      seg("城区新增公办幼儿园学位2160个\n\n"
          "本报讯（记者 崔立伟）8月28日，记者从区教育局获悉，8所新建改扩建幼儿园将于9月开园。\n\n"
          "在位于白鹭街道\n\n"
          "把火灾隐患消灭在萌芽状态 ——访平城区消防救援大队大队长雍振宇\n\n本报记者 田晓光\n\n"
          "冬季天干物燥，取暖用火用电增多，是火灾易发多发的季节。\n\n"
          "记者：今年全区的火灾形势怎么样？\n\n雍振宇：总体平稳，火灾起数同比下降。\n\n"
          "的区第七幼儿园，工人们正在进行最后的保洁，崭新的滑梯和沙池已经安装到位。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 2);
  CHECK(a.body[1].text.find("在位于白鹭街道的区第七幼儿园，") == 0);
  CHECK(p.articles[1].kicker.empty());
}

TEST_CASE("segmenter: a piece read as a banner over a wedged stack goes back to the text it starts",
          "[ingest]") {
  // "自今年4月启动以" over a commentary's column label and title was read as
  // a banner; "来，…" after the commentary's signature takes it back (以来).
  auto p =
      seg("“企业服务日”现场为企业解难题\n\n"
          "8月15日上午，平城区第三期“企业服务日”活动在区政务服务中心举行。\n\n"
          "据统计，当天共收集企业诉求52件，现场解决问题37个。\n\n"
          "自今年4月启动以\n\n平城时评\n\n让“口袋公园”装满幸福\n\n"
          "今年，城区又有14个“口袋公园”建成开放，成了居民休闲的好去处。\n\n"
          "建好是第一步，管好才能长久，应当多听听周边居民的意见。\n\n林知秋\n\n"
          "来，“企业服务日”已累计服务企业140余家，收集诉求600余件。\n");
  REQUIRE(p.articles.size() == 2);
  const Article& a = p.articles[0];
  REQUIRE(a.body.size() == 3);
  CHECK(a.body[2].text.find("自今年4月启动以来，") == 0);
  CHECK(std::count(p.banners.begin(), p.banners.end(), "自今年4月启动以") == 0);
}

TEST_CASE("segmenter: a line over text that heads toward a table is a title, not a section",
          "[ingest]") {
  // After a commentary signed at its top and still open (its last paragraph
  // printed later), "春节期间城区药店营业安排" over an intro and a table heads a
  // table notice of its own: a feature prints no tables.
  auto p = seg(
      "养老服务既要“适老”更要“知老”\n\n晏清河\n\n"
      "这几年，走进平城区的社区，能明显感到养老服务的变化：楼道里装上了扶手，社区食堂飘出饭菜香。\n"
      "\n"
      "但也要看到，一些地方的养老服务还停留在“有没有”的层面，在“好不好”上下的功夫不够。\n\n"
      "问题的根子，在于对老人的需求摸得不够准。知老，则是真正弄清楚老人想要什么、缺什么。\n\n"
      "养老服务要从“知老”做起，就得多到老人中间去。服务好不好，最终要由老人说了算。\n\n"
      "春节期间城区药店营业安排\n\n"
      "为方便群众春节期间购药，经与各连锁药店协商，现将城区部分药店节日营业安排公布如下：\n\n"
      "药店名称\t地址\t营业时间\t联系电话\n仁和大药房鼓楼店\t鼓楼东街26号\t24小时\t0352-5046001\n"
      "百草堂药店\t迎宾路67号\t8:00—20:00\t0352-5046003\n\n"
      "如遇急症，请及时拨打120急救电话或前往医院急诊科就诊。\n\n"
      "人人都会老去，今天我们怎样对待老人，明天就会怎样被对待。把养老服务做细做实，是在为每个人的明"
      "天铺路。\n");
  REQUIRE(p.articles.size() >= 2);
  CHECK(p.articles[1].title == "春节期间城区药店营业安排");
  CHECK(p.articles[0].body.size() == 4);
}

TEST_CASE("segmenter: a line over a dash subtitle is its title, even after a cut item",
          "[ingest]") {
  // "三、新址办" was cut by the break; "公交线网优化后，市民出行会有哪些变化？"
  // over "——访…" heads the interview (办公 reads across the seam by chance).
  auto p = seg(
      "关于区政务服务中心迁址办公的公告\n\n广大市民、各市场主体：\n\n"
      "为进一步改善办事环境，平城区政务服务中心将于近期整体迁至新址办公。现将有关事项公告如下：\n\n"
      "一、2025年3月28日起，原政务服务中心停止对外受理业务。\n\n"
      "二、迁址期间，政务服务网等线上渠道正常运行，可网上办理的事项请优先选择网上办理。\n\n"
      "三、新址办\n\n公交线网优化后，市民出行会有哪些变化？\n\n——访区交通运输局局长卜振江\n\n"
      "8月1日起，我区将实施新一轮公交线网优化调整，涉及线路17条。日前，记者专访了卜振江。\n\n"
      "记者：这次公交线网为什么要调整？主要考虑了哪些因素？\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[1].title == "公交线网优化后，市民出行会有哪些变化？");
  CHECK(p.articles[0].body.back().text == "三、新址办");
}

TEST_CASE(
    "segmenter: a byline after a feature signed at its top signs the feature printed after it",
    "[ingest]") {
  // "一碗刀削面里的乡愁" was read as a section of the bus driver's feature
  // (signed 本报记者 聂文博 at its top); "本报记者 帅楠" at the end signs it and
  // its own sections, whose text is far from the driver's.
  auto p =
      seg("夜班公交司机\n\n"
          "本报记者 聂文博\n\n"
          "晚上10点，城市渐渐安静下来。在平城公交公司北站调度室，驾驶员韩立军领了路单，检查完车辆，"
          "准时驾驶着夜间公交车驶出了站台。\n\n"
          "一条线路跑了八年\n\n"
          "韩立军今年46岁，开夜班公交车已经八年了。他驾驶的夜1路从火车站出发，途经南关大街、迎宾路"
          "、高铁站，全程18公里，一晚上要跑4个来回，收车时往往已是凌晨2点多。\n\n"
          "“坐夜班车的，多是下夜班的工人、医院的护士，还有赶火车的旅客。”韩立军说，乘客虽然不多，但"
          "每一位都需要这趟车。有的老乘客天天坐，上车打声招呼，就像老朋友一样。\n\n"
          "车厢里的一盏灯\n\n"
          "深夜行车，最要紧的是安全。韩立军每次出车前都要把车辆仔细检查一遍，路上精力高度集中，遇到"
          "醉酒乘客，他会耐心劝导，必要时\n\n"
          "停车报警。\n\n"
          "有一年冬天，一位女乘客在车上突发疾病，韩立军立即把车开到最近的医院，一路陪着送进急诊室。"
          "事后，这位乘客专门送来了锦旗。\n\n"
          "家人的理解最珍贵\n\n"
          "常年上夜班，韩立军和家人的作息完全颠倒。妻子白天上班，他白天补觉，一家人能坐在一起吃顿饭"
          "都不容易。“孩子小时候问我，为什么别人的爸爸晚上都在家。”说起这些，他有些愧疚。\n\n"
          "如今孩子上了大学，也理解了父亲的工作。凌晨收车后，韩立军总能在手机上看到妻子留的话：“饭"
          "在锅里，路上慢点。”\n\n"
          "一碗刀削面里的乡愁\n\n"
          "早上6点，安宁路上的“老鄂削面”已经飘出了热气。店主鄂福来左手托着一块揉好的面团，右手握着"
          "一把弯弯的削面刀，手腕一抖，一条条柳叶似的面片就“飞”进了翻滚的大锅里。\n\n"
          "“削面讲究一叶连一叶,一叶赶一叶,中间厚、两边薄,煮出来才筋道。”今年65岁的鄂福来,"
          "削了45年面,一分钟能削200多刀。\n\n"
          "一碗面养活一家人\n\n"
          "上世纪80年代，鄂福来在国营饭店当学徒，从和面、揉面学起。1995年，饭店改制，他在自家门口开"
          "起了面馆，只有三张桌子，卖刀削面和臊子。\n\n"
          "“那时候一碗面8毛钱，一天卖两三百碗，靠着这个小店，供两个孩子上了大学。”鄂福来说。如今，"
          "一碗面涨到了15元，面馆扩到了12张桌子，生意一直不错。\n\n"
          "老味道留住老顾客\n\n"
          "店里的臊子是鄂福来每天凌晨4点起来熬的，用的是自家腌的酸菜、本地的猪肉和老陈醋，几十年没"
          "变过配方。\n\n"
          "不少老顾客吃了二三十年。在北京工作的靳先生每次回大同，下了火车第一件事就是来吃\n\n"
          "一碗削面。“在外面也吃过刀削面，就是没有这个味儿。”他说。\n\n"
          "儿子接过了削面刀\n\n"
          "前几年，儿子鄂小强辞去了外地的工作，回到面馆帮忙。他在网上开了店，把真空包装的削面和臊子"
          "卖到全国各地，还拍短视频教网友削面，粉丝有十几万人。\n\n"
          "“老手艺不能丢，但也得跟上时代。”鄂小强说。在父亲的指导下，他的削面已经有模有样了。鄂福来"
          "看着儿子，笑着说：“再练几年，就能出师了。”\n\n"
          "本报记者 帅楠\n");
  REQUIRE(p.articles.size() == 2);
  CHECK(p.articles[0].title == "夜班公交司机");
  CHECK(p.articles[0].byline == "本报记者 聂文博");
  CHECK(p.articles[1].title == "一碗刀削面里的乡愁");
  CHECK(p.articles[1].byline == "本报记者 帅楠");
  // The notes on its section headings went with them.
  for (const auto& n : p.articles[0].notes)
    CHECK(n.message.find("老味道留住老顾客") == std::string::npos);
  CHECK(std::any_of(p.articles[1].notes.begin(), p.articles[1].notes.end(), [](const Note& n) {
    return n.message.find("老味道留住老顾客") != std::string::npos;
  }));
}

TEST_CASE("segmenter: a photo and a column's name over text that goes on lose nothing",
          "[ingest]") {
  // With the column's name taken out, only the photo is left of the run: it
  // stays a photo, and no empty headline starts an article.
  for (const std::string caption :
       {"图为交警在校门口执勤。 张三摄", "小朋友们在滑梯上玩耍。 张三摄"}) {
    auto p =
        seg("校门口设起交通劝导岗\n\n"
            "本报讯（记者 "
            "林向东）9月2日是秋季开学第一天，全区中小学校门口设立了交通安全劝导岗。\n\n\n\n" +
            caption +
            "\n\n营商环境大家谈\n\n"
            "区教育局表示，将把交通安全教育纳入开学第一课，推动安全知识进家庭、进社区。\n");
    size_t photos = 0, paragraphs = 0;
    for (const auto& a : p.articles) {
      photos += a.photos.size();
      paragraphs += a.body.size();
      CHECK(!(a.title.empty() && !a.headless));
    }
    CHECK(photos == 1);
    CHECK(paragraphs == 2);
  }
}

TEST_CASE("segmenter: text that lost its start takes no kicker but the last article's",
          "[ingest]") {
  // "从“输血”到“造血”" is the kicker of the article two before the text; a
  // clause opened on a preposition goes on only from the nearest one.
  auto p =
      seg("城区新增公办幼儿园学位2160个\n\n"
          "本报讯（记者 崔立伟）8月28日，记者从区教育局获悉，8所新建改扩建幼儿园将于9月开园。\n\n"
          "从“输血”到“造血”\n\n西岭村发展杂粮产业\n\n"
          "本报讯（记者 杜志刚）金秋时节，西岭村连片的谷子地一片金黄，村民们忙着收割。\n\n"
          "校门口设起交通劝导岗\n\n"
          "本报讯（记者 林向东）9月2日是秋季开学第一天，全区中小学校门口设立了交通安全劝导岗。\n\n"
          "的老人们说，这样的服务站开到家门口，办事再也不用跑远路了。\n");
  REQUIRE(p.articles.size() == 4);
  CHECK(p.articles[1].kicker == "从“输血”到“造血”");
  CHECK(p.articles[0].body.size() == 1);
}

TEST_CASE("segmenter: a section heading of a feature opening on 为了 stays a heading", "[ingest]") {
  auto p = seg(
      "大山深处的坚守\n\n本报记者 林向东\n\n"
      "东坡村小学坐落在大山深处，全校只有十二名学生和一名老师。今年是李老师在这里的第十个年头。\n\n"
      "为了山里娃的笑脸\n\n2014年，李老师从师范学校毕业，主动申请到东坡村小学任教。\n\n"
      "十年来，她的学生有五人考上了大学。\n");
  REQUIRE(p.articles.size() == 1);
  REQUIRE(p.articles[0].body.size() == 4);
  CHECK(p.articles[0].body[1].kind == BodyBlock::Kind::kSubheading);
}
