#include "tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize.h"

namespace casekb {

namespace {
std::vector<std::string> positional_terms(const std::string& text) {
  std::vector<std::string> out;
  tokenize(normalize_for_search(text), 1, [&](const Token& t) {
    if (t.positional) out.emplace_back(t.term);
  });
  return out;
}
std::vector<std::string> unigrams(const std::string& text) {
  std::vector<std::string> out;
  tokenize(normalize_for_search(text), 1, [&](const Token& t) {
    if (!t.positional) out.emplace_back(t.term);
  });
  return out;
}
}  // namespace

TEST(Tokenizer, JapaneseRun_BecomesOverlappingBigrams) {
  EXPECT_EQ(positional_terms("事業承継"), (std::vector<std::string>{"事業", "業承", "承継"}));
}

TEST(Tokenizer, JapaneseRun_AlsoGivesUnigramsWithoutPositions) {
  EXPECT_EQ(unigrams("後継者"), (std::vector<std::string>{"後", "継", "者"}));
}

TEST(Tokenizer, SingleJapaneseCharacter_IsAPositionalUnigram) {
  EXPECT_EQ(positional_terms("米"), (std::vector<std::string>{"米"}));
}

TEST(Tokenizer, LatinAndDigits_AreWordsSeparatedFromJapanese) {
  EXPECT_EQ(positional_terms("ＤＸ推進で10億円"),
            (std::vector<std::string>{"dx", "推進", "進で", "10", "億円"}));
}

TEST(Tokenizer, Punctuation_SeparatesRuns) {
  EXPECT_EQ(positional_terms("東京、大阪"), (std::vector<std::string>{"東京", "大阪"}));
}

TEST(Tokenizer, Positions_AreConsecutive) {
  std::vector<unsigned> positions;
  tokenize("dx推進", 5, [&](const Token& t) {
    if (t.positional) positions.push_back(t.position);
  });
  EXPECT_EQ(positions, (std::vector<unsigned>{5, 6}));
}

TEST(Tokenizer, OverlongWords_AreSkipped) {
  EXPECT_TRUE(positional_terms(std::string(200, 'a')).empty());
}

}  // namespace casekb
