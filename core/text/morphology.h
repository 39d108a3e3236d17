// Japanese morphological analysis with MeCab (IPAdic): words, their class and
// base form. Used by the tokenizer, so documents and queries are cut alike.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace casekb {

enum class WordClass {
  kNoun,        // 名詞 (including 接尾 suffixes such as 者, 業, 化)
  kPrefix,      // 接頭詞
  kVerb,        // 動詞
  kAdjective,   // 形容詞, 連体詞, 副詞
  kFunction,    // 助詞, 助動詞, 接続詞, フィラー: not indexed
  kSymbol,      // 記号: not indexed
};

struct Word {
  std::string_view surface;  // as in the analysed text
  std::string_view base;     // dictionary form for verbs and adjectives; surface otherwise
  std::size_t offset;        // byte offset of surface in the analysed text
  WordClass word_class;
  bool unknown;              // not in the dictionary: MeCab guessed it
};

using WordSink = std::function<void(const Word&)>;

// Text longer than this is analysed in pieces cut after a sentence (。！？ or a
// line break) or, failing that, on a character boundary: MeCab's lattice grows
// with its input, so one piece bounds the time and memory of a call.
inline constexpr std::size_t kMaxAnalyzedBytes = 4096;

class Morphology {
 public:
  // The process-wide analyser, loaded once (thread-safe). Looks for
  // $CASEKB_MECAB_DICDIR, then /var/lib/mecab/dic/ipadic-utf8, then mecabrc's
  // default. nullptr if no dictionary loads: callers fall back to n-grams.
  static const Morphology* shared();

  // Cuts text (UTF-8, already normalised) into words, in pieces of at most
  // kMaxAnalyzedBytes. Offsets are into `text`. Thread-safe: each thread uses
  // its own tagger and lattice over the shared model.
  void analyze(std::string_view text, const WordSink& sink) const;

  ~Morphology();

 private:
  struct Impl;
  explicit Morphology(Impl* impl) : impl_(impl) {}
  void analyze_piece(std::string_view text, std::size_t base_offset, const WordSink& sink) const;
  Impl* impl_;
};

}  // namespace casekb
