#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace casekb {

namespace {
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  tokenize(normalize_for_search(text), 1, [&](const Token& t) {
    if (t.kind == TokenKind::kWord) out.emplace_back(t.term);
  });
  return out;
}
std::vector<std::string> ngrams(const std::string& text, TokenKind kind = TokenKind::kNgram) {
  std::vector<std::string> out;
  tokenize(normalize_for_search(text), 1, [&](const Token& t) {
    if (t.kind == kind) out.emplace_back(t.term);
  });
  return out;
}
}  // namespace

TEST(Tokenizer, JapaneseSentence_BecomesContentWordsInDictionaryForm) {
  ASSERT_NE(MorphologicalAnalyzer::for_search(), nullptr) << "MeCab dictionary (mecab-ipadic-utf8) is required";
  EXPECT_EQ(words("後継者が育たない製造業"), (std::vector<std::string>{"後継", "者", "育つ", "製造", "業"}));
}

TEST(Tokenizer, PlaceNames_AreWordsSoKyotoIsNotInsideTokyo) {
  EXPECT_EQ(words("東京都"), (std::vector<std::string>{"東京", "都"}));
  EXPECT_EQ(words("京都府"), (std::vector<std::string>{"京都", "府"}));
}

TEST(Tokenizer, JapaneseRun_AlsoGivesBigramsTrigramsAndKanji) {
  EXPECT_EQ(ngrams("事業承継"), (std::vector<std::string>{"事業", "業承", "承継"}));
  EXPECT_EQ(ngrams("事業承継", TokenKind::kTrigram), (std::vector<std::string>{"事業承", "業承継"}));
  EXPECT_EQ(ngrams("承継を", TokenKind::kUnigram), (std::vector<std::string>{"承", "継"}));
  EXPECT_TRUE(ngrams("京都", TokenKind::kTrigram).empty());
}

TEST(Tokenizer, NgramsLeaveOutAKatakanaWordsFinalLongVowel) {
  // As fold_word does for words: サーバー管理 and サーバ管理 have the same n-grams.
  const std::vector<std::string> folded{"サーバ", "ーバ管", "バ管理"};
  EXPECT_EQ(ngrams("サーバー管理", TokenKind::kTrigram), folded);
  EXPECT_EQ(ngrams("サーバ管理", TokenKind::kTrigram), folded);
  // Inside a katakana word, and after short words, the mark stays.
  EXPECT_EQ(ngrams("スーパー", TokenKind::kTrigram), (std::vector<std::string>{"スーパ"}));
  EXPECT_EQ(ngrams("スーパーマ", TokenKind::kTrigram), (std::vector<std::string>{"スーパ", "ーパー", "パーマ"}));
  EXPECT_EQ(ngrams("コーヒー", TokenKind::kTrigram), (std::vector<std::string>{"コーヒ"}));
  EXPECT_EQ(ngrams("コー豆", TokenKind::kTrigram), (std::vector<std::string>{"コー豆"}));
}

TEST(Tokenizer, NgramsCarryTheNumberOfTheirRun) {
  std::vector<unsigned> runs;
  tokenize(normalize_for_search("事業承継、東京"), 1, [&](const Token& t) {
    if (t.kind == TokenKind::kNgram || t.kind == TokenKind::kTrigram) runs.push_back(t.position);
  });
  EXPECT_EQ(runs, (std::vector<unsigned>{1, 1, 1, 1, 1, 2}));  // 事業 事業承 業承 業承継 承継 | 東京
}

TEST(Tokenizer, LatinAndDigits_AreWordsSeparatedFromJapanese) {
  const auto w = words("ＤＸ推進で10億円");
  EXPECT_EQ(w.front(), "dx");
  EXPECT_NE(std::find(w.begin(), w.end(), "10"), w.end());
}

TEST(Tokenizer, FunctionWordsTakeAPositionButNoTerm) {
  std::vector<unsigned> positions;
  tokenize("社長が決めた", 1, [&](const Token& t) {
    if (t.kind == TokenKind::kWord) positions.push_back(t.position);
  });
  // 社長(1) が(2, no term) 決める(3) た(4, no term)
  EXPECT_EQ(positions, (std::vector<unsigned>{1, 3}));
}

TEST(Tokenizer, KanaAndLongVowelVariants_FoldTogether) {
  EXPECT_EQ(fold_word("サーバー", WordClass::kNoun), "サーバ");
  EXPECT_EQ(fold_word("りんご", WordClass::kNoun), "リンゴ");
  EXPECT_EQ(fold_word("コー", WordClass::kNoun), "コー");  // short words keep their mark
  EXPECT_EQ(fold_word("する", WordClass::kVerb), "する");
}

TEST(Tokenizer, OverlongWords_AreSkipped) { EXPECT_TRUE(words(std::string(200, 'a')).empty()); }

TEST(Tokenizer, ReadingKey_FoldsKanaScriptsVoicingAndAFinalLongVowel) {
  EXPECT_EQ(reading_key("しきんぐり"), reading_key("シキンクリ"));
  EXPECT_EQ(reading_key("じぎょうしょうけい"), "シキョウショウケイ");
  EXPECT_EQ(reading_key("サーバー"), "サーハ");
  EXPECT_EQ(reading_key("資金"), "");  // only kana has a key
}

TEST(Tokenizer, Readings_AreEmittedOnlyWhenAskedForEveryRunOfNouns) {
  std::vector<std::string> readings;
  TokenPositions positions;
  const auto sink = [&](const Token& t) {
    if (t.kind == TokenKind::kReading) readings.emplace_back(t.term);
  };
  tokenize("資金繰りが厳しい", positions, sink);
  EXPECT_TRUE(readings.empty());
  TokenKinds kinds;
  kinds.readings = true;
  tokenize("資金繰りが厳しい", positions, sink, kinds);
  EXPECT_NE(std::find(readings.begin(), readings.end(), reading_key("しきんぐり")), readings.end())
      << ::testing::PrintToString(readings);
}

}  // namespace casekb
