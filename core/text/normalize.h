// Japanese-aware text normalisation, applied identically to documents and
// queries so that what a user types meets what a case says.
#pragma once

#include <string>
#include <string_view>

#include <unicode/normalizer2.h>

namespace casekb {

// ICU's NFKC normaliser, loaded once; nullptr if ICU's data cannot be loaded.
// For callers that normalise piece by piece (the anonymity check's position map).
const icu::Normalizer2* nfkc_normalizer();

// NFKC: folds width (ＤＸ → DX, １０億円 → 10億円, ｶﾀｶﾅ → カタカナ) and
// compatibility forms (①, ㈱) while keeping case. Used for displayed text such as
// snippets and for reading vocabulary values. Invalid UTF-8 is replaced first.
std::string normalize_nfkc(std::string_view text);

// The search key form: NFKC with case folding and default-ignorable characters
// (zero-width spaces, soft hyphens, BOM) removed. Indexing, querying and
// vocabulary lookup all compare in this form.
std::string normalize_for_search(std::string_view text);

// normalize_for_search() with kanji variants folded (髙 → 高, 澤 → 沢): what
// the index and the queries are made of. The anonymity check and taxonomy
// lookups keep normalize_for_search(), which leaves the characters as written.
std::string normalize_for_index(std::string_view text);

}  // namespace casekb
