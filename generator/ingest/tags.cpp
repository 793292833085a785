#include "ingest/tags.h"

#include <algorithm>
#include <array>
#include <map>

#include "ingest/chars.h"

namespace gazette::ingest {
namespace {

struct Suffix {
  std::u32string_view text;
  bool place;       // place names drop an inner district prefix
  size_t min_stem;  // 区 and 村 need exact, short stems
  size_t max_stem;
};

// Longest first where one suffix ends another (服务中心 before 中心).
constexpr std::array<Suffix, 17> kSuffixes = {{
    {U"服务中心", false, 2, 6},
    {U"办事处", false, 2, 6},
    {U"委员会", false, 2, 6},
    {U"检察院", false, 2, 6},
    {U"街道", true, 2, 4},
    {U"社区", true, 2, 4},
    {U"医院", false, 2, 6},
    {U"法院", false, 2, 6},
    {U"协会", false, 2, 6},
    {U"公司", false, 2, 6},
    {U"集团", false, 2, 6},
    {U"学校", false, 2, 6},
    {U"中心", false, 2, 6},
    {U"局", false, 2, 6},
    {U"镇", true, 2, 3},
    {U"村", true, 2, 3},
    {U"区", true, 2, 2},
}};

constexpr std::u32string_view kStop =
    U"的在和将对从为与了是到及向由把被让使给等各该这那此其全我们也都还就又并或于以个名家位后往至"
    U"赴经据共多来去进入出有每些";

constexpr std::array<std::u32string_view, 20> kGeneric = {
    U"辖区",   U"城区",   U"小区",   U"社区",   U"园区",   U"景区",   U"市区",
    U"主城区", U"老城区", U"新城区", U"示范区", U"功能区", U"服务区", U"生活区",
    U"居民区", U"山区",   U"地区",   U"农村",   U"乡村",   U"新农村"};

// Stems that are ordinary words, not names: "发展社区经济", "街道社区".
constexpr std::array<std::u32string_view, 36> kGenericStems = {
    U"发展", U"建设", U"打造", U"推进", U"服务", U"管理", U"开展", U"基层", U"美丽",
    U"文明", U"和谐", U"幸福", U"智慧", U"城市", U"农村", U"城乡", U"全国", U"全省",
    U"全市", U"街道", U"社区", U"居民", U"现代", U"新型", U"示范", U"重点", U"相关",
    U"有关", U"周边", U"当地", U"本地", U"外地", U"所在", U"各个", U"整个", U"区域"};

// 区 inside a word: 区域, 区间, 区别, 区分 …
constexpr std::u32string_view kAfterQu = U"域间别分位块段";

// Inner prefixes a long stem may be cut after.
constexpr std::array<std::u32string_view, 6> kAnchors = {U"街道", U"市", U"区",
                                                         U"县",   U"省", U"镇"};

bool is_generic(std::u32string_view name) {
  return std::find(kGeneric.begin(), kGeneric.end(), name) != kGeneric.end();
}

// The part of `stem` after the last inner anchor, or the stem itself.
std::u32string_view after_last_anchor(std::u32string_view stem) {
  size_t best = 0;
  for (auto a : kAnchors) {
    size_t p = stem.rfind(a);
    if (p != std::u32string_view::npos && p + a.size() < stem.size())
      best = std::max(best, p + a.size());
  }
  return stem.substr(best);
}

std::u32string_view after_first_anchor(std::u32string_view stem) {
  size_t best = std::u32string_view::npos;
  for (auto a : kAnchors) {
    size_t p = stem.find(a);
    if (p != std::u32string_view::npos && p + a.size() < stem.size())
      best = std::min(best, p + a.size());
  }
  return best == std::u32string_view::npos ? std::u32string_view() : stem.substr(best);
}

// The stem before position `end`, or empty when there is no reliable one.
std::u32string_view stem_before(const std::u32string& text, size_t end, const Suffix& suffix) {
  constexpr size_t kWalk = 8;
  size_t b = end;
  while (b > 0 && end - b < kWalk && is_han(text[b - 1]) &&
         kStop.find(text[b - 1]) == std::u32string::npos)
    --b;
  std::u32string_view stem(text.data() + b, end - b);
  bool natural = b == 0 || !is_han(text[b - 1]) || kStop.find(text[b - 1]) != std::u32string::npos;
  if (!natural || stem.size() > 6) stem = after_first_anchor(stem);
  if (suffix.place) stem = after_last_anchor(stem);
  // "市爱心公益协会": a leading 市/区/县 abbreviates "our city's".
  if (stem.size() > 2 &&
      std::u32string_view(U"市区县省").find(stem.front()) != std::u32string_view::npos)
    stem.remove_prefix(1);
  if (stem.size() < suffix.min_stem || stem.size() > suffix.max_stem) return {};
  if (std::find(kGenericStems.begin(), kGenericStems.end(), stem) != kGenericStems.end()) return {};
  if (suffix.place && (ends_with(stem, U"街道") || ends_with(stem, U"社区"))) return {};
  return stem;
}

std::u32string article_text(const Article& a) {
  std::u32string t = to_u32(a.kicker + "\n" + a.title + "\n" + a.subtitle + "\n");
  for (const auto& b : a.body) {
    if (b.kind == BodyBlock::Kind::kTable) continue;  // cell lists would swamp the tags
    t += to_u32(b.text) + U"\n";
    for (const auto& item : b.items) t += to_u32(item) + U"\n";
  }
  return t;
}

int count_of(const std::u32string& text, const std::u32string& word) {
  int n = 0;
  for (size_t p = text.find(word); p != std::u32string::npos; p = text.find(word, p + word.size()))
    ++n;
  return n;
}

}  // namespace

std::vector<std::pair<std::string, int>> detect_names(const std::u32string& text) {
  std::map<std::u32string, int> counts;
  for (size_t p = 0; p < text.size(); ++p) {
    for (const auto& suffix : kSuffixes) {
      if (text.compare(p, suffix.text.size(), suffix.text) != 0) continue;
      size_t after = p + suffix.text.size();
      if (suffix.text == U"区" && after < text.size() &&
          kAfterQu.find(text[after]) != std::u32string_view::npos)
        break;
      std::u32string_view stem = stem_before(text, p, suffix);
      if (!stem.empty()) {
        std::u32string name = std::u32string(stem) + std::u32string(suffix.text);
        if (!is_generic(name)) ++counts[name];
      }
      p += suffix.text.size() - 1;  // one suffix per position
      break;
    }
  }
  // "环卫服务中心" cut from "今年平城区环卫服务中心" is "平城区环卫服务中心" seen elsewhere.
  for (auto& [shorter, n] : counts) {
    for (auto& [longer, m] : counts) {
      if (n == 0 || longer.size() <= shorter.size() || !ends_with(longer, shorter)) continue;
      std::u32string_view prefix(longer.data(), longer.size() - shorter.size());
      if (std::any_of(kAnchors.begin(), kAnchors.end(),
                      [&](auto a) { return ends_with(prefix, a); })) {
        m += n;
        n = 0;
      }
    }
  }
  std::vector<std::pair<std::string, int>> out;
  for (const auto& [name, n] : counts)
    if (n > 0) out.push_back({to_utf8(name), n});
  return out;
}

std::vector<std::string> extract_tags(const Article& a, const Gazetteer& gazetteer,
                                      size_t max_tags) {
  std::u32string text = article_text(a);
  std::u32string head = to_u32(a.kicker + "\n" + a.title + "\n" + a.subtitle);
  struct Scored {
    std::string tag;
    int score;
    size_t first;
  };
  std::vector<Scored> scored;
  auto add = [&](const std::u32string& word, int min_count) {
    int n = count_of(text, word);
    int in_head = count_of(head, word);
    if (n < min_count && in_head == 0) return;
    if (n == 0) return;
    std::string tag = to_utf8(word);
    for (const auto& s : scored)
      if (s.tag == tag) return;
    scored.push_back({tag, n + 2 * in_head, text.find(word)});
  };
  std::vector<std::u32string> known;
  for (const auto& list : {gazetteer.places, gazetteer.topics})
    for (const auto& w : list) {
      if (to_u32(w).size() < 2) continue;
      known.push_back(to_u32(w));
      add(known.back(), 1);
    }
  for (const auto& [name, n] : detect_names(text)) {
    std::u32string w = to_u32(name);
    bool ends_with_known = std::any_of(known.begin(), known.end(), [&](const std::u32string& k) {
      return w != k && ends_with(w, k);
    });
    if (!ends_with_known) add(w, 2);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    return x.score != y.score ? x.score > y.score : x.first < y.first;
  });
  std::vector<std::string> tags;
  for (const auto& s : scored) {
    if (tags.size() >= max_tags) break;
    tags.push_back(s.tag);
  }
  return tags;
}

}  // namespace gazette::ingest
