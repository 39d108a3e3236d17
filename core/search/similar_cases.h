// Similar cases: to a case (its most telling words through Xapian's relevance
// feedback, combined with shared walls, outcomes and industry) or to a pasted
// description of a firm (tf-idf of its words), with the reasons and, for a
// description, the walls the similar cases suggest. Reasons are data; the
// server words them (server/messages.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "case/case.h"
#include "case/taxonomy.h"
#include "search/index_reader.h"
#include "search/outcome.h"
#include "search/searcher.h"

namespace casekb {

struct WeightedTerm {
  std::string term;
  double weight;
};

// True if `word` (an index word term) may be named as a reason two cases are
// similar: a noun or compound noun as MeCab reads it alone (not a verb such as
// いる, くれる, 決まる, nor an adjective) and not a formal noun (こと, ため, 場合).
// Only such words make cases similar, so the reasons shown are the words that did.
bool is_meaningful_reason_word(std::string_view word);

// The case's most characteristic word terms (Xapian ESet over an RSet of one),
// skipping prefixed, numeric and one-character terms.
std::vector<WeightedTerm> characteristic_terms_of_document(const Xapian::Database& db, Xapian::docid docid,
                                                           std::size_t count);

// The most characteristic word terms of free text: tf × idf over the index.
std::vector<WeightedTerm> characteristic_terms_of_text(const Xapian::Database& db, const std::string& text,
                                                       std::size_t count);

// OR of the terms, each scaled by its weight.
Xapian::Query similarity_query(const std::vector<WeightedTerm>& terms);

// Why a case is similar.
struct SimilarityReason {
  enum class Kind { kSameWalls, kSameIndustry, kSharedOutcomes, kSharedWords };
  Kind kind;
  std::vector<std::string> values;  // the walls, industry, outcomes or words shared
};

// Shared facets between two cases, as a bonus in [0, 1] and the reasons.
double facet_affinity(const Case& source, const Case& candidate, std::vector<SimilarityReason>& reasons);

struct SimilarCase {
  SearchHit hit;                          // snippet empty; score is the combined similarity (0..1)
  std::vector<SimilarityReason> reasons;
};

// Why a wall is suggested for a description.
struct WallReason {
  enum class Kind { kSeenInSimilarCases, kNamedInText };
  Kind kind;
  std::size_t cases = 0, of = 0;  // kSeenInSimilarCases: `cases` of the `of` similar cases had it
  std::string word;               // kNamedInText: the wall's name or synonym found in the text
};

struct WallSuggestion {
  std::string wall;
  double score = 0;  // share of the similar cases' weight (0..1), raised when the text names it
  std::vector<WallReason> reasons;
};

struct SimilarResponse {
  std::vector<SimilarCase> results;
  std::vector<WallSuggestion> walls;  // only for descriptions
};

class SimilarCases {
 public:
  // The reader and taxonomy (walls and their synonyms) must outlive it.
  SimilarCases(IndexReader& reader, const Taxonomy& taxonomy);

  // The cases most similar to case `id`; no value and no error: unknown id.
  Outcome<SimilarResponse> to_case(const std::string& id, std::size_t count = 5) const;

  // The cases most similar to a description of a firm, and the walls they
  // suggest. The text is neither stored nor logged.
  Outcome<SimilarResponse> to_text(const std::string& text, std::size_t count = 5) const;

 private:
  IndexReader& reader_;
  const Taxonomy& taxonomy_;
};

}  // namespace casekb
