// What a person typed into the search box, read forgivingly: words are ANDed,
// "…" (or “…”, 「…」) is a phrase, a leading - excludes. Anything malformed
// falls back to plain words; no input is an error and none reaches Xapian as
// query syntax.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace casekb {

// Query text beyond this many bytes is ignored (cut on a character boundary).
inline constexpr std::size_t kMaxQueryBytes = 1024;
// At most this many clauses are used; the rest are ignored.
inline constexpr std::size_t kMaxQueryClauses = 32;

struct QueryClause {
  std::string text;  // normalize_for_search()ed
  bool phrase = false;
  bool excluded = false;
};

struct UserQuery {
  std::vector<QueryClause> clauses;

  bool has_positive() const;
  bool empty() const { return clauses.empty(); }
};

UserQuery parse_user_query(std::string_view raw);

// The Xapian query for the clauses: positive clauses ANDed (each a term or a
// phrase of its tokens), excluded clauses removed with AND_NOT. Only excluded
// clauses → everything except them. No usable clause → MatchAll.
Xapian::Query build_text_query(const UserQuery& query);

// The strings to highlight in snippets: the positive clauses split at spaces
// (a phrase "a b" highlights a and b).
std::vector<std::string> highlight_needles(const UserQuery& query);

}  // namespace casekb
