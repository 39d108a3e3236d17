// The controlled vocabularies of corpus/taxonomy.yaml: facet values with their
// codes, areas and synonyms, lookup in normalised form and "did you mean" hints.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case/problem.h"

namespace casekb {

struct VocabularyValue {
  std::string name;                   // canonical form, as written in taxonomy.yaml
  std::string code;                   // JSIC code for industries; empty otherwise
  std::string area;                   // area of a prefecture; empty otherwise
  std::vector<std::string> synonyms;  // words people use for it (見える化 for 見えない)
};

class Vocabulary {
 public:
  Vocabulary() = default;
  Vocabulary(std::string key, std::vector<VocabularyValue> values);

  const std::string& key() const { return key_; }
  const std::vector<VocabularyValue>& values() const { return values_; }

  // The value whose name equals `raw` after normalize_for_search (so ＤＸ finds DX
  // and a half-width comma finds the JSIC full-width one), or nullptr.
  const VocabularyValue* find(std::string_view raw) const;

  // The value one of whose synonyms equals `raw` after normalisation, or nullptr.
  const VocabularyValue* find_by_synonym(std::string_view raw) const;

  // Up to `limit` names closest to `raw`: values containing it or contained in it
  // first, then by edit distance. Empty when nothing is reasonably close.
  std::vector<std::string> closest(std::string_view raw, std::size_t limit = 3) const;

  // Position of a canonical name in the vocabulary's order, or -1.
  int index_of(std::string_view name) const;

 private:
  std::string key_;
  std::vector<VocabularyValue> values_;
  std::map<std::string, std::size_t, std::less<>> by_key_;
  std::map<std::string, std::size_t, std::less<>> by_synonym_;
};

class Taxonomy {
 public:
  // The starting vocabularies of the corpus format (shared/spec/case-format.md).
  static Taxonomy builtin();

  // Reads taxonomy.yaml. A vocabulary the file does not list keeps its built-in
  // values. Returns nullopt with problems when the file cannot be used; warnings
  // may accompany a usable taxonomy.
  static std::optional<Taxonomy> load(const std::string& path, Problems& problems);

  // Vocabulary by front-matter key (walls, industry, region, outcomes, approach,
  // supporter, themes, stage, measures), or nullptr.
  const Vocabulary* vocabulary(std::string_view key) const;

  // Area of a canonical prefecture name; empty if unknown.
  std::string area_of(std::string_view prefecture) const;

  // The areas in their canonical order (北海道 … 九州・沖縄).
  const std::vector<std::string>& areas() const { return areas_; }

 private:
  void rebuild_areas();

  std::map<std::string, Vocabulary, std::less<>> vocabularies_;
  std::vector<std::string> areas_;
};

}  // namespace casekb
