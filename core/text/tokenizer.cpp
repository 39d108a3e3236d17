// Tokeniser: script runs, MeCab words, CJK bigrams and trigrams.
#include "text/tokenizer.h"

#include <string>
#include <vector>

#include "text/utf8.h"

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

std::string reading_key(std::string_view kana) {
  // Voiced (ガ) and semi-voiced (パ) katakana follow their plain form (カ, ハ)
  // at +1 and +2 in the block.
  static constexpr std::u32string_view kVoiced = U"ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
  static constexpr std::u32string_view kSemiVoiced = U"パピプペポ";
  std::u32string points;
  for (std::size_t offset = 0; offset < kana.size();) {
    char32_t cp = decode_utf8(kana, offset);
    if (cp >= 0x3041 && cp <= 0x3096) cp += 0x60;  // ひらがな → カタカナ
    if (cp == 0x30F4) cp = 0x30A6;                 // ヴ → ウ
    if (kVoiced.find(cp) != std::u32string_view::npos) cp -= 1;
    else if (kSemiVoiced.find(cp) != std::u32string_view::npos) cp -= 2;
    if (cp < 0x30A1 || cp > 0x30FC) return {};
    points.push_back(cp);
  }
  if (points.size() >= 4 && points.back() == 0x30FC) points.pop_back();
  std::string out;
  for (char32_t cp : points) append_utf8(out, cp);
  return out;
}

unsigned tokenize(std::string_view text, unsigned first_position, const TokenSink& sink) {
  TokenPositions positions{first_position, first_position};
  tokenize(text, positions, sink);
  return positions.word;
}

void tokenize(std::string_view text, TokenPositions& positions, const TokenSink& sink, const TokenKinds& kinds) {
  const MorphologicalAnalyzer* morphology = MorphologicalAnalyzer::for_search();
  unsigned& position = positions.word;
  std::size_t offset = 0;
  std::size_t run_begin = std::string_view::npos;
  std::vector<std::size_t> run;       // byte offsets of the run's characters
  std::vector<char32_t> run_points;  // and the characters
  std::vector<std::size_t> kept;  // indexes into run of the characters n-grams use
  std::string folded, gram_text;

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
        sink({gram, gram, run[i], position++, TokenKind::kWord, WordClass::kNoun, false, false});
        if (run.size() == 1) break;
      }
    } else {
      const unsigned run_number = positions.ngram++;
      // The characters the n-grams are made of: a katakana word's final
      // long-vowel mark is left out, as fold_word does for words, so the
      // substring サーバー管理 is サーバ管理 too.
      kept.clear();
      std::size_t katakana = 0;  // length of the katakana word up to here
      for (std::size_t i = 0; i < run.size(); ++i) {
        const char32_t cp = run_points[i];
        katakana = (cp >= 0x30A1 && cp <= 0x30FC) ? katakana + 1 : 0;
        if (cp == 0x30FC && katakana >= 4) {
          const char32_t next = i + 1 < run.size() ? run_points[i + 1] : 0;
          if (next < 0x30A1 || next > 0x30FC) continue;  // the word ends here
        }
        kept.push_back(i);
      }
      const auto char_end = [&](std::size_t i) { return i + 1 < run.size() ? run[i + 1] : run_end; };
      // The n kept characters from the k-th: the term (without dropped marks)
      // and the text it stands for.
      const auto emit_gram = [&](std::size_t k, std::size_t n, TokenKind kind) {
        gram_text.clear();
        for (std::size_t j = k; j < k + n; ++j) gram_text.append(text.substr(run[kept[j]], char_end(kept[j]) - run[kept[j]]));
        const std::size_t begin = run[kept[k]];
        const std::string_view surface = text.substr(begin, char_end(kept[k + n - 1]) - begin);
        sink({gram_text, surface, begin, run_number, kind, WordClass::kNoun, false, false});
      };
      for (std::size_t k = 0; k + 1 < kept.size(); ++k) {
        if (kinds.bigrams) emit_gram(k, 2, TokenKind::kNgram);
        if (kinds.trigrams && k + 2 < kept.size()) emit_gram(k, 3, TokenKind::kTrigram);
      }
      for (std::size_t i = 0; kinds.unigrams && i < run.size() && run.size() > 1; ++i) {
        if (is_kanji(run_points[i])) {
          const std::string_view kanji = text.substr(run[i], char_end(i) - run[i]);
          sink({kanji, kanji, run[i], 0, TokenKind::kUnigram, WordClass::kNoun, false, false});
        }
      }
    }
    if (morphology) {
      // Readings of the last few consecutive nouns, newest last.
      std::vector<std::string> recent;
      std::string joined;
      morphology->analyze_words(run_text, [&](const Word& word) {
        const unsigned at = position++;
        if (kinds.readings) {
          const bool noun = word.word_class == WordClass::kNoun || word.word_class == WordClass::kPrefix;
          std::string key = noun && !word.reading.empty() ? reading_key(word.reading) : std::string();
          if (key.empty()) {
            recent.clear();
          } else {
            recent.push_back(std::move(key));
            if (recent.size() > kMaxReadingWords) recent.erase(recent.begin());
            // Every run of nouns ending here: 繰り, 資金繰り, 運転資金繰り.
            for (std::size_t from = recent.size(); from-- > 0;) {
              joined.clear();
              for (std::size_t k = from; k < recent.size(); ++k) joined += recent[k];
              if (joined.size() <= kMaxTermBytes) {
                sink({joined, word.surface, run_begin + word.offset, at, TokenKind::kReading, word.word_class, false, false});
              }
            }
          }
        }
        if (!indexed(word.word_class)) return;
        folded = fold_word(word.base, word.word_class);
        if (folded.size() > kMaxTermBytes) return;
        sink({folded, word.surface, run_begin + word.offset, at, TokenKind::kWord, word.word_class, word.unknown,
              word.suffix});
      });
    }
    run.clear();
    run_points.clear();
    run_begin = std::string_view::npos;
  };

  while (offset < text.size()) {
    const std::size_t start = offset;
    const char32_t cp = decode_utf8(text, offset);
    switch (classify(cp)) {
      case CharClass::kCjk:
        if (run.empty()) run_begin = start;
        run.push_back(start);
        run_points.push_back(cp);
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
          sink({word, word, start, position, TokenKind::kWord, WordClass::kNoun, false, false});
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
