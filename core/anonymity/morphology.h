// Morphological analysis (MeCab with IPAdic) for the anonymity check: which words are
// personal names, organisations, places, and which are unknown to the dictionary.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace MeCab {
class Model;
}

namespace casekb {

// IPAdic's part-of-speech levels, reduced to the values the checks ask about.
enum class PartOfSpeech : uint8_t { kOther, kNoun, kPrefix, kVerb, kAdjective, kParticle, kAuxiliaryVerb, kSymbol };
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
// threads; every analyze() call makes its own tagger and lattice over the shared model.
class MorphologicalAnalyzer {
 public:
  ~MorphologicalAnalyzer();
  MorphologicalAnalyzer(const MorphologicalAnalyzer&) = delete;
  MorphologicalAnalyzer& operator=(const MorphologicalAnalyzer&) = delete;

  // Opens an IPAdic-format UTF-8 dictionary in `dictionary_dir` (empty: the default of
  // /etc/mecabrc). Returns nullptr and a reason in `error` when it cannot be loaded or is
  // not IPAdic (the checks read IPAdic's part-of-speech names).
  static std::shared_ptr<const MorphologicalAnalyzer> open(const std::string& dictionary_dir, std::string* error);

  // The process-wide analyzer, loaded once on first use: the first IPAdic among
  // $CASEKB_MECAB_DICDIR, /var/lib/mecab/dic/ipadic-utf8 and the mecabrc default.
  // nullptr if none loads; the reason is then in `error` (on every call).
  static std::shared_ptr<const MorphologicalAnalyzer> shared(std::string* error);

  // Cuts the given ranges [begin, end) of `text` into words. Ranges are analysed in
  // sentence-sized pieces, so time and memory stay linear in the text length.
  std::vector<Morpheme> analyze(std::u32string_view text, const std::vector<std::pair<size_t, size_t>>& ranges) const;

 private:
  explicit MorphologicalAnalyzer(MeCab::Model* model) : model_(model) {}
  MeCab::Model* model_;  // owned
};

}  // namespace casekb
