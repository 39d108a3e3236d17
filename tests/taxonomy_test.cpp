#include "case/taxonomy.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace casekb {

TEST(Taxonomy, Builtin_HasAllVocabulariesOfTheSpec) {
  const Taxonomy t = Taxonomy::builtin();
  EXPECT_EQ(t.vocabulary("walls")->values().size(), 5u);
  EXPECT_EQ(t.vocabulary("industry")->values().size(), 20u);
  EXPECT_EQ(t.vocabulary("region")->values().size(), 47u);
  EXPECT_EQ(t.vocabulary("outcomes")->values().size(), 12u);
  EXPECT_EQ(t.vocabulary("measures")->values().size(), 11u);
  EXPECT_EQ(t.areas().size(), 8u);
  EXPECT_EQ(t.area_of("埼玉県"), "関東");
  EXPECT_EQ(t.area_of("沖縄県"), "九州・沖縄");
}

TEST(Taxonomy, Find_MatchesAfterWidthFolding) {
  const Taxonomy t = Taxonomy::builtin();
  ASSERT_NE(t.vocabulary("themes")->find("ＤＸ"), nullptr);
  EXPECT_EQ(t.vocabulary("themes")->find("ＤＸ")->name, "DX");
  // A half-width comma finds the JSIC name written with a full-width one.
  ASSERT_NE(t.vocabulary("industry")->find("卸売業,小売業"), nullptr);
  EXPECT_EQ(t.vocabulary("industry")->find("卸売業,小売業")->name, "卸売業，小売業");
}

TEST(Taxonomy, Closest_PrefersContainment) {
  const Taxonomy t = Taxonomy::builtin();
  const auto closest = t.vocabulary("region")->closest("東京");
  ASSERT_FALSE(closest.empty());
  EXPECT_EQ(closest.front(), "東京都");
}

TEST(Taxonomy, Closest_FindsNearMisses) {
  const Taxonomy t = Taxonomy::builtin();
  EXPECT_EQ(t.vocabulary("walls")->closest("見えな").front(), "見えない");
  EXPECT_TRUE(t.vocabulary("walls")->closest("全然関係ない長い言葉です").empty());
}

TEST(Taxonomy, Load_ReadsTheShippedFileWithSynonyms) {
  Problems problems;
  const auto t = Taxonomy::load(std::string(CASEKB_TEST_DATA_DIR) + "/../corpus/taxonomy.yaml", problems);
  ASSERT_TRUE(t.has_value());
  EXPECT_FALSE(has_errors(problems));
  const VocabularyValue* wall = t->vocabulary("walls")->find_by_synonym("見える化");
  ASSERT_NE(wall, nullptr);
  EXPECT_EQ(wall->name, "見えない");
  EXPECT_EQ(t->vocabulary("industry")->find("製造業")->code, "E");
}

TEST(Taxonomy, Load_AcceptsPlainStringsAndKeepsMissingVocabularies) {
  testing::TempDir dir;
  testing::write_file(dir.path() / "taxonomy.yaml", "stage: [成長, 新しい局面]\n");
  Problems problems;
  const auto t = Taxonomy::load((dir.path() / "taxonomy.yaml").string(), problems);
  ASSERT_TRUE(t.has_value());
  EXPECT_NE(t->vocabulary("stage")->find("新しい局面"), nullptr);
  EXPECT_EQ(t->vocabulary("walls")->values().size(), 5u);
}

TEST(Taxonomy, Load_ReportsBrokenYamlWithLine) {
  testing::TempDir dir;
  testing::write_file(dir.path() / "taxonomy.yaml", "walls:\n  - name: [見えない\n");
  Problems problems;
  EXPECT_FALSE(Taxonomy::load((dir.path() / "taxonomy.yaml").string(), problems).has_value());
  ASSERT_FALSE(problems.empty());
  EXPECT_GT(problems.front().line, 0);
}

}  // namespace casekb
