// Searching the current index: free text, facet filters with disjunctive
// counts, sorting, pagination, snippets, and case lookup by id.
//
// Thread safety: one SearchService is shared by all server threads. Each thread
// gets its own Xapian::Database (they are not thread-safe); the facet table of a
// generation is immutable and shared. A new generation (the stub changed) is
// picked up on the next request.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "case/case.h"
#include "search/facets.h"
#include "search/synonyms.h"
#include "case/taxonomy.h"

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

struct SearchResponse {
  std::size_t total = 0;
  int page = 1;
  int size = 20;
  std::vector<SearchHit> hits;
  FacetCounts facets;  // kFacets order; walls in canonical order, others by count then name
  std::vector<FacetMatch> suggested_filters;  // query words naming a facet value not yet filtered on
};

struct SimilarCase {
  SearchHit hit;                     // snippet empty; score is the combined similarity (0..1)
  std::vector<std::string> reasons;  // Japanese, e.g. 「同じ壁: 付いてこない」「共通の語: 後継, 工場」
};

// What the cases most like a description suggest about its walls.
struct WallSuggestion {
  std::string wall;
  double score = 0;                  // share of the similar cases' weight (0..1)
  std::vector<std::string> reasons;  // Japanese
};

struct SimilarResponse {
  std::vector<SimilarCase> results;
  std::vector<WallSuggestion> walls;  // only for free-text requests
};

struct SearchError {
  std::string code;     // "index_unavailable", "search_failed"
  std::string message;  // Japanese
};

template <typename T>
struct Outcome {
  std::optional<T> value;
  std::optional<SearchError> error;
};

class SearchService {
 public:
  // taxonomy (canonical order of walls, vocabulary words in queries) and
  // synonyms (may be null) must outlive the service.
  SearchService(std::string db_path, const Taxonomy& taxonomy, const Synonyms* synonyms = nullptr);
  ~SearchService();

  // Responses are cached per generation by default; benchmarks turn it off to
  // measure the search itself.
  void set_response_cache(bool enabled) { cache_enabled_ = enabled; }

  // Opens the current generation now, so a missing index is reported at start.
  std::optional<SearchError> open();

  Outcome<SearchResponse> search(const SearchRequest& request);

  // The case with this id (body included), nullopt value and no error if absent.
  Outcome<Case> find_case(const std::string& id);

  // The cases most similar to case `id`: text similarity through relevance
  // feedback (the case's most telling words, Xapian's ESet) combined with
  // shared walls, outcomes and industry. Value unset and no error: unknown id.
  Outcome<SimilarResponse> similar_to_case(const std::string& id, std::size_t count = 5);

  // The cases most similar to a free-text description of a firm, and the walls
  // they suggest. The text is neither stored nor logged.
  Outcome<SimilarResponse> similar_to_text(const std::string& text, std::size_t count = 5);

  std::size_t document_count();

 private:
  struct Snapshot;
  struct ThreadState;
  std::shared_ptr<const Snapshot> snapshot(std::optional<SearchError>& error);
  ThreadState& thread_state(const std::shared_ptr<const Snapshot>& snapshot);
  // Runs body(database) on this thread's database of the current generation;
  // a missing index or a Xapian error becomes a SearchError ("failure（…）。").
  template <typename T, typename Body>
  Outcome<T> with_database(const std::string& failure, Body&& body);

  // Recent responses of the current generation, so a popular search is answered
  // without touching the index (cleared when a new generation is loaded).
  struct ResponseCache;
  std::unique_ptr<ResponseCache> cache_;
  bool cache_enabled_ = true;

  std::string db_path_;
  const Taxonomy& taxonomy_;
  const Synonyms* synonyms_;
  std::mutex mutex_;
  std::shared_ptr<const Snapshot> current_;
  std::string current_stub_signature_;
};

}  // namespace casekb
