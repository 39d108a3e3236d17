// PageCache: an LRU list per snapshot.
#include "page_cache.h"

namespace casekb {

std::shared_ptr<const WebResponse> PageCache::get(std::uint64_t snapshot_serial, const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (snapshot_serial != serial_) return nullptr;
  const auto it = index_.find(key);
  if (it == index_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void PageCache::put(std::uint64_t snapshot_serial, const std::string& key, std::shared_ptr<const WebResponse> response) {
  if (response->body.size() > kMaxBodyBytes) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (snapshot_serial < serial_) return;  // computed on an older snapshot
  if (snapshot_serial != serial_) {
    entries_.clear();
    index_.clear();
    serial_ = snapshot_serial;
  }
  if (index_.count(key)) return;
  entries_.emplace_front(key, std::move(response));
  index_[key] = entries_.begin();
  if (entries_.size() > kCapacity) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
}

bool is_cacheable(const WebRequest& request) {
  if (request.method != "GET" && request.method != "HEAD") return false;
  if (!request.cookies.empty() || !request.header("authorization").empty()) return false;
  const std::string& p = request.path;
  // /walls and /feed.xml depend on the index alone; collections never (the state database).
  return p == "/" || p == "/search" || p == "/api/search" || p == "/api/openapi.json" || p.rfind("/api/cases/", 0) == 0 ||
         p.rfind("/cases/", 0) == 0 || p.rfind("/static/", 0) == 0 || p == "/walls" || p == "/feed.xml";
}

std::string page_cache_key(const WebRequest& request) {
  std::string key = request.path;
  for (const auto& [name, value] : request.params) {
    key += '\x1f';
    key += name;
    key += '\x1e';
    key += value;
  }
  return key;
}

}  // namespace casekb
