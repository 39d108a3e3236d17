#include "text/normalize.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(Normalize, Nfkc_FoldsFullWidthLatinAndDigits) {
  EXPECT_EQ(normalize_nfkc("ＤＸ推進で年商１０億円"), "DX推進で年商10億円");
}

TEST(Normalize, Nfkc_FoldsHalfWidthKatakana) { EXPECT_EQ(normalize_nfkc("ｶﾀｶﾅ"), "カタカナ"); }

TEST(Normalize, Nfkc_KeepsCase) { EXPECT_EQ(normalize_nfkc("DX"), "DX"); }

TEST(Normalize, ForSearch_FoldsCaseWidthAndDropsZeroWidth) {
  EXPECT_EQ(normalize_for_search("ＤＸ"), "dx");
  EXPECT_EQ(normalize_for_search("IoT"), "iot");
  EXPECT_EQ(normalize_for_search("事業\u200B承継"), "事業承継");
}

TEST(Normalize, ForSearch_SurvivesInvalidUtf8) {
  EXPECT_FALSE(normalize_for_search(std::string("ab\xff")).empty());
}

}  // namespace casekb
