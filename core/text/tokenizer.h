// Splits normalised text into index terms. Documents and queries go through
// the same code, so a query's terms and positions line up with the document's.
//
//  - Latin letters and digits: one word per run (already case-folded).
//  - Japanese (kanji, kana): MeCab words. Content words (nouns, prefixes,
//    verbs and adjectives by dictionary form) become positional word terms;
//    particles, auxiliaries and symbols take a position but no term, so phrases
//    still line up. Kana-only nouns are folded to katakana and a katakana word's
//    final long-vowel mark is dropped (サーバー = サーバ), as JIS Z 8301 allows.
//  - Every Japanese run also yields its character bigrams and trigrams and its
//    kanji as unigrams, all without positions: the substring index. A string of
//    three or more characters is found by the AND of its trigrams (従業員 inside
//    従業員数, however MeCab cuts it; a quoted phrase with its particles), two
//    characters by their bigram, and a one-kanji query (酒) finds 甘酒 and 清酒.
//    Without positions these are plain posting lists: no positional check per
//    matching case when exact totals and facet counts visit every match.
// Without a MeCab dictionary, bigrams are positional word terms instead.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "text/morphology.h"

namespace casekb {

// Longest term emitted; longer words (URLs, hashes) are skipped, well below
// Xapian's 245-byte limit.
inline constexpr std::size_t kMaxTermBytes = 64;

enum class TokenKind { kWord, kNgram, kTrigram, kUnigram, kReading };

struct Token {
  std::string_view term;     // the index form (valid during the sink call only)
  std::string_view surface;  // as in the text
  std::size_t offset;        // byte offset of surface in the text
  unsigned position;         // words: position; bi/trigrams: number of their Japanese run; unigrams: unused
  TokenKind kind;
  WordClass word_class;      // words only
  bool unknown;              // a word MeCab did not know
  bool suffix = false;       // a noun suffix (化, 者): continues the compound before it
};

using TokenSink = std::function<void(const Token&)>;

// The next free word position and Japanese run number; a document carries one
// through its fields.
struct TokenPositions {
  unsigned word = 1;
  unsigned ngram = 1;  // run number: n-grams of one run never combine with another's
};

// Emits the tokens of `text`, which must already be normalize_for_search()ed,
// advancing `positions`.
// Which kinds of token a caller wants; leaving out the ones it drops saves
// building them (indexing never uses bigrams but the relevance baseline's).
struct TokenKinds {
  bool bigrams = true;
  bool trigrams = true;
  bool unigrams = true;
  // Readings of nouns (kana for kanji: 資金繰り → シキンクリ, see reading_key),
  // one term per run of one to kMaxReadingWords consecutive nouns; only the
  // index wants them.
  bool readings = false;
};

// Longest run of nouns whose joined reading is one reading term.
inline constexpr std::size_t kMaxReadingWords = 3;

// The form a reading is indexed and searched in: katakana, voiced and
// semi-voiced marks dropped (グ = ク, so 資金繰り's シキンクリ is しきんぐり's
// シキングリ too), a final long-vowel mark dropped as in fold_word. Empty if
// `kana` holds anything but kana.
std::string reading_key(std::string_view kana);

void tokenize(std::string_view text, TokenPositions& positions, const TokenSink& sink, const TokenKinds& kinds = {});

// The same with both counters starting at first_position; returns the next word position.
unsigned tokenize(std::string_view text, unsigned first_position, const TokenSink& sink);

// True for code points treated as Japanese script.
bool is_cjk(char32_t cp);

// The folded index form of a word (kana and long-vowel folding); see above.
std::string fold_word(std::string_view word, WordClass word_class);

}  // namespace casekb
