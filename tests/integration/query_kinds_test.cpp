// Each kind of query advisors type (issue 14), through /api/search of the real
// server over the real corpus with its synonyms and concept thesaurus.
#include <httplib.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

#include "test_support.h"

namespace casekb {

using json = nlohmann::json;
using testing::quote;
using testing::run_command;

namespace {

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

class QueryKindsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = std::make_unique<testing::TempDir>();
    // --allow-invalid: these tests are about reading queries; the corpus's
    // own checks have corpus_test.
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(CASEKB_CORPUS_DIR) + " --db " +
                                   quote(db_->str()) + " --allow-invalid");
    ASSERT_EQ(built.exit_code, 0) << built.output;
    server_ = std::make_unique<testing::ServerProcess>(CASEKB_SERVER_BIN, db_->str(), CASEKB_CORPUS_DIR);
  }
  static void TearDownTestSuite() {
    server_.reset();
    db_.reset();
  }

  json search(const std::string& query, const std::string& more = "") {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    const std::string path = "/api/search?q=" + url_encode(query) + more;
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return json::object();
    EXPECT_EQ(res->status, 200) << path << "\n" << res->body;
    return json::parse(res->body);
  }

  static std::vector<std::string> ids(const json& response, std::size_t first = 100) {
    std::vector<std::string> out;
    for (const auto& r : response["results"]) {
      if (out.size() < first) out.push_back(r["id"]);
    }
    return out;
  }

  static bool has(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  }

  static std::unique_ptr<testing::TempDir> db_;
  static std::unique_ptr<testing::ServerProcess> server_;
};

std::unique_ptr<testing::TempDir> QueryKindsTest::db_;
std::unique_ptr<testing::ServerProcess> QueryKindsTest::server_;

}  // namespace

TEST_F(QueryKindsTest, AWallSaidAsPeopleSayIt_ActsAsTheWall) {
  for (const std::string query : {"付いてこない壁", "「付いてこない」の壁", "ついてこない", "付いてこない壁の事例"}) {
    const json r = search(query, "&size=10");
    ASSERT_EQ(r["walls"], json::array({"付いてこない"})) << query;
    ASSERT_GE(r["results"].size(), 10u) << query;
    for (const auto& hit : r["results"]) {
      const auto walls = hit["walls"].get<std::vector<std::string>>();
      EXPECT_TRUE(has(walls, "付いてこない")) << query << ": " << hit["id"];
    }
  }
}

TEST_F(QueryKindsTest, AWallInASentence_RanksItsCasesFirst) {
  const json r = search("社員がついてこない", "&size=5");
  EXPECT_EQ(r["walls"], json::array({"付いてこない"}));
  for (const auto& hit : r["results"]) EXPECT_TRUE(has(hit["walls"].get<std::vector<std::string>>(), "付いてこない"));
}

TEST_F(QueryKindsTest, QuotedSpeechThatMatchesNothing_IsSearchedByItsWordsAndSaysSo) {
  const json r = search("「客が戻るまで待つ」と言う社長");
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_EQ(r["unquoted"], json::array({"客が戻るまで待つ"}));
  EXPECT_NE(r["notice"].get<std::string>().find("語に分けて探しました"), std::string::npos);
}

TEST_F(QueryKindsTest, QuotedSpeechReadAsWords_LeavesOutWhoSaidIt) {
  // と言う社長 says who spoke: every case has a 社長 who says things, so once
  // the quote is read as words only its own words (客, 戻る, 待つ) rank.
  const json r = search("「客が戻るまで待つ」と言う社長", "&size=5");
  ASSERT_EQ(r["unquoted"], json::array({"客が戻るまで待つ"}));
  const auto top = ids(r);
  for (const char* id : {"ryokan-tourism-kyoto", "onsen-ryokan-fukushima", "japanese-restaurant-hiroshima"}) {
    EXPECT_TRUE(has(top, id)) << id << ": " << r["results"].dump();
  }
}

TEST_F(QueryKindsTest, QuotedSpeechReadAsWords_IsNotNarrowedByTheWordsAroundIt) {
  // と言って動かない社長 only ranks: without its 社長 it must not make 動く
  // required (that halved what the quote's words find).
  const json framed = search("「そのうちなんとかなる」と言って動かない社長");
  ASSERT_EQ(framed["unquoted"], json::array({"そのうちなんとかなる"}));
  EXPECT_EQ(framed["total"], search("そのうちなんとかなる")["total"]);
}

TEST_F(QueryKindsTest, AQuotedPhraseThatMatches_IsSearchedAsWritten) {
  const json r = search("\"中期事業計画\"");
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_FALSE(r.contains("unquoted"));
}

TEST_F(QueryKindsTest, QuotedSpeechThatOneCaseHolds_ComesFirstThenTheCasesWithItsWords) {
  // Only the sake brewery writes 「自分の代で終わりでもいい」; the supermarket owner
  // says 自分の代で閉めるつもり. The exact case first, then the others, and the
  // answer says so.
  const json r = search("「自分の代で終わりでもいい」と言う社長");
  ASSERT_FALSE(r["results"].empty()) << r.dump();
  EXPECT_EQ(r["results"][0]["id"], "sake-brewery-akita");
  EXPECT_GT(r["total"].get<int>(), 1);
  EXPECT_EQ(r["widened"], json::array({"自分の代で終わりでもいい"}));
  EXPECT_EQ(r["exact_total"], 1);
  EXPECT_NE(r["notice"].get<std::string>().find("そのまま含む事例（1 件）に続けて"), std::string::npos) << r["notice"];
  EXPECT_TRUE(has(ids(r, 10), "supermarket-mobile-sales-yamanashi")) << r["results"].dump();
  // Snippets mark the phrase and its words, never a one-character word of it alone
  // (代 of 70代).
  for (const json& result : r["results"]) {
    EXPECT_EQ(result["snippet"].get<std::string>().find("<mark>代</mark>"), std::string::npos) << result["snippet"];
  }
  // The page says it too.
  httplib::Client client("127.0.0.1", server_->port());
  auto page = client.Get(("/search?q=" + url_encode("「自分の代で終わりでもいい」と言う社長")).c_str());
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("class=\"search-notice\""), std::string::npos);
  EXPECT_NE(page->body.find("そのまま含む事例（1 件）"), std::string::npos);
  // "…" is the API's phrase syntax: exact, never widened.
  const json exact = search("\"自分の代で終わりでもいい\"");
  EXPECT_EQ(exact["total"], 1) << exact.dump();
  EXPECT_FALSE(exact.contains("widened"));
  // Sorted by date, nothing is added: the exact cases could not come first.
  EXPECT_EQ(search("「自分の代で終わりでもいい」", "&sort=newest")["total"], 1);
}

TEST_F(QueryKindsTest, AnEverydaySentence_FindsTheCasesThatUseTheConceptsWords) {
  const json r = search("社員がすぐ辞めてしまう", "&size=3");
  EXPECT_TRUE(has(r["concepts"].get<std::vector<std::string>>(), "離職・定着"));
  const auto top = ids(r);
  EXPECT_TRUE(has(top, "home-care-dx-gifu") || has(top, "building-maintenance-okinawa")) << r["results"].dump();
}

TEST_F(QueryKindsTest, EverydaySymptoms_FindTheCasesThatNameThemOtherwise) {
  // 安く請け: the cases say 下請け, 加工賃, 単価.
  const json squeezed = search("取引先の言いなりで安く請けている", "&size=3");
  EXPECT_TRUE(has(squeezed["concepts"].get<std::vector<std::string>>(), "下請け・取引条件"));
  const auto top = ids(squeezed);
  EXPECT_TRUE(has(top, "software-house-miyagi") && has(top, "denim-sewing-okayama")) << squeezed["results"].dump();
  // お年寄り is 高齢者 (synonyms.yaml); 買い物に困 is the concept of 移動販売.
  const auto shopping = ids(search("お年寄りが買い物に困っている"), 3);
  for (const char* id : {"island-supermarket-nagasaki", "supermarket-mobile-sales-yamanashi", "hardware-store-yamagata"}) {
    EXPECT_TRUE(has(shopping, id)) << id;
  }
}

TEST_F(QueryKindsTest, ASentenceWhoseWordsFindTooFewCases_IsRelaxedEvenWhenAConceptFindsMore) {
  // 値上げを言 brings in the concept 下請け・取引条件 (many cases), but only the
  // typed words say trucking: too few cases have them all (the truckers write
  // 運賃の改定, not 値上げ), so they are ORed, and the truckers come first.
  const json r = search("荷主に運賃の値上げを言い出せない", "&size=2");
  EXPECT_FALSE(r["concepts"].empty());
  const auto top = ids(r);
  EXPECT_TRUE(has(top, "trucking-ibaraki") && has(top, "trucking-workstyle-mie")) << r["results"].dump();
}

TEST_F(QueryKindsTest, ACompoundNoCaseWritesWhole_FindsTheCasesWithItsWordsApart) {
  // No case writes コスト削減 or BCP策定 as one compound; the greenhouse writes
  // 加温コストの削減, and BCP is the measure 事業継続力強化計画, which the Niigata
  // rental firm drew up. Half-width and full-width, as typed on a phone.
  const json costs = search("ｺｽﾄ削減", "&size=5");
  EXPECT_TRUE(has(ids(costs), "greenhouse-pepper-farm-miyazaki")) << costs["results"].dump();
  const json bcp = search("ＢＣＰ策定", "&size=5");
  EXPECT_TRUE(has(ids(bcp), "construction-rental-bcp-niigata")) << bcp["results"].dump();
  const json drivers = search("ﾄﾞﾗｲﾊﾞｰ不足", "&size=2");
  EXPECT_TRUE(has(ids(drivers), "trucking-ibaraki") && has(ids(drivers), "trucking-workstyle-mie")) << drivers["results"].dump();
  // Only when nothing matches: a compound that one case writes whole (加温コスト)
  // finds that case alone, not every case that writes コスト.
  const json heating = search("加温コスト");
  EXPECT_EQ(heating["total"], 1) << heating.dump();
  EXPECT_EQ(ids(heating), std::vector<std::string>{"greenhouse-pepper-farm-miyazaki"});
}

TEST_F(QueryKindsTest, DependingOnOneCustomerAndClosingTheShop_AreConcepts) {
  const json customer = search("大口の取引先一社に頼りきっている", "&size=5");
  EXPECT_TRUE(has(customer["concepts"].get<std::vector<std::string>>(), "取引先への依存（一社頼み）")) << customer.dump();
  EXPECT_TRUE(has(ids(customer), "precision-parts-kumamoto") || has(ids(customer), "b-bunseki-ibaraki"))
      << customer["results"].dump();
  const json closing = search("店をたたもうかと迷っている", "&size=3");
  EXPECT_TRUE(has(closing["concepts"].get<std::vector<std::string>>(), "廃業・閉店（店をたたむ）")) << closing.dump();
  EXPECT_TRUE(has(ids(closing), "supermarket-mobile-sales-yamanashi")) << closing["results"].dump();
}

TEST_F(QueryKindsTest, ARegionAndAnIndustryInWords_FindTheCaseThere) {
  EXPECT_EQ(ids(search("東北の旅館"), 1), std::vector<std::string>{"onsen-ryokan-fukushima"});
  EXPECT_EQ(ids(search("四国の土木"), 1), std::vector<std::string>{"civil-engineering-kochi"});
}

TEST_F(QueryKindsTest, ARegionName_FindsTheCasesOfItsPrefecturesAndSaysWhich) {
  // 九州 is in no case's text (only in the bureau 九州経済産業局, which is not
  // searched): its seven prefectures' cases, and the region said.
  const json r = search("九州");
  EXPECT_EQ(r["total"].get<int>(), 7) << r.dump();
  for (const auto& hit : r["results"]) EXPECT_EQ(hit["area"], "九州・沖縄") << hit["id"];
  ASSERT_TRUE(r.contains("regions")) << r.dump();
  EXPECT_EQ(r["regions"][0]["name"], "九州");
  EXPECT_EQ(r["regions"][0]["prefectures"].size(), 7u);
  EXPECT_FALSE(has(r["regions"][0]["prefectures"].get<std::vector<std::string>>(), "沖縄県"));
  // In a sentence, with the other words still required.
  EXPECT_EQ(ids(search("九州の食品製造業"), 1), std::vector<std::string>{"fishcake-maker-kagoshima"});
  const json tokai = search("東海の製造業");
  // Too few cases have both words, so the sentence is relaxed; the Tokai
  // cases tagged 製造業 (which never write it) still come first.
  const auto tokai_top = ids(tokai, 2);
  EXPECT_TRUE(has(tokai_top, "auto-parts-dx-shizuoka") && has(tokai_top, "mold-succession-aichi")) << tokai.dump();
  EXPECT_EQ(ids(search("関西の飲食店"), 1), std::vector<std::string>{"teppan-restaurant-revival-osaka"});
  // 関西 is the 2府4県: 三重 (近畿) is not in it.
  const json kansai = search("関西");
  for (const auto& hit : kansai["results"]) EXPECT_NE(hit["region"], "三重県") << hit["id"];
  EXPECT_GE(search("首都圏")["total"].get<int>(), 5);
  // The page says which prefectures were searched and offers them as one filter.
  httplib::Client client("127.0.0.1", server_->port());
  auto page = client.Get(("/search?q=" + url_encode("九州の食品製造業")).c_str());
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("都道府県: 九州（福岡県・佐賀県・長崎県・熊本県・大分県・宮崎県・鹿児島県）で絞り込む"), std::string::npos);
  EXPECT_NE(page->body.find("region=" + url_encode("鹿児島県")), std::string::npos);
}

TEST_F(QueryKindsTest, AWordThatOnlyContainsARegion_IsNotTheRegion) {
  // 中国 alone is the country: no area filter, no prefectures.
  const json china = search("中国");
  EXPECT_FALSE(china.contains("regions"));
  for (const auto& f : china["suggested_filters"]) EXPECT_NE(f["facet"], "area") << f.dump();
  // 中国地方 is the region.
  const json chugoku = search("中国地方");
  ASSERT_TRUE(chugoku.contains("regions"));
  EXPECT_EQ(chugoku["total"].get<int>(), 4);
  // A bureau named after a region is not the region: 関東経済産業局 finds the
  // cases that name it (text), not every case in Kanto.
  const json bureau = search("関東経済産業局");
  EXPECT_FALSE(bureau.contains("regions"));
  EXPECT_LT(bureau["total"].get<int>(), search("関東")["total"].get<int>());
  // 東海村 is a village, not the region 東海.
  EXPECT_FALSE(search("東海村").contains("regions"));
}

TEST_F(QueryKindsTest, KanaForAWordTheCasesWriteInKanji_FindsTheKanji) {
  // Readings (schema 7): 旅館 is リョカン, 資金繰り is シキンクリ (ぐ = く).
  const auto ryokan = ids(search("りょかん"), 3);
  EXPECT_TRUE(has(ryokan, "onsen-ryokan-oita") && has(ryokan, "onsen-ryokan-fukushima")) << ::testing::PrintToString(ryokan);
  const auto cash = ids(search("しきんぐり"), 3);
  EXPECT_TRUE(has(cash, "roof-reform-chiba") || has(cash, "dairy-farm-hokkaido")) << ::testing::PrintToString(cash);
  // The snippet marks the word as the case writes it.
  const json r = search("りょかん");
  ASSERT_FALSE(r["results"].empty());
  EXPECT_NE(r["results"][0]["snippet"].get<std::string>().find("<mark>旅館</mark>"), std::string::npos)
      << r["results"][0]["snippet"];
  // しきんぐり also brings its synonyms (キャッシュフロー); every snippet marks what matched.
  const json c = search("しきんぐり");
  ASSERT_FALSE(c["results"].empty());
  bool kanji_marked = false;
  for (const auto& hit : c["results"]) {
    EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>"), std::string::npos) << hit["snippet"];
    kanji_marked = kanji_marked || hit["snippet"].get<std::string>().find("<mark>資金繰り</mark>") != std::string::npos;
  }
  EXPECT_TRUE(kanji_marked);
}

TEST_F(QueryKindsTest, AVocabularyValueInKana_ActsAsTheValue) {
  // せつびとうし reads as the outcome 設備投資: its cases, and the filter offered.
  const json kana = search("せつびとうし");
  const json kanji = search("設備投資");
  EXPECT_EQ(kana["total"], kanji["total"]);
  EXPECT_EQ(kana["suggested_filters"], kanji["suggested_filters"]);
}

TEST_F(QueryKindsTest, AVariantKanji_FindsTheFormTheCasesWrite) {
  EXPECT_EQ(ids(search("工藝品"), 1), std::vector<std::string>{"crafts-retail-toyama"});  // 工芸品
  EXPECT_GT(search("髙齢者の見守り")["total"].get<int>(), 2);                                // 高齢者
  EXPECT_EQ(search("觀光")["total"], search("観光")["total"]);
}

TEST_F(QueryKindsTest, ZeroResults_SayWhichFilterToRemoveAndHowManyThatGives) {
  const json r = search("旅館", "&region=" + url_encode("埼玉県"));
  ASSERT_EQ(r["total"], 0);
  ASSERT_TRUE(r.contains("zero_results"));
  const json& help = r["zero_results"];
  ASSERT_EQ(help["without_filter"].size(), 1u);
  EXPECT_EQ(help["without_filter"][0]["facet"], "region");
  EXPECT_EQ(help["without_filter"][0]["values"], json::array({"埼玉県"}));
  EXPECT_GE(help["without_filter"][0]["total"].get<int>(), 3);  // the three ryokan
  EXPECT_GE(help["without_text"].get<int>(), 1);                // cases in 埼玉県
  EXPECT_FALSE(help["sentence"].get<bool>());
}

TEST_F(QueryKindsTest, ZeroResultsForASentence_OfferTheSimilarCaseSearchWithTheSentence) {
  const json r = search("ラーメン店を開業したい");
  ASSERT_EQ(r["total"], 0);
  EXPECT_TRUE(r["zero_results"]["sentence"].get<bool>());
  EXPECT_EQ(r["zero_results"]["similar_url"], "/similar?text=" + url_encode("ラーメン店を開業したい"));
}

TEST_F(QueryKindsTest, ResultsFound_CarryNoZeroResultsHelp) {
  EXPECT_FALSE(search("旅館").contains("zero_results"));
}

}  // namespace casekb
