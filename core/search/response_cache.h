// Recent search responses of the current index snapshot, so that a popular
// search is answered without touching the index. Entries of an older snapshot
// are dropped as soon as a newer one is seen (every commit makes one).
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "search/searcher.h"

namespace casekb {

class ResponseCache {
 public:
  static constexpr std::size_t kCapacity = 512;

  std::optional<SearchResponse> get(std::uint64_t snapshot_serial, const std::string& key);
  void put(std::uint64_t snapshot_serial, const std::string& key, const SearchResponse& response);

 private:
  using Entries = std::list<std::pair<std::string, SearchResponse>>;  // most recent first
  std::mutex mutex_;
  std::uint64_t serial_ = 0;
  Entries entries_;
  std::unordered_map<std::string, Entries::iterator> index_;
};

// Everything a response depends on besides the snapshot, as one string.
std::string response_cache_key(const SearchRequest& request);

}  // namespace casekb
