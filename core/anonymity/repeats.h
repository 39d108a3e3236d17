// Names found once, looked for again: a firm, shop, product or person named with a sign
// that gave it away (株式会社, 屋号「…」, a title) is often named again further on without
// one (以下「丸十」, 丸十は…, 四十物は…), and the second mention identifies as much as the first.
#pragma once

#include <string_view>
#include <vector>

#include "anonymity/finding.h"
#include "text/morphology.h"

namespace casekb {

// Appends a finding for every other occurrence in `text` of a name that an error in
// `found` reported (kinds company, shop, product, person): the name itself, a
// person's surname and given name, a firm's name without its legal form or suffix,
// and an alias given right after it (（以下「丸十」）). An occurrence counts only where
// it stands as a word (not inside a longer kanji or katakana word); one followed by a
// product category is reported as that product (霧の森 → 霧の森羊羹). `words` may be
// null (no dictionary). Occurrences already inside a finding are left alone.
void find_repeated_names(std::u32string_view text, const std::vector<Morpheme>* words,
                         const std::vector<Finding>& found, std::vector<Finding>& out);

}  // namespace casekb
