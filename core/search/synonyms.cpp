// Synonym groups.
#include "search/synonyms.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "text/normalize.h"

namespace casekb {

void Synonyms::add_group(const std::vector<std::string>& members) {
  std::vector<std::string> group;
  for (const std::string& m : members) {
    std::string key = normalize_for_index(m);
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
  const std::string concepts = (std::filesystem::path(path).parent_path() / "concepts.yaml").string();
  if (std::filesystem::exists(concepts)) synonyms.load_concepts(concepts, problems);
  const std::string regions = (std::filesystem::path(path).parent_path() / "regions.yaml").string();
  if (std::filesystem::exists(regions)) synonyms.load_regions(regions, problems);
  return synonyms;
}

void Synonyms::add_concept(Concept c) {
  const auto normalize_all = [](std::vector<std::string>& list) {
    std::vector<std::string> out;
    for (const std::string& s : list) {
      std::string key = normalize_for_index(s);
      if (!key.empty() && std::find(out.begin(), out.end(), key) == out.end()) out.push_back(std::move(key));
    }
    list = std::move(out);
  };
  normalize_all(c.phrases);
  normalize_all(c.words);
  if (c.phrases.empty() || c.words.empty()) return;
  concepts_.push_back(std::move(c));
}

std::vector<const Concept*> Synonyms::concepts_in(std::string_view normalized) const {
  std::vector<const Concept*> found;
  for (const Concept& c : concepts_) {
    if (std::any_of(c.phrases.begin(), c.phrases.end(),
                    [&](const std::string& p) { return normalized.find(p) != std::string_view::npos; })) {
      found.push_back(&c);
    }
  }
  return found;
}

namespace {

// One thesaurus file's parts that concepts.yaml and regions.yaml share: problems
// reported against `path` under `rule`, and the list of entries under `key`.
class EntryFile {
 public:
  EntryFile(const std::string& path, const char* rule, Problems& problems)
      : path_(path), rule_(rule), problems_(problems) {}

  void problem(int line, std::string message) const {
    Problem p;
    p.path = path_;
    p.line = line;
    p.rule = rule_;
    p.message = std::move(message);
    problems_.push_back(p);
  }

  // The file's root map, whose `key` holds a sequence of entries, or nothing after
  // reporting why not. `what` names the file in messages (概念辞書, 地域名), `shape`
  // says what each entry holds.
  std::optional<YAML::Node> root_with_list(const char* key, const std::string& what, const std::string& shape) const {
    YAML::Node root;
    try {
      root = YAML::LoadFile(path_);
    } catch (const YAML::BadFile&) {
      problem(0, what + "ファイルを読めません。");
      return std::nullopt;
    } catch (const YAML::Exception& e) {
      problem(e.mark.line + 1, what + "ファイルを YAML として読めません（" + e.msg + "）。");
      return std::nullopt;
    }
    if (!root.IsMap() || !root[key] || !root[key].IsSequence()) {
      problem(1, what + "ファイルには「" + key + ":」の下に " + shape + " を持つ項目を並べてください。");
      return std::nullopt;
    }
    return root;
  }

 private:
  const std::string& path_;
  const char* rule_;
  Problems& problems_;
};

// The scalars of a sequence node; empty for anything else.
std::vector<std::string> scalar_list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (item.IsScalar()) out.push_back(item.as<std::string>());
    }
  }
  return out;
}

}  // namespace

bool Synonyms::load_concepts(const std::string& path, Problems& problems) {
  const EntryFile file(path, "concepts", problems);
  const auto problem = [&](int line, std::string message) { file.problem(line, std::move(message)); };
  const std::optional<YAML::Node> loaded = file.root_with_list("concepts", "概念辞書", "name, phrases, words");
  if (!loaded) return false;
  const YAML::Node& root = *loaded;
  const auto strings = scalar_list;
  for (const YAML::Node& entry : root["concepts"]) {
    const int line = entry.Mark().line + 1;
    if (!entry.IsMap() || !entry["name"] || !entry["name"].IsScalar()) {
      problem(line, "概念には name（名前）を書いてください。");
      continue;
    }
    Concept c;
    c.name = entry["name"].as<std::string>();
    c.phrases = strings(entry["phrases"]);
    c.words = strings(entry["words"]);
    if (c.phrases.empty() || c.words.empty()) {
      problem(line, "概念「" + c.name + "」には phrases（利用者の言い方）と words（事例の言葉）を1つ以上書いてください。");
      continue;
    }
    if (const YAML::Node anchors = entry["anchors"]; anchors && anchors.IsMap()) {
      for (const auto& facet : anchors) {
        const std::string field = facet.first.as<std::string>();
        const FacetInfo* info = nullptr;
        for (const FacetInfo& f : kFacets) {
          if (f.field == field || f.name == field) info = &f;
        }
        if (!info) {
          problem(line, "概念「" + c.name + "」の anchors に知らない項目があります: " + field +
                            "（walls, outcomes, themes などの taxonomy.yaml の項目名を書いてください）。");
          continue;
        }
        for (const std::string& value : strings(facet.second)) c.anchors.push_back({std::string(info->name), value});
      }
    }
    add_concept(std::move(c));
  }
  return true;
}

void Synonyms::add_region(RegionName region) {
  std::vector<std::string> spellings;
  region.spellings.insert(region.spellings.begin(), region.name);
  for (const std::string& s : region.spellings) {
    std::string key = normalize_for_index(s);
    if (!key.empty() && std::find(spellings.begin(), spellings.end(), key) == spellings.end()) spellings.push_back(std::move(key));
  }
  region.spellings = std::move(spellings);
  if (region.prefectures.empty()) return;
  regions_.push_back(std::move(region));
}

const RegionName* Synonyms::region_named(std::string_view normalized) const {
  for (const RegionName& region : regions_) {
    if (std::find(region.spellings.begin(), region.spellings.end(), normalized) != region.spellings.end()) return &region;
  }
  return nullptr;
}

bool Synonyms::is_text_only_area(std::string_view normalized) const {
  return std::find(text_only_areas_.begin(), text_only_areas_.end(), normalized) != text_only_areas_.end();
}

bool Synonyms::load_regions(const std::string& path, Problems& problems) {
  const EntryFile file(path, "regions", problems);
  const auto problem = [&](int line, std::string message) { file.problem(line, std::move(message)); };
  const std::optional<YAML::Node> loaded = file.root_with_list("regions", "地域名", "name, prefectures");
  if (!loaded) return false;
  const YAML::Node& root = *loaded;
  const auto strings = scalar_list;
  for (const YAML::Node& entry : root["regions"]) {
    const int line = entry.Mark().line + 1;
    if (!entry.IsMap() || !entry["name"] || !entry["name"].IsScalar()) {
      problem(line, "地域には name（名前）を書いてください。");
      continue;
    }
    RegionName region;
    region.name = entry["name"].as<std::string>();
    region.spellings = strings(entry["spellings"]);
    region.prefectures = strings(entry["prefectures"]);
    if (region.prefectures.empty()) {
      problem(line, "地域「" + region.name + "」には prefectures（都道府県）を1つ以上書いてください。");
      continue;
    }
    add_region(std::move(region));
  }
  for (const std::string& area : strings(root["text_only"])) text_only_areas_.push_back(normalize_for_index(area));
  return true;
}

}  // namespace casekb
