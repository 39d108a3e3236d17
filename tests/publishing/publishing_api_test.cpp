// The publishing API over HTTP on loopback, every status of the contract
// (shared/spec/api.md, "Publishing"): the real casekb-server with --state over
// a real index, accounts of two offices, tokens made through the core.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

#include "publishing_support.h"

namespace casekb {

using json = nlohmann::json;
using testing::case_file;
using testing::kKanto;
using testing::kTohoku;
using testing::PublishingBed;
using testing::Reply;
using testing::url_encode;

namespace {

json body_of(const Reply& reply) { return json::parse(reply.body, nullptr, false); }

class PublishingApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { bed_ = std::make_unique<PublishingBed>(); }
  static void TearDownTestSuite() { bed_.reset(); }

  // Writes, submits and publishes id (author-k writes, reviewer-k publishes).
  static void publish(const std::string& id, const std::string& text) {
    const Reply put = bed_->put_draft(id, "author-k", text);
    ASSERT_EQ(put.status, 201) << put.body;
    const Reply submitted = bed_->post_json("/api/drafts/" + id + "/submit", "author-k");
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    const Reply published = bed_->post_json("/api/drafts/" + id + "/publish", "reviewer-k");
    ASSERT_EQ(published.status, 200) << published.body;
  }

  static std::size_t search_total(const std::string& query) {
    const Reply r = bed_->request("GET", "/api/search?q=" + query);
    return body_of(r).value("total", 0u);
  }

  static std::unique_ptr<PublishingBed> bed_;
};

std::unique_ptr<PublishingBed> PublishingApi::bed_;

}  // namespace

TEST(PublishingReadOnly, WithoutState_EveryPublishingEndpointAnswers503) {
  PublishingBed bed(false);
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/drafts"}, {"PUT", "/api/drafts/new-case"}, {"GET", "/api/drafts/new-case"},
           {"POST", "/api/drafts/new-case/submit"}, {"POST", "/api/drafts/new-case/publish"},
           {"POST", "/api/drafts/new-case/return"}, {"DELETE", "/api/cases/tokyo-it-five"},
           {"GET", "/api/cases/tokyo-it-five/history"}, {"GET", "/api/audit"}}) {
    const Reply r = bed.request(method, path, "", method == "PUT" ? case_file("題", "文。") : "",
                                method == "PUT" ? "text/markdown" : "");
    EXPECT_EQ(r.status, 503) << method << " " << path << "\n" << r.body;
    EXPECT_EQ(body_of(r)["error"]["code"], "read_only") << r.body;
  }
  EXPECT_EQ(bed.request("GET", "/api/cases/tokyo-it-five").status, 200);  // reading still works
}

TEST_F(PublishingApi, MissingOrForgedTokens_Get401WithWwwAuthenticate) {
  const Reply none = bed_->request("GET", "/api/drafts");
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.header("WWW-Authenticate"), "Bearer realm=\"casekb\"");
  EXPECT_EQ(body_of(none)["error"]["code"], "unauthorized");
  std::string forged = bed_->token("author-k");
  forged.back() = forged.back() == '0' ? '1' : '0';
  EXPECT_EQ(bed_->request("GET", "/api/drafts", "", "", "", {{"Authorization", "Bearer " + forged}}).status, 401);
  EXPECT_EQ(bed_->request("GET", "/api/drafts", "", "", "", {{"Authorization", "Basic YTpi"}}).status, 401);
  EXPECT_EQ(bed_->put_draft("no-token-case", "", case_file("題", "文。")).status, 401);
}

TEST_F(PublishingApi, PutDraft_Creates201_Replaces200WithIfMatch_428Without_412WhenStale) {
  const Reply created = bed_->put_draft("etag-case", "author-k", case_file("版の試験", "最初の文。"));
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string etag = created.header("ETag");
  EXPECT_FALSE(etag.empty());
  const json c = body_of(created);
  EXPECT_EQ(c["id"], "etag-case");
  EXPECT_EQ(c["status"], "draft");
  EXPECT_EQ(c["office"], kKanto);
  EXPECT_EQ(c["etag"], etag);
  EXPECT_TRUE(c["problems"].is_array());

  const Reply without = bed_->put_draft("etag-case", "author-k2", case_file("版の試験", "二人目の文。"));
  EXPECT_EQ(without.status, 428) << without.body;
  const Reply replaced = bed_->put_draft("etag-case", "author-k2", case_file("版の試験", "二人目の文。"), etag);
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  EXPECT_NE(replaced.header("ETag"), etag);
  // The first editor saves over a version it never saw: refused, nothing lost.
  const Reply stale = bed_->put_draft("etag-case", "author-k", case_file("版の試験", "最初の人の上書き。"), etag);
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(body_of(stale)["error"]["code"], "precondition_failed");
  const Reply read = bed_->request("GET", "/api/drafts/etag-case", "author-k");
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("ETag"), replaced.header("ETag"));
  const json d = body_of(read);
  EXPECT_NE(d["text"].get<std::string>().find("二人目の文。"), std::string::npos);
  EXPECT_EQ(d["author"], "author-k2");
  for (const char* key : {"id", "status", "office", "author", "text", "etag", "problems", "comments"}) {
    EXPECT_TRUE(d.contains(key)) << key;
  }
  // A weak or listed If-Match is understood too.
  const Reply weak = bed_->put_draft("etag-case", "author-k", case_file("版の試験", "三つ目。"),
                                     "\"nope\", W/" + replaced.header("ETag"));
  EXPECT_EQ(weak.status, 200) << weak.body;
}

TEST_F(PublishingApi, PutDraft_WrongContentType415_Oversized413_BadBytes400_BadIds400) {
  EXPECT_EQ(bed_->request("PUT", "/api/drafts/type-case", "author-k", case_file("題", "文。"), "application/json").status, 415);
  EXPECT_EQ(bed_->request("PUT", "/api/drafts/type-case", "author-k", case_file("題", "文。"),
                          "application/x-www-form-urlencoded").status, 415);
  EXPECT_EQ(bed_->request("PUT", "/api/drafts/type-case", "author-k", case_file("題", "文。"), "text/plain").status, 201);
  const std::string big = case_file("大きい", std::string(70 * 1024, 'a'));
  EXPECT_EQ(bed_->put_draft("big-case", "author-k", big).status, 413);
  EXPECT_EQ(bed_->put_draft("bytes-case", "author-k", case_file("題", "壊れた\xff\xfe文。")).status, 400);
  EXPECT_EQ(bed_->put_draft("nul-case", "author-k", case_file("題", std::string("NUL\0文。", 8))).status, 400);
  for (const std::string id : {"..", "%2e%2e", "AB-upper", "a", "x%00y", "-dash-first", "a%2fb"}) {
    const Reply r = bed_->put_draft(id, "author-k", case_file("題", "文。"));
    EXPECT_TRUE(r.status == 400 || r.status == 404) << id << " " << r.status << " " << r.body;
  }
  EXPECT_EQ(bed_->put_draft("..%2f..%2fetc", "author-k", case_file("題", "文。")).status, 404);
  EXPECT_FALSE(std::filesystem::exists(bed_->corpus().path() / ".." / "etc.md"));
}

TEST_F(PublishingApi, PutDraft_NamingAnotherOfficeInFrontMatter_Is422WithTheLine) {
  const Reply r = bed_->put_draft("office-case", "author-k", case_file("題", "文。", kTohoku));
  ASSERT_EQ(r.status, 422) << r.body;
  const json b = body_of(r);
  EXPECT_EQ(b["error"]["code"], "office_mismatch");
  ASSERT_EQ(b["problems"].size(), 1u);
  EXPECT_EQ(b["problems"][0]["line"], 9);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/office-case", "author-k").status, 404);  // nothing saved
  EXPECT_EQ(bed_->put_draft("office-case", "author-k", case_file("題", "文。", kKanto)).status, 201);
}

TEST_F(PublishingApi, IdsOfAnotherOffice_Are409_TheirDraftsAre404_TrainersGet403) {
  ASSERT_EQ(bed_->put_draft("tohoku-draft", "author-t", case_file("東北の下書き", "文。")).status, 201);
  const Reply taken = bed_->put_draft("tohoku-draft", "author-k", case_file("関東の上書き", "文。"));
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(body_of(taken)["error"]["code"], "id_in_use");
  EXPECT_EQ(bed_->request("GET", "/api/drafts/tohoku-draft", "author-k").status, 404);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/tohoku-draft", "reviewer-k").status, 404);
  EXPECT_EQ(bed_->post_json("/api/drafts/tohoku-draft/submit", "author-k").status, 404);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/tohoku-draft", "admin").status, 200);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/tohoku-draft", "trainer-k").status, 403);
  EXPECT_EQ(bed_->request("GET", "/api/drafts", "trainer-k").status, 403);
  EXPECT_EQ(bed_->put_draft("trainer-case", "trainer-k", case_file("題", "文。")).status, 403);
  EXPECT_EQ(bed_->put_draft("reviewer-case", "reviewer-k", case_file("題", "文。")).status, 403);

  const json mine = body_of(bed_->request("GET", "/api/drafts", "author-k"));
  for (const json& d : mine["results"]) EXPECT_EQ(d["office"], kKanto) << d.dump();
  bool admin_sees_tohoku = false;
  const json all = body_of(bed_->request("GET", "/api/drafts", "admin"));
  for (const json& d : all["results"]) {
    admin_sees_tohoku = admin_sees_tohoku || d["id"] == "tohoku-draft";
    for (const char* key : {"id", "status", "office", "author", "updated"}) EXPECT_TRUE(d.contains(key)) << key;
  }
  EXPECT_TRUE(admin_sees_tohoku) << all.dump();
  EXPECT_EQ(bed_->request("GET", "/api/drafts/never-written", "author-k").status, 404);
}

TEST_F(PublishingApi, Submit_WithErrors_Is422WithProblems_ThenAfterTheFix200) {
  const std::string broken = "---\ntitle: 誤りのある下書き\ncompany: B社\nindustry: 製造業\nregion: 埼玉\n---\n\n本文\n";
  const Reply put = bed_->put_draft("broken-case", "author-k", broken);
  ASSERT_EQ(put.status, 201) << put.body;
  EXPECT_FALSE(body_of(put)["problems"].empty());
  const Reply refused = bed_->post_json("/api/drafts/broken-case/submit", "author-k");
  ASSERT_EQ(refused.status, 422) << refused.body;
  const json b = body_of(refused);
  ASSERT_TRUE(b["problems"].is_array());
  bool error_seen = false;
  for (const json& p : b["problems"]) {
    error_seen = error_seen || p["severity"] == "error";
    for (const char* key : {"line", "column", "severity", "rule", "text", "message", "suggestion"}) {
      EXPECT_TRUE(p.contains(key)) << key;
    }
  }
  EXPECT_TRUE(error_seen);
  const Reply fixed = bed_->put_draft("broken-case", "author-k", case_file("直した下書き", "文。"), put.header("ETag"));
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  const Reply submitted = bed_->post_json("/api/drafts/broken-case/submit", "author-k");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(body_of(submitted)["status"], "submitted");
}

TEST_F(PublishingApi, Return_ByAReviewerWithAComment_WhichTheAuthorReads) {
  ASSERT_EQ(bed_->put_draft("return-case", "author-k", case_file("差し戻しの試験", "文。")).status, 201);
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/return", "reviewer-k", R"({"comment":"まだ"})").status, 409);
  ASSERT_EQ(bed_->post_json("/api/drafts/return-case/submit", "author-k").status, 200);
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/return", "author-k", R"({"comment":"x"})").status, 403);
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/return", "reviewer-t", R"({"comment":"x"})").status, 404);
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/return", "reviewer-k", R"({"comment":""})").status, 422);
  EXPECT_EQ(bed_->request("POST", "/api/drafts/return-case/return", "reviewer-k", "comment=x",
                          "application/x-www-form-urlencoded").status, 415);
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/return", "reviewer-k", "{not json").status, 400);
  const std::string comment = "<script>alert(1)</script> 事例の会社名を伏せてください";
  const Reply returned = bed_->post_json("/api/drafts/return-case/return", "reviewer-k", json{{"comment", comment}}.dump());
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(body_of(returned)["status"], "returned");
  const json d = body_of(bed_->request("GET", "/api/drafts/return-case", "author-k"));
  EXPECT_EQ(d["status"], "returned");
  ASSERT_EQ(d["comments"].size(), 1u);
  EXPECT_EQ(d["comments"][0]["text"], comment);
  EXPECT_EQ(d["comments"][0]["login"], "reviewer-k");
  EXPECT_EQ(bed_->post_json("/api/drafts/return-case/publish", "reviewer-k").status, 409);  // not submitted
}

TEST_F(PublishingApi, Publish_WritesTheFile_IsSearchableWithinTwoSeconds_AndRecordsHistoryAndAudit) {
  const std::string text = case_file("公開の試験で検品の歩留まりを上げた", "不良率が高く、紫陽花検品法を試した。");
  ASSERT_EQ(bed_->put_draft("publish-case", "author-k", text).status, 201);
  EXPECT_EQ(bed_->post_json("/api/drafts/publish-case/publish", "reviewer-k").status, 409);  // not submitted yet
  ASSERT_EQ(bed_->post_json("/api/drafts/publish-case/submit", "author-k").status, 200);
  EXPECT_EQ(bed_->post_json("/api/drafts/publish-case/publish", "author-k").status, 403);  // authors do not publish
  EXPECT_EQ(bed_->post_json("/api/drafts/publish-case/publish", "reviewer-t").status, 404);  // another office
  EXPECT_EQ(bed_->post_json("/api/drafts/publish-case/publish", "reviewer-k", "", {{"If-Match", "\"0-stale\""}}).status, 412);
  const auto start = std::chrono::steady_clock::now();
  const Reply published = bed_->post_json("/api/drafts/publish-case/publish", "reviewer-k");
  ASSERT_EQ(published.status, 200) << published.body;
  const json p = body_of(published);
  EXPECT_EQ(p["status"], "published");
  EXPECT_EQ(p["url"], "/cases/publish-case");
  EXPECT_EQ(testing::read_file(bed_->case_path("publish-case")), text);  // byte for byte
  bool found = false;
  // 2 s (the contract), scaled for the sanitizer build.
  const auto bound = std::chrono::milliseconds(static_cast<long long>(2000 * testing::time_scale()));
  while (!found && std::chrono::steady_clock::now() - start < bound) {
    found = search_total(url_encode("紫陽花検品法")) == 1;
    if (!found) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(found) << "not searchable within 2 s";
  EXPECT_EQ(bed_->request("GET", "/api/cases/publish-case").status, 200);
  EXPECT_EQ(bed_->request("GET", "/cases/publish-case").status, 200);

  const json history = body_of(bed_->request("GET", "/api/cases/publish-case/history", "author-k"));
  ASSERT_EQ(history["versions"].size(), 1u) << history.dump();
  EXPECT_EQ(history["versions"][0]["version"], 1);
  EXPECT_EQ(history["versions"][0]["by"], "reviewer-k");
  EXPECT_EQ(history["versions"][0]["office"], kKanto);
  EXPECT_EQ(history["versions"][0]["sha256"], body_of(bed_->request("GET", "/api/drafts/publish-case", "author-k"))["sha256"]);
  EXPECT_EQ(bed_->request("GET", "/api/cases/publish-case/history").status, 401);

  EXPECT_EQ(bed_->request("GET", "/api/audit", "author-k").status, 403);
  const json audit = body_of(bed_->request("GET", "/api/audit?id=publish-case", "reviewer-k"));
  std::vector<std::string> actions;
  for (const json& e : audit["entries"]) {
    actions.push_back(e["action"]);
    for (const char* key : {"time", "login", "office", "action", "id", "sha256"}) EXPECT_TRUE(e.contains(key)) << key;
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"publish", "submit", "draft_save"}));
  const json tohoku_audit = body_of(bed_->request("GET", "/api/audit", "reviewer-t"));
  for (const json& e : tohoku_audit["entries"]) {
    EXPECT_EQ(e["office"], kTohoku) << e.dump();
  }

  // casekb-index over the folder finds nothing to do: the index holds the file's stamp.
  const auto rerun = testing::run_command(std::string(CASEKB_INDEX_BIN) + " " + testing::quote(bed_->corpus().str()) +
                                          " --db " + testing::quote(bed_->index_path()));
  EXPECT_NE(rerun.output.find("追加 0 件、変更 0 件、削除 0 件"), std::string::npos) << rerun.output;
}

TEST_F(PublishingApi, AnEditOfAPublishedCase_IsANewDraft_AndASecondVersion) {
  publish("edited-case", case_file("編集の試験", "最初の版。"));
  const Reply edit = bed_->put_draft("edited-case", "author-k2", case_file("編集の試験", "二つ目の版で改善した。"));
  ASSERT_EQ(edit.status, 201) << edit.body;
  EXPECT_EQ(bed_->put_draft("edited-case", "author-t", case_file("横取り", "文。")).status, 409);
  ASSERT_EQ(bed_->post_json("/api/drafts/edited-case/submit", "author-k2").status, 200);
  ASSERT_EQ(bed_->post_json("/api/drafts/edited-case/publish", "reviewer-k").status, 200);
  const json history = body_of(bed_->request("GET", "/api/cases/edited-case/history", "reviewer-k"));
  ASSERT_EQ(history["versions"].size(), 2u);
  EXPECT_NE(history["versions"][0]["sha256"], history["versions"][1]["sha256"]);
  EXPECT_NE(testing::read_file(bed_->case_path("edited-case")).find("二つ目の版"), std::string::npos);
}

TEST_F(PublishingApi, NoOnePublishesADraftTheyWrote_AdminsIncluded) {
  ASSERT_EQ(bed_->put_draft("admin-case", "admin", case_file("管理者の下書き", "文。")).status, 201);
  ASSERT_EQ(bed_->post_json("/api/drafts/admin-case/submit", "admin").status, 200);
  const Reply own = bed_->post_json("/api/drafts/admin-case/publish", "admin");
  EXPECT_EQ(own.status, 403) << own.body;
  EXPECT_EQ(body_of(own)["error"]["code"], "own_draft");
}

TEST_F(PublishingApi, Warnings_MustEachBeMarkedReviewedBeforePublishing) {
  ASSERT_EQ(bed_->put_draft("warning-case", "author-k", case_file("警告の試験", "文。", "", "<b>強調</b>")).status, 201);
  ASSERT_EQ(bed_->post_json("/api/drafts/warning-case/submit", "author-k").status, 200);
  const Reply unreviewed = bed_->post_json("/api/drafts/warning-case/publish", "reviewer-k");
  ASSERT_EQ(unreviewed.status, 422) << unreviewed.body;
  const json b = body_of(unreviewed);
  EXPECT_EQ(b["error"]["code"], "warnings_not_reviewed");
  json keys = json::array();
  for (const json& p : b["problems"]) {
    EXPECT_EQ(p["severity"], "warning");
    keys.push_back(p["key"]);
  }
  ASSERT_FALSE(keys.empty());
  const Reply reviewed = bed_->post_json("/api/drafts/warning-case/publish", "reviewer-k", json{{"reviewed", keys}}.dump());
  EXPECT_EQ(reviewed.status, 200) << reviewed.body;
}

TEST_F(PublishingApi, Withdraw_Answers410WithTheReason_RemovesFileAndSearch_KeepsHistory) {
  publish("withdrawn-case", case_file("取り下げの試験", "山吹色検査法を試した。"));
  ASSERT_EQ(search_total(url_encode("山吹色検査法")), 1u);
  const std::string reason = R"({"reason":"<img src=x onerror=alert(1)> 事実と異なる記述があったため"})";
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "author-k", reason, "application/json").status, 403);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "reviewer-t", reason, "application/json").status, 403);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "", reason, "application/json").status, 401);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "reviewer-k", R"({"reason":" "})", "application/json").status, 422);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "reviewer-k", reason, "text/plain").status, 415);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/no-such-case", "reviewer-k", reason, "application/json").status, 404);
  const Reply done = bed_->request("DELETE", "/api/cases/withdrawn-case", "reviewer-k", reason, "application/json");
  ASSERT_EQ(done.status, 200) << done.body;

  const Reply api = bed_->request("GET", "/api/cases/withdrawn-case");
  EXPECT_EQ(api.status, 410);
  EXPECT_EQ(body_of(api)["error"]["code"], "withdrawn");
  EXPECT_NE(body_of(api)["reason"].get<std::string>().find("事実と異なる"), std::string::npos);
  const Reply page = bed_->request("GET", "/cases/withdrawn-case");
  EXPECT_EQ(page.status, 410);
  EXPECT_NE(page.body.find("事実と異なる記述があったため"), std::string::npos);
  EXPECT_EQ(page.body.find("<img src=x"), std::string::npos);  // escaped
  EXPECT_FALSE(std::filesystem::exists(bed_->case_path("withdrawn-case")));
  EXPECT_EQ(search_total(url_encode("山吹色検査法")), 0u);
  EXPECT_EQ(bed_->request("DELETE", "/api/cases/withdrawn-case", "reviewer-k", reason, "application/json").status, 410);
  const json history = body_of(bed_->request("GET", "/api/cases/withdrawn-case/history", "reviewer-k"));
  EXPECT_EQ(history["versions"].size(), 1u);
  EXPECT_TRUE(history.contains("withdrawn"));
  // Another office cannot take the id over; the owning office may publish it again.
  EXPECT_EQ(bed_->put_draft("withdrawn-case", "author-t", case_file("横取り", "文。")).status, 409);
  ASSERT_EQ(bed_->put_draft("withdrawn-case", "author-k", case_file("取り下げの試験", "直した。")).status, 201);
}

TEST_F(PublishingApi, Methods_AreListedInAllow_AndOthersGet405) {
  const Reply options = bed_->request("OPTIONS", "/api/drafts/some-case");
  EXPECT_EQ(options.status, 204);
  EXPECT_EQ(options.header("Allow"), "GET, HEAD, PUT, OPTIONS");
  EXPECT_EQ(bed_->request("OPTIONS", "/api/cases/tokyo-it-five").header("Allow"), "GET, HEAD, DELETE, OPTIONS");
  const Reply wrong = bed_->request("POST", "/api/drafts/some-case", "author-k", "{}", "application/json");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/some-case/submit", "author-k").status, 405);
  EXPECT_EQ(bed_->request("GET", "/api/drafts/some-case/frobnicate", "author-k").status, 404);
}

}  // namespace casekb
