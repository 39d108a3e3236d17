// The one MeCab wrapper: models cached per dictionary, a tagger and lattice per thread.
#include "text/morphology.h"

#include <mecab.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

#include "text/utf8.h"

namespace casekb {
namespace {

struct ThreadTagger {
  const MeCab::Model* model = nullptr;
  std::unique_ptr<MeCab::Tagger> tagger;
  std::unique_ptr<MeCab::Lattice> lattice;
};

// The n-th comma-separated field of a MeCab feature string.
std::string_view feature_field(const char* feature, int n) {
  std::string_view rest(feature);
  for (int i = 0; i < n; ++i) {
    const std::size_t comma = rest.find(',');
    if (comma == std::string_view::npos) return {};
    rest.remove_prefix(comma + 1);
  }
  return rest.substr(0, rest.find(','));
}

// Part-of-speech names of IPAdic and UniDic alike.
WordClass classify(std::string_view part_of_speech) {
  if (part_of_speech == "名詞" || part_of_speech == "代名詞" || part_of_speech == "接尾辞") return WordClass::kNoun;
  if (part_of_speech == "接頭詞" || part_of_speech == "接頭辞") return WordClass::kPrefix;
  if (part_of_speech == "動詞") return WordClass::kVerb;
  if (part_of_speech == "形容詞" || part_of_speech == "連体詞" || part_of_speech == "副詞" || part_of_speech == "形状詞") {
    return WordClass::kAdjective;
  }
  if (part_of_speech == "記号" || part_of_speech == "補助記号" || part_of_speech == "空白") return WordClass::kSymbol;
  return WordClass::kFunction;
}

// Which feature field holds `wanted` for the first word of 育たない (its
// dictionary form 育つ, its reading ソダタ): so IPAdic and UniDic both work.
int find_field(MeCab::Model& model, std::string_view wanted, int fallback) {
  std::unique_ptr<MeCab::Tagger> tagger(model.createTagger());
  std::unique_ptr<MeCab::Lattice> lattice(model.createLattice());
  if (!tagger || !lattice) return fallback;
  lattice->set_sentence("育たない");
  if (!tagger->parse(lattice.get())) return fallback;
  const MeCab::Node* node = lattice->bos_node()->next;
  for (int field = 0; node && field < 30; ++field) {
    if (feature_field(node->feature, field) == wanted) return field;
  }
  return fallback;
}


bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u3000'; }

// The end of the last sentence (。！？ or a line break) in text, or 0.
std::size_t last_sentence_end(std::string_view text) {
  std::size_t best = 0;
  for (std::string_view mark : {"。", "！", "？", "\n"}) {
    const std::size_t at = text.rfind(mark);
    if (at != std::string_view::npos) best = std::max(best, at + mark.size());
  }
  return best;
}

// One analyzer per dictionary directory for the whole process.
std::shared_ptr<const MorphologicalAnalyzer> cached(const std::string& dir, bool require_ipadic, std::string* error) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const MorphologicalAnalyzer>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  const auto it = loaded.find(dir);
  if (it != loaded.end()) {
    if (require_ipadic && !it->second->analyze(U"田中さん", {{0, 4}}).empty() &&
        it->second->analyze(U"田中さん", {{0, 4}})[0].proper != ProperKind::kPerson) {
      if (error) *error = "辞書が UTF-8 の IPAdic ではありません (" + dir + ")";
      return nullptr;
    }
    return it->second;
  }
  std::shared_ptr<const MorphologicalAnalyzer> analyzer = MorphologicalAnalyzer::open(dir, error, require_ipadic);
  if (analyzer) loaded.emplace(dir, analyzer);
  return analyzer;
}

// Longest piece handed to MeCab at once. Sentences are cut at 。!? and line ends; a longer
// run is cut here, at a comma or space when one is near. MeCab groups a run of one
// character class (digits, say) into unknown-word candidates of every length, which is
// quadratic in the piece: 256 keeps a 1 MB line of digits to about a second while real
// sentences are rarely longer.
constexpr size_t kMaxPieceLength = 256;
constexpr const char* kIpadicDirectory = "/var/lib/mecab/dic/ipadic-utf8";

bool is_sentence_end(char32_t c) { return c == U'\n' || c == U'。' || c == U'!' || c == U'?' || c == U'\r'; }

// Splits "名詞,固有名詞,人名,姓,*,..." into its first four fields.
void read_feature(const char* feature, Morpheme* morpheme) {
  std::string_view fields[4];
  std::string_view rest(feature);
  for (int i = 0; i < 4; ++i) {
    const size_t comma = rest.find(',');
    fields[i] = rest.substr(0, comma);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  const std::string_view pos = fields[0];
  if (pos == "名詞")
    morpheme->pos = PartOfSpeech::kNoun;
  else if (pos == "接頭詞")
    morpheme->pos = PartOfSpeech::kPrefix;
  else if (pos == "動詞")
    morpheme->pos = PartOfSpeech::kVerb;
  else if (pos == "形容詞")
    morpheme->pos = PartOfSpeech::kAdjective;
  else if (pos == "副詞")
    morpheme->pos = PartOfSpeech::kAdverb;
  else if (pos == "助詞")
    morpheme->pos = PartOfSpeech::kParticle;
  else if (pos == "助動詞")
    morpheme->pos = PartOfSpeech::kAuxiliaryVerb;
  else if (pos == "記号")
    morpheme->pos = PartOfSpeech::kSymbol;

  const std::string_view noun = fields[1];
  if (noun == "固有名詞")
    morpheme->noun = NounKind::kProper;
  else if (noun == "一般")
    morpheme->noun = NounKind::kGeneral;
  else if (noun == "接尾")
    morpheme->noun = NounKind::kSuffix;
  else if (noun == "サ変接続")
    morpheme->noun = NounKind::kVerbal;
  else if (noun == "数")
    morpheme->noun = NounKind::kNumber;
  else if (noun == "非自立")
    morpheme->noun = NounKind::kDependent;
  else if (noun == "代名詞")
    morpheme->noun = NounKind::kPronoun;
  else if (noun == "形容動詞語幹")
    morpheme->noun = NounKind::kAdjectival;

  const std::string_view proper = fields[2];
  if (proper == "人名")
    morpheme->proper = ProperKind::kPerson;
  else if (proper == "組織")
    morpheme->proper = ProperKind::kOrganization;
  else if (proper == "地域")
    morpheme->proper = ProperKind::kPlace;
  else if (proper == "一般")
    morpheme->proper = ProperKind::kGeneral;

  const std::string_view name = fields[3];
  if (name == "姓")
    morpheme->name = NameKind::kSurname;
  else if (name == "名")
    morpheme->name = NameKind::kGivenName;
  else if (name == "国")
    morpheme->name = NameKind::kCountry;
  else if (name == "一般")
    morpheme->name = NameKind::kGeneral;
}

// True if the dictionary also has `node`'s surface as a common noun (仲居, 森, 林): the
// lattice keeps every candidate word starting at a position, not only the best path.
bool has_common_reading(const MeCab::Lattice* lattice, const MeCab::Node* node) {
  // Candidates are listed by where they start before skipped blanks (rlength counts them).
  const size_t position = static_cast<size_t>(node->surface - lattice->sentence()) + node->length - node->rlength;
  for (const MeCab::Node* other = lattice->begin_nodes(position); other != nullptr; other = other->bnext) {
    if (other == node || other->length != node->length || other->stat == MECAB_UNK_NODE) continue;
    const std::string_view feature(other->feature);
    if (feature.rfind("名詞,一般,", 0) == 0 || feature.rfind("名詞,サ変接続,", 0) == 0) return true;
  }
  return false;
}

// True if text[begin, end) is made of ASCII punctuation only.
// (With the Japanese stops and brackets it joins: ")。" after a closing bracket.)
bool is_ascii_punctuation_only(std::u32string_view text, size_t begin, size_t end) {
  if (begin >= end || end > text.size()) return false;
  bool ascii = false;
  for (size_t i = begin; i < end; ++i) {
    const char32_t c = text[i];
    const bool punctuation = (c >= U'!' && c <= U'/') || (c >= U':' && c <= U'@') || (c >= U'[' && c <= U'`') ||
                             (c >= U'{' && c <= U'~');
    ascii = ascii || punctuation;
    if (punctuation) continue;
    switch (c) {
      case U'。': case U'、': case U'「': case U'」': case U'『': case U'』': case U'・':
        continue;
      default:
        return false;
    }
  }
  return ascii;
}

}  // namespace

MorphologicalAnalyzer::~MorphologicalAnalyzer() { delete model_; }

std::shared_ptr<const MorphologicalAnalyzer> MorphologicalAnalyzer::open(const std::string& dictionary_dir,
                                                                         std::string* error, bool require_ipadic) {
  // With an explicit dictionary, an empty resource file keeps a stray mecabrc (or its
  // absence) from mattering.
  const std::string arguments = dictionary_dir.empty() ? std::string() : "-r /dev/null -d " + dictionary_dir;
  MeCab::Model* model = MeCab::createModel(arguments.c_str());
  if (model == nullptr) {
    if (error != nullptr) *error = MeCab::getLastError();
    return nullptr;
  }
  std::shared_ptr<MorphologicalAnalyzer> analyzer(new MorphologicalAnalyzer(model));
  analyzer->base_form_field_ = find_field(*model, "育つ", 6);
  analyzer->reading_field_ = find_field(*model, "ソダタ", 7);
  // The rules read IPAdic's part-of-speech names; another dictionary (JUMAN, a
  // non-UTF-8 build) would silently find nothing, so it counts as not loaded.
  const MeCab::DictionaryInfo* info = model->dictionary_info();
  const bool utf8 = info != nullptr && info->charset != nullptr &&
                    (std::strcmp(info->charset, "UTF-8") == 0 || std::strcmp(info->charset, "utf-8") == 0 ||
                     std::strcmp(info->charset, "utf8") == 0);
  const std::u32string probe = U"田中さん";
  const std::vector<Morpheme> words = analyzer->analyze(probe, {{0, probe.size()}});
  const bool ipadic = !words.empty() && words[0].proper == ProperKind::kPerson;
  if (!utf8 || (require_ipadic && !ipadic)) {
    if (error != nullptr) *error = "辞書が UTF-8 の IPAdic ではありません (" + dictionary_dir + ")";
    return nullptr;
  }
  return analyzer;
}

std::shared_ptr<const MorphologicalAnalyzer> MorphologicalAnalyzer::shared(std::string* error) {
  struct Loaded {
    std::shared_ptr<const MorphologicalAnalyzer> analyzer;
    std::string error;
  };
  static const Loaded loaded = [] {
    Loaded result;
    // The search may run on another dictionary (CASEKB_MECAB_DICDIR can name UniDic): one
    // that is not IPAdic is passed over, not taken as "no dictionary".
    std::vector<std::string> candidates;
    if (const char* configured = std::getenv("CASEKB_MECAB_DICDIR"); configured != nullptr && *configured) {
      candidates.emplace_back(configured);
    }
    candidates.emplace_back(kIpadicDirectory);
    candidates.emplace_back("");
    for (const std::string& candidate : candidates) {
      std::string reason;
      result.analyzer = cached(candidate, true, &reason);
      if (result.analyzer != nullptr) return result;
      if (!result.error.empty()) result.error += "; ";
      result.error += reason;
    }
    return result;
  }();
  if (loaded.analyzer == nullptr && error != nullptr) *error = loaded.error;
  return loaded.analyzer;
}

std::vector<Morpheme> MorphologicalAnalyzer::analyze(std::u32string_view text,
                                                     const std::vector<std::pair<size_t, size_t>>& ranges) const {
  std::vector<Morpheme> words;
  thread_local ThreadTagger local;
  if (local.model != model_) {
    local.tagger.reset(model_->createTagger());
    local.lattice.reset(model_->createLattice());
    local.model = model_;
  }
  MeCab::Tagger* tagger = local.tagger.get();
  MeCab::Lattice* lattice = local.lattice.get();
  if (tagger == nullptr || lattice == nullptr) return words;

  std::string piece_utf8;
  std::vector<uint32_t> byte_to_position;  // code point index of each byte of piece_utf8
  const auto analyze_piece = [&](size_t begin, size_t end) {
    piece_utf8.clear();
    byte_to_position.clear();
    byte_to_position.reserve(4 * (end - begin) + 1);
    for (size_t i = begin; i < end; ++i) {
      // MeCab stops at NUL; any other control character is harmless.
      append_utf8(piece_utf8, text[i] == 0 ? U' ' : text[i]);
      // (One to four bytes, pushed one by one: a resize per character cost more than the rest
      // of this loop.)
      while (byte_to_position.size() < piece_utf8.size()) byte_to_position.push_back(static_cast<uint32_t>(i));
    }
    byte_to_position.push_back(static_cast<uint32_t>(end));
    if (piece_utf8.empty()) return;
    lattice->set_sentence(piece_utf8.c_str());
    if (!tagger->parse(lattice)) return;
    for (const MeCab::Node* node = lattice->bos_node(); node != nullptr; node = node->next) {
      if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE || node->length == 0) continue;
      const size_t byte_begin = static_cast<size_t>(node->surface - piece_utf8.c_str());
      const size_t byte_end = byte_begin + node->length;
      if (byte_end > piece_utf8.size()) continue;
      Morpheme word;
      word.begin = byte_to_position[byte_begin];
      word.end = byte_end < piece_utf8.size() ? byte_to_position[byte_end] : static_cast<uint32_t>(end);
      word.unknown = node->stat == MECAB_UNK_NODE;
      read_feature(node->feature, &word);
      // IPAdic reads ASCII punctuation (":", "(", "-") as nouns (サ変接続), which joins it
      // to the words around; it is a symbol.
      if (is_ascii_punctuation_only(text, word.begin, word.end)) {
        word.pos = PartOfSpeech::kSymbol;
        word.noun = NounKind::kOther;
      }
      if (word.noun == NounKind::kProper) word.common_reading = has_common_reading(lattice, node);
      words.push_back(word);
    }
  };

  for (const auto& [range_begin, range_end] : ranges) {
    const size_t stop = std::min(range_end, text.size());
    size_t begin = range_begin;
    while (begin < stop) {
      size_t end = begin;
      size_t soft_cut = 0;  // last comma or space seen, to cut an over-long piece nicely
      while (end < stop && !is_sentence_end(text[end]) && end - begin < kMaxPieceLength) {
        if (text[end] == U'、' || text[end] == U',' || is_space(text[end])) soft_cut = end + 1;
        ++end;
      }
      if (end < stop && is_sentence_end(text[end])) {
        ++end;  // keep the sentence end with its sentence
      } else if (end - begin >= kMaxPieceLength && soft_cut > begin + kMaxPieceLength / 2) {
        end = soft_cut;
      }
      analyze_piece(begin, end);
      begin = end;
    }
  }
  return words;
}

const MorphologicalAnalyzer* MorphologicalAnalyzer::for_search() {
  static const MorphologicalAnalyzer* instance = [] {
    std::string reason;
    if (const char* configured = std::getenv("CASEKB_MECAB_DICDIR"); configured != nullptr && *configured) {
      if (auto analyzer = cached(configured, false, &reason)) return analyzer.get();
    }
    const std::shared_ptr<const MorphologicalAnalyzer> ipadic = shared(&reason);
    return ipadic.get();  // the cache keeps it alive for the process
  }();
  return instance;
}

void MorphologicalAnalyzer::analyze_words(std::string_view text, const WordSink& sink) const {
  // MeCab builds a lattice over the whole input: cut long text into pieces so
  // the work and memory per call stay bounded whoever sends it.
  for (std::size_t begin = 0; begin < text.size();) {
    std::string_view piece = text.substr(begin);
    if (piece.size() > kMaxAnalyzedBytes) {
      const std::string_view window = truncate_utf8(piece, kMaxAnalyzedBytes);
      const std::size_t sentence = last_sentence_end(window);
      piece = sentence > 0 ? window.substr(0, sentence) : window;
      if (piece.empty()) piece = text.substr(begin, 1);  // a lone invalid byte: step over it
    }
    analyze_word_piece(piece, static_cast<std::size_t>(piece.data() - text.data()), sink);
    begin += piece.size();
  }
}

void MorphologicalAnalyzer::analyze_word_piece(std::string_view text, std::size_t base_offset,
                                               const WordSink& sink) const {
  thread_local ThreadTagger local;
  if (local.model != model_) {
    local.tagger.reset(model_->createTagger());
    local.lattice.reset(model_->createLattice());
    local.model = model_;
  }
  if (!local.tagger || !local.lattice || text.empty()) return;
  MeCab::Lattice& lattice = *local.lattice;
  lattice.set_sentence(text.data(), text.size());
  if (!local.tagger->parse(&lattice)) return;
  for (const MeCab::Node* node = lattice.bos_node(); node; node = node->next) {
    if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE || node->length == 0) continue;
    const std::string_view surface(node->surface, node->length);
    const WordClass word_class = classify(feature_field(node->feature, 0));
    std::string_view base = surface;
    if (word_class == WordClass::kVerb || word_class == WordClass::kAdjective) {
      const std::string_view dictionary_form = feature_field(node->feature, base_form_field_);
      if (!dictionary_form.empty() && dictionary_form != "*") base = dictionary_form;
    }
    // IPAdic files suffixes under 名詞,接尾; UniDic has a part of speech of their own.
    const bool suffix = feature_field(node->feature, 0) == "接尾辞" ||
                        (word_class == WordClass::kNoun && feature_field(node->feature, 1) == "接尾");
    std::string_view reading = feature_field(node->feature, reading_field_);
    if (reading == "*") reading = {};
    sink({surface, base, base_offset + static_cast<std::size_t>(node->surface - text.data()), word_class,
          node->stat == MECAB_UNK_NODE, suffix, reading});
  }
}

}  // namespace casekb
