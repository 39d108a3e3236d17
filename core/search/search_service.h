// The search side in one object for its callers (the server, the evaluation,
// the benchmarks): the index reader that follows the index, the searcher with
// its response cache, and similar cases, wired together.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "search/index_reader.h"
#include "search/response_cache.h"
#include "search/searcher.h"
#include "search/similar_cases.h"

namespace casekb {

class SearchService {
 public:
  // taxonomy and synonyms (may be null) must outlive the service.
  SearchService(std::string db_path, const Taxonomy& taxonomy, const Synonyms* synonyms = nullptr,
                IndexReader::Options reader_options = {});

  // Responses are cached per snapshot by default; benchmarks turn it off to
  // measure the search itself.
  void set_response_cache(bool enabled) { cache_enabled_ = enabled; }

  // Loads the current index now, so a missing index is reported at start, and
  // starts following it.
  std::optional<SearchError> open() { return reader_.open(); }

  Outcome<SearchResponse> search(const SearchRequest& request);
  Outcome<Case> find_case(const std::string& id) const { return searcher_.find_case(id); }
  Outcome<SimilarResponse> similar_to_case(const std::string& id, std::size_t count = 5) const {
    return similar_.to_case(id, count);
  }
  Outcome<SimilarResponse> similar_to_text(const std::string& text, std::size_t count = 5) const {
    return similar_.to_text(text, count);
  }
  std::size_t document_count() const;

  IndexReader& reader() { return reader_; }

 private:
  IndexReader reader_;
  Searcher searcher_;
  SimilarCases similar_;
  ResponseCache cache_;
  bool cache_enabled_ = true;
};

}  // namespace casekb
