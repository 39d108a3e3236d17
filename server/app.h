// What a request handler needs: the search service and the vocabularies.
#pragma once

#include "search_service.h"
#include "taxonomy.h"

namespace casekb {

struct AppContext {
  SearchService& search;
  const Taxonomy& taxonomy;
};

}  // namespace casekb
