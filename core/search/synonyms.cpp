// Synonym groups.
#include "search/synonyms.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "text/normalize.h"

namespace casekb {

void Synonyms::add_group(const std::vector<std::string>& members) {
  std::vector<std::string> group;
  for (const std::string& m : members) {
    std::string key = normalize_for_search(m);
    if (!key.empty() && std::find(group.begin(), group.end(), key) == group.end()) group.push_back(std::move(key));
  }
  if (group.size() < 2) return;
  groups_.push_back(group);
  for (const std::string& key : group) index_.emplace(key, groups_.size() - 1);
}

const std::vector<std::string>* Synonyms::group_of(std::string_view normalized) const {
  const auto it = index_.find(normalized);
  return it == index_.end() ? nullptr : &groups_[it->second];
}

std::optional<Synonyms> Synonyms::load(const std::string& path, Problems& problems) {
  const auto problem = [&](int line, std::string message) {
    Problem p;
    p.path = path;
    p.line = line;
    p.rule = "synonyms";
    p.message = std::move(message);
    problems.push_back(p);
  };
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    problem(0, "同義語ファイルを読めません。");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    problem(e.mark.line + 1, "同義語ファイルを YAML として読めません（" + e.msg + "）。");
    return std::nullopt;
  }
  if (!root.IsMap() || !root["groups"] || !root["groups"].IsSequence()) {
    problem(1, "同義語ファイルには「groups:」の下に [語, 語, …] のリストを並べてください。");
    return std::nullopt;
  }
  Synonyms synonyms;
  for (const YAML::Node& group : root["groups"]) {
    if (!group.IsSequence()) {
      problem(group.Mark().line + 1, "同義語のグループは [語, 語, …] のリストで書いてください。");
      continue;
    }
    std::vector<std::string> members;
    for (const YAML::Node& word : group) {
      if (word.IsScalar()) members.push_back(word.as<std::string>());
    }
    synonyms.add_group(members);
  }
  return synonyms;
}

}  // namespace casekb
