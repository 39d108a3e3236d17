// The shipped corpus must always satisfy the contract, and stay broad enough
// that every facet is worth clicking (issue 4).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "case/corpus.h"
#include "search/synonyms.h"
#include "text/markdown.h"
#include "test_support.h"
#include "text/utf8.h"

namespace casekb {

TEST(ShippedCorpus, PassesTheValidatorWithoutProblems) {
  const auto result = testing::run_command(std::string(CASEKB_INDEX_BIN) + " --check " + testing::quote(CASEKB_CORPUS_DIR));
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("エラーのあるファイル 0 件（エラー 0 個、警告 0 個）"), std::string::npos) << result.output;
}

TEST(ShippedCorpus, IsSpreadSoEveryFacetIsWorthClicking) {
  Problems problems;
  const auto corpus = load_corpus(CASEKB_CORPUS_DIR, problems);
  ASSERT_TRUE(corpus);
  std::set<std::string> industries, regions, areas, approaches, supporters, stages, years;
  std::map<std::string, int> walls, outcomes, themes;
  int with_questions = 0, from_report = 0;
  for (const Case& c : corpus->cases) {
    industries.insert(c.industry);
    regions.insert(c.region);
    areas.insert(c.area);
    if (!c.approach.empty()) approaches.insert(c.approach);
    if (!c.supporter.empty()) supporters.insert(c.supporter);
    if (!c.stage.empty()) stages.insert(c.stage);
    years.insert(c.published.substr(0, 4));
    for (const auto& w : c.walls) ++walls[w];
    for (const auto& o : c.outcomes) ++outcomes[o];
    for (const auto& t : c.themes) ++themes[t];
    const MarkdownOutline outline = outline_markdown(c.body);
    for (const auto& s : outline.sections) with_questions += s.title == "研修での問い";
    const std::size_t chars = count_code_points(c.body);
    if (c.source == "研修用の架空事例") {
      EXPECT_GE(chars, 600u) << c.id;
      EXPECT_LE(chars, 1500u) << c.id;
    } else {
      ++from_report;
      EXPECT_NE(c.source.find("経済産業省"), std::string::npos) << c.id;
    }
  }
  EXPECT_EQ(from_report, 3);
  EXPECT_GE(corpus->cases.size(), 48u);
  EXPECT_GE(industries.size(), 14u);
  EXPECT_GE(regions.size(), 30u);
  EXPECT_EQ(areas.size(), 8u);
  EXPECT_EQ(approaches.size(), 3u);
  EXPECT_GE(supporters.size(), 8u);
  EXPECT_EQ(stages.size(), 4u);
  for (const char* y : {"2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"}) EXPECT_TRUE(years.count(y)) << y;
  for (const auto& v : corpus->taxonomy.vocabulary("walls")->values()) EXPECT_GE(walls[v.name], 8) << v.name;
  for (const auto& v : corpus->taxonomy.vocabulary("outcomes")->values()) EXPECT_GE(outcomes[v.name], 3) << v.name;
  for (const auto& v : corpus->taxonomy.vocabulary("themes")->values()) EXPECT_GE(themes[v.name], 3) << v.name;
  EXPECT_GE(with_questions * 3, static_cast<int>(corpus->cases.size()));
}

TEST(ShippedCorpus, ConceptThesaurusLoadsAndItsAnchorsAreVocabularyValues) {
  Problems problems;
  const auto corpus = load_corpus(CASEKB_CORPUS_DIR, problems);
  ASSERT_TRUE(corpus);
  Synonyms concepts;
  ASSERT_TRUE(concepts.load_concepts(std::string(CASEKB_CORPUS_DIR) + "/concepts.yaml", problems));
  for (const Problem& p : problems) ADD_FAILURE() << format_problem(p);
  EXPECT_GE(concepts.concept_count(), 10u);
  // Every wall has a concept: the thesaurus is anchored on the five walls.
  for (const std::string wall : {"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"}) {
    bool anchored = false;
    for (const char* phrase : {"反発", "仕方ない", "決められない", "分からない", "人が足りない"}) {
      for (const Concept* c : concepts.concepts_in(phrase)) {
        for (const FacetMatch& a : c->anchors) anchored = anchored || (a.facet == "wall" && a.value == wall);
      }
    }
    EXPECT_TRUE(anchored) << wall;
  }
  for (const char* phrase : {"反発", "仕方ない", "辞め", "安売り", "いないと回らない", "借金", "被災", "高騰"}) {
    const auto found = concepts.concepts_in(phrase);
    ASSERT_FALSE(found.empty()) << phrase;
    for (const Concept* c : found) {
      for (const FacetMatch& a : c->anchors) {
        const FacetInfo* info = find_facet(a.facet);
        ASSERT_NE(info, nullptr) << c->name;
        const Vocabulary* vocabulary = corpus->taxonomy.vocabulary(info->field);
        ASSERT_NE(vocabulary, nullptr) << c->name;
        EXPECT_NE(vocabulary->find(a.value), nullptr) << c->name << ": " << a.value;
      }
    }
  }
}

TEST(ShippedCorpus, RegionTableLoadsAndNamesOnlyPrefecturesOfTheTaxonomy) {
  Problems problems;
  const auto corpus = load_corpus(CASEKB_CORPUS_DIR, problems);
  ASSERT_TRUE(corpus);
  Synonyms regions;
  ASSERT_TRUE(regions.load_regions(std::string(CASEKB_CORPUS_DIR) + "/regions.yaml", problems));
  for (const Problem& p : problems) ADD_FAILURE() << format_problem(p);
  const Vocabulary* prefectures = corpus->taxonomy.vocabulary("region");
  ASSERT_NE(prefectures, nullptr);
  for (const RegionName& region : regions.regions()) {
    for (const std::string& prefecture : region.prefectures) {
      EXPECT_NE(prefectures->find(prefecture), nullptr) << region.name << ": " << prefecture;
    }
  }
  for (const char* name : {"九州", "関西", "近畿", "東北", "北陸", "甲信越", "東海", "中部", "四国", "中国地方", "関東", "首都圏",
                           "山陰", "山陽", "北関東", "南九州"}) {
    EXPECT_NE(regions.region_named(name), nullptr) << name;
  }
  // Traps: the country, a village, a bureau.
  for (const char* name : {"中国", "東海村", "関東経済産業局"}) EXPECT_EQ(regions.region_named(name), nullptr) << name;
  EXPECT_TRUE(regions.is_text_only_area("中国"));
}

}  // namespace casekb
