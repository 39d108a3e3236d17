// casekb-eval: builds an index of a corpus in a temporary directory and prints
// nDCG@10 and MRR for the current ranking beside the plain n-gram baseline.
//
//   casekb-eval --corpus DIR --judgments FILE [--per-query] [--by-kind] [--sweep] [--weights T/B/I[/BODY]]
//
// --by-kind prints totals per query kind (sentence, wall, quoted, kana, …; see
// relevance::query_kind): the only breakdown to look at on the frozen set.
// --thesaurus DIR reads synonyms.yaml and concepts.yaml from DIR instead of
// the corpus (the held-out corpus has none: --thesaurus corpus).
// --sweep rebuilds the index for every combination of field weights (title,
// business, 設定された課題; see FieldWeights) and prints them best first, with
// the shipped defaults marked, so the defaults are chosen by figures.
// --weights 3/2/1 (or 6/4/3/2, with the body's weight) scores one weighting
// instead of the shipped one.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

#include "case/corpus.h"
#include "evaluation.h"
#include "index/generations.h"

namespace {

struct Scores {
  casekb::relevance::RunScore current;
  casekb::relevance::RunScore baseline;
};

// The corpus indexed with `weights` in a scratch directory, then every judged
// query run against it; nullopt (with the message printed) if the build fails.
std::optional<Scores> score_with(const casekb::Corpus& corpus, const casekb::Synonyms& synonyms,
                                 const casekb::relevance::Judgments& judgments, const casekb::FieldWeights& weights) {
  char pattern[] = "/tmp/casekb-eval-XXXXXX";
  const char* dir = mkdtemp(pattern);
  if (!dir) {
    std::cerr << "cannot create a scratch directory under /tmp\n";
    return std::nullopt;
  }
  const std::string db = dir;
  // With character bigrams, which only the plain n-gram baseline reads.
  const auto built = casekb::build_index(db, corpus.cases, nullptr, casekb::IndexOptions{weights, true});
  std::optional<Scores> scores;
  if (built.ok) {
    casekb::SearchService search(db, corpus.taxonomy, &synonyms);
    scores = Scores{casekb::relevance::evaluate(search, judgments, false),
                    casekb::relevance::evaluate(search, judgments, true)};
  } else {
    std::cerr << built.message << '\n';
  }
  std::filesystem::remove_all(db);
  return scores;
}

int sweep(const casekb::Corpus& corpus, const casekb::Synonyms& synonyms, const casekb::relevance::Judgments& judgments) {
  struct Row {
    casekb::FieldWeights weights;
    double ndcg, mrr;
  };
  std::vector<Row> rows;
  for (unsigned title = 1; title <= 5; ++title) {
    for (unsigned business = 1; business <= 4; ++business) {
      for (unsigned issue = 1; issue <= 4; ++issue) {
        const casekb::FieldWeights weights{title, business, issue};
        const auto scores = score_with(corpus, synonyms, judgments, weights);
        if (!scores) return 3;
        rows.push_back({weights, scores->current.mean_ndcg, scores->current.mrr});
      }
    }
  }
  // Best nDCG first; on a tie the better MRR, then the smaller weights (the
  // least departure from plain BM25).
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.ndcg != b.ndcg) return a.ndcg > b.ndcg;
    if (a.mrr != b.mrr) return a.mrr > b.mrr;
    return a.weights.title + a.weights.business + a.weights.issue_section <
           b.weights.title + b.weights.business + b.weights.issue_section;
  });
  const casekb::FieldWeights shipped;
  std::printf("%zu weightings, %zu queries, %zu cases (wdf of a word in each field; body = 1)\n", rows.size(),
              judgments.queries.size(), corpus.cases.size());
  std::printf("%5s %6s %9s %6s %9s %8s\n", "rank", "title", "business", "issue", "nDCG@10", "MRR");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    const bool is_shipped = r.weights.title == shipped.title && r.weights.business == shipped.business &&
                            r.weights.issue_section == shipped.issue_section;
    std::printf("%5zu %6u %9u %6u %9.3f %8.3f%s\n", i + 1, r.weights.title, r.weights.business, r.weights.issue_section,
                r.ndcg, r.mrr, is_shipped ? "  <- shipped (FieldWeights defaults)" : "");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus_dir, judgments_path, thesaurus_dir;
  bool per_query = false, do_sweep = false, by_kind = false;
  casekb::FieldWeights weights;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--corpus" && i + 1 < argc) corpus_dir = argv[++i];
    else if (arg == "--judgments" && i + 1 < argc) judgments_path = argv[++i];
    else if (arg == "--per-query") per_query = true;
    else if (arg == "--by-kind") by_kind = true;
    else if (arg == "--thesaurus" && i + 1 < argc) thesaurus_dir = argv[++i];
    else if (arg == "--sweep") do_sweep = true;
    else if (arg == "--weights" && i + 1 < argc &&
             std::sscanf(argv[i + 1], "%u/%u/%u/%u", &weights.title, &weights.business, &weights.issue_section,
                         &weights.body) >= 3) ++i;
    else {
      std::cerr << "usage: casekb-eval --corpus DIR --judgments FILE [--per-query] [--by-kind] [--thesaurus DIR] [--sweep] [--weights T/B/I[/BODY]]\n";
      return 1;
    }
  }
  casekb::Problems problems;
  const auto corpus = casekb::load_corpus(corpus_dir, problems);
  // A case refused by the validator (an anonymity error, say) would silently leave the
  // index and every figure; the judged corpus must index whole.
  const bool refused = std::any_of(problems.begin(), problems.end(),
                                   [](const casekb::Problem& p) { return p.severity == casekb::Severity::kError; });
  if (!corpus || refused) {
    for (const auto& p : problems) std::cerr << casekb::format_problem(p) << '\n';
    std::cerr << "casekb-eval: the judged corpus does not index whole; fix the case files or the rules first\n";
    return 2;
  }
  casekb::Synonyms synonyms;
  // The synonyms and concepts are the ranking's, not the corpus's: a corpus
  // without them (the held-out set) is searched with another's (--thesaurus corpus).
  if (thesaurus_dir.empty()) thesaurus_dir = corpus_dir;
  if (std::filesystem::exists(thesaurus_dir + "/synonyms.yaml")) {
    if (auto loaded = casekb::Synonyms::load(thesaurus_dir + "/synonyms.yaml", problems)) synonyms = std::move(*loaded);
  }
  for (const auto& p : problems) std::cerr << casekb::format_problem(p) << '\n';
  const auto judgments = casekb::relevance::load_judgments(judgments_path);
  if (do_sweep) return sweep(*corpus, synonyms, judgments);

  const auto scores = score_with(*corpus, synonyms, judgments, weights);
  if (!scores) return 3;
  const auto& [current, baseline] = *scores;
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
  {
    // Queries with no relevant case ("none") score 0 by definition, whatever the search
    // does; the mean over the others is the figure trec_eval would report.
    const auto kinds = casekb::relevance::totals_by_kind(current, judgments, corpus->taxonomy);
    double sum = 0;
    std::size_t answerable = 0;
    for (const auto& k : kinds) {
      if (k.kind == "none") continue;
      sum += k.mean_ndcg * static_cast<double>(k.queries);
      answerable += k.queries;
    }
    if (answerable < judgments.queries.size() && answerable > 0) {
      std::printf("%-28s %10.3f %10s  (%zu queries with an answer)\n", "casekb, answerable only",
                  sum / static_cast<double>(answerable), "", answerable);
    }
  }
  std::vector<std::string> sections;
  for (const std::string& q : judgments.queries) {
    const std::string& s = judgments.sections.at(q);
    if (std::find(sections.begin(), sections.end(), s) == sections.end()) sections.push_back(s);
  }
  if (sections.size() > 1) {
    // The sets of queries as they were added (the first is untitled).
    std::printf("\n%-44s %8s %9s %8s\n", "section", "queries", "nDCG@10", "MRR");
    for (const std::string& s : sections) {
      const auto t = casekb::relevance::totals_of_section(current, judgments, s);
      std::printf("%-44s %8zu %9.3f %8.3f\n", s.empty() ? "(first queries)" : s.substr(0, 44).c_str(), t.queries,
                  t.mean_ndcg, t.mrr);
    }
  }
  if (by_kind) {
    // Totals only: per-query figures of a frozen set must not steer tuning.
    std::printf("\n%-10s %8s %9s %8s %10s %s\n", "kind", "queries", "nDCG@10", "MRR", "found none", "(n-gram nDCG@10)");
    const auto base = casekb::relevance::totals_by_kind(baseline, judgments, corpus->taxonomy);
    const auto now = casekb::relevance::totals_by_kind(current, judgments, corpus->taxonomy);
    for (std::size_t i = 0; i < now.size(); ++i) {
      std::printf("%-10s %8zu %9.3f %8.3f %10zu (%.3f)\n", now[i].kind.c_str(), now[i].queries, now[i].mean_ndcg,
                  now[i].mrr, now[i].empty, i < base.size() ? base[i].mean_ndcg : 0.0);
    }
  }
  return 0;
}
