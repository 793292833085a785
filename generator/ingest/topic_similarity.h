// How alike two stretches of Chinese text are in topic: cosine similarity of
// Han character bigrams weighted by TF-IDF over the documents of one page.
//
// No dictionary is needed and OCR noise costs little. Words every paragraph
// of the page uses (平城区) weigh almost nothing; the names and terms of one
// article (呼叫, 孙秀兰) weigh most. Document frequency counts runs of
// consecutive paragraphs, not paragraphs: the name a feature about one person
// repeats in every paragraph counts once, and keeps the weight that ties the
// feature's parts together across its subheadings. Used to decide whether text continues an
// article (a continuation placed after another article, an unmarked
// subheading) — always together with structural signals and strict margins.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gazette::ingest {

class TopicSpace {
 public:
  using Vector = std::map<std::u32string, double>;

  // `documents`: every paragraph of the page (document frequency).
  explicit TopicSpace(const std::vector<std::string>& documents);

  Vector vector_of(const std::vector<std::string>& texts) const;
  static double cosine(const Vector& a, const Vector& b);

 private:
  std::map<std::u32string, double> idf_;
  double unseen_idf_ = 0;
};

// The share of a line's Han bigrams that the text under it repeats: a
// headline is echoed by its first paragraph ("志愿者慰问患者" / "志愿者们为…患者
// 送去物资，并慰问患者"), the first piece of a cut paragraph rarely is. 0 when
// the line has no Han bigram.
double echo_share(const std::string& line, const std::string& text);

}  // namespace gazette::ingest
