// Case similarity.
#include "search/similar_cases.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "text/normalize.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace casekb {

namespace {

// Word terms only: unprefixed (lower-case or Japanese first byte), not numbers,
// at least two characters.
bool is_telling_word(const std::string& term) {
  if (term.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(term[0]);
  if (first >= 'A' && first <= 'Z') return false;  // prefixed
  if (std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return count_code_points(term) >= 2;
}

class TellingWords : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override { return is_telling_word(term); }
};

std::vector<std::string> shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const std::string& v : a) {
    if (std::find(b.begin(), b.end(), v) != b.end()) out.push_back(v);
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::vector<WeightedTerm> characteristic_terms_of_document(const Xapian::Database& db, Xapian::docid docid,
                                                           std::size_t count) {
  Xapian::Enquire enquire(db);
  Xapian::RSet rset;
  rset.add_document(docid);
  TellingWords decider;
  const Xapian::ESet eset = enquire.get_eset(static_cast<Xapian::termcount>(count), rset, &decider);
  std::vector<WeightedTerm> terms;
  for (auto it = eset.begin(); it != eset.end(); ++it) terms.push_back({*it, it.get_weight()});
  return terms;
}

std::vector<WeightedTerm> characteristic_terms_of_text(const Xapian::Database& db, const std::string& text,
                                                       std::size_t count) {
  std::map<std::string, unsigned> frequency;
  tokenize(normalize_for_search(text), 1, [&](const Token& token) {
    if (token.kind == TokenKind::kWord && token.word_class != WordClass::kFunction && is_telling_word(std::string(token.term))) {
      ++frequency[std::string(token.term)];
    }
  });
  const double documents = std::max<double>(1, db.get_doccount());
  std::vector<WeightedTerm> terms;
  for (const auto& [term, tf] : frequency) {
    const double df = db.get_termfreq(term);
    if (df == 0) continue;  // a word no case has cannot make cases similar
    terms.push_back({term, (1 + std::log(static_cast<double>(tf))) * std::log(1 + documents / df)});
  }
  std::sort(terms.begin(), terms.end(), [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
  if (terms.size() > count) terms.resize(count);
  return terms;
}

Xapian::Query similarity_query(const std::vector<WeightedTerm>& terms) {
  std::vector<Xapian::Query> parts;
  for (const WeightedTerm& t : terms) {
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(t.term), std::max(t.weight, 0.01));
  }
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

double facet_affinity(const Case& source, const Case& candidate, std::vector<std::string>& reasons) {
  double bonus = 0;
  const std::vector<std::string> walls = shared(source.walls, candidate.walls);
  if (!walls.empty()) {
    reasons.push_back("同じ壁: " + join(walls));
    bonus += 0.5 * static_cast<double>(walls.size()) / static_cast<double>(std::max<std::size_t>(1, source.walls.size()));
  }
  if (!source.industry.empty() && source.industry == candidate.industry) {
    reasons.push_back("同じ業種: " + source.industry);
    bonus += 0.3;
  }
  const std::vector<std::string> outcomes = shared(source.outcomes, candidate.outcomes);
  if (!outcomes.empty()) {
    reasons.push_back("共通の成果: " + join(outcomes));
    bonus += 0.2 * static_cast<double>(outcomes.size()) / static_cast<double>(std::max<std::size_t>(1, source.outcomes.size()));
  }
  return bonus;
}

}  // namespace casekb
