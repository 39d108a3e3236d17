#include "search_params.h"

#include <gtest/gtest.h>

namespace casekb {

namespace {
WebRequest request(std::initializer_list<std::pair<const std::string, std::string>> params) {
  WebRequest r;
  r.path = "/api/search";
  r.params = params;
  return r;
}
}  // namespace

TEST(SearchParams, RepeatedFacetValuesAreCollected) {
  const SearchParams p = parse_search_params(request({{"wall", "見えない"}, {"wall", "足りない"}, {"industry", "製造業"}}));
  ASSERT_TRUE(p.request);
  EXPECT_EQ(p.request->filters[static_cast<std::size_t>(Facet::kWall)].size(), 2u);
  EXPECT_EQ(p.request->filters[static_cast<std::size_t>(Facet::kIndustry)].size(), 1u);
}

TEST(SearchParams, UnknownFacetName_IsAnError) {
  const SearchParams p = parse_search_params(request({{"walls", "見えない"}}));
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->code, "unknown_parameter");
}

TEST(SearchParams, PageAndSizeAreBounded) {
  for (const char* bad : {"0", "-1", "abc", "101", "1.5", ""}) {
    EXPECT_TRUE(parse_search_params(request({{"size", bad}})).error) << bad;
  }
  EXPECT_TRUE(parse_search_params(request({{"page", "0"}})).error);
  EXPECT_TRUE(parse_search_params(request({{"sort", "random"}})).error);
  const SearchParams ok = parse_search_params(request({{"size", "100"}, {"page", "3"}, {"sort", "oldest"}}));
  ASSERT_TRUE(ok.request);
  EXPECT_EQ(ok.request->size, 100);
  EXPECT_EQ(ok.request->page, 3);
  EXPECT_EQ(*ok.request->sort, SortOrder::kOldest);
}

TEST(SearchParams, RoundTripThroughLinks) {
  const SearchParams p = parse_search_params(request({{"q", "事業承継"}, {"region", "埼玉県"}, {"page", "2"}}));
  ASSERT_TRUE(p.request);
  const auto params = search_request_params(*p.request);
  EXPECT_EQ(params.front(), (std::pair<std::string, std::string>{"q", "事業承継"}));
  EXPECT_NE(std::find(params.begin(), params.end(), std::pair<std::string, std::string>{"page", "2"}), params.end());
}

}  // namespace casekb
