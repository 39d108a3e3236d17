// Facet filters and counts as requests and responses carry them.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "index/schema.h"

namespace casekb {

struct FacetCount {
  std::string value;
  std::size_t count = 0;
  bool selected = false;  // the request filters on this value
};

// Per facet, in kFacets order.
using FacetCounts = std::array<std::vector<FacetCount>, kFacetCount>;

// The values a request filters on, per facet; an empty list means no filter.
// Values of one facet are ORed, facets are ANDed.
using FacetFilters = std::array<std::vector<std::string>, kFacetCount>;

// A query word that is a vocabulary value: the search matched its facet too,
// and a page can offer it as a filter (「業種: 製造業 で絞り込む」).
struct FacetMatch {
  std::string facet;  // URL name, e.g. "industry"
  std::string value;  // canonical vocabulary value
};

// A region named in the words (九州, 関西で…): the search also found the cases
// of these prefectures, and a page can offer them as one filter.
struct RegionMatch {
  std::string name;                      // as the region table names it
  std::vector<std::string> prefectures;  // region facet values
};

}  // namespace casekb
