// Kanji variant folding (text/kanji_variants): Unihan's data plus the Japanese supplement.
#include "text/kanji_variants.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace casekb {

TEST(KanjiVariants, OldAndVariantFormsFoldToTheFormWrittenToday) {
  EXPECT_EQ(fold_kanji_variants("髙橋"), "高橋");          // Unihan kSemanticVariant
  EXPECT_EQ(fold_kanji_variants("宮﨑"), "宮崎");          // U+FA11, which NFKC leaves alone
  EXPECT_EQ(fold_kanji_variants("國鐵の驛"), "国鉄の駅");  // kJinmeiyoKanji old forms and the supplement
  EXPECT_EQ(fold_kanji_variants("工藝品"), "工芸品");
  EXPECT_EQ(fold_kanji_variants("澤田と濱田と渡邊と渡邉と齋藤"), "沢田と浜田と渡辺と渡辺と斎藤");  // the supplement
}

TEST(KanjiVariants, CommonKanjiAreNeverFoldedIntoEachOther) {
  // Chinese simplification would merge these; Japanese keeps them apart.
  EXPECT_EQ(fold_kanji_variants("機械の机"), "機械の机");
  EXPECT_EQ(fold_kanji_variants("大阪の坂"), "大阪の坂");
  EXPECT_EQ(fold_kanji_variants("到着した著者"), "到着した著者");
  EXPECT_EQ(fold_kanji_variants("麵"), "麺");  // not Chinese 面
  EXPECT_EQ(fold_kanji_variants("ABC かな カナ"), "ABC かな カナ");
}

TEST(KanjiVariants, TheTableComesFromUnihan) {
  EXPECT_GT(kanji_variant_count(), 1000u);
  EXPECT_EQ(normalize_for_index("ＤＸと髙齢者"), "dxと高齢者");
}

}  // namespace casekb
