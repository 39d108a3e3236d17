// Search parameter parsing.
#include "search_params.h"

#include <algorithm>
#include <charconv>

namespace casekb {

namespace {

std::optional<int> parse_int(const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

}  // namespace

const char* sort_order_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance: return "relevance";
    case SortOrder::kNewest: return "newest";
    case SortOrder::kOldest: return "oldest";
  }
  return "relevance";
}

SearchParams parse_search_params(const WebRequest& web) {
  SearchRequest request;
  std::vector<std::string> unknown;
  for (const auto& [name, value] : web.params) {
    if (name == "q" || name == "sort" || name == "page" || name == "size") continue;
    if (const FacetInfo* info = find_facet(name)) {
      if (value.empty()) continue;  // an empty form field is no filter
      auto& values = request.filters[static_cast<std::size_t>(info->facet)];
      if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
      continue;
    }
    unknown.push_back(name);
  }
  if (!unknown.empty()) {
    std::vector<std::string> names;
    for (const FacetInfo& info : kFacets) names.emplace_back(info.name);
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    return {std::nullopt, ParamError{"unknown_parameter",
                                     "不明なパラメータ「" + unknown.front() + "」です。使えるのは q, sort, page, size と絞り込み " + list + " です。",
                                     unknown}};
  }
  request.query = web.value("q");
  const std::string sort = web.value("sort");
  if (sort == "relevance") request.sort = SortOrder::kRelevance;
  else if (sort == "newest") request.sort = SortOrder::kNewest;
  else if (sort == "oldest") request.sort = SortOrder::kOldest;
  else if (!sort.empty()) {
    return {std::nullopt, ParamError{"bad_parameter", "sort は relevance, newest, oldest のいずれかにしてください。", {"sort"}}};
  }
  if (web.has("page")) {
    const auto page = parse_int(web.value("page"));
    if (!page || *page < 1 || *page > kMaxPage) {
      return {std::nullopt, ParamError{"bad_parameter", "page は 1 から " + std::to_string(kMaxPage) + " までの整数にしてください。", {"page"}}};
    }
    request.page = *page;
  }
  request.size = kDefaultPageSize;
  if (web.has("size")) {
    const auto size = parse_int(web.value("size"));
    if (!size || *size < 1 || *size > kMaxPageSize) {
      return {std::nullopt, ParamError{"bad_parameter", "size は 1 から 100 までの整数にしてください。", {"size"}}};
    }
    request.size = *size;
  }
  return {std::move(request), std::nullopt};
}

std::vector<std::pair<std::string, std::string>> search_request_params(const SearchRequest& request) {
  std::vector<std::pair<std::string, std::string>> params;
  params.emplace_back("q", request.query);
  for (const FacetInfo& info : kFacets) {
    for (const std::string& value : request.filters[static_cast<std::size_t>(info.facet)]) {
      params.emplace_back(std::string(info.name), value);
    }
  }
  if (request.sort) params.emplace_back("sort", sort_order_name(*request.sort));
  if (request.size != kDefaultPageSize) params.emplace_back("size", std::to_string(request.size));
  if (request.page != 1) params.emplace_back("page", std::to_string(request.page));
  return params;
}

}  // namespace casekb
