// Other firms named by their relation to the case's firm: customers, suppliers, partners,
// the parent, a former employer ("大口顧客である九州メディカル開発", "主要卸先の防長ストア",
// "甲府興産の子会社", "社長は独立前、安芸グラフィックで営業を務め"). Their names are often
// a region and a business word (北陸アイウェア), which no suffix gives away; the relation
// says they are names, and naming a partner narrows the firm as much as naming it.
#pragma once

#include <string_view>
#include <vector>

#include "anonymity/finding.h"
#include "text/morphology.h"

namespace casekb {

// Appends company findings for names standing right after a relation word (取引先である,
// 納め先の, 協力会社:) or right before one (の子会社, との提携, で営業を), lists after the
// first name included (ミツワ商会、東海ホームセンター). `words` come from
// MorphologicalAnalyzer::analyze over `text`, in text order. A name that starts with a word
// the dictionary knows as a proper noun (not a place) or does not know at all is an
// error; one that starts with a region or a place (北陸アイウェア) is a warning, since a
// region and a kind of business may also describe (九州ホームセンター業界).
void find_partner_firms(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out);

// Appends company findings for a firm's name as the topic that opens a sentence, where
// the case's label (K社は) would stand: すわ精工は、…; ひがしまつやま運送は冷凍輸送を営み;
// しおさい水産さんは. The name ends in a firm's suffix; what comes before the suffix may be
// a place, a coined kana word or katakana, read by characters since MeCab cuts coined kana
// anywhere. A kanji common word before the suffix (山鳩印刷所) is a warning.
void find_firms_as_topic(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out);

// Appends company warnings for the other items of a list that holds a firm's name found
// by any rule (豊和オートパーツ、中京電装といった…), when they are shaped like a firm's name
// themselves: a name and a firm's suffix, a cooperative, a name and a katakana word of trade.
// Run after the other company rules.
void find_firms_listed_with_found_ones(std::u32string_view text, const std::vector<Morpheme>& words,
                                       std::vector<Finding>& out);

// Appends company warnings for names shaped like a firm's anywhere in the text, read by
// their words: a place or a name, a word of trade, and a firm's suffix (山陰教育出版,
// 北上ダイカスト工業, 森山刃物製作所). With a word between, a place and a suffix say a firm,
// not the region's industry (北海道観光), unless the suffix mostly names one.
void find_firms_by_shape(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out);

}  // namespace casekb
