#include "ingest/relocate.h"

#include <algorithm>
#include <set>

#include "ingest/chars.h"
#include "ingest/review_messages.h"
#include "ingest/sentence.h"
#include "ingest/topic_similarity.h"

namespace gazette::ingest {
namespace {

constexpr double kMinSimilarity = 0.15;
constexpr double kMinRatio = 4.0;

std::string block_text(const BodyBlock& b) {
  std::string t = b.text;
  for (const auto& item : b.items) t += item;
  return t;
}

class Space {
 public:
  explicit Space(const PageImport& page) : space_(documents(page)) {}

  TopicSpace::Vector vec(const std::vector<BodyBlock>& body, size_t begin, size_t end) const {
    std::vector<std::string> texts;
    for (size_t i = begin; i < end; ++i) texts.push_back(block_text(body[i]));
    return space_.vector_of(texts);
  }

 private:
  static std::vector<std::string> documents(const PageImport& page) {
    std::vector<std::string> docs;
    for (const auto& a : page.articles)
      for (const auto& b : a.body) docs.push_back(block_text(b));
    return docs;
  }
  TopicSpace space_;
};

double cosine(const TopicSpace::Vector& a, const TopicSpace::Vector& b) {
  return TopicSpace::cosine(a, b);
}

bool is_paragraph(const BodyBlock& b) { return b.kind == BodyBlock::Kind::kParagraph; }

// A tail may start at block s: everything from s on is paragraphs, the
// paragraph before ends a sentence and block s does not start mid-sentence.
bool can_split(const std::vector<BodyBlock>& body, size_t s) {
  if (!is_paragraph(body[s - 1]) || !ends_sentence(to_u32(body[s - 1].text))) return false;
  for (size_t i = s; i < body.size(); ++i)
    if (!is_paragraph(body[i])) return false;
  return !starts_mid_sentence(to_u32(body[s].text));
}

bool can_receive(const Article& b) {
  return !b.headless && !b.body.empty() && is_paragraph(b.body.back()) &&
         ends_sentence(to_u32(b.body.back().text));
}

}  // namespace

std::vector<TailMove> tail_candidates(const PageImport& page, bool all) {
  Space space(page);
  std::vector<TailMove> out;
  for (size_t ai = 0; ai < page.articles.size(); ++ai) {
    const Article& a = page.articles[ai];
    if (a.headless || a.body.size() < 2) continue;
    for (size_t s = 2; s < a.body.size(); ++s) {  // a head of one block is too noisy
      if (!can_split(a.body, s)) continue;
      TopicSpace::Vector tail = space.vec(a.body, s, a.body.size());
      double head = cosine(tail, space.vec(a.body, 0, s));
      for (size_t bi = 0; bi < ai; ++bi) {
        const Article& b = page.articles[bi];
        if (!can_receive(b)) continue;
        double to = cosine(tail, space.vec(b.body, 0, b.body.size()));
        if (all || (to >= kMinSimilarity && to >= kMinRatio * head))
          out.push_back({ai, s, bi, to, head});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const TailMove& x, const TailMove& y) {
    return x.to_similarity - x.head_similarity > y.to_similarity - y.head_similarity;
  });
  return out;
}

void relocate_continuations(PageImport& page) {
  std::set<size_t> moved;
  for (const TailMove& m : tail_candidates(page)) {
    if (moved.count(m.from) || moved.count(m.to)) continue;
    Article& from = page.articles[m.from];
    Article& to = page.articles[m.to];
    int line = from.body[m.first_block].lines.empty() ? from.first_line
                                                      : from.body[m.first_block].lines.front();
    for (size_t i = m.first_block; i < from.body.size(); ++i) {
      const auto& lines = from.body[i].lines;
      to.lines.insert(to.lines.end(), lines.begin(), lines.end());
      for (int l : lines)
        from.lines.erase(std::remove(from.lines.begin(), from.lines.end(), l), from.lines.end());
      to.body.push_back(std::move(from.body[i]));
    }
    from.body.resize(m.first_block);
    to.notes.push_back({line, msg::moved_in(line, from.title)});
    from.notes.push_back({line, msg::moved_out(line, to.title)});
    moved.insert(m.from);
    moved.insert(m.to);
  }
}

}  // namespace gazette::ingest
