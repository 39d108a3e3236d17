// Fuzz target: what a person types into the search box — parse_user_query and
// build_query (MeCab words, n-grams, synonyms, vocabulary words as facets) with
// the corpus's taxonomy and synonyms, in both query modes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <xapian.h>

#include "fuzz_support.h"
#include "search/synonyms.h"
#include "search/query.h"

namespace {

casekb::QueryContext g_context;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const casekb::Taxonomy taxonomy = casekb::fuzz::load_taxonomy();
  casekb::Problems problems;
  static const std::optional<casekb::Synonyms> synonyms =
      casekb::Synonyms::load(std::string(casekb::fuzz::kCorpusDir) + "/synonyms.yaml", problems);
  casekb::fuzz::require(synonyms.has_value(), "cannot load corpus/synonyms.yaml");
  g_context.taxonomy = &taxonomy;
  g_context.synonyms = &*synonyms;
  casekb::build_query(casekb::parse_user_query("事業承継"), g_context);  // loads MeCab once
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const casekb::UserQuery query = casekb::parse_user_query(raw);
  casekb::fuzz::require(query.clauses.size() <= casekb::kMaxQueryClauses, "more clauses than kMaxQueryClauses");
  for (const casekb::QueryClause& clause : query.clauses) {
    casekb::fuzz::require(!clause.text.empty(), "an empty clause");
  }
  for (casekb::QueryMode mode : {casekb::QueryMode::kFull, casekb::QueryMode::kNgramBaseline}) {
    const casekb::BuiltQuery built = casekb::build_query(query, g_context, mode);
    // Walks the whole query tree, as Xapian does before matching.
    (void)built.query.get_description();
    (void)built.relaxed.get_description();
    for (const casekb::FacetMatch& match : built.facet_matches) {
      casekb::fuzz::require(!match.facet.empty() && !match.value.empty(), "a facet match without facet or value");
    }
  }
  return 0;
}
