// Case similarity.
#include "search/similar_cases.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_set>

#include "index/document.h"
#include "index/schema.h"
#include "text/morphology.h"
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

// Below this many cases "most cases have it" is no evidence (unit tests, a new corpus).
constexpr double kMinDocumentsForCommonWords = 10;

// Nouns that name nothing particular to a case: formal nouns, pronouns and
// time words. Shared by two cases they are no reason to read one after the other.
const std::unordered_set<std::string_view> kStopWords = {
    "こと", "もの", "ため", "よう", "ところ", "とき", "わけ", "はず", "ほう", "うち", "まま", "ほか",
    "それ", "これ", "あれ", "どれ", "そこ", "ここ", "どこ", "自分", "自身", "場合", "今回", "当初", "以上",
    "以下", "一方", "その後", "前後", "最初", "最後", "全体", "部分", "方向", "状態", "様子", "必要",
    "他社", "自社", "当社", "同社", "今後", "現在", "毎日", "毎月", "毎年", "年間", "時間", "以前", "以降",
};

class TellingWords : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    return is_telling_word(term) && is_meaningful_reason_word(term);
  }
};

std::vector<std::string> shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const std::string& v : a) {
    if (std::find(b.begin(), b.end(), v) != b.end()) out.push_back(v);
  }
  return out;
}


}  // namespace

bool is_meaningful_reason_word(std::string_view word) {
  if (word.empty() || kStopWords.count(word)) return false;
  const MorphologicalAnalyzer* analyzer = MorphologicalAnalyzer::for_search();
  if (!analyzer) return true;  // without MeCab every word is a guess; keep it
  // The index keeps a verb or adjective in its dictionary form (いる, くれる,
  // 決まる): read alone, MeCab gives its class back. A compound noun may come
  // back as several nouns (後継 + 者); anything else is not a noun phrase.
  bool noun = false, other = false;
  analyzer->analyze_words(word, [&](const Word& w) {
    if (w.word_class == WordClass::kNoun) noun = true;
    else if (w.word_class != WordClass::kPrefix) other = true;
  });
  return noun && !other;
}

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
  TokenPositions positions;
  tokenize(normalize_for_index(text), positions, [&](const Token& token) {
    if (token.kind == TokenKind::kWord && token.word_class == WordClass::kNoun && is_telling_word(std::string(token.term)) &&
        is_meaningful_reason_word(token.term)) {
      ++frequency[std::string(token.term)];
    }
  }, TokenKinds{false, false, false});  // words only
  const double documents = std::max<double>(1, db.get_doccount());
  std::vector<WeightedTerm> terms;
  for (const auto& [term, tf] : frequency) {
    const double df = db.get_termfreq(term);
    if (df == 0) continue;  // a word no case has cannot make cases similar
    // A word most cases have (社長, 従業 of 従業員) tells no case from another,
    // yet a short description repeats it enough to lead the reasons.
    if (documents >= kMinDocumentsForCommonWords && df > documents / 2) continue;
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

double facet_affinity(const Case& source, const Case& candidate, std::vector<SimilarityReason>& reasons) {
  double bonus = 0;
  const std::vector<std::string> walls = shared(source.walls, candidate.walls);
  if (!walls.empty()) {
    reasons.push_back({SimilarityReason::Kind::kSameWalls, walls});
    bonus += 0.5 * static_cast<double>(walls.size()) / static_cast<double>(std::max<std::size_t>(1, source.walls.size()));
  }
  if (!source.industry.empty() && source.industry == candidate.industry) {
    reasons.push_back({SimilarityReason::Kind::kSameIndustry, {source.industry}});
    bonus += 0.3;
  }
  const std::vector<std::string> outcomes = shared(source.outcomes, candidate.outcomes);
  if (!outcomes.empty()) {
    reasons.push_back({SimilarityReason::Kind::kSharedOutcomes, outcomes});
    bonus += 0.2 * static_cast<double>(outcomes.size()) / static_cast<double>(std::max<std::size_t>(1, source.outcomes.size()));
  }
  return bonus;
}

}  // namespace casekb

namespace casekb {

namespace {

// Shared words named in a similar case's reasons.
constexpr std::size_t kMaxReasonWords = 5;

Xapian::docid docid_of(const Xapian::Database& db, const std::string& id) {
  const std::string term = std::string(kIdPrefix) + id;
  auto posting = db.postlist_begin(term);
  return posting == db.postlist_end(term) ? 0 : *posting;
}

// Ranks the documents matching `terms`: text similarity (relative to the best)
// combined with shared facets when a source case is given.
std::vector<SimilarCase> rank_similar(const Xapian::Database& db, const Case* source,
                                      const std::vector<WeightedTerm>& terms, Xapian::docid exclude, std::size_t count) {
  std::vector<SimilarCase> ranked;
  const Xapian::Query query = similarity_query(terms);
  if (query.empty()) return ranked;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, 40);
  const double best = mset.empty() ? 0 : mset.begin().get_weight();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (*it == exclude) continue;
    SimilarCase similar;
    case_from_document_data(it.get_document().get_data(), similar.hit.c);
    similar.hit.c.body.clear();
    const double text = best > 0 ? it.get_weight() / best : 0;
    double score = text;
    if (source) score = 0.6 * text + 0.4 * std::min(1.0, facet_affinity(*source, similar.hit.c, similar.reasons));
    // The query's terms this case has, read once (the query has at most 30
    // terms, so the walk is bounded), named in order of how telling each word is.
    std::unordered_set<std::string> matching;
    for (auto m = enquire.get_matching_terms_begin(it); m != enquire.get_matching_terms_end(it); ++m) {
      matching.insert(*m);
      if (matching.size() >= terms.size()) break;
    }
    std::vector<std::string> common;
    for (const WeightedTerm& t : terms) {
      if (matching.count(t.term)) common.push_back(t.term);
      if (common.size() == kMaxReasonWords) break;
    }
    if (!common.empty()) similar.reasons.push_back({SimilarityReason::Kind::kSharedWords, std::move(common)});
    similar.hit.score = score;
    ranked.push_back(std::move(similar));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SimilarCase& a, const SimilarCase& b) { return a.hit.score > b.hit.score; });
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

}  // namespace

SimilarCases::SimilarCases(IndexReader& reader, const Taxonomy& taxonomy) : reader_(reader), taxonomy_(taxonomy) {}

Outcome<SimilarResponse> SimilarCases::to_case(const std::string& id, std::size_t count) const {
  return with_index<SimilarResponse>(reader_, [&](IndexReader::Lease& lease) -> Outcome<SimilarResponse> {
    const Xapian::Database& db = lease.db();
    const Xapian::docid docid = docid_of(db, id);
    if (docid == 0) return {};
    Case source;
    case_from_document_data(db.get_document(docid).get_data(), source);
    SimilarResponse response;
    response.results = rank_similar(db, &source, characteristic_terms_of_document(db, docid, 25), docid, count);
    return {std::move(response), std::nullopt};
  });
}

Outcome<SimilarResponse> SimilarCases::to_text(const std::string& text, std::size_t count) const {
  return with_index<SimilarResponse>(reader_, [&](IndexReader::Lease& lease) -> Outcome<SimilarResponse> {
    const Xapian::Database& db = lease.db();
    SimilarResponse response;
    response.results = rank_similar(db, nullptr, characteristic_terms_of_text(db, text, 30), 0, count);
    // Walls: how much of the similar cases' weight has each wall, plus the
    // wall's own words (and taxonomy synonyms) appearing in the text.
    const std::string normalized = normalize_for_search(text);
    double total = 0;
    for (const SimilarCase& s : response.results) total += s.hit.score;
    if (const Vocabulary* walls = taxonomy_.vocabulary("walls")) {
      for (const VocabularyValue& wall : walls->values()) {
        WallSuggestion suggestion{wall.name, 0, {}};
        std::size_t cases = 0;
        for (const SimilarCase& s : response.results) {
          if (std::find(s.hit.c.walls.begin(), s.hit.c.walls.end(), wall.name) != s.hit.c.walls.end()) {
            suggestion.score += total > 0 ? s.hit.score / total : 0;
            ++cases;
          }
        }
        if (cases > 0) {
          suggestion.reasons.push_back({WallReason::Kind::kSeenInSimilarCases, cases, response.results.size(), ""});
        }
        std::vector<std::string> words{wall.name};
        words.insert(words.end(), wall.synonyms.begin(), wall.synonyms.end());
        for (const std::string& word : words) {
          if (normalized.find(normalize_for_search(word)) != std::string::npos) {
            suggestion.reasons.push_back({WallReason::Kind::kNamedInText, 0, 0, word});
            suggestion.score = std::min(1.0, suggestion.score + 0.25);
            break;
          }
        }
        if (!suggestion.reasons.empty() && suggestion.score >= 0.2) response.walls.push_back(std::move(suggestion));
      }
    }
    std::stable_sort(response.walls.begin(), response.walls.end(),
                     [](const WallSuggestion& a, const WallSuggestion& b) { return a.score > b.score; });
    return {std::move(response), std::nullopt};
  });
}

}  // namespace casekb
