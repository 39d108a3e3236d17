// Taxonomy: built-in vocabularies of the corpus format and the taxonomy.yaml reader.
#include "case/taxonomy.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>

#include "text/normalize.h"
#include "text/utf8.h"

namespace casekb {

namespace {

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t offset = 0; offset < text.size();) out.push_back(decode_utf8(text, offset));
  return out;
}

std::size_t edit_distance(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<VocabularyValue> plain(std::initializer_list<const char*> names) {
  std::vector<VocabularyValue> out;
  for (const char* name : names) out.push_back({name, "", "", {}});
  return out;
}

}  // namespace

Vocabulary::Vocabulary(std::string key, std::vector<VocabularyValue> values)
    : key_(std::move(key)), values_(std::move(values)) {
  for (std::size_t i = 0; i < values_.size(); ++i) {
    by_key_.emplace(normalize_for_search(values_[i].name), i);
    for (const std::string& synonym : values_[i].synonyms) {
      by_synonym_.emplace(normalize_for_search(synonym), i);
    }
  }
}

const VocabularyValue* Vocabulary::find(std::string_view raw) const {
  auto it = by_key_.find(normalize_for_search(raw));
  return it == by_key_.end() ? nullptr : &values_[it->second];
}

const VocabularyValue* Vocabulary::find_by_synonym(std::string_view raw) const {
  auto it = by_synonym_.find(normalize_for_search(raw));
  return it == by_synonym_.end() ? nullptr : &values_[it->second];
}

int Vocabulary::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < values_.size(); ++i) {
    if (values_[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string> Vocabulary::closest(std::string_view raw, std::size_t limit) const {
  const std::string wanted = normalize_for_search(raw);
  if (wanted.empty()) return {};
  if (const VocabularyValue* value = find_by_synonym(wanted)) return {value->name};
  const std::vector<char32_t> wanted_points = code_points(wanted);
  struct Candidate {
    std::size_t rank;
    std::size_t index;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < values_.size(); ++i) {
    const std::string name = normalize_for_search(values_[i].name);
    const std::vector<char32_t> name_points = code_points(name);
    if (name.find(wanted) != std::string::npos || wanted.find(name) != std::string::npos) {
      // Containment (東京 → 東京都) beats any edit distance; shorter gaps first.
      const std::size_t gap = name_points.size() > wanted_points.size()
                                  ? name_points.size() - wanted_points.size()
                                  : wanted_points.size() - name_points.size();
      candidates.push_back({gap, i});
      continue;
    }
    const std::size_t distance = edit_distance(wanted_points, name_points);
    const std::size_t longest = std::max(wanted_points.size(), name_points.size());
    if (distance * 2 <= longest) candidates.push_back({100 + distance, i});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });
  std::vector<std::string> out;
  for (const Candidate& c : candidates) {
    if (out.size() == limit) break;
    out.push_back(values_[c.index].name);
  }
  return out;
}

Taxonomy Taxonomy::builtin() {
  Taxonomy taxonomy;
  auto add = [&](const char* key, std::vector<VocabularyValue> values) {
    taxonomy.vocabularies_.insert_or_assign(key, Vocabulary(key, std::move(values)));
  };
  add("walls", plain({"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"}));
  add("industry", {{"農業，林業", "A", "", {}},
                   {"漁業", "B", "", {}},
                   {"鉱業，採石業，砂利採取業", "C", "", {}},
                   {"建設業", "D", "", {}},
                   {"製造業", "E", "", {}},
                   {"電気・ガス・熱供給・水道業", "F", "", {}},
                   {"情報通信業", "G", "", {}},
                   {"運輸業，郵便業", "H", "", {}},
                   {"卸売業，小売業", "I", "", {}},
                   {"金融業，保険業", "J", "", {}},
                   {"不動産業，物品賃貸業", "K", "", {}},
                   {"学術研究，専門・技術サービス業", "L", "", {}},
                   {"宿泊業，飲食サービス業", "M", "", {}},
                   {"生活関連サービス業，娯楽業", "N", "", {}},
                   {"教育，学習支援業", "O", "", {}},
                   {"医療，福祉", "P", "", {}},
                   {"複合サービス事業", "Q", "", {}},
                   {"サービス業（他に分類されないもの）", "R", "", {}},
                   {"公務（他に分類されるものを除く）", "S", "", {}},
                   {"分類不能の産業", "T", "", {}}});
  const std::vector<std::pair<const char*, std::vector<const char*>>> areas = {
      {"北海道", {"北海道"}},
      {"東北", {"青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"}},
      {"関東", {"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"}},
      {"中部", {"新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県"}},
      {"近畿", {"三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"}},
      {"中国", {"鳥取県", "島根県", "岡山県", "広島県", "山口県"}},
      {"四国", {"徳島県", "香川県", "愛媛県", "高知県"}},
      {"九州・沖縄", {"福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"}},
  };
  std::vector<VocabularyValue> regions;
  for (const auto& [area, prefectures] : areas) {
    for (const char* prefecture : prefectures) regions.push_back({prefecture, "", area, {}});
  }
  add("region", std::move(regions));
  add("outcomes", plain({"売上・利益の向上", "新事業・新商品", "販路開拓", "組織・人材", "事業承継", "設備投資",
                         "資金繰り改善", "事業再開・再生", "生産性向上・DX", "脱炭素", "地域貢献", "自走化"}));
  add("approach", plain({"問題点検型アプローチ", "傾聴型ギャップアプローチ", "強み発見型アプローチ"}));
  add("supporter", plain({"経済産業局", "官民合同チーム", "よろず支援拠点", "中小企業基盤整備機構", "商工会",
                          "商工会議所", "中小企業団体中央会", "地方自治体", "地域金融機関", "士業", "その他"}));
  add("themes", plain({"新型コロナ", "脱炭素・CN", "DX", "人口減少・人手不足", "自然災害", "国際情勢", "事業承継"}));
  add("stage", plain({"成長", "持続的発展", "経営改善", "事業再生"}));
  add("measures", plain({"事業再構築補助金", "ものづくり補助金", "小規模事業者持続化補助金", "IT導入補助金",
                         "事業承継・引継ぎ補助金", "経営革新計画", "経営力向上計画", "事業継続力強化計画",
                         "専門家派遣", "制度融資・信用保証", "その他の施策"}));
  taxonomy.rebuild_areas();
  return taxonomy;
}

void Taxonomy::rebuild_areas() {
  areas_.clear();
  if (const Vocabulary* regions = vocabulary("region")) {
    for (const VocabularyValue& value : regions->values()) {
      if (!value.area.empty() && std::find(areas_.begin(), areas_.end(), value.area) == areas_.end()) {
        areas_.push_back(value.area);
      }
    }
  }
}

namespace {

Problem taxonomy_problem(const std::string& path, const YAML::Mark& mark, std::string rule,
                         std::string message, Severity severity = Severity::kError) {
  Problem p;
  p.path = path;
  p.line = mark.line >= 0 ? mark.line + 1 : 0;
  p.column = mark.column >= 0 ? mark.column + 1 : 0;
  p.severity = severity;
  p.rule = std::move(rule);
  p.message = std::move(message);
  return p;
}

// One entry is either a plain string or a mapping {name (or value), code, area, synonyms}.
std::optional<VocabularyValue> read_entry(const YAML::Node& node, const std::string& path,
                                          const std::string& key, Problems& problems) {
  VocabularyValue value;
  if (node.IsScalar()) {
    value.name = node.as<std::string>();
  } else if (node.IsMap()) {
    for (const auto& item : node) {
      const std::string field = item.first.as<std::string>();
      const YAML::Node& v = item.second;
      if (field == "name" || field == "value") {
        if (v.IsScalar()) value.name = v.as<std::string>();
      } else if (field == "code" && v.IsScalar()) {
        value.code = v.as<std::string>();
      } else if (field == "area" && v.IsScalar()) {
        value.area = v.as<std::string>();
      } else if (field == "synonyms" && v.IsSequence()) {
        for (const auto& s : v) {
          if (s.IsScalar()) value.synonyms.push_back(s.as<std::string>());
        }
      } else {
        problems.push_back(taxonomy_problem(path, item.first.Mark(), "taxonomy-unknown-field",
                                            key + " の項目に不明なキー「" + field + "」があります（name, code, area, synonyms が使えます）。",
                                            Severity::kWarning));
      }
    }
  }
  if (value.name.empty()) {
    problems.push_back(taxonomy_problem(path, node.Mark(), "taxonomy-entry",
                                        key + " の項目に name がありません。「- name: 値」の形で書いてください。"));
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::optional<Taxonomy> Taxonomy::load(const std::string& path, Problems& problems) {
  Taxonomy taxonomy = builtin();
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    Problem p;
    p.path = path;
    p.rule = "taxonomy-missing";
    p.message = "taxonomy.yaml を読み込めません。ファイルがあるか、読み取り権限があるか確かめてください。";
    problems.push_back(p);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    problems.push_back(taxonomy_problem(path, e.mark, "taxonomy-yaml",
                                        "taxonomy.yaml の YAML として読めない箇所があります: " + e.msg));
    return std::nullopt;
  }
  if (!root.IsMap()) {
    problems.push_back(taxonomy_problem(path, root.Mark(), "taxonomy-yaml",
                                        "taxonomy.yaml は「walls:」「industry:」などのキーを持つマッピングにしてください。"));
    return std::nullopt;
  }
  const std::size_t errors_before = problems.size();
  for (const auto& item : root) {
    const std::string key = item.first.as<std::string>();
    if (taxonomy.vocabulary(key) == nullptr) {
      problems.push_back(taxonomy_problem(path, item.first.Mark(), "taxonomy-unknown-vocabulary",
                                          "taxonomy.yaml の「" + key + "」は語彙として使われません。", Severity::kWarning));
      continue;
    }
    if (!item.second.IsSequence()) {
      problems.push_back(taxonomy_problem(path, item.second.Mark(), "taxonomy-entry",
                                          key + " は値のリスト（- name: 値）にしてください。"));
      continue;
    }
    std::vector<VocabularyValue> values;
    for (const auto& entry : item.second) {
      if (auto value = read_entry(entry, path, key, problems)) values.push_back(std::move(*value));
    }
    if (key == "region") {
      for (const VocabularyValue& v : values) {
        if (v.area.empty()) {
          problems.push_back(taxonomy_problem(path, item.second.Mark(), "taxonomy-entry",
                                              "region の「" + v.name + "」に area（地方）がありません。"));
        }
      }
    }
    taxonomy.vocabularies_.insert_or_assign(key, Vocabulary(key, std::move(values)));
  }
  taxonomy.rebuild_areas();
  for (std::size_t i = errors_before; i < problems.size(); ++i) {
    if (problems[i].severity == Severity::kError) return std::nullopt;
  }
  return taxonomy;
}

const Vocabulary* Taxonomy::vocabulary(std::string_view key) const {
  auto it = vocabularies_.find(key);
  return it == vocabularies_.end() ? nullptr : &it->second;
}

std::string Taxonomy::area_of(std::string_view prefecture) const {
  if (const Vocabulary* regions = vocabulary("region")) {
    if (const VocabularyValue* value = regions->find(prefecture)) return value->area;
  }
  return {};
}

}  // namespace casekb
