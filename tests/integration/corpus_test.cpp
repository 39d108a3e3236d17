// The shipped corpus must always satisfy the contract.
#include <gtest/gtest.h>

#include "test_support.h"

namespace casekb {

TEST(ShippedCorpus, PassesTheValidatorWithoutProblems) {
  const auto result = testing::run_command(std::string(CASEKB_INDEX_BIN) + " --check " + testing::quote(CASEKB_CORPUS_DIR));
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("エラーのあるファイル 0 件（エラー 0 個、警告 0 個）"), std::string::npos) << result.output;
}

}  // namespace casekb
