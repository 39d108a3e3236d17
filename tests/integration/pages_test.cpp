// The public pages and the training-composite facet (issue 14, "the search
// pages"), through the real server over the real corpus: 45 of its 48 cases are
// composites written for training (`source: 研修用の架空事例`).
#include <httplib.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <regex>

#include "test_support.h"

namespace casekb {

using json = nlohmann::json;
using testing::quote;
using testing::run_command;

namespace {

const std::string kTraining = "研修用の架空事例";
const std::string kReal = "実際の事例";

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else out += std::string("%") + hex[c >> 4] + hex[c & 15];
  }
  return out;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

class PagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = std::make_unique<testing::TempDir>();
    const auto built = run_command(std::string(CASEKB_INDEX_BIN) + " " + quote(CASEKB_CORPUS_DIR) + " --db " +
                                   quote(db_->str()) + " --allow-invalid");
    ASSERT_EQ(built.exit_code, 0) << built.output;
    server_ = std::make_unique<testing::ServerProcess>(CASEKB_SERVER_BIN, db_->str(), CASEKB_CORPUS_DIR);
  }
  static void TearDownTestSuite() {
    server_.reset();
    db_.reset();
  }

  std::string page(const std::string& path, int expected_status = 200) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return "";
    EXPECT_EQ(res->status, expected_status) << path;
    return res->body;
  }

  json get_json(const std::string& path) {
    const std::string body = page(path);
    return body.empty() ? json::object() : json::parse(body);
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

std::unique_ptr<testing::TempDir> PagesTest::db_;
std::unique_ptr<testing::ServerProcess> PagesTest::server_;

}  // namespace

TEST_F(PagesTest, KindFacet_CountsAndFiltersRealAndTrainingCases) {
  const json all = get_json("/api/search?size=100");
  EXPECT_EQ(count_of(all, "kind", kTraining), 45u);
  EXPECT_EQ(count_of(all, "kind", kReal), 3u);
  for (const auto& hit : all["results"]) EXPECT_TRUE(hit["kind"] == kTraining || hit["kind"] == kReal) << hit["id"];

  const json real = get_json("/api/search?size=100&kind=" + url_encode(kReal));
  EXPECT_EQ(real["total"], 3);
  for (const auto& hit : real["results"]) EXPECT_EQ(hit["kind"], kReal) << hit["id"];
  // Disjunctive like every facet: the other value is still counted.
  EXPECT_EQ(count_of(real, "kind", kTraining), 45u);

  const json training = get_json("/api/search?size=100&kind=" + url_encode(kTraining) + "&q=" + url_encode("事業承継"));
  ASSERT_GT(training["total"].get<int>(), 0);
  for (const auto& hit : training["results"]) EXPECT_EQ(hit["kind"], kTraining) << hit["id"];

  EXPECT_EQ(get_json("/api/cases/a-seimitsu-saitama")["kind"], kReal);
  EXPECT_EQ(get_json("/api/cases/apple-orchard-aomori")["kind"], kTraining);
}

TEST_F(PagesTest, EveryResultAndSimilarCaseMarksATrainingComposite) {
  const std::string all = page("/search?size=100");
  EXPECT_EQ(occurrences(all, "<span class=\"badge training\">研修用の架空事例</span>"), 45u);
  const std::string similar = page("/cases/a-seimitsu-saitama");
  const auto section = similar.find("<section class=\"similar\">");
  ASSERT_NE(section, std::string::npos);
  EXPECT_GE(occurrences(similar.substr(section), "badge training"), 1u);
  // A composite says so under its title, not only in the facts.
  const std::string composite = page("/cases/apple-orchard-aomori");
  EXPECT_LT(composite.find("training-notice"), composite.find("<dl class=\"facts\">"));
  EXPECT_EQ(page("/cases/a-seimitsu-saitama").find("training-notice"), std::string::npos);
}

TEST_F(PagesTest, SearchPage_IsOneFormWithTheWordsFiltersAndOrder) {
  const std::string html = page("/search?q=" + url_encode("事業承継") + "&wall=" + url_encode("見えない"));
  const auto form = html.find("<form class=\"search\" id=\"search\"");
  ASSERT_NE(form, std::string::npos);
  const auto end = html.find("</form>", form);
  const std::string inside = html.substr(form, end - form);
  EXPECT_NE(inside.find("type=\"search\" name=\"q\""), std::string::npos);
  EXPECT_NE(inside.find("value=\"事業承継\""), std::string::npos);
  EXPECT_NE(inside.find("name=\"wall\" value=\"見えない\" checked"), std::string::npos);
  EXPECT_NE(inside.find("name=\"sort\""), std::string::npos);
  EXPECT_EQ(inside.find("type=\"hidden\" name=\"q\""), std::string::npos);
  // The only search form on the page: the header's box is left out here.
  EXPECT_EQ(occurrences(html, "name=\"q\""), 1u);
  // The 絞り込み control comes before the results, with the number of active filters.
  const auto toggle = html.find("<a class=\"filters-toggle\" href=\"#filters\">絞り込み (1)</a>");
  ASSERT_NE(toggle, std::string::npos);
  EXPECT_LT(toggle, html.find("<ol class=\"result-list\">"));
}

TEST_F(PagesTest, ActiveFilters_AreChipsThatRemoveOneFilterEach) {
  const std::string html = page("/search?q=" + url_encode("事業承継") + "&wall=" + url_encode("見えない") +
                                "&kind=" + url_encode(kTraining));
  EXPECT_NE(html.find("<ul class=\"chips\" aria-label=\"絞り込みの条件\">"), std::string::npos);
  // Each chip links to the same search without its own value.
  EXPECT_NE(html.find("<a class=\"chip\" href=\"/search?q=" + url_encode("事業承継") + "&amp;kind=" + url_encode(kTraining) +
                      "\" aria-label=\"壁: 見えない の絞り込みを外す\">"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a class=\"chip\" href=\"/search?q=" + url_encode("事業承継") + "&amp;wall=" + url_encode("見えない") +
                      "\" aria-label=\"事例の種類: 研修用の架空事例 の絞り込みを外す\">"),
            std::string::npos);
  // The chips sit with the count, before the results.
  const auto count = html.find("<p class=\"count\">");
  const auto chips = html.find("class=\"chips\"");
  ASSERT_NE(count, std::string::npos);
  EXPECT_LT(count, chips);
  EXPECT_LT(chips, html.find("<ol class=\"result-list\">"));
  EXPECT_EQ(page("/search?q=" + url_encode("事業承継")).find("class=\"chips\""), std::string::npos);
}

TEST_F(PagesTest, TitlesAndHeadings_NameTheSearchAndSkipLinkComesFirst) {
  const std::string home = page("/");
  EXPECT_NE(home.find("<h1>伴走支援の事例を探す</h1>"), std::string::npos);
  EXPECT_LT(home.find("class=\"skip-link\" href=\"#main\""), home.find("<header"));
  EXPECT_NE(home.find("<main id=\"main\""), std::string::npos);
  const std::string search = page("/search?q=" + url_encode("事業承継") + "&wall=" + url_encode("見えない") +
                                  "&wall=" + url_encode("足りない"));
  EXPECT_NE(search.find("<title>「事業承継」の検索結果（壁: 見えない・足りない） | casekb"), std::string::npos);
  EXPECT_NE(search.find("<h1>「事業承継」の検索結果（壁: 見えない・足りない）</h1>"), std::string::npos);
  // Escaped like everything else.
  const std::string hostile = page("/search?q=" + url_encode("<b>x</b>"));
  EXPECT_EQ(hostile.find("<b>x</b>"), std::string::npos);
  EXPECT_NE(hostile.find("&lt;b&gt;x&lt;/b&gt;"), std::string::npos);
}

TEST_F(PagesTest, CaseReachedFromASearch_LinksBackToThatSearch) {
  const std::string search = page("/search?q=" + url_encode("事業承継") + "&wall=" + url_encode("見えない"));
  const std::string query = "q=" + url_encode("事業承継") + "&amp;wall=" + url_encode("見えない");
  std::smatch link;
  ASSERT_TRUE(std::regex_search(search, link, std::regex("<h2><a href=\"(/cases/[a-z0-9-]+)\\?([^\"]+)\">")));
  EXPECT_EQ(link[2].str(), query);
  const std::string path = link[1].str() + "?" + std::regex_replace(link[2].str(), std::regex("&amp;"), "&");
  const std::string c = page(path);
  EXPECT_NE(c.find("<p class=\"back\"><a href=\"/search?" + query + "\">← 検索結果に戻る</a></p>"), std::string::npos);
  EXPECT_NE(c.find("<link rel=\"canonical\" href=\"" + link[1].str() + "\">"), std::string::npos);
  EXPECT_NE(c.find("<p class=\"print-address\">"), std::string::npos);
  // Without a search, or with parameters that are not one, the link is plain.
  EXPECT_NE(page("/cases/a-seimitsu-saitama").find("<a href=\"/search\">← 事例を探す</a>"), std::string::npos);
  EXPECT_NE(page("/cases/a-seimitsu-saitama?bogus=%3Cx%3E").find("<a href=\"/search\">← 事例を探す</a>"),
            std::string::npos);
}

TEST_F(PagesTest, SimilarCaseReasons_AreNounsAndIgnoreTrainingQuestions) {
  // precision-parts-kumamoto's questions name 「精密部品加工業・埼玉県」: 埼玉 must not
  // be a word the two cases share.
  const json r = get_json("/api/cases/a-seimitsu-saitama/similar");
  for (const auto& hit : r["results"]) {
    for (const auto& reason : hit["reasons"]) EXPECT_EQ(reason.get<std::string>().find("埼玉"), std::string::npos) << hit["id"];
  }
  // No verb is named as a shared word anywhere in the corpus's similar lists.
  const json all = get_json("/api/search?size=100");
  for (const auto& c : all["results"]) {
    const json similar = get_json("/api/cases/" + c["id"].get<std::string>() + "/similar");
    for (const auto& hit : similar["results"]) {
      for (const auto& reason : hit["reasons"]) {
        const std::string text = reason;
        for (const char* verb : {"いる", "くれる", "決まる", "至る", "ある", "する", "なる"}) {
          EXPECT_EQ(text.find(std::string("共通の語: ") + verb), std::string::npos) << c["id"] << ": " << text;
          EXPECT_EQ(text.find(std::string(", ") + verb + ","), std::string::npos) << c["id"] << ": " << text;
        }
      }
    }
  }
}

TEST_F(PagesTest, SimilarToText_ReasonsSkipVerbsAndWordsMostCasesHave) {
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/api/similar",
                         "従業員30名の金属加工業。社長が交代したが、ベテラン社員が新しい方針に付いてこない。"
                         "社長は決まったことしかしてくれないと言っている。原価も見えていない。",
                         "text/plain; charset=utf-8");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const json r = json::parse(res->body);
  ASSERT_FALSE(r["results"].empty());
  bool named_a_word = false;
  for (const auto& hit : r["results"]) {
    for (const auto& reason : hit["reasons"]) {
      const std::string text = reason;
      if (text.rfind("共通の語: ", 0) != 0) continue;
      named_a_word = true;
      for (const char* word : {"社長", "従業", "くれる", "決まる", "いる", "言う"}) {
        EXPECT_EQ(text.find(word), std::string::npos) << text;
      }
    }
  }
  EXPECT_TRUE(named_a_word);
}

TEST_F(PagesTest, SuggestedWalls_AreExplainedAndLinkedToTheirSearches) {
  httplib::Client client("127.0.0.1", server_->port());
  auto res = client.Post("/similar", "text=" + url_encode("社長が改革を進めようとしても社員が付いてこない。工場の原価が見えていない。"),
                         "application/x-www-form-urlencoded");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const std::string& html = res->body;
  ASSERT_NE(html.find("<section class=\"wall-hints\">"), std::string::npos);
  EXPECT_NE(html.find("「5つの壁」は"), std::string::npos);
  EXPECT_NE(html.find("経営者の方針に、社員や家族が付いてこない"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/search?wall=" + url_encode("付いてこない") + "\" class=\"wall-search\">"),
            std::string::npos);
}

}  // namespace casekb

namespace casekb {

// Zero results is not a dead end: the page offers what /api/search's zero_results
// says, as links (the filter to remove and its count, the filters alone).
TEST_F(PagesTest, ZeroResults_SayWhichFilterToRemoveAndHowManyCasesThatGives) {
  const std::string params = "q=" + url_encode("事業承継") + "&wall=" + url_encode("向き合わない") +
                             "&region=" + url_encode("北海道");
  const json api = get_json("/api/search?" + params);
  ASSERT_EQ(api["total"], 0);
  ASSERT_FALSE(api["zero_results"]["without_filter"].empty());
  const json& first = api["zero_results"]["without_filter"][0];
  ASSERT_EQ(first["facet"], "region");
  const std::string html = page("/search?" + params);
  EXPECT_NE(html.find("「都道府県: 北海道」の絞り込みを外すと " + std::to_string(first["total"].get<int>()) + " 件"),
            std::string::npos)
      << html;
  // The link keeps the words and the other filter, and drops only the region.
  EXPECT_NE(html.find("href=\"/search?q=" + url_encode("事業承継") + "&amp;wall=" + url_encode("向き合わない") + "\""),
            std::string::npos);
  ASSERT_TRUE(api["zero_results"].contains("without_text"));
  EXPECT_NE(html.find("言葉を外して絞り込みだけで探すと " + std::to_string(api["zero_results"]["without_text"].get<int>()) + " 件"),
            std::string::npos);
}

// A typed sentence that finds nothing is carried over to 企業の様子から探す.
TEST_F(PagesTest, ZeroResultsForASentence_OfferTheSimilarCaseSearchWithIt) {
  const std::string sentence = "若手社員がすぐ辞めてしまって困っている";
  const std::string params = "q=" + url_encode(sentence) + "&region=" + url_encode("北海道") + "&industry=" + url_encode("製造業");
  const json api = get_json("/api/search?" + params);
  ASSERT_EQ(api["total"], 0);
  ASSERT_EQ(api["zero_results"]["sentence"], true);
  const std::string html = page("/search?" + params);
  EXPECT_NE(html.find("href=\"/similar?text=" + url_encode(sentence) + "\""), std::string::npos) << html;
  EXPECT_NE(html.find("企業の様子から探す"), std::string::npos);
}

}  // namespace casekb
