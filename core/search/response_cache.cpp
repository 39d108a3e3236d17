// ResponseCache: an LRU list per snapshot.
#include "search/response_cache.h"

namespace casekb {

std::optional<SearchResponse> ResponseCache::get(std::uint64_t snapshot_serial, const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (snapshot_serial != serial_) return std::nullopt;
  const auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void ResponseCache::put(std::uint64_t snapshot_serial, const std::string& key, const SearchResponse& response) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (snapshot_serial < serial_) return;  // computed on an older snapshot
  if (snapshot_serial != serial_) {
    entries_.clear();
    index_.clear();
    serial_ = snapshot_serial;
  }
  if (index_.count(key)) return;
  entries_.emplace_front(key, response);
  index_[key] = entries_.begin();
  if (entries_.size() > kCapacity) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
}

std::string response_cache_key(const SearchRequest& r) {
  std::string key = r.query;
  for (const auto& values : r.filters) {
    key += '\x1f';
    for (const std::string& v : values) key += v + '\x1e';
  }
  key += '\x1f' + std::to_string(r.sort ? static_cast<int>(*r.sort) : -1) + ':' + std::to_string(r.page) + ':' +
         std::to_string(r.size) + ':' + (r.baseline_ranking ? "b" : "f");
  return key;
}

}  // namespace casekb
