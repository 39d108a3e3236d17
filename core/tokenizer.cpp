// Tokeniser: script runs, MeCab words, CJK bigrams and trigrams.
#include "tokenizer.h"

#include <string>
#include <vector>

#include "utf8.h"

namespace casekb {

bool is_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||    // hiragana, katakana (with ー)
         (cp >= 0x31F0 && cp <= 0x31FF) ||    // katakana phonetic extensions
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
         (cp >= 0x20000 && cp <= 0x3FFFF) ||  // supplementary ideographs
         cp == 0x3005 || cp == 0x3006 || cp == 0x3007;  // 々 〆 〇
}

namespace {

bool is_word_char(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  // Latin-1/Extended, Greek, Cyrillic letters (already case-folded).
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x4FF);
}

enum class CharClass { kSeparator, kWord, kCjk };

CharClass classify(char32_t cp) {
  if (is_cjk(cp)) return CharClass::kCjk;
  if (is_word_char(cp)) return CharClass::kWord;
  return CharClass::kSeparator;
}

bool is_kanji(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF) || cp == 0x3005;
}

bool indexed(WordClass c) { return c != WordClass::kFunction && c != WordClass::kSymbol; }

}  // namespace

std::string fold_word(std::string_view word, WordClass word_class) {
  std::vector<char32_t> points;
  bool all_hiragana = true, all_katakana = true;
  for (std::size_t offset = 0; offset < word.size();) {
    const char32_t cp = decode_utf8(word, offset);
    points.push_back(cp);
    all_hiragana = all_hiragana && ((cp >= 0x3041 && cp <= 0x3096) || cp == 0x30FC);
    all_katakana = all_katakana && cp >= 0x30A1 && cp <= 0x30FC;
  }
  if (points.empty()) return std::string(word);
  if (all_hiragana && word_class == WordClass::kNoun) {
    for (char32_t& cp : points) {
      if (cp != 0x30FC) cp += 0x60;  // ひらがな → カタカナ
    }
    all_katakana = true;
  }
  if (all_katakana && points.size() >= 4 && points.back() == 0x30FC) points.pop_back();
  std::string out;
  for (char32_t cp : points) append_utf8(out, cp);
  return out;
}

unsigned tokenize(std::string_view text, unsigned first_position, const TokenSink& sink) {
  TokenPositions positions{first_position, first_position};
  tokenize(text, positions, sink);
  return positions.word;
}

void tokenize(std::string_view text, TokenPositions& positions, const TokenSink& sink) {
  const Morphology* morphology = Morphology::shared();
  unsigned& position = positions.word;
  std::size_t offset = 0;
  std::size_t run_begin = std::string_view::npos;
  std::vector<std::size_t> run;  // byte offsets of the run's characters
  std::string folded;

  const auto flush_cjk = [&](std::size_t run_end) {
    if (run.empty()) return;
    const std::string_view run_text = text.substr(run_begin, run_end - run_begin);
    // The n characters from the i-th of the run.
    const auto gram_at = [&](std::size_t i, std::size_t n = 2) {
      const std::size_t end = i + n < run.size() ? run[i + n] : run_end;
      return text.substr(run[i], end - run[i]);
    };
    if (!morphology) {
      // No dictionary: bigrams (or the single character) are the words.
      for (std::size_t i = 0; i + 1 < run.size() || i == 0; ++i) {
        const std::string_view gram = run.size() == 1 ? run_text : gram_at(i);
        sink({gram, gram, run[i], position++, TokenKind::kWord, WordClass::kNoun, false});
        if (run.size() == 1) break;
      }
    } else {
      const unsigned run_number = positions.ngram++;
      for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        const std::string_view gram = gram_at(i);
        sink({gram, gram, run[i], run_number, TokenKind::kNgram, WordClass::kNoun, false});
        if (i + 2 < run.size()) {
          const std::string_view trigram = gram_at(i, 3);
          sink({trigram, trigram, run[i], run_number, TokenKind::kTrigram, WordClass::kNoun, false});
        }
        std::size_t next = run[i];
        if (is_kanji(decode_utf8(text, next))) {
          const std::string_view kanji = text.substr(run[i], next - run[i]);
          sink({kanji, kanji, run[i], 0, TokenKind::kUnigram, WordClass::kNoun, false});
        }
      }
      std::size_t last = run.back();
      if (run.size() > 1 && is_kanji(decode_utf8(text, last))) {
        const std::string_view kanji = text.substr(run.back(), last - run.back());
        sink({kanji, kanji, run.back(), 0, TokenKind::kUnigram, WordClass::kNoun, false});
      }
    }
    if (morphology) {
      morphology->analyze(run_text, [&](const Word& word) {
        const unsigned at = position++;
        if (!indexed(word.word_class)) return;
        folded = fold_word(word.base, word.word_class);
        if (folded.size() > kMaxTermBytes) return;
        sink({folded, word.surface, run_begin + word.offset, at, TokenKind::kWord, word.word_class, word.unknown});
      });
    }
    run.clear();
    run_begin = std::string_view::npos;
  };

  while (offset < text.size()) {
    const std::size_t start = offset;
    const char32_t cp = decode_utf8(text, offset);
    switch (classify(cp)) {
      case CharClass::kCjk:
        if (run.empty()) run_begin = start;
        run.push_back(start);
        break;
      case CharClass::kWord: {
        flush_cjk(start);
        std::size_t end = offset;
        while (end < text.size()) {
          std::size_t next = end;
          if (classify(decode_utf8(text, next)) != CharClass::kWord) break;
          end = next;
        }
        const std::string_view word = text.substr(start, end - start);
        if (word.size() <= kMaxTermBytes) {
          sink({word, word, start, position, TokenKind::kWord, WordClass::kNoun, false});
        }
        ++position;
        offset = end;
        break;
      }
      case CharClass::kSeparator:
        flush_cjk(start);
        break;
    }
  }
  flush_cjk(text.size());
}

}  // namespace casekb
