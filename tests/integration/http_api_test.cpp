// The real server on an ephemeral loopback port over a real index built from
// tests/fixtures/corpus by the real indexer.
#include <httplib.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>

#include "test_support.h"

namespace casekb {

using json = nlohmann::json;
using testing::quote;
using testing::run_command;

namespace {

const std::string kFixture = std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus";

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

class HttpApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = std::make_unique<testing::TempDir>();
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(kFixture) + " --db " + quote(db_->str()));
    ASSERT_EQ(built.exit_code, 0) << built.output;
    server_ = std::make_unique<testing::ServerProcess>(CASEKB_SERVER_BIN, db_->str(), kFixture);
  }
  static void TearDownTestSuite() {
    server_.reset();
    db_.reset();
  }

  httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    return client.Get(path.c_str());
  }

  json get_json(const std::string& path, int expected_status = 200) {
    auto res = get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, expected_status) << path << "\n" << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
    return json::parse(res->body);
  }

  static std::vector<std::string> ids(const json& response) {
    std::vector<std::string> out;
    for (const auto& r : response["results"]) out.push_back(r["id"]);
    return out;
  }

  static std::size_t count_of(const json& response, const std::string& facet, const std::string& value) {
    for (const auto& entry : response["facets"][facet]) {
      if (entry["value"] == value) return entry["count"];
    }
    return 0;
  }

  static std::unique_ptr<testing::TempDir> db_;
  static std::unique_ptr<testing::ServerProcess> server_;
};

std::unique_ptr<testing::TempDir> HttpApiTest::db_;
std::unique_ptr<testing::ServerProcess> HttpApiTest::server_;

}  // namespace

TEST_F(HttpApiTest, EmptyQuery_ListsAllCasesNewestFirst) {
  const json r = get_json("/api/search");
  EXPECT_EQ(r["total"], 7);
  EXPECT_EQ(ids(r), (std::vector<std::string>{"factory-aichi-seven", "tokyo-it-five", "ryokan-kyoto-four",
                                              "seimitsu-saitama-one", "bunseki-ibaraki-two",
                                              "shokuhin-fukushima-three", "farm-hokkaido-six"}));
  EXPECT_EQ(r["page"], 1);
  EXPECT_EQ(r["size"], 20);
}

TEST_F(HttpApiTest, SortOldest_ReversesTheOrder) {
  const json r = get_json("/api/search?sort=oldest&size=2");
  EXPECT_EQ(ids(r), (std::vector<std::string>{"farm-hokkaido-six", "shokuhin-fukushima-three"}));
}

TEST_F(HttpApiTest, Pagination_GivesTotalsAndTheLastPartialPage) {
  const json page4 = get_json("/api/search?size=2&page=4");
  EXPECT_EQ(page4["total"], 7);
  EXPECT_EQ(ids(page4), (std::vector<std::string>{"farm-hokkaido-six"}));
  const json beyond = get_json("/api/search?size=2&page=9");
  EXPECT_EQ(beyond["total"], 7);
  EXPECT_TRUE(beyond["results"].empty());
}

TEST_F(HttpApiTest, FacetCounts_AreExactAndDisjunctive) {
  const std::string wall = url_encode("見えない"), industry = url_encode("製造業");
  const json r = get_json("/api/search?wall=" + wall + "&industry=" + industry);
  EXPECT_EQ(r["total"], 2);  // seimitsu-saitama-one, factory-aichi-seven
  // Wall counts apply only the industry filter (three 製造業 cases).
  EXPECT_EQ(count_of(r, "wall", "見えない"), 2u);
  EXPECT_EQ(count_of(r, "wall", "付いてこない"), 1u);
  EXPECT_EQ(count_of(r, "wall", "足りない"), 1u);
  EXPECT_EQ(count_of(r, "wall", "向き合わない"), 1u);
  EXPECT_EQ(count_of(r, "wall", "実行できない"), 1u);
  // Industry counts apply only the wall filter (three 見えない cases).
  EXPECT_EQ(count_of(r, "industry", "製造業"), 2u);
  EXPECT_EQ(count_of(r, "industry", "宿泊業，飲食サービス業"), 1u);
  // Other facets apply both filters.
  EXPECT_EQ(count_of(r, "region", "埼玉県"), 1u);
  EXPECT_EQ(count_of(r, "region", "愛知県"), 1u);
  EXPECT_EQ(count_of(r, "area", "関東"), 1u);
  EXPECT_EQ(r["facets"]["region"].size(), 2u);
  // All ten facets are present; walls come in canonical order.
  for (const char* facet : {"industry", "area", "region", "wall", "outcome", "approach", "supporter", "theme", "stage",
                            "measure"}) {
    EXPECT_TRUE(r["facets"].contains(facet)) << facet;
  }
  std::vector<std::string> walls;
  for (const auto& w : r["facets"]["wall"]) walls.push_back(w["value"]);
  EXPECT_EQ(walls, (std::vector<std::string>{"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"}));
}

TEST_F(HttpApiTest, FacetValuesOfOneFacet_AreOredAndAreaFollowsRegion) {
  const json r = get_json("/api/search?wall=" + url_encode("見えない") + "&wall=" + url_encode("足りない"));
  EXPECT_EQ(r["total"], 5);
  const json kanto = get_json("/api/search?area=" + url_encode("関東"));
  EXPECT_EQ(kanto["total"], 3);
  const json unknown = get_json("/api/search?region=" + url_encode("架空県"));
  EXPECT_EQ(unknown["total"], 0);
  // The unknown value is still listed (count 0) so a page can show it as selected.
  EXPECT_EQ(count_of(unknown, "region", "架空県"), 0u);
  bool listed = false;
  for (const auto& entry : unknown["facets"]["region"]) listed = listed || entry["value"] == "架空県";
  EXPECT_TRUE(listed);
}

TEST_F(HttpApiTest, JapaneseQuery_RanksTheCaseAboutItFirstWithMarkedSnippet) {
  const json r = get_json("/api/search?q=" + url_encode("事業承継"));
  EXPECT_EQ(r["total"], 3);
  ASSERT_FALSE(r["results"].empty());
  EXPECT_EQ(r["results"][0]["id"], "bunseki-ibaraki-two");
  EXPECT_NE(r["results"][0]["snippet"].get<std::string>().find("<mark>事業承継</mark>"), std::string::npos);
  EXPECT_DOUBLE_EQ(r["results"][0]["score"].get<double>(), 1.0);
}

TEST_F(HttpApiTest, WidthFoldedQuery_FindsHalfWidthText) {
  const json full = get_json("/api/search?q=" + url_encode("ＤＸ"));
  const json half = get_json("/api/search?q=dx");
  EXPECT_EQ(full["total"], 3);
  EXPECT_EQ(ids(full).size(), ids(half).size());
  const json money = get_json("/api/search?q=" + url_encode("１０億円"));
  EXPECT_EQ(ids(money), (std::vector<std::string>{"seimitsu-saitama-one"}));
}

TEST_F(HttpApiTest, PhraseAndExclusion) {
  EXPECT_EQ(get_json("/api/search?q=" + url_encode("\"社内チーム\""))["total"], 1);
  // A quoted phrase is exact, particles included: 事業承継も is not 事業承継の.
  EXPECT_EQ(get_json("/api/search?q=" + url_encode("事業承継"))["total"], 3);
  EXPECT_EQ(ids(get_json("/api/search?q=" + url_encode("\"事業承継の\"") + "&sort=oldest")),
            (std::vector<std::string>{"bunseki-ibaraki-two", "factory-aichi-seven"}));
  EXPECT_EQ(ids(get_json("/api/search?q=" + url_encode("\"事業承継も\""))),
            (std::vector<std::string>{"seimitsu-saitama-one"}));
  const json r = get_json("/api/search?q=" + url_encode("事業承継 -工場長"));
  EXPECT_EQ(r["total"], 2);
  EXPECT_EQ(get_json("/api/search?q=" + url_encode("-事業承継"))["total"], 4);
}

TEST_F(HttpApiTest, CompoundQuery_FindsItWhereMeCabCutsItDifferently) {
  // In the fixture MeCab reads 従業|員数 and 気|付き; alone, 従業|員 and the verb 気付く.
  for (const char* word : {"従業員", "気付き"}) {
    const std::vector<std::string> found = ids(get_json("/api/search?q=" + url_encode(word)));
    EXPECT_NE(std::find(found.begin(), found.end(), "farm-hokkaido-six"), found.end()) << word;
  }
}

TEST_F(HttpApiTest, NoQueryTextCausesAServerError) {
  for (const std::string& q : std::vector<std::string>{"\"", "-", "\"\"", "AND OR NOT", "((((", "title:x", "*", "\x01\x02", "\xff\xfe",
                              std::string(5000, 'a'), std::string("あ") + std::string(2000, '"')}) {
    auto res = get("/api/search?q=" + url_encode(q));
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << q.substr(0, 20);
    EXPECT_TRUE(json::parse(res->body)["total"].is_number()) << q.substr(0, 20);
  }
  // Beyond the library's 8,192-byte request line: 414 with the JSON error shape.
  auto long_url = get("/api/search?q=" + url_encode(std::string(3000, '"')));
  ASSERT_TRUE(long_url);
  EXPECT_EQ(long_url->status, 414);
  EXPECT_NE(long_url->body.find("URL が長すぎます"), std::string::npos) << long_url->body;
}

TEST_F(HttpApiTest, BadParameters_Get400WithJsonError) {
  for (const char* path : {"/api/search?walls=x", "/api/search?page=0", "/api/search?size=101", "/api/search?size=x",
                           "/api/search?sort=random"}) {
    const json r = get_json(path, 400);
    EXPECT_TRUE(r["error"]["code"].is_string()) << path;
    EXPECT_FALSE(r["error"]["message"].get<std::string>().empty());
  }
}

TEST_F(HttpApiTest, Case_HasAllFieldsRenderedBodyAndSections) {
  const json c = get_json("/api/cases/seimitsu-saitama-one");
  EXPECT_EQ(c["company"], "A社");
  EXPECT_EQ(c["area"], "関東");
  EXPECT_EQ(c["url"], "/cases/seimitsu-saitama-one");
  EXPECT_EQ(c["sections"].size(), 3u);
  EXPECT_EQ(c["sections"][0]["title"], "設定された課題");
  EXPECT_NE(c["html"].get<std::string>().find("<h2>支援アプローチ</h2>"), std::string::npos);
}

TEST_F(HttpApiTest, UnknownCase_Is404Json) {
  const json r = get_json("/api/cases/no-such-case", 404);
  EXPECT_EQ(r["error"]["code"], "not_found");
  get_json("/api/cases/..%2F..%2Fetc%2Fpasswd", 404);
}

TEST_F(HttpApiTest, ScriptInCaseBody_IsNeverRenderedAsHtml) {
  const json c = get_json("/api/cases/shokuhin-fukushima-three");
  EXPECT_EQ(c["html"].get<std::string>().find("<script>"), std::string::npos);
  auto page = get("/cases/shokuhin-fukushima-three");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
}

TEST_F(HttpApiTest, ScriptInQuery_ComesBackEscaped) {
  auto page = get("/search?q=" + url_encode("<script>alert(1)</script>"));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);
  EXPECT_NE(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  const json r = get_json("/api/search?q=" + url_encode("<script>alert(1)</script> 設定"));
  for (const auto& hit : r["results"]) EXPECT_EQ(hit["snippet"].get<std::string>().find("<script"), std::string::npos);
}

TEST_F(HttpApiTest, Pages_SearchCaseAnd404AreJapaneseHtml) {
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_NE(home->body.find("全 <strong>7</strong> 件"), std::string::npos);
  EXPECT_NE(home->body.find("name=\"wall\" value=\"見えない\""), std::string::npos);

  auto search = get("/search?q=" + url_encode("事業承継") + "&industry=" + url_encode("製造業") + "&size=1");
  ASSERT_TRUE(search);
  EXPECT_NE(search->body.find("<mark>事業承継</mark>"), std::string::npos);
  EXPECT_NE(search->body.find("絞り込みを解除"), std::string::npos);
  EXPECT_NE(search->body.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(search->body.find("value=\"製造業\" checked"), std::string::npos);

  auto c = get("/cases/seimitsu-saitama-one");
  ASSERT_TRUE(c);
  EXPECT_NE(c->body.find("href=\"/search?industry=%E8%A3%BD%E9%80%A0%E6%A5%AD\""), std::string::npos);
  EXPECT_NE(c->body.find("class=\"wall hit\""), std::string::npos);

  auto missing = get("/cases/no-such-case");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("ページが見つかりません"), std::string::npos);
  auto css = get("/static/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(get("/static/../CMakeLists.txt")->status, 404);
}

TEST_F(HttpApiTest, ChunkedUpload_IsRefused) {
  httplib::Client client("127.0.0.1", server_->port());
  httplib::Headers headers{{"Transfer-Encoding", "chunked"}};
  auto res = client.Post("/api/search", headers, "5\r\nhello\r\n0\r\n\r\n", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 411);
}

TEST_F(HttpApiTest, OpenApiDocument_IsServed) {
  const json doc = get_json("/api/openapi.json");
  EXPECT_TRUE(doc["paths"].contains("/api/search"));
}

}  // namespace casekb

namespace casekb {

TEST_F(HttpApiTest, SimilarCases_ComeWithReasonsAndExcludeTheCaseItself) {
  const json r = get_json("/api/cases/seimitsu-saitama-one/similar");
  ASSERT_FALSE(r["results"].empty());
  EXPECT_LE(r["results"].size(), 5u);
  bool factory_found = false;
  for (const auto& hit : r["results"]) {
    EXPECT_NE(hit["id"], "seimitsu-saitama-one");
    EXPECT_FALSE(hit["reasons"].empty()) << hit["id"];
    if (hit["id"] == "factory-aichi-seven") {
      factory_found = true;
      const std::string reasons = hit["reasons"].dump();
      EXPECT_NE(reasons.find("同じ壁: 見えない"), std::string::npos) << reasons;
      EXPECT_NE(reasons.find("同じ業種: 製造業"), std::string::npos) << reasons;
    }
  }
  EXPECT_TRUE(factory_found);
  get_json("/api/cases/no-such-case/similar", 404);
}

TEST_F(HttpApiTest, SimilarToPastedText_SuggestsCasesAndWalls) {
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/api/similar",
                         "従業員40名の金属加工業。社長が改革を進めようとすると社員が付いてこない。原価も見えていない。",
                         "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json r = json::parse(res->body);
  ASSERT_FALSE(r["results"].empty());
  ASSERT_TRUE(r.contains("walls"));
  std::vector<std::string> walls;
  for (const auto& w : r["walls"]) walls.push_back(w["wall"]);
  EXPECT_NE(std::find(walls.begin(), walls.end(), "付いてこない"), walls.end()) << r["walls"].dump();

  auto json_body = client.Post("/api/similar", R"({"text": "旅館の客足が戻らない"})", "application/json");
  ASSERT_TRUE(json_body);
  EXPECT_EQ(json_body->status, 200);
  auto empty = client.Post("/api/similar", "   ", "text/plain");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);
  auto page = client.Post("/similar", "text=" + url_encode("社員が付いてこない製造業"), "application/x-www-form-urlencoded");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("似ている事例"), std::string::npos);
}

TEST_F(HttpApiTest, VocabularyWordInQuery_IsOfferedAsAFilter) {
  const json r = get_json("/api/search?q=" + url_encode("製造業"));
  ASSERT_FALSE(r["suggested_filters"].empty());
  EXPECT_EQ(r["suggested_filters"][0]["facet"], "industry");
  EXPECT_EQ(r["suggested_filters"][0]["value"], "製造業");
  auto page = get("/search?q=" + url_encode("製造業"));
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("業種: 製造業 で絞り込む"), std::string::npos);
}

TEST_F(HttpApiTest, KyotoDoesNotFindTokyo) {
  const json r = get_json("/api/search?q=" + url_encode("京都"));
  for (const auto& hit : r["results"]) EXPECT_NE(hit["region"], "東京都") << hit["id"];
  EXPECT_EQ(ids(r).front(), "ryokan-kyoto-four");
}

}  // namespace casekb

namespace casekb {

TEST_F(HttpApiTest, Lint_ReportsFormatAndAnonymityProblemsWithCharacterColumns) {
  const std::string draft =
      "---\ntitle: 試作\ncompany: A社\nindustry: 製造業\nregion: 東京\nwalls: [見えない]\noutcomes: [組織・人材]\n"
      "published: 2024-01-01\n---\n\n## 設定された課題\n\n株式会社山田製作所の社長から電話（03-1234-5678）があった。\n\n"
      "## 支援アプローチ\n\n対話した。\n\n## 生まれた事業上の変化\n\n変わった。\n";
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/api/lint", draft, "text/markdown; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json r = json::parse(res->body);
  EXPECT_FALSE(r["ok"].get<bool>());
  bool region = false, company = false, phone = false;
  for (const auto& p : r["problems"]) {
    if (p["rule"] == "vocabulary" && p["line"] == 5) {
      region = true;
      EXPECT_EQ(p["column"], 9);
      EXPECT_EQ(p["text"], "東京");
      EXPECT_EQ(p["suggestion"], "東京都");
    }
    if (p["line"] == 13 && p["text"].get<std::string>().find("山田製作所") != std::string::npos) {
      company = true;
      EXPECT_EQ(p["severity"], "error");
      EXPECT_EQ(p["column"], 1);
    }
    if (p["line"] == 13 && p["text"] == "03-1234-5678") {
      phone = true;
      EXPECT_EQ(p["column"], 18);
    }
  }
  EXPECT_TRUE(region) << r.dump();
  EXPECT_TRUE(company) << r.dump();
  EXPECT_TRUE(phone) << r.dump();

  auto clean = client.Post("/api/lint", testing::read_file(kFixture + "/cases/bunseki-ibaraki-two.md"), "text/markdown");
  ASSERT_TRUE(clean);
  EXPECT_TRUE(json::parse(clean->body)["ok"].get<bool>()) << clean->body;
}

}  // namespace casekb
