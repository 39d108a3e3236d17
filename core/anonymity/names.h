// Name rules of the anonymity check: people (田中社長, 鈴木様, full names), firms named
// without a legal form (山田製作所, ヤマダ社), shops, brands and other proper nouns, and
// municipalities (a quasi-identifier signal). With a dictionary they read MeCab's parts
// of speech; without one, a cruder rule on character runs still finds titled names.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "anonymity/finding.h"
#include "text/morphology.h"

namespace casekb {

// `words` come from MorphologicalAnalyzer::analyze over `text`, in text order.
void find_names_with_morphology(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out,
                                std::vector<QuasiSignal>& signals);

// Appends person errors for a name in the table cell right after a role's cell (| 店長 |
// ミナミ |, | スタイリスト | 上保 美咲 |): a staff table names its people. A name is one
// katakana word (2 to 6 letters) or two parts with one blank between.
void find_people_in_staff_tables(std::u32string_view text, std::vector<Finding>& out);
void find_people_listed_in_brackets(std::u32string_view text, std::vector<Finding>& out);

// True if word w of `text` is a place: a prefecture, an area, or a place IPAdic knows
// (四万十, 武蔵野); not the whole country (日本, 国内). Shared by the firm rules.
bool is_place_word(std::u32string_view text, const Morpheme& w);

// Start of the first place name in [from, end) that a claim's で follows (桐生で, 今治市で,
// 須磨じゃ), read in `words`; `end` if there is none. The scope of a claim the word lists do
// not know.
size_t place_scope_start(std::u32string_view text, const std::vector<Morpheme>& words, size_t from, size_t end);

// Appends a warning for a count of people at a site named by its place (堺の本社工場に41名,
// 読谷の本体事業所には職員23名, 広陵町の工場で31人): where the firm works and how many work
// there single it out together. Rough counts (約40名, 30人ほど) are none.
void find_headcounts_at_named_sites(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out);

// True if a firm's suffix after a place mostly names the region's industry (北海道観光,
// 九州産業), not a firm.
bool names_an_industry(std::u32string_view suffix);

// True if katakana `s` starts with a 屋号 mark and goes on (マルカネ, ヤマサ, カネタ).
bool is_yagou_mark(std::u32string_view s);

// True for words that are never a person's name, whatever a dictionary says: titles, roles,
// public names, prefectures, labels.
bool never_a_person(std::u32string_view s);

// The fallback when no dictionary could be loaded: titled names and municipalities after
// a prefecture only, found on character runs of the given ranges.
void find_names_without_morphology(std::u32string_view text, std::vector<Finding>& out,
                                   std::vector<QuasiSignal>& signals);

}  // namespace casekb
