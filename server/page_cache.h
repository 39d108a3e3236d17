// Whole responses to public GET requests, kept per index snapshot: a popular
// search, a case's JSON or page is answered without routing, searching,
// rendering Markdown or writing JSON again. Every commit or rebuild makes a new
// snapshot, and the first response computed on it empties the cache.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "web.h"

namespace casekb {

class PageCache {
 public:
  static constexpr std::size_t kCapacity = 2048;           // responses
  static constexpr std::size_t kMaxBodyBytes = 512 * 1024;  // larger ones are not kept

  std::shared_ptr<const WebResponse> get(std::uint64_t snapshot_serial, const std::string& key);
  void put(std::uint64_t snapshot_serial, const std::string& key, std::shared_ptr<const WebResponse> response);

 private:
  using Entries = std::list<std::pair<std::string, std::shared_ptr<const WebResponse>>>;  // most recent first
  std::mutex mutex_;
  std::uint64_t serial_ = 0;
  Entries entries_;
  std::unordered_map<std::string, Entries::iterator> index_;
};

// True for requests whose answer is the same for everyone until the index
// changes: GET or HEAD of the public search, case and asset paths, without
// credentials (a session cookie or an Authorization header).
bool is_cacheable(const WebRequest& request);

// The path and every parameter in order.
std::string page_cache_key(const WebRequest& request);

}  // namespace casekb
