// The ranking must not fall below the quality measured when it was tuned
// (scripts/eval prints the figures; docs/japanese-search.md records them).
#include <gtest/gtest.h>

#include "case/corpus.h"
#include "index/generations.h"
#include "relevance/evaluation.h"
#include "test_support.h"

namespace casekb {

// Measured with scripts/eval when the ranking was last tuned, minus a small margin.
constexpr double kNdcgFloor = 0.84;  // measured 0.862 (baseline 0.652), 72 queries
constexpr double kMrrFloor = 0.93;   // measured 0.951 (baseline 0.810)

TEST(Relevance, NdcgAndMrrStayAboveTheirFloorsAndBeatTheNgramBaseline) {
  Problems problems;
  const auto corpus = load_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/../corpus", problems);
  ASSERT_TRUE(corpus);
  testing::TempDir db;
  // With character bigrams, which only the plain n-gram baseline reads.
  ASSERT_TRUE(build_index(db.str(), corpus->cases, nullptr, IndexOptions{FieldWeights{}, true}).ok);
  const auto synonyms = Synonyms::load(std::string(CASEKB_TEST_DATA_DIR) + "/../corpus/synonyms.yaml", problems);
  ASSERT_TRUE(synonyms);
  SearchService search(db.str(), corpus->taxonomy, &*synonyms);
  const auto judgments = relevance::load_judgments(std::string(CASEKB_TEST_DATA_DIR) + "/relevance/judgments.tsv");
  ASSERT_GE(judgments.queries.size(), 40u);
  const auto current = relevance::evaluate(search, judgments, false);
  const auto baseline = relevance::evaluate(search, judgments, true);
  EXPECT_GE(current.mean_ndcg, kNdcgFloor) << "baseline " << baseline.mean_ndcg;
  EXPECT_GE(current.mrr, kMrrFloor);
  EXPECT_GT(baseline.mean_ndcg, 0.5);  // the baseline really ran (its bigrams are in this index)
  EXPECT_GT(current.mean_ndcg, baseline.mean_ndcg);
}

}  // namespace casekb
