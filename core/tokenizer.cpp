// Tokeniser: script runs, words and CJK n-grams.
#include "tokenizer.h"

#include <string>

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

}  // namespace

unsigned tokenize(std::string_view text, unsigned first_position, const TokenSink& sink) {
  unsigned position = first_position;
  std::size_t offset = 0;
  // Byte offsets of the characters of the current CJK run.
  std::vector<std::size_t> run;
  std::size_t run_end = 0;

  const auto flush_cjk = [&] {
    if (run.empty()) return;
    if (run.size() == 1) {
      sink({text.substr(run[0], run_end - run[0]), position++, true});
    } else {
      for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        const std::size_t end = i + 2 < run.size() ? run[i + 2] : run_end;
        sink({text.substr(run[i], end - run[i]), position++, true});
      }
      for (std::size_t i = 0; i < run.size(); ++i) {
        const std::size_t end = i + 1 < run.size() ? run[i + 1] : run_end;
        sink({text.substr(run[i], end - run[i]), 0, false});
      }
    }
    run.clear();
  };

  while (offset < text.size()) {
    const std::size_t start = offset;
    const char32_t cp = decode_utf8(text, offset);
    switch (classify(cp)) {
      case CharClass::kCjk:
        run.push_back(start);
        run_end = offset;
        break;
      case CharClass::kWord: {
        flush_cjk();
        std::size_t end = offset;
        while (end < text.size()) {
          std::size_t next = end;
          if (classify(decode_utf8(text, next)) != CharClass::kWord) break;
          end = next;
        }
        if (end - start <= kMaxTermBytes) sink({text.substr(start, end - start), position, true});
        ++position;
        offset = end;
        break;
      }
      case CharClass::kSeparator:
        flush_cjk();
        break;
    }
  }
  flush_cjk();
  return position;
}

}  // namespace casekb
