// The ranking must not fall below the quality measured when it was tuned
// (scripts/eval prints the figures; docs/japanese-search.md records them).
#include <gtest/gtest.h>

#include "corpus.h"
#include "index_store.h"
#include "relevance/evaluation.h"
#include "test_support.h"

namespace casekb {

// Measured with scripts/eval when the ranking was last tuned, minus a small margin.
constexpr double kNdcgFloor = 0.82;  // measured 0.841 (baseline 0.586)
constexpr double kMrrFloor = 0.92;   // measured 0.947 (baseline 0.763)

TEST(Relevance, NdcgAndMrrStayAboveTheirFloorsAndBeatTheNgramBaseline) {
  Problems problems;
  const auto corpus = load_corpus(std::string(CASEKB_TEST_DATA_DIR) + "/../corpus", problems);
  ASSERT_TRUE(corpus);
  testing::TempDir db;
  ASSERT_TRUE(build_index(db.str(), corpus->cases).ok);
  const auto synonyms = Synonyms::load(std::string(CASEKB_TEST_DATA_DIR) + "/../corpus/synonyms.yaml", problems);
  ASSERT_TRUE(synonyms);
  SearchService search(db.str(), corpus->taxonomy, &*synonyms);
  const auto judgments = relevance::load_judgments(std::string(CASEKB_TEST_DATA_DIR) + "/relevance/judgments.tsv");
  ASSERT_GE(judgments.queries.size(), 40u);
  const auto current = relevance::evaluate(search, judgments, false);
  const auto baseline = relevance::evaluate(search, judgments, true);
  EXPECT_GE(current.mean_ndcg, kNdcgFloor) << "baseline " << baseline.mean_ndcg;
  EXPECT_GE(current.mrr, kMrrFloor);
  EXPECT_GT(current.mean_ndcg, baseline.mean_ndcg);
}

}  // namespace casekb
