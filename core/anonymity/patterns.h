// Character-pattern rules of the anonymity check: contact data, addresses, legal forms of
// companies, uniqueness claims and the figures that narrow a firm down. They need no
// dictionary and run in time linear in the text.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anonymity/finding.h"

namespace casekb {

// Each appends what it finds in `text` (normalised) to `out`.
void find_phone_numbers(std::u32string_view text, std::vector<Finding>& out);
void find_email_addresses(std::u32string_view text, std::vector<Finding>& out);
void find_urls_and_domains(std::u32string_view text, std::vector<Finding>& out);
void find_social_media_handles(std::u32string_view text, std::vector<Finding>& out);
void find_latin_proper_names(std::u32string_view text, std::vector<Finding>& out);
void find_corporate_numbers(std::u32string_view text, std::vector<Finding>& out);
void find_postal_codes(std::u32string_view text, std::vector<Finding>& out);
void find_street_addresses(std::u32string_view text, std::vector<Finding>& out);
void find_company_legal_forms(std::u32string_view text, std::vector<Finding>& out);
// Claims of being the only, first, oldest or biggest within a scope (県内で唯一, 日本初). A
// weak claim word (初めて, 一番, 最後の) needs its scope close before it; `place_scope_before`,
// when given, finds one the word lists do not know: the start of a place name followed by
// で in [from, end) (水戸で最初に, 須磨で一番), or `end` if there is none.
void find_uniqueness_claims(std::u32string_view text, std::vector<Finding>& out,
                            const std::function<size_t(size_t from, size_t end)>& place_scope_before = {});
void find_quasi_signals(std::u32string_view text, std::vector<QuasiSignal>& out);
// `text` with the western and Kyushu speech forms that claims are made in rewritten to the
// standard ones of the same length (大分じゃうちきり → 大分ではうちだけ, 他になか → 他にない,
// 最初ち言われ → 最初と言われ), so that every claim rule reads both; offsets are unchanged.
// Nothing when the text says none of them.
std::optional<std::u32string> speech_as_standard(std::u32string_view text);
// Exact counts of what the firm has, stressed as exact or small: 保有車両はちょうど47台.
void find_exact_counts(std::u32string_view text, std::vector<Finding>& out);
// The real name written beside the case's label (MS社（マルカネ味噌醸造）) and aliases (以下「KIW」).
void find_names_beside_labels(std::u32string_view text, std::vector<Finding>& out);
// Facts a reader can look up: a distance from a landmark, a broadcast, a patent number.
void find_lookup_facts(std::u32string_view text, std::vector<Finding>& out);
// Where the firm's premises stand, told by a named place and a position, from the topic to
// the word of being there (店は【大通公園の西3丁目側、テレビ塔が正面に見えるビルの4階】にある):
// the reviewer rewrites all of it. Run after the other rules: a name they found inside the
// description is a named place.
void find_premises_positions(std::u32string_view text, std::vector<Finding>& out);
// Facts a case sheet gives under a key that says what they are, where the verbs that other
// rules read are missing (| 受賞 | …金賞（2018年） |, - 本店の場所: 鹽竈神社の表坂の石段下,
// 創業日: 1961年4月1日): the value is the finding.
void find_case_sheet_facts(std::u32string_view text, std::vector<Finding>& out);

// True if `digits` (13 ASCII digits) is a 法人番号 whose first digit is its check digit
// (国税庁: 9 - (Σ P_n × Q_n mod 9), P_n the n-th digit from the right of the other twelve,
// Q_n 1 for odd n and 2 for even n).
bool is_valid_corporate_number(std::u32string_view digits);

// True if `name` is an anonymised label or placeholder (A社, BC社, 〇〇, ××, 某): what an
// author writes instead of a real name.
bool is_anonymised_name(std::u32string_view name);

// Start of the place name that ends at `end` (kanji, katakana, placeholders), scanning
// back at most `limit` characters; `end` itself if there is none.
size_t place_name_start(std::u32string_view text, size_t end, size_t limit);

// `start` moved back over a hiragana name right before it (さいたま in さいたま市, よろず in
// よろず支援拠点), unless that run holds a particle and so is no name.
size_t extend_over_kana_name(std::u32string_view text, size_t start);

}  // namespace casekb
