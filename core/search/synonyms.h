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

// A region as people name it (九州, 関西, 首都圏), from corpus/regions.yaml: a
// query compound that is one of its spellings also finds the cases of its
// prefectures. Strings are normalize_for_index()ed, prefectures as written in
// taxonomy.yaml.
struct RegionName {
  std::string name;                     // shown to the user: 「九州」を地域として探しました
  std::vector<std::string> spellings;   // the name first, then 九州地方 …
  std::vector<std::string> prefectures; // region facet values
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

  // Reads a region table (corpus/regions.yaml, loaded by load() too):
  //   regions:
  //     - name: 九州
  //       spellings: [九州地方]
  //       prefectures: [福岡県, 佐賀県, …]
  //   text_only: [中国]      # area names that typed alone mean something else
  // Problems are reported with their line; a bad entry is skipped.
  bool load_regions(const std::string& path, Problems& problems);
  // The region one of whose spellings is exactly `normalized`, or nullptr.
  const RegionName* region_named(std::string_view normalized) const;
  // True for an area name that typed alone is text only (中国: the country).
  bool is_text_only_area(std::string_view normalized) const;
  void add_region(RegionName region);
  const std::vector<RegionName>& regions() const { return regions_; }

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
  std::vector<RegionName> regions_;
  std::vector<std::string> text_only_areas_;
};

}  // namespace casekb
