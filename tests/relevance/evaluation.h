// Relevance evaluation over graded judgments (tests/relevance/judgments.tsv):
// nDCG@10 and MRR for the current ranking and the plain n-gram baseline.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/search_service.h"

namespace casekb::relevance {

struct Judgments {
  std::vector<std::string> queries;                                 // in file order
  std::map<std::string, std::map<std::string, int>> grades;         // query → case id → grade
};

// Reads the TSV (query, case id, grade[, note]); '#' lines are comments.
Judgments load_judgments(const std::string& path);

struct QueryScore {
  std::string query;
  double ndcg = 0;
  double reciprocal_rank = 0;
  bool has_relevant = false;  // some case graded ≥ 2 (counted in MRR)
};

struct RunScore {
  std::vector<QueryScore> queries;
  double mean_ndcg = 0;
  double mrr = 0;
};

// Runs every judged query (top 10) through `search` and scores it.
RunScore evaluate(SearchService& search, const Judgments& judgments, bool baseline);

}  // namespace casekb::relevance
