// Splits normalised text into index terms: words for Latin letters and digits,
// character bigrams (with positions) and unigrams for Japanese. Documents and
// queries go through the same code, so a query's terms and positions always
// line up with the document's.
#pragma once

#include <functional>
#include <string_view>

namespace casekb {

// Longest term emitted; longer words (URLs, hashes) are skipped, well below
// Xapian's 245-byte limit.
inline constexpr std::size_t kMaxTermBytes = 64;

struct Token {
  std::string_view term;
  unsigned position;  // meaningful only when positional
  bool positional;    // false for the position-less unigrams of longer CJK runs
};

using TokenSink = std::function<void(const Token&)>;

// Emits the tokens of `text`, which must already be normalize_for_search()ed.
// Positions start at first_position; returns the next free position.
//  - Latin/digit runs → one word token each.
//  - A CJK run (kanji, hiragana, katakana) of n ≥ 2 characters → n-1 positional
//    bigrams plus n position-less unigrams (so a one-character query still
//    finds it); a single CJK character → one positional unigram.
unsigned tokenize(std::string_view text, unsigned first_position, const TokenSink& sink);

// True for code points treated as Japanese script (a CJK run).
bool is_cjk(char32_t cp);

}  // namespace casekb
