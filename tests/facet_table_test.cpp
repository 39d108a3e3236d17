#include "search/facet_table.h"

#include <gtest/gtest.h>

namespace casekb {

namespace {

// Four documents: (wall, industry) = (見えない, 製造業), (見えない, 建設業),
// (足りない, 製造業), (足りない, 建設業) + (付いてこない) on the last.
Xapian::Database make_db() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const auto add = [&](std::vector<std::string> walls, const std::string& industry) {
    Xapian::Document doc;
    for (const auto& w : walls) doc.add_boolean_term("XW" + w);
    doc.add_boolean_term("XI" + industry);
    db.add_document(doc);
  };
  add({"見えない"}, "製造業");
  add({"見えない"}, "建設業");
  add({"足りない"}, "製造業");
  add({"足りない", "付いてこない"}, "建設業");
  return db;
}

std::size_t count_of(const FacetCounts& counts, Facet facet, const std::string& value) {
  for (const FacetCount& c : counts[static_cast<std::size_t>(facet)]) {
    if (c.value == value) return c.count;
  }
  return 0;
}

const std::vector<Xapian::docid> kAll = {1, 2, 3, 4};

}  // namespace

TEST(FacetTable, NoFilter_CountsEveryValueAndKeepsEveryDocument) {
  const FacetTable table = FacetTable::load(make_db());
  FacetFilters filters;
  std::vector<std::size_t> hits;
  const FacetCounts counts = table.count(kAll, table.compile(filters), filters, hits);
  EXPECT_EQ(hits.size(), 4u);
  EXPECT_EQ(count_of(counts, Facet::kWall, "見えない"), 2u);
  EXPECT_EQ(count_of(counts, Facet::kIndustry, "建設業"), 2u);
}

TEST(FacetCounts_AreDisjunctiveWithinAFacet, OwnFilterIsIgnoredOtherFiltersApply) {
  const FacetTable table = FacetTable::load(make_db());
  FacetFilters filters;
  filters[static_cast<std::size_t>(Facet::kWall)] = {"見えない"};
  filters[static_cast<std::size_t>(Facet::kIndustry)] = {"製造業"};
  std::vector<std::size_t> hits;
  const FacetCounts counts = table.count(kAll, table.compile(filters), filters, hits);
  EXPECT_EQ(hits, (std::vector<std::size_t>{0}));  // only doc 1 passes both
  // Wall counts apply the industry filter only: docs 1 and 3.
  EXPECT_EQ(count_of(counts, Facet::kWall, "見えない"), 1u);
  EXPECT_EQ(count_of(counts, Facet::kWall, "足りない"), 1u);
  EXPECT_EQ(count_of(counts, Facet::kWall, "付いてこない"), 0u);
  // Industry counts apply the wall filter only: docs 1 and 2.
  EXPECT_EQ(count_of(counts, Facet::kIndustry, "製造業"), 1u);
  EXPECT_EQ(count_of(counts, Facet::kIndustry, "建設業"), 1u);
}

TEST(FacetTable, ValuesOfOneFacet_AreOred) {
  const FacetTable table = FacetTable::load(make_db());
  FacetFilters filters;
  filters[static_cast<std::size_t>(Facet::kWall)] = {"見えない", "付いてこない"};
  std::vector<std::size_t> hits;
  table.count(kAll, table.compile(filters), filters, hits);
  EXPECT_EQ(hits, (std::vector<std::size_t>{0, 1, 3}));
}

TEST(FacetTable, UnknownValue_MatchesNothingButIsListedAsSelected) {
  const FacetTable table = FacetTable::load(make_db());
  FacetFilters filters;
  filters[static_cast<std::size_t>(Facet::kRegion)] = {"架空県"};
  std::vector<std::size_t> hits;
  const FacetCounts counts = table.count(kAll, table.compile(filters), filters, hits);
  EXPECT_TRUE(hits.empty());
  const auto& regions = counts[static_cast<std::size_t>(Facet::kRegion)];
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_EQ(regions[0].value, "架空県");
  EXPECT_EQ(regions[0].count, 0u);
  EXPECT_TRUE(regions[0].selected);
}

TEST(FacetTable, ZeroCountValues_AreLeftOutUnlessSelected) {
  const FacetTable table = FacetTable::load(make_db());
  FacetFilters filters;
  std::vector<std::size_t> hits;
  const FacetCounts counts = table.count({1}, table.compile(filters), filters, hits);
  for (const FacetCount& c : counts[static_cast<std::size_t>(Facet::kWall)]) EXPECT_GT(c.count, 0u) << c.value;
}

}  // namespace casekb
