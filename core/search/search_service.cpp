// SearchService: the reader, the cached searcher and similar cases.
#include "search/search_service.h"

namespace casekb {

SearchService::SearchService(std::string db_path, const Taxonomy& taxonomy, const Synonyms* synonyms,
                             IndexReader::Options reader_options)
    : reader_(std::move(db_path), std::move(reader_options)),
      searcher_(reader_, taxonomy, synonyms),
      similar_(reader_, taxonomy) {}

Outcome<SearchResponse> SearchService::search(const SearchRequest& request) {
  if (!cache_enabled_) return searcher_.search(request);
  const std::shared_ptr<const IndexSnapshot> snap = reader_.snapshot();
  const std::string key = response_cache_key(request);
  if (snap) {
    if (std::optional<SearchResponse> cached = cache_.get(snap->serial, key)) return {std::move(*cached), std::nullopt};
  }
  Outcome<SearchResponse> outcome = searcher_.search(request);
  if (outcome.value) cache_.put(outcome.value->snapshot_serial, key, *outcome.value);
  return outcome;
}

std::size_t SearchService::document_count() const {
  const std::shared_ptr<const IndexSnapshot> snap = reader_.snapshot();
  return snap ? snap->documents : 0;
}

}  // namespace casekb
