// nDCG@10 (gain 2^grade - 1, log2 discount) and MRR (first result graded ≥ 2).
#include "evaluation.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "text/normalize.h"
#include "text/utf8.h"

namespace casekb::relevance {

Judgments load_judgments(const std::string& path) {
  Judgments judgments;
  std::ifstream in(path);
  std::string line;
  const std::string kind_mark = " -- kind: ";
  std::string section;
  while (std::getline(in, line)) {
    if (line.rfind("# --- ", 0) == 0) {
      const std::size_t end = line.find(" ---", 6);
      section = line.substr(6, end == std::string::npos ? end : end - 6);
      continue;
    }
    if (!line.empty() && line[0] == '#') {
      const std::size_t at = line.find(kind_mark);
      if (line.rfind("# ", 0) == 0 && at != std::string::npos) {
        const std::size_t begin = at + kind_mark.size();
        const std::size_t end = line.find_first_of(" \t", begin);
        judgments.kinds[line.substr(2, at - 2)] = line.substr(begin, end == std::string::npos ? end : end - begin);
      }
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string field; std::getline(row, field, '\t');) fields.push_back(field);
    if (fields.size() < 3) continue;
    if (judgments.grades.count(fields[0]) == 0) {
      judgments.queries.push_back(fields[0]);
      judgments.sections[fields[0]] = section;
    }
    judgments.grades[fields[0]][fields[1]] = std::stoi(fields[2]);
  }
  return judgments;
}

RunScore evaluate(SearchService& search, const Judgments& judgments, bool baseline) {
  constexpr std::size_t kDepth = 10;
  RunScore run;
  std::size_t with_relevant = 0;
  for (const std::string& query : judgments.queries) {
    const auto& grades = judgments.grades.at(query);
    SearchRequest request;
    request.query = query;
    request.size = kDepth;
    request.baseline_ranking = baseline;
    const auto outcome = search.search(request);
    QueryScore score{query, 0, 0, false};
    std::vector<int> ideal;
    for (const auto& [id, grade] : grades) {
      if (grade > 0) ideal.push_back(grade);
      score.has_relevant = score.has_relevant || grade >= 2;
    }
    std::sort(ideal.rbegin(), ideal.rend());
    double dcg = 0, idcg = 0;
    for (std::size_t i = 0; i < std::min(kDepth, ideal.size()); ++i) idcg += (std::pow(2, ideal[i]) - 1) / std::log2(i + 2.0);
    if (outcome.value) {
      score.found = outcome.value->total;
      for (std::size_t i = 0; i < outcome.value->hits.size(); ++i) {
        const auto it = grades.find(outcome.value->hits[i].c.id);
        const int grade = it == grades.end() ? 0 : it->second;
        dcg += (std::pow(2, grade) - 1) / std::log2(i + 2.0);
        if (grade >= 2 && score.reciprocal_rank == 0) score.reciprocal_rank = 1.0 / static_cast<double>(i + 1);
      }
    }
    score.ndcg = idcg > 0 ? dcg / idcg : 0;
    run.mean_ndcg += score.ndcg;
    if (score.has_relevant) {
      run.mrr += score.reciprocal_rank;
      ++with_relevant;
    }
    run.queries.push_back(score);
  }
  if (!run.queries.empty()) run.mean_ndcg /= static_cast<double>(run.queries.size());
  if (with_relevant) run.mrr /= static_cast<double>(with_relevant);
  return run;
}

namespace {

bool contains_any(const std::string& text, const std::vector<std::string>& needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](const std::string& n) { return !n.empty() && text.find(n) != std::string::npos; });
}

}  // namespace

std::string query_kind(const std::string& query, const Judgments& judgments, const Taxonomy& taxonomy) {
  if (const auto it = judgments.kinds.find(query); it != judgments.kinds.end()) return it->second;
  const auto& grades = judgments.grades.at(query);
  if (std::none_of(grades.begin(), grades.end(), [](const auto& g) { return g.second > 0; })) return "none";
  const std::string text = normalize_for_search(query);
  std::vector<std::string> walls;
  if (const Vocabulary* v = taxonomy.vocabulary("walls")) {
    for (const VocabularyValue& value : v->values()) {
      walls.push_back(normalize_for_search(value.name));
      for (const std::string& s : value.synonyms) walls.push_back(normalize_for_search(s));
    }
  }
  // Synonyms such as 見える化 name the remedy, not the wall.
  walls.erase(std::remove_if(walls.begin(), walls.end(), [](const std::string& w) { return w.find("ない") == std::string::npos; }),
              walls.end());
  if (contains_any(text, walls)) return "wall";
  if (contains_any(query, {"「", "」", "\"", "“", "『"})) return "quoted";
  bool kanji = false, kana = false, latin = false, wide = false;
  std::size_t characters = 0;
  for (std::size_t offset = 0; offset < query.size();) {
    const char32_t cp = decode_utf8(query, offset);
    ++characters;
    if ((cp >= 0xFF01 && cp <= 0xFF5E) || (cp >= 0xFF61 && cp <= 0xFF9F) || cp == 0x3000) wide = true;
    if ((cp >= 0x3041 && cp <= 0x30FC)) kana = true;
    if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp >= 0x20000) kanji = true;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) latin = true;
  }
  if (wide || (latin && (kana || kanji))) return "width";
  if (kana && !kanji) return "kana";
  std::vector<std::string> places(taxonomy.areas().begin(), taxonomy.areas().end());
  if (const Vocabulary* v = taxonomy.vocabulary("region")) {
    for (const VocabularyValue& value : v->values()) {
      std::string name = value.name;
      for (const char* suffix : {"県", "府", "都"}) {
        if (name.size() > 3 && name.compare(name.size() - 3, 3, suffix) == 0) name.resize(name.size() - 3);
      }
      places.push_back(name);
    }
  }
  places.insert(places.end(), {"九州", "東北", "関東", "関西", "中部", "近畿", "中国地方", "四国", "北陸", "沖縄"});
  if (contains_any(text, places) && characters > 2 && text != "北海道") {
    // A place with something else (京都の観光業); a place alone is a keyword.
    if (std::none_of(places.begin(), places.end(), [&](const std::string& p) { return p == text; })) return "region";
  }
  if (kana && characters >= 5) return "sentence";
  return "keyword";
}

KindScore totals_of_section(const RunScore& run, const Judgments& judgments, const std::string& section) {
  KindScore total{section};
  std::size_t with_relevant = 0;
  for (const QueryScore& q : run.queries) {
    if (judgments.sections.at(q.query) != section) continue;
    ++total.queries;
    total.mean_ndcg += q.ndcg;
    if (q.has_relevant) {
      total.mrr += q.reciprocal_rank;
      ++with_relevant;
    }
    if (q.found == 0) ++total.empty;
  }
  if (total.queries) total.mean_ndcg /= static_cast<double>(total.queries);
  if (with_relevant) total.mrr /= static_cast<double>(with_relevant);
  return total;
}

std::vector<KindScore> totals_by_kind(const RunScore& run, const Judgments& judgments, const Taxonomy& taxonomy) {
  const char* order[] = {"sentence", "wall", "quoted", "kana", "variant", "region", "none", "width", "keyword"};
  std::vector<KindScore> totals;
  for (const char* kind : order) totals.push_back({kind});
  std::vector<std::size_t> with_relevant(totals.size(), 0);
  for (const QueryScore& q : run.queries) {
    const std::string kind = query_kind(q.query, judgments, taxonomy);
    auto it = std::find_if(totals.begin(), totals.end(), [&](const KindScore& k) { return k.kind == kind; });
    if (it == totals.end()) {
      totals.push_back({kind});
      with_relevant.push_back(0);
      it = totals.end() - 1;
    }
    const std::size_t i = static_cast<std::size_t>(it - totals.begin());
    ++it->queries;
    it->mean_ndcg += q.ndcg;
    if (q.has_relevant) {
      it->mrr += q.reciprocal_rank;
      ++with_relevant[i];
    }
    if (q.found == 0) ++it->empty;
  }
  for (std::size_t i = 0; i < totals.size(); ++i) {
    if (totals[i].queries) totals[i].mean_ndcg /= static_cast<double>(totals[i].queries);
    if (with_relevant[i]) totals[i].mrr /= static_cast<double>(with_relevant[i]);
  }
  totals.erase(std::remove_if(totals.begin(), totals.end(), [](const KindScore& k) { return k.queries == 0; }),
               totals.end());
  return totals;
}

}  // namespace casekb::relevance
