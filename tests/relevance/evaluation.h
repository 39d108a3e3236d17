// Relevance evaluation over graded judgments (tests/relevance/judgments.tsv):
// nDCG@10 and MRR for the current ranking and the plain n-gram baseline.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "case/taxonomy.h"
#include "search/search_service.h"

namespace casekb::relevance {

struct Judgments {
  std::vector<std::string> queries;                                 // in file order
  std::map<std::string, std::map<std::string, int>> grades;         // query → case id → grade
  std::map<std::string, std::string> kinds;                         // query → kind named in its header
  std::map<std::string, std::string> sections;                      // query → "# --- title ---" above it
};

// Reads the TSV (query, case id, grade[, note]); '#' lines are comments. A
// header "# QUERY -- kind: KIND ..." names the query's kind; a line
// "# --- TITLE ---" starts a section (queries above the first are in "").
Judgments load_judgments(const std::string& path);

// The kind of a judged query: the one its header names, else guessed from the
// query's shape alone (never from its grades but "none"), in this order:
// none (no case graded above 0), wall (names a wall or its synonym), quoted,
// width (full/half-width forms, U+3000, Latin mixed with Japanese), kana (no
// kanji), region (names an area or a prefecture), sentence (five or more
// characters with kana), keyword. A query written in a new-form kanji for an
// old-form text cannot be told apart from a keyword by its shape.
std::string query_kind(const std::string& query, const Judgments& judgments, const Taxonomy& taxonomy);

struct KindScore {
  std::string kind;
  std::size_t queries = 0;
  double mean_ndcg = 0;
  double mrr = 0;  // over the kind's queries with a case graded ≥ 2
  std::size_t empty = 0;  // queries that found nothing (for "none": the right answer)
};

struct QueryScore {
  std::string query;
  double ndcg = 0;
  double reciprocal_rank = 0;
  bool has_relevant = false;  // some case graded ≥ 2 (counted in MRR)
  std::size_t found = 0;      // hits in all
};

struct RunScore {
  std::vector<QueryScore> queries;
  double mean_ndcg = 0;
  double mrr = 0;
};

// Runs every judged query (top 10) through `search` and scores it.
RunScore evaluate(SearchService& search, const Judgments& judgments, bool baseline);

// Mean nDCG@10 and MRR of the queries of one section (see Judgments).
KindScore totals_of_section(const RunScore& run, const Judgments& judgments, const std::string& section);

// Totals per query kind (see query_kind), in a fixed order.
std::vector<KindScore> totals_by_kind(const RunScore& run, const Judgments& judgments, const Taxonomy& taxonomy);

}  // namespace casekb::relevance
