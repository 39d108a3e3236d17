// What a request handler needs: the search service and the vocabularies.
#pragma once

#include "case_lint.h"
#include "search_service.h"
#include "taxonomy.h"

namespace casekb {

struct AppContext {
  SearchService& search;
  const Taxonomy& taxonomy;
  const LintContext& lint;  // format and anonymity checks of drafts
};

}  // namespace casekb
