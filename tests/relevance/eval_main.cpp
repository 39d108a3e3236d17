// casekb-eval: builds an index of a corpus in a temporary directory and prints
// nDCG@10 and MRR for the current ranking beside the plain n-gram baseline.
//
//   casekb-eval --corpus DIR --judgments FILE [--per-query]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "corpus.h"
#include "evaluation.h"
#include "index_store.h"

int main(int argc, char** argv) {
  std::string corpus_dir, judgments_path;
  bool per_query = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--corpus" && i + 1 < argc) corpus_dir = argv[++i];
    else if (arg == "--judgments" && i + 1 < argc) judgments_path = argv[++i];
    else if (arg == "--per-query") per_query = true;
    else {
      std::cerr << "usage: casekb-eval --corpus DIR --judgments FILE [--per-query]\n";
      return 1;
    }
  }
  casekb::Problems problems;
  const auto corpus = casekb::load_corpus(corpus_dir, problems);
  if (!corpus) {
    for (const auto& p : problems) std::cerr << casekb::format_problem(p) << '\n';
    return 2;
  }
  char pattern[] = "/tmp/casekb-eval-XXXXXX";
  const std::string db = mkdtemp(pattern);
  const auto built = casekb::build_index(db, corpus->cases);
  if (!built.ok) {
    std::cerr << built.message << '\n';
    return 3;
  }
  casekb::Synonyms synonyms;
  if (std::filesystem::exists(corpus_dir + "/synonyms.yaml")) {
    if (auto loaded = casekb::Synonyms::load(corpus_dir + "/synonyms.yaml", problems)) synonyms = std::move(*loaded);
  }
  casekb::SearchService search(db, corpus->taxonomy, &synonyms);
  const auto judgments = casekb::relevance::load_judgments(judgments_path);
  const auto current = casekb::relevance::evaluate(search, judgments, false);
  const auto baseline = casekb::relevance::evaluate(search, judgments, true);
  if (per_query) {
    std::printf("%-36s %8s %8s\n", "query", "ngram", "casekb");
    for (std::size_t i = 0; i < current.queries.size(); ++i) {
      std::printf("%-36s %8.3f %8.3f\n", current.queries[i].query.c_str(), baseline.queries[i].ndcg, current.queries[i].ndcg);
    }
  }
  std::printf("\n%zu queries, %zu cases\n", judgments.queries.size(), corpus->cases.size());
  std::printf("%-28s %10s %10s\n", "ranking", "nDCG@10", "MRR");
  std::printf("%-28s %10.3f %10.3f\n", "plain n-gram baseline", baseline.mean_ndcg, baseline.mrr);
  std::printf("%-28s %10.3f %10.3f\n", "casekb (words+synonyms)", current.mean_ndcg, current.mrr);
  std::filesystem::remove_all(db);
  return 0;
}
