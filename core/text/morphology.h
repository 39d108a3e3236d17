// MeCab, once for the whole of casekb: one loaded dictionary per process
// (shared by every thread), cutting text into words for search and indexing
// (a word's class and dictionary form) and for the anonymity check (IPAdic's
// full part of speech: 人名, 組織, 地域, 姓, 名 ...). Search and the check use the
// same model, so it is loaded once.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace MeCab {
class Model;
}

namespace casekb {

// ---- Words for search and indexing

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
  bool suffix;               // a noun suffix (化, 者, 業): continues the compound before it
  std::string_view reading;  // reading in katakana (IPAdic field 7); empty when the dictionary has none
};

using WordSink = std::function<void(const Word&)>;

// Text longer than this is analysed in pieces cut after a sentence (。！？ or a
// line break) or, failing that, on a character boundary: MeCab's lattice grows
// with its input, so one piece bounds the time and memory of a call.
inline constexpr std::size_t kMaxAnalyzedBytes = 4096;

// ---- Morphemes for the anonymity check

// IPAdic's part-of-speech levels, reduced to the values the checks ask about.
enum class PartOfSpeech : uint8_t { kOther, kNoun, kPrefix, kVerb, kAdjective, kAdverb, kParticle, kAuxiliaryVerb, kSymbol };
enum class NounKind : uint8_t {
  kOther,
  kProper,
  kGeneral,
  kSuffix,
  kVerbal,
  kNumber,
  kDependent,
  kPronoun,
  kAdjectival
};
enum class ProperKind : uint8_t { kOther, kPerson, kOrganization, kPlace, kGeneral };
enum class NameKind : uint8_t { kOther, kSurname, kGivenName, kCountry, kGeneral };

// One word, located in the normalised text it was cut from.
struct Morpheme {
  uint32_t begin = 0;  // [begin, end) in code points of the analysed text
  uint32_t end = 0;
  PartOfSpeech pos = PartOfSpeech::kOther;
  NounKind noun = NounKind::kOther;        // IPAdic level 2 (固有名詞, 一般, 接尾 …)
  ProperKind proper = ProperKind::kOther;  // IPAdic level 3 (人名, 組織, 地域 …; also for 接尾)
  NameKind name = NameKind::kOther;        // IPAdic level 4 (姓, 名, 国 …)
  bool unknown = false;                    // not in the dictionary (MeCab guessed its class)
  bool common_reading = false;             // a proper noun the dictionary also has as a common noun
};

// A loaded dictionary. Thread safety: one analyzer may be shared by any number of
// threads; each thread analyses with its own tagger and lattice over the shared model.
class MorphologicalAnalyzer {
 public:
  ~MorphologicalAnalyzer();
  MorphologicalAnalyzer(const MorphologicalAnalyzer&) = delete;
  MorphologicalAnalyzer& operator=(const MorphologicalAnalyzer&) = delete;

  // Opens a UTF-8 dictionary in `dictionary_dir` (empty: the default of
  // /etc/mecabrc). With require_ipadic, one that is not IPAdic counts as not
  // loaded (the anonymity check reads IPAdic's part-of-speech names). Returns
  // nullptr and the reason in `error` when it cannot be loaded.
  static std::shared_ptr<const MorphologicalAnalyzer> open(const std::string& dictionary_dir, std::string* error,
                                                           bool require_ipadic = true);

  // The process-wide IPAdic, loaded once on first use: the first IPAdic among
  // $CASEKB_MECAB_DICDIR, /var/lib/mecab/dic/ipadic-utf8 and the mecabrc default.
  // nullptr if none loads; the reason is then in `error` (on every call).
  static std::shared_ptr<const MorphologicalAnalyzer> shared(std::string* error);

  // The analyzer search and indexing cut words with: $CASEKB_MECAB_DICDIR if it
  // names any dictionary (UniDic too), else shared(). Null if none loads
  // (callers fall back to n-grams).
  static const MorphologicalAnalyzer* for_search();

  // Cuts text (UTF-8, already normalised) into words, in pieces of at most
  // kMaxAnalyzedBytes cut after a sentence. Offsets are into `text`.
  void analyze_words(std::string_view text, const WordSink& sink) const;

  // Cuts the given ranges [begin, end) of `text` into morphemes. Ranges are
  // analysed in sentence-sized pieces, so time and memory stay linear.
  std::vector<Morpheme> analyze(std::u32string_view text, const std::vector<std::pair<size_t, size_t>>& ranges) const;

 private:
  explicit MorphologicalAnalyzer(MeCab::Model* model) : model_(model) {}
  void analyze_word_piece(std::string_view text, std::size_t base_offset, const WordSink& sink) const;

  MeCab::Model* model_;       // owned
  int base_form_field_ = 6;   // IPAdic: 原形 is field 6; UniDic: orthBase is field 10
  int reading_field_ = 7;     // IPAdic: 読み is field 7; found like the base form (ソダタ for 育た)
};

}  // namespace casekb
