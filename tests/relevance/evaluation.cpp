// nDCG@10 (gain 2^grade - 1, log2 discount) and MRR (first result graded ≥ 2).
#include "evaluation.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace casekb::relevance {

Judgments load_judgments(const std::string& path) {
  Judgments judgments;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string field; std::getline(row, field, '\t');) fields.push_back(field);
    if (fields.size() < 3) continue;
    if (judgments.grades.count(fields[0]) == 0) judgments.queries.push_back(fields[0]);
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

}  // namespace casekb::relevance
