// Searching a snapshot of the index: free text, facet filters with
// disjunctive counts, sorting, pagination, snippets; and a case by its id.
//
// Thread safety: one Searcher serves every thread; each call leases its own
// database from the IndexReader.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "case/case.h"
#include "case/taxonomy.h"
#include "search/facets.h"
#include "search/index_reader.h"
#include "search/outcome.h"
#include "search/synonyms.h"

namespace casekb {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
  std::string query;              // as typed; may be empty
  FacetFilters filters;           // per facet (kFacets order); empty = no filter
  std::optional<SortOrder> sort;  // unset: relevance with text, newest without
  int page = 1;                   // 1-based
  int size = 20;                  // 1..100
  bool baseline_ranking = false;  // plain character bigrams, for relevance evaluation only
};

struct SearchHit {
  Case c;                // body left empty: results don't carry it
  std::string snippet;   // HTML; only <mark> is markup
  double score = 0;      // relevance relative to the best hit (0..1); 0 without text
};

// When a search finds nothing: what would find something.
struct ZeroResultsHelp {
  struct WithoutFilter {
    std::string facet;               // URL name of a facet the request filters on
    std::vector<std::string> values; // its selected values
    std::size_t total = 0;           // cases found with that facet's filter removed
  };
  std::vector<WithoutFilter> without_filter;  // most cases first; only facets that would find some
  std::size_t without_text = 0;  // cases the filters alone find (a query and filters were given)
  bool sentence = false;         // the query reads as a sentence: offer 企業の様子から探す with it
};

struct SearchResponse {
  std::size_t total = 0;
  int page = 1;
  int size = 20;
  std::vector<SearchHit> hits;
  FacetCounts facets;  // kFacets order; walls in canonical order, others by count then name
  std::vector<FacetMatch> suggested_filters;  // query words naming a facet value not yet filtered on
  std::vector<std::string> walls;      // walls the words named (「付いてこない」の壁): their cases come first
  std::vector<std::string> concepts;   // concept thesaurus entries the words brought in (離職・定着)
  std::vector<RegionMatch> regions;    // regions the words named (九州): their prefectures' cases were found too
  // Quoted phrases that matched nothing exactly, so their words were searched
  // instead; empty when every phrase was searched as written.
  std::vector<std::string> unquoted;
  // Quoted speech (「…」) that only a case or two hold word for word: those come
  // first, then the cases with its words; `exact_total` is how many hold it.
  std::vector<std::string> widened;
  std::size_t exact_total = 0;
  std::optional<ZeroResultsHelp> zero_results;  // set when total == 0
  std::uint64_t snapshot_serial = 0;          // the index snapshot it was computed on
};

class Searcher {
 public:
  // The reader, taxonomy (canonical order of walls, vocabulary words in
  // queries) and synonyms (may be null) must outlive the searcher.
  Searcher(IndexReader& reader, const Taxonomy& taxonomy, const Synonyms* synonyms = nullptr);

  Outcome<SearchResponse> search(const SearchRequest& request) const;

  // The case with this id (body included); no value and no error if absent.
  Outcome<Case> find_case(const std::string& id) const;

 private:
  IndexReader& reader_;
  const Taxonomy& taxonomy_;
  const Synonyms* synonyms_;
};

// Runs body(lease) on a database of the current snapshot: no snapshot yet, or
// a Xapian error, becomes a SearchError; DatabaseModifiedError is retried once
// at the newest revision.
template <typename T, typename Body>
Outcome<T> with_index(IndexReader& reader, Body&& body) {
  if (!reader.snapshot()) {
    if (std::optional<SearchError> error = reader.open()) return {std::nullopt, error};
  }
  try {
    IndexReader::Lease lease = reader.lease();
    try {
      return body(lease);
    } catch (const Xapian::DatabaseModifiedError&) {
      lease.reopen();
      return body(lease);
    }
  } catch (const Xapian::DatabaseModifiedError& e) {
    return {std::nullopt, SearchError{SearchError::Code::kUpdating, e.get_description()}};
  } catch (const Xapian::Error& e) {
    return {std::nullopt, SearchError{SearchError::Code::kFailed, e.get_description()}};
  }
}

}  // namespace casekb
