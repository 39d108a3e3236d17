// The index schema: term prefixes, value slots and the facets with their order.
// Indexing and searching both include this header so they cannot drift apart.
// Changing a prefix or slot means bumping kSchemaVersion and rebuilding.
#pragma once

#include <array>
#include <string_view>

namespace casekb {

inline constexpr std::string_view kSchemaVersion = "8";
inline constexpr std::string_view kSchemaMetadataKey = "casekb:schema";
// Fingerprint of what every document depends on besides its own file:
// taxonomy.yaml, anonymity-allow.txt and the indexing options. When it
// changes, an update rebuilds instead of comparing files.
inline constexpr std::string_view kConfigMetadataKey = "casekb:config";

// Boolean term naming a case by its id: "Q" + id (Xapian/Omega's convention).
inline constexpr std::string_view kIdPrefix = "Q";

// Free-text terms (see tokenizer.h). Words of every field are indexed
// unprefixed (with positions, for phrases); title and business words also under their own prefix (without
// positions) so that ranking can weight them separately. Body sections are not
// prefixed: a prefixed copy of 設定された課題 cost 28% of all postings (measured
// on the 10k benchmark corpus), so that section gets a wdf boost instead.
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kBusinessPrefix = "XB";
// Japanese character trigrams, without positions: the substring index for
// compounds MeCab cuts differently in context and for quoted phrases (a string
// of three or more characters is the AND of its trigrams). Schema 3 used
// positional bigrams instead: the positional checks made queries 3× slower
// than the n-gram design at 10k cases and doubled the index. Schema 5 leaves a
// katakana word's final long-vowel mark out of n-grams (サーバー管理 = サーバ管理).
inline constexpr std::string_view kTrigramPrefix = "XJ";
// Character bigrams: only in the relevance evaluation's index, for its plain
// n-gram baseline (IndexOptions::character_bigrams).
inline constexpr std::string_view kNgramPrefix = "XN";
// Single kanji (no positions): lets a one-kanji query find longer words.
inline constexpr std::string_view kUnigramPrefix = "XU";
// Readings (schema 8), without positions: the reading_key() of every run of one
// to three consecutive nouns (資金繰り → シキンクリ), so a query in kana finds the
// kanji (しきんぐり). Schema 8 also folds kanji variants in all text terms
// (text/kanji_variants.h: 髙 = 高, 澤 = 沢).
inline constexpr std::string_view kReadingPrefix = "XY";  // Y for 読み (XK is the kind facet)

// Value slots.
inline constexpr unsigned kPublishedSlot = 0;  // "YYYY-MM-DD": sorts as a string
// "id<TAB>sha256<TAB>size<TAB>mtime_ns" of the file the document was built
// from (schema 6): one pass over this slot tells an update what the index holds.
inline constexpr unsigned kFileStampSlot = 1;

// Words of a case's training questions (## 研修での問い, schema 7): indexed under
// this prefix instead of unprefixed, so that a question naming another case
// ("the case of a 精密部品加工業 in 埼玉県") does not make the two cases similar.
// Their trigrams and kanji are indexed as usual, so substring search still
// finds them.
inline constexpr std::string_view kQuestionsPrefix = "XQ";

// The eleven facets, in the order the API lists them. `name` is the singular URL
// parameter and facet key of /api/search; `field` is the front-matter key and the
// taxonomy.yaml key of its vocabulary (area has none: it follows from region;
// kind has none: it follows from source, see case/fields.h; schema 7).
enum class Facet { kIndustry, kArea, kRegion, kWall, kOutcome, kApproach, kSupporter, kTheme, kStage, kMeasure, kKind };

struct FacetInfo {
  Facet facet;
  std::string_view name;
  std::string_view field;
  std::string_view prefix;  // boolean term prefix; value appended as written in taxonomy.yaml
  std::string_view label;   // Japanese label shown on pages
};

inline constexpr std::array<FacetInfo, 11> kFacets = {{
    {Facet::kIndustry, "industry", "industry", "XI", "業種"},
    {Facet::kArea, "area", "", "XA", "地域"},
    {Facet::kRegion, "region", "region", "XR", "都道府県"},
    {Facet::kWall, "wall", "walls", "XW", "壁"},
    {Facet::kOutcome, "outcome", "outcomes", "XO", "成果"},
    {Facet::kApproach, "approach", "approach", "XP", "アプローチ"},
    {Facet::kSupporter, "supporter", "supporter", "XS", "支援機関"},
    {Facet::kTheme, "theme", "themes", "XT", "テーマ"},
    {Facet::kStage, "stage", "stage", "XG", "局面"},
    {Facet::kMeasure, "measure", "measures", "XM", "施策"},
    {Facet::kKind, "kind", "", "XK", "事例の種類"},
}};

inline constexpr std::size_t kFacetCount = kFacets.size();

inline const FacetInfo& facet_info(Facet facet) { return kFacets[static_cast<std::size_t>(facet)]; }

// Returns the facet whose URL name is `name`, or nullptr.
inline const FacetInfo* find_facet(std::string_view name) {
  for (const FacetInfo& info : kFacets) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

}  // namespace casekb
