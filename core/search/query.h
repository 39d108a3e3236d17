// What a person typed into the search box, read forgivingly: words are ANDed,
// "…" (or “…”, 「…」) is a phrase, a leading - excludes. Anything malformed
// falls back to plain words; no input is an error and none reaches Xapian as
// query syntax.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/facets.h"

namespace casekb {

// Query text beyond this many bytes is ignored (cut on a character boundary).
inline constexpr std::size_t kMaxQueryBytes = 1024;
// At most this many clauses are used; the rest are ignored.
inline constexpr std::size_t kMaxQueryClauses = 32;

struct QueryClause {
  std::string text;  // normalize_for_search()ed
  bool phrase = false;
  bool excluded = false;
  bool unquoted = false;  // was a quoted phrase, now read as words (without_quotes)
  // Quoted in Japanese marks (「…」, 『…』): what someone said, as often from memory
  // as word for word. "…" is the API's phrase syntax and stays exact.
  bool speech = false;
};

struct UserQuery {
  std::vector<QueryClause> clauses;

  bool has_positive() const;
  bool empty() const { return clauses.empty(); }
};

UserQuery parse_user_query(std::string_view raw);

class Synonyms;
class Taxonomy;

// What query building may consult; both optional.
struct QueryContext {
  const Taxonomy* taxonomy = nullptr;  // vocabulary values and their synonyms match facets too
  const Synonyms* synonyms = nullptr;  // synonym groups expand words
};

enum class QueryMode {
  kFull,           // words, n-gram fallback, synonyms, facet matches
  kNgramBaseline,  // plain character bigrams only: the baseline relevance is measured against
};

struct BuiltQuery {
  Xapian::Query query;                  // MatchAll when there is no usable clause
  // The same query with the compounds of each clause ORed instead of ANDed
  // (京都の観光業 → 京都 OR 観光業): what to run when the strict query finds
  // too little. Empty when it would be the same query.
  Xapian::Query relaxed;
  // The strict query without the concept thesaurus's words: whether the typed
  // words alone find too few cases, so that concept matches do not keep a
  // sentence from being relaxed. Empty unless `relaxed` is set and concepts
  // were brought in.
  Xapian::Query words_only;
  // The relaxed query with each compound of several words also matching its
  // words apart (コスト削減 → コスト, 削減; BCP策定 → BCP, 策定): what to run
  // when even the relaxed query finds nothing. Empty when no compound splits.
  Xapian::Query split;
  std::vector<std::string> highlights;  // strings to mark in snippets (normalised)
  std::vector<FacetMatch> facet_matches;  // query words that are vocabulary values (and concept anchors)
  std::vector<std::string> walls;         // walls named in the words (付いてこない壁, 社員がついてこない)
  std::vector<std::string> concepts;      // concept thesaurus entries the words brought in
  std::vector<std::string> phrases;       // quoted phrases (positive), for the fallback to their words
  bool phrases_are_speech = false;        // every phrase was quoted in 「」 or 『』
  std::vector<RegionMatch> regions;       // regions named in the words (九州, 関西), from corpus/regions.yaml
};

// The Xapian query for the clauses. Positive clauses are ANDed; within an
// unquoted clause, each run of content words (a compound such as 事業承継 or
// 見える化) is a phrase and is required if it holds a noun, optional (it only
// ranks) if it is verbs or adjectives only. A Japanese run of kSubstringChars
// characters or more matches as a substring (the AND of its trigrams; a
// one-word run also by its word); a shorter run with an unknown or katakana
// word also matches as a substring at kNgramWeight. Synonyms match at
// kSynonymWeight; a vocabulary value also matches its facet term, at
// kFacetWeight. A quoted
// clause is exactly its string. Excluded clauses are removed exactly (no
// expansion). Only excluded clauses → all documents except them.
//
// A wall named in a clause, as a value (付いてこない) or in a sentence
// (「見えない」の壁, 付いてこない壁, 社員がついてこない), makes every case with
// that wall match at kWallWeight, above any text match; the word 壁 then adds
// nothing, and 事例/ケース never do (every case is one). A clause holding a
// phrase of the concept thesaurus (辞めてしまう) also finds the concept's words
// at kConceptWeight.
//
// A compound that is a place (a prefecture, 京都 for 京都府; an area, 関東; a
// region of corpus/regions.yaml, 九州, 首都圏) also finds every case located
// there, at kRegionWeight, ORed with the text naming it. Only the whole
// compound counts: 関東経済産業局 and 東海村 are not regions, and 中国 alone is
// the country (regions.yaml's text_only).
BuiltQuery build_query(const UserQuery& query, const QueryContext& context, QueryMode mode = QueryMode::kFull);

// The same query with every quoted phrase read as plain words: what to run
// when the phrases find nothing (an owner's words quoted from memory). The
// words around the quote that only say who said it (と言う社長, が口癖の経営者)
// are then left out: every case has a 社長 who says things.
UserQuery without_quotes(const UserQuery& query);

inline constexpr double kSynonymWeight = 0.6;
inline constexpr double kConceptWeight = 0.5;
// A kana clause matching the reading of kanji (しきんぐり → 資金繰り).
inline constexpr double kReadingWeight = 0.5;
// Far above what the text of a query can weigh (BM25 gives a few units per
// term), so a named wall ranks its cases first and the text orders them.
inline constexpr double kWallWeight = 1000;
// A case located in the place a compound names (九州, 京都): above what the
// compound's text weighs (BM25 gives a few units), so a case there ranks above
// one that only writes the name, and the other words order them. Swept over
// the tuned set: 0.5–3 rank cases there among passing mentions; 5 and above
// are equal (docs/japanese-search.md).
inline constexpr double kRegionWeight = 5;
// A case tagged with the vocabulary value a compound names (製造業, 事業承継):
// a little, so that a tagged case that never writes the word still counts as
// having it (in a relaxed sentence it ranks with the cases that cover more),
// while the text orders the tagged cases. A wall's taxonomy synonym (見える化
// → wall 見えない) stays a weightless match; other synonyms (BCP, 資金繰り)
// weigh like the name. Swept over the tuned set (wall synonyms weighing too):
// 0 (before) 0.853, 0.5-2 0.854, 3-5 0.856.
inline constexpr double kFacetWeight = 1;
inline constexpr double kNgramWeight = 0.5;
// The words of a compound found apart, in the split query (コスト削減 → コスト, 削減).
inline constexpr double kPartWeight = 0.5;
inline constexpr std::size_t kSubstringChars = 3;

}  // namespace casekb
