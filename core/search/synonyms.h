// Groups of words that mean the same thing to an advisor (コロナ/コロナ禍/
// 新型コロナ, DX/デジタル化, 後継者/跡継ぎ), read from corpus/synonyms.yaml.
// A query word in a group also finds the other members, weighted lower so exact
// matches still come first.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case/problem.h"

namespace casekb {

class Synonyms {
 public:
  // Reads a file of the form `groups: [[a, b, c], [d, e]]` (block lists too).
  static std::optional<Synonyms> load(const std::string& path, Problems& problems);

  // The group holding `normalized` (a normalize_for_search()ed word), or nullptr.
  // Members are normalised too.
  const std::vector<std::string>* group_of(std::string_view normalized) const;

  void add_group(const std::vector<std::string>& members);
  std::size_t size() const { return groups_.size(); }

 private:
  std::vector<std::vector<std::string>> groups_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace casekb
