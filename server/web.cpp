// WebRequest accessors.
#include "web.h"

namespace casekb {

std::vector<std::string> WebRequest::values(const std::string& name) const {
  std::vector<std::string> out;
  const auto range = params.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

std::string WebRequest::value(const std::string& name, const std::string& fallback) const {
  const auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

}  // namespace casekb
