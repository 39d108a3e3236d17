// Groups of words that mean the same thing to an advisor (コロナ/コロナ禍/
// 新型コロナ, DX/デジタル化, 後継者/跡継ぎ), read from corpus/synonyms.yaml.
// A query word in a group also finds the other members, weighted lower so exact
// matches still come first.
//
// Also the concept thesaurus (corpus/concepts.yaml, beside synonyms.yaml):
// how people describe a symptom in everyday words (辞めてしまう, 安売り,
// 社長がいないと回らない) and the words the cases use for it (離職, 定着,
// 価格競争, 属人化), anchored on a wall, outcome or theme.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case/problem.h"
#include "search/facets.h"

namespace casekb {

// One entry of the concept thesaurus. Strings are normalize_for_search()ed.
struct Concept {
  std::string name;                   // shown to the user: 「離職・定着」の事例も探しました
  std::vector<std::string> phrases;   // a query clause containing one of these means the concept
  std::vector<std::string> words;     // what the cases write for it; searched at kConceptWeight
  std::vector<FacetMatch> anchors;    // the wall, outcome or theme it belongs to (suggested as filters)
};

class Synonyms {
 public:
  // Reads a file of the form `groups: [[a, b, c], [d, e]]` (block lists too),
  // and concepts.yaml in the same folder if there is one (see load_concepts).
  static std::optional<Synonyms> load(const std::string& path, Problems& problems);

  // Reads a concept thesaurus:
  //   concepts:
  //     - name: 離職・定着
  //       anchors: {walls: [付いてこない], themes: [人口減少・人手不足]}
  //       phrases: [辞めてしまう, すぐ辞める, 人が続かない]
  //       words: [離職, 定着, 退職]
  // Problems are reported with their line; a bad entry is skipped.
  bool load_concepts(const std::string& path, Problems& problems);

  // The concepts one of whose phrases occurs in `normalized` (a clause).
  std::vector<const Concept*> concepts_in(std::string_view normalized) const;
  void add_concept(Concept c);
  std::size_t concept_count() const { return concepts_.size(); }

  // The group holding `normalized` (a normalize_for_search()ed word), or nullptr.
  // Members are normalised too.
  const std::vector<std::string>* group_of(std::string_view normalized) const;

  void add_group(const std::vector<std::string>& members);
  std::size_t size() const { return groups_.size(); }
  const std::vector<std::vector<std::string>>& groups() const { return groups_; }
  const std::vector<Concept>& concepts() const { return concepts_; }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::map<std::string, std::size_t, std::less<>> index_;
  std::vector<Concept> concepts_;
};

}  // namespace casekb
