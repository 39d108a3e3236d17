#include "search/query.h"

#include "search/synonyms.h"
#include "case/taxonomy.h"

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

namespace {
std::string describe(const std::string& text, const QueryContext& context = {}) {
  return build_query(parse_user_query(text), context).query.get_description();
}
}  // namespace

TEST(UserQuery, XapianOperatorsAreJustWords) {
  const std::string d = describe("title:x AND NEAR OR");
  EXPECT_NE(d.find("and"), std::string::npos);  // the words, lower-cased, as terms
  EXPECT_EQ(d.find("OR title"), std::string::npos);
}

TEST(UserQuery, JapaneseCompound_IsASubstringWithoutPositionalChecks) {
  EXPECT_EQ(describe("事業承継"), "Query((XJ事業承 AND XJ業承継))");
  // A one-word compound also matches its word: the verb 気付く finds 気付いた.
  EXPECT_EQ(describe("気付き"), "Query((気付く OR XJ気付き))");
}

TEST(UserQuery, Kyoto_IsOneWordTerm) { EXPECT_EQ(describe("京都"), "Query(京都)"); }

TEST(UserQuery, Sentence_RequiresNounsAndRanksByVerbs) {
  EXPECT_EQ(describe("後継者が育たない製造業"), "Query(((XJ後継者 AND XJ製造業) AND_MAYBE 育つ))");
}

TEST(UserQuery, KatakanaWord_AlsoMatchesAsASubstring) {
  // Readings too (a katakana clause may spell a kanji word: カイゴ = 介護), at 0.5.
  EXPECT_EQ(describe("チェーン"), "Query(((チェーン OR (XJチェー AND XJェーン)) OR 0.5 * XYチェーン))");
  // Two characters: the word only (the index has no bigrams), and no reading:
  // ゴミ's key コミ is also 込み.
  EXPECT_EQ(describe("ゾド"), "Query(ゾド)");
  EXPECT_EQ(describe("ゴミ"), "Query(ゴミ)");
}

TEST(UserQuery, QuotedPhrase_NeedsEveryThreeCharacterPieceParticlesIncluded) {
  // A piece of a word: "アプローチ" holds it. The final ー of a katakana word
  // is folded away, as サーバー = サーバ.
  EXPECT_EQ(describe("\"アプロー\""), "Query(XJアプロ)");
  EXPECT_EQ(describe("\"アプローチ\""), "Query((XJアプロ AND XJプロー AND XJローチ))");
  // The particle の counts: the words alone (粗利益) would also match 粗利益を.
  EXPECT_EQ(describe("\"粗利益の\""), "Query((XJ粗利益 AND XJ利益の))");
  EXPECT_EQ(describe("-\"粗利益の\""), "Query((<alldocuments> AND_NOT (XJ粗利益 AND XJ利益の)))");
}

TEST(UserQuery, QuotedPhraseWithLatinOrShortRuns_NeedsThePhraseOfWordsToo) {
  EXPECT_EQ(describe("\"dx推進\""), "Query((dx PHRASE 2 推進))");
  EXPECT_EQ(describe("\"事業承継 京都\""),
            "Query(((事業 PHRASE 3 承継 PHRASE 3 京都) AND (XJ事業承 AND XJ業承継)))");
}

TEST(UserQuery, LongVowelVariantsOfACompound_AreTheSameQuery) {
  EXPECT_EQ(describe("サーバー管理"), describe("サーバ管理"));
  EXPECT_EQ(describe("\"マネージャー育成\""), describe("\"マネージャ育成\""));
}

TEST(UserQuery, CompoundOfThreeCharacters_IsFoundHoweverMeCabCutsIt) {
  // 従業員 alone is 従業|員, but 従業|員数 inside 従業員数: the trigram finds both.
  EXPECT_EQ(describe("従業員"), "Query(XJ従業員)");
  // Two characters stay word-only, so 京都 never matches inside 東京都.
  EXPECT_EQ(describe("京都"), "Query(京都)");
}

TEST(UserQuery, SynonymsExpandAtLowerWeight) {
  Synonyms synonyms;
  synonyms.add_group({"コロナ禍", "新型コロナ", "コロナ"});
  const BuiltQuery q = build_query(parse_user_query("コロナ禍"), {nullptr, &synonyms});
  const std::string d = q.query.get_description();
  EXPECT_NE(d.find("0.59"), std::string::npos) << d;  // kSynonymWeight as printed
  EXPECT_NE(std::find(q.highlights.begin(), q.highlights.end(), "新型コロナ"), q.highlights.end());
}

TEST(UserQuery, VocabularyValue_AlsoMatchesItsFacet) {
  const Taxonomy taxonomy = Taxonomy::builtin();
  const BuiltQuery q = build_query(parse_user_query("製造業 付いてこない"), {&taxonomy, nullptr});
  const std::string d = q.query.get_description();
  EXPECT_NE(d.find("XI製造業"), std::string::npos) << d;
  EXPECT_NE(d.find("XW付いてこない"), std::string::npos) << d;
  ASSERT_EQ(q.facet_matches.size(), 2u);
  EXPECT_EQ(q.facet_matches[0].facet, "industry");
}

TEST(UserQuery, ExclusionsAreExact) {
  Synonyms synonyms;
  synonyms.add_group({"コロナ", "コロナ禍"});
  const std::string d = build_query(parse_user_query("-コロナ"), {nullptr, &synonyms}).query.get_description();
  EXPECT_NE(d.find("AND_NOT"), std::string::npos) << d;
  EXPECT_EQ(d.find("コロナ禍"), std::string::npos) << d;
}

TEST(UserQuery, EmptyOrPunctuationOnly_MatchesAll) {
  EXPECT_EQ(describe("、。！"), Xapian::Query(Xapian::Query::MatchAll).get_description());
}

TEST(UserQuery, BaselineMode_UsesOnlyBigrams) {
  const std::string d = build_query(parse_user_query("事業承継"), {}, QueryMode::kNgramBaseline).query.get_description();
  EXPECT_EQ(d, "Query((XN事業 AND XN業承 AND XN承継))");  // position-free: the plain n-gram engine
}

TEST(UserQuery, HugeInputIsBounded) {
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "語 ";
  EXPECT_LE(parse_user_query(huge).clauses.size(), kMaxQueryClauses);
}

}  // namespace casekb

namespace casekb {

TEST(UserQuery, AWallSaidWithItsWord_IsTheWallAndTheWordAddsNothing) {
  const Taxonomy taxonomy = Taxonomy::builtin();
  for (const char* text : {"付いてこない壁", "「付いてこない」の壁", "付いてこない壁の事例"}) {
    const BuiltQuery q = build_query(parse_user_query(text), {&taxonomy, nullptr});
    EXPECT_EQ(q.walls, std::vector<std::string>{"付いてこない"}) << text;
    const std::string d = q.query.get_description();
    EXPECT_NE(d.find("XW付いてこない"), std::string::npos) << d;
    EXPECT_EQ(d.find("壁"), std::string::npos) << text << ": " << d;
    EXPECT_EQ(d.find("事例"), std::string::npos) << text << ": " << d;
    EXPECT_TRUE(q.phrases.empty()) << text;
  }
}

TEST(UserQuery, AVerbBeforeANoun_ModifiesItRatherThanFormingACompound) {
  // 言う社長 is "an owner who says", not the compound 言う社長; 見える化 is one word.
  const std::string d = build_query(parse_user_query("と言う社長"), {}).query.get_description();
  EXPECT_EQ(d.find("PHRASE"), std::string::npos) << d;
  EXPECT_NE(d.find("社長"), std::string::npos) << d;
}

TEST(UserQuery, WithoutQuotes_ReadsQuotedPhrasesAsWordsButKeepsExclusions) {
  const UserQuery plain = without_quotes(parse_user_query("「そのうちなんとかなる」 -\"旅館\""));
  ASSERT_EQ(plain.clauses.size(), 2u);
  EXPECT_FALSE(plain.clauses[0].phrase);
  EXPECT_TRUE(plain.clauses[1].phrase);
  EXPECT_EQ(build_query(parse_user_query("「そのうちなんとかなる」"), {}).phrases,
            std::vector<std::string>{"そのうちなんとかなる"});
}

TEST(UserQuery, WithoutQuotes_LeavesOutTheWordsThatSayWhoSpoke) {
  const std::string d = build_query(without_quotes(parse_user_query("「客が戻るまで待つ」と言う社長")), {}).query.get_description();
  EXPECT_EQ(d.find("社長"), std::string::npos) << d;
  EXPECT_NE(d.find("客"), std::string::npos) << d;
  // Quoted as written, the frame stays: 社長 is required.
  const std::string quoted = build_query(parse_user_query("「客が戻るまで待つ」と言う社長"), {}).query.get_description();
  EXPECT_NE(quoted.find("社長"), std::string::npos) << quoted;
}

TEST(UserQuery, ARegionCompound_FindsItsPrefecturesButNotInsideALongerCompound) {
  Synonyms regions;
  regions.add_region({"九州", {"九州地方"}, {"福岡県", "佐賀県"}});
  regions.add_region({"東海", {}, {"静岡県", "愛知県"}});
  const BuiltQuery q = build_query(parse_user_query("九州の製造業"), {nullptr, &regions});
  const std::string d = q.query.get_description();
  EXPECT_NE(d.find("XR福岡県"), std::string::npos) << d;
  EXPECT_NE(d.find("XR佐賀県"), std::string::npos) << d;
  ASSERT_EQ(q.regions.size(), 1u);
  EXPECT_EQ(q.regions[0].name, "九州");
  EXPECT_EQ(build_query(parse_user_query("九州地方"), {nullptr, &regions}).regions.size(), 1u);
  for (const char* text : {"東海村", "北九州市", "九州経済産業局"}) {
    const BuiltQuery other = build_query(parse_user_query(text), {nullptr, &regions});
    EXPECT_TRUE(other.regions.empty()) << text;
    EXPECT_EQ(other.query.get_description().find("XR"), std::string::npos) << text;
  }
}

TEST(UserQuery, AConceptPhrase_AddsTheConceptsWordsAndAnchors) {
  Synonyms synonyms;
  synonyms.add_concept({"離職・定着", {"辞め"}, {"離職", "定着"}, {{"outcome", "組織・人材"}}});
  const BuiltQuery q = build_query(parse_user_query("若手がすぐ辞めてしまう"), {nullptr, &synonyms});
  EXPECT_EQ(q.concepts, std::vector<std::string>{"離職・定着"});
  const std::string d = q.query.get_description();
  EXPECT_NE(d.find("離職"), std::string::npos) << d;
  ASSERT_EQ(q.facet_matches.size(), 1u);
  EXPECT_EQ(q.facet_matches[0].value, "組織・人材");
}

}  // namespace casekb
