// Kanji variants (異体字・旧字体): 髙 → 高, 﨑 → 崎, 澤 → 沢, 國 → 国. Documents and
// queries are folded alike, so a query in one form finds the other. The table
// is generated at build time from Unicode's Unihan data (Debian's
// unicode-data: Unihan_Variants.txt, and the old forms of kJinmeiyoKanji in
// Unihan_OtherMappings.txt) and a short Japanese supplement
// (data/kanji_variants_ja.txt); see kanji_variants_gen.cpp for the rules.
// NFKC does none of this. Changing the table changes the index: bump
// kSchemaVersion.
#pragma once

#include <string>
#include <string_view>

namespace casekb {

// The form Japanese writes today for a variant kanji; any other code point unchanged.
char32_t fold_kanji_variant(char32_t cp);

// `text` (UTF-8) with every variant kanji folded.
std::string fold_kanji_variants(std::string_view text);

// How many variants the table folds (for tests and diagnostics).
std::size_t kanji_variant_count();

}  // namespace casekb
