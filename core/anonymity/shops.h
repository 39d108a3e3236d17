// Shop and product rules of the anonymity check: 屋号 and the names of stores, inns,
// salons, care homes and farms ("和菓子処 月読庵", "ベーカリー こむぎ畑 駅前店", 「まるや」の
// 屋号), and a firm's own products and brands (ブランド『紅の雫』, 「ひだまり食パン」).
#pragma once

#include <string_view>
#include <vector>

#include "anonymity/finding.h"
#include "text/morphology.h"

namespace casekb {

// Appends shop (kShop) and product (kProduct) findings in `text` (normalised). `words`
// come from MorphologicalAnalyzer::analyze over `text`, in text order; nullptr when no
// dictionary is loaded (then names are delimited by character class only, and kana
// names, which need the words to end, are looked for in quotes only).
void find_shop_and_product_names(std::u32string_view text, const std::vector<Morpheme>* words,
                                 std::vector<Finding>& out);

}  // namespace casekb
