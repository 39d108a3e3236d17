#include "user_query.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(UserQuery, WordsPhrasesAndExclusions) {
  const UserQuery q = parse_user_query("事業承継 \"工場長 育成\" -コロナ");
  ASSERT_EQ(q.clauses.size(), 3u);
  EXPECT_EQ(q.clauses[0].text, "事業承継");
  EXPECT_FALSE(q.clauses[0].phrase);
  EXPECT_EQ(q.clauses[1].text, "工場長 育成");
  EXPECT_TRUE(q.clauses[1].phrase);
  EXPECT_EQ(q.clauses[2].text, "コロナ");
  EXPECT_TRUE(q.clauses[2].excluded);
}

TEST(UserQuery, FullWidthSpaceQuotesAndMinusAreFolded) {
  const UserQuery q = parse_user_query("ＤＸ　－見える化　「事業承継」");
  ASSERT_EQ(q.clauses.size(), 3u);
  EXPECT_EQ(q.clauses[0].text, "dx");
  EXPECT_TRUE(q.clauses[1].excluded);
  EXPECT_TRUE(q.clauses[2].phrase);
}

TEST(UserQuery, BrokenSyntaxFallsBackToPlainWords) {
  const UserQuery q = parse_user_query("\"事業承継 工場長 - -");
  ASSERT_EQ(q.clauses.size(), 2u);
  EXPECT_EQ(q.clauses[0].text, "事業承継");
  EXPECT_EQ(q.clauses[1].text, "工場長");
}

TEST(UserQuery, XapianOperatorsAreJustWords) {
  const Xapian::Query q = build_text_query(parse_user_query("title:x AND NEAR OR"));
  const std::string d = q.get_description();
  EXPECT_NE(d.find("and"), std::string::npos);  // the words, lower-cased, as terms
  EXPECT_EQ(d.find("OR title"), std::string::npos);
}

TEST(UserQuery, JapaneseWord_BecomesAPhraseOfBigrams) {
  const std::string d = build_text_query(parse_user_query("事業承継")).get_description();
  EXPECT_NE(d.find("事業 PHRASE 3 業承 PHRASE 3 承継"), std::string::npos) << d;
}

TEST(UserQuery, TwoCharacterWord_IsOneTerm) {
  EXPECT_EQ(build_text_query(parse_user_query("京都")).get_description(), "Query(京都)");
}

TEST(UserQuery, OnlyExclusions_MatchEverythingElse) {
  const std::string d = build_text_query(parse_user_query("-コロナ")).get_description();
  EXPECT_NE(d.find("AND_NOT"), std::string::npos) << d;
}

TEST(UserQuery, EmptyOrPunctuationOnly_MatchesAll) {
  EXPECT_EQ(build_text_query(parse_user_query("、。！")).get_description(), Xapian::Query(Xapian::Query::MatchAll).get_description());
}

TEST(UserQuery, HugeInputIsBounded) {
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "語 ";
  EXPECT_LE(parse_user_query(huge).clauses.size(), kMaxQueryClauses);
}

}  // namespace casekb
