// MeCab wrapper: one model per process, a tagger and lattice per thread.
#include "text/morphology.h"

#include <mecab.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace casekb {

struct Morphology::Impl {
  std::unique_ptr<MeCab::Model> model;
  int base_form_field = 6;  // IPAdic: 原形 is field 6; UniDic: orthBase is field 10
};

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

// Which feature field holds the dictionary form: found by analysing a verb
// whose form is known, so IPAdic and UniDic both work.
int find_base_form_field(MeCab::Model& model) {
  std::unique_ptr<MeCab::Tagger> tagger(model.createTagger());
  std::unique_ptr<MeCab::Lattice> lattice(model.createLattice());
  if (!tagger || !lattice) return 6;
  lattice->set_sentence("育たない");
  if (!tagger->parse(lattice.get())) return 6;
  const MeCab::Node* node = lattice->bos_node()->next;
  for (int field = 0; node && field < 30; ++field) {
    if (feature_field(node->feature, field) == "育つ") return field;
  }
  return 6;
}

std::unique_ptr<MeCab::Model> load_model() {
  std::vector<std::string> candidates;
  if (const char* dir = std::getenv("CASEKB_MECAB_DICDIR"); dir && *dir) candidates.push_back(dir);
  candidates.push_back("/var/lib/mecab/dic/ipadic-utf8");
  for (const std::string& dir : candidates) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    const std::string args = "-d " + dir;
    if (MeCab::Model* model = MeCab::createModel(args.c_str())) return std::unique_ptr<MeCab::Model>(model);
  }
  return std::unique_ptr<MeCab::Model>(MeCab::createModel(""));
}

}  // namespace

Morphology::~Morphology() { delete impl_; }

const Morphology* Morphology::shared() {
  static const Morphology* instance = [] {
    std::unique_ptr<MeCab::Model> model = load_model();
    if (!model) return static_cast<Morphology*>(nullptr);
    const int base_form_field = find_base_form_field(*model);
    return new Morphology(new Impl{std::move(model), base_form_field});
  }();
  return instance;
}

namespace {

// The end of the last sentence (。！？ or a line break) in text, or 0.
std::size_t last_sentence_end(std::string_view text) {
  std::size_t best = 0;
  for (std::string_view mark : {"。", "！", "？", "\n"}) {
    const std::size_t at = text.rfind(mark);
    if (at != std::string_view::npos) best = std::max(best, at + mark.size());
  }
  return best;
}

}  // namespace

void Morphology::analyze(std::string_view text, const WordSink& sink) const {
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
    analyze_piece(piece, static_cast<std::size_t>(piece.data() - text.data()), sink);
    begin += piece.size();
  }
}

void Morphology::analyze_piece(std::string_view text, std::size_t base_offset, const WordSink& sink) const {
  thread_local ThreadTagger local;
  if (local.model != impl_->model.get()) {
    local.tagger.reset(impl_->model->createTagger());
    local.lattice.reset(impl_->model->createLattice());
    local.model = impl_->model.get();
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
      const std::string_view dictionary_form = feature_field(node->feature, impl_->base_form_field);
      if (!dictionary_form.empty() && dictionary_form != "*") base = dictionary_form;
    }
    sink({surface, base, base_offset + static_cast<std::size_t>(node->surface - text.data()), word_class,
          node->stat == MECAB_UNK_NODE});
  }
}

}  // namespace casekb
