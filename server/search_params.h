// Reading /api/search and /search parameters into a SearchRequest, with the
// errors the API contract fixes (unknown facet name, bad page or size → 400).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "search/search_service.h"
#include "web.h"

namespace casekb {

inline constexpr int kMaxPageSize = 100;
inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPage = 10000;

struct ParamError {
  std::string code;     // "unknown_parameter", "bad_parameter"
  std::string message;  // Japanese
  std::vector<std::string> details;
};

struct SearchParams {
  std::optional<SearchRequest> request;
  std::optional<ParamError> error;
};

SearchParams parse_search_params(const WebRequest& request);

// The parameters that reproduce `request` (for links: pagination, facet toggles).
std::vector<std::pair<std::string, std::string>> search_request_params(const SearchRequest& request);

const char* sort_order_name(SortOrder sort);

}  // namespace casekb
