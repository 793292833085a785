#include "ingest/topic_similarity.h"

#include <cmath>
#include <set>

#include "ingest/chars.h"

namespace gazette::ingest {
namespace {

std::vector<std::u32string> bigrams(const std::string& text) {
  std::u32string s = to_u32(text);
  std::vector<std::u32string> out;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (is_han(s[i]) && is_han(s[i + 1])) out.push_back(s.substr(i, 2));
  return out;
}

}  // namespace

TopicSpace::TopicSpace(const std::vector<std::string>& documents) {
  std::map<std::u32string, int> df;
  std::set<std::u32string> before;  // the previous paragraph's bigrams: a run counts once
  for (const auto& d : documents) {
    std::set<std::u32string> seen;
    for (auto& g : bigrams(d)) seen.insert(g);
    for (const auto& g : seen)
      if (!before.count(g)) ++df[g];
    before = std::move(seen);
  }
  const double n = static_cast<double>(documents.size() + 1);
  for (const auto& [g, count] : df) idf_[g] = std::log(n / count);
  unseen_idf_ = std::log(n);
}

TopicSpace::Vector TopicSpace::vector_of(const std::vector<std::string>& texts) const {
  Vector v;
  for (const auto& t : texts)
    for (auto& g : bigrams(t)) {
      auto it = idf_.find(g);
      v[g] += it == idf_.end() ? unseen_idf_ : it->second;
    }
  return v;
}

double TopicSpace::cosine(const Vector& a, const Vector& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [g, w] : a) {
    na += w * w;
    if (auto it = b.find(g); it != b.end()) dot += w * it->second;
  }
  for (const auto& [g, w] : b) nb += w * w;
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

double echo_share(const std::string& line, const std::string& text) {
  std::set<std::u32string> mine;
  for (auto& g : bigrams(line)) mine.insert(g);
  if (mine.empty()) return 0;
  std::set<std::u32string> theirs;
  for (auto& g : bigrams(text)) theirs.insert(g);
  size_t shared = 0;
  for (const auto& g : mine) shared += theirs.count(g);
  return static_cast<double>(shared) / static_cast<double>(mine.size());
}

}  // namespace gazette::ingest
