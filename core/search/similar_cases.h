// Similarity between cases: the words that characterise a case (or a pasted
// description), the query built from them, and the combined score with
// shared walls, outcomes and industry. Used by SearchService.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "case/case.h"

namespace casekb {

struct WeightedTerm {
  std::string term;
  double weight;
};

// The case's most characteristic word terms (Xapian ESet over an RSet of one),
// skipping prefixed, numeric and one-character terms.
std::vector<WeightedTerm> characteristic_terms_of_document(const Xapian::Database& db, Xapian::docid docid,
                                                           std::size_t count);

// The most characteristic word terms of free text: tf × idf over the index.
std::vector<WeightedTerm> characteristic_terms_of_text(const Xapian::Database& db, const std::string& text,
                                                       std::size_t count);

// OR of the terms, each scaled by its weight.
Xapian::Query similarity_query(const std::vector<WeightedTerm>& terms);

// Shared facets between two cases, as a bonus in [0, 1] and Japanese reasons.
double facet_affinity(const Case& source, const Case& candidate, std::vector<std::string>& reasons);

}  // namespace casekb
