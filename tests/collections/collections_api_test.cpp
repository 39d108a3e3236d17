// The collections API over HTTP on loopback (shared/spec/api.md, "Collections"):
// who may create, read, change and delete; If-Match; pinned versions that
// notice a newer publish or a withdrawal; the server without --state.
#include <gtest/gtest.h>

#include "collections/collections_support.h"

namespace casekb {

using testing::CollectionsBed;
using testing::json;
using testing::kCourseCases;
using testing::Reply;

namespace {

std::string case_text(const std::string& title, const std::string& sentence) {
  return "---\ntitle: " + title +
         "\ncompany: B社\nindustry: 製造業\nregion: 埼玉県\nwalls: [付いてこない]\noutcomes: [組織・人材]\npublished: 2024-03-31\n"
         "---\n\n## 設定された課題\n\n" + sentence +
         "\n\n## 支援アプローチ\n\n対話を重ねた。\n\n## 生まれた事業上の変化\n\n社員が自ら動くようになった。\n";
}

// Saves, submits and publishes a case through the publishing API (author-k, reviewer-k).
void publish(CollectionsBed& bed, const std::string& id, const std::string& text) {
  const Reply current = bed.get("/api/drafts/" + id, "author-k");
  httplib::Headers headers;
  if (current.status == 200) headers.emplace("If-Match", current.header("ETag"));
  const Reply saved = bed.request("PUT", "/api/drafts/" + id, "author-k", text, "text/markdown", headers);
  ASSERT_TRUE(saved.status == 200 || saved.status == 201) << saved.body;
  ASSERT_EQ(bed.request("POST", "/api/drafts/" + id + "/submit", "author-k").status, 200);
  json reviewed = json::array();
  // Held in a variable: a range-for over a member of a temporary would dangle.
  const json saved_json = saved.as_json();
  for (const json& p : saved_json["problems"]) reviewed.push_back(p.value("key", ""));
  const Reply published = bed.send_json("POST", "/api/drafts/" + id + "/publish", "reviewer-k", {{"reviewed", reviewed}});
  ASSERT_EQ(published.status, 200) << published.body;
}

json put_body(const json& collection) {
  json items = json::array();
  for (const json& item : collection["items"]) items.push_back({{"case", item["case"]}, {"note", item["note"]}});
  return {{"title", collection["title"]},          {"description", collection["description"]},
          {"visibility", collection["visibility"]}, {"items", items},
          {"questions", collection["questions"]}};
}

}  // namespace

TEST(CollectionsApi, ATrainerCreatesACollection_201WithIdETagAndLocation) {
  CollectionsBed bed;
  const Reply created = bed.send_json("POST", "/api/collections", "trainer-a",
                                      {{"title", "付いてこない壁を越える"}, {"description", "4 つの事例で考える"}, {"visibility", "public"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const json c = created.as_json();
  const std::string id = c["id"];
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(created.header("ETag"), c["etag"].get<std::string>());
  EXPECT_EQ(created.header("Location"), "/api/collections/" + id);
  EXPECT_EQ(c["url"], "/collections/" + id);
  EXPECT_EQ(c["owner"], "trainer-a");
  EXPECT_EQ(c["visibility"], "public");
  EXPECT_TRUE(c["items"].empty());
  const Reply read = bed.get("/api/collections/" + id);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.as_json()["title"], "付いてこない壁を越える");
}

TEST(CollectionsApi, Create_RefusesOtherRolesMissingCredentialsAndBadBodies) {
  CollectionsBed bed;
  const json body = {{"title", "題"}, {"visibility", "private"}};
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "author-k", body).status, 403);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "reviewer-k", body).status, 403);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "admin", body).status, 201);
  const Reply anonymous = bed.request("POST", "/api/collections", "", body.dump(), "application/json");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_FALSE(anonymous.header("WWW-Authenticate").empty());
  EXPECT_EQ(bed.request("POST", "/api/collections", "", body.dump(), "application/json",
                        {{"Authorization", "Bearer ckb_nope_nope"}}).status, 401);
  EXPECT_EQ(bed.request("POST", "/api/collections", "trainer-a", body.dump(), "text/plain").status, 415);
  EXPECT_EQ(bed.request("POST", "/api/collections", "trainer-a", "{not json", "application/json").status, 400);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "trainer-a", {{"title", "題"}, {"visibility", "everyone"}}).status, 422);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "trainer-a", {{"title", "  "}}).status, 422);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "trainer-a", {{"title", std::string(201, 'x')}}).status, 422);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "trainer-a", {{"title", "改行\nあり"}}).status, 422);
  EXPECT_EQ(bed.send_json("POST", "/api/collections", "trainer-a", {{"title", 3}}).status, 422);
  // Without a visibility the collection is private.
  const Reply quiet = bed.send_json("POST", "/api/collections", "trainer-a", {{"title", "題"}});
  ASSERT_EQ(quiet.status, 201);
  EXPECT_EQ(quiet.as_json()["visibility"], "private");
}

TEST(CollectionsApi, Put_NeedsIfMatch_428WithoutIt_412WhenStale) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "題", "private");
  const std::string path = "/api/collections/" + c["id"].get<std::string>();
  json body = put_body(c);
  body["items"] = json::array({{{"case", "catering-saitama"}, {"note", "後継者と古参社員"}}});
  const Reply without = bed.send_json("PUT", path, "trainer-a", body);
  EXPECT_EQ(without.status, 428) << without.body;
  const Reply first = bed.send_json("PUT", path, "trainer-a", body, c["etag"]);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_NE(first.header("ETag"), c["etag"].get<std::string>());
  const Reply stale = bed.send_json("PUT", path, "trainer-a", body, c["etag"]);
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.as_json()["error"]["code"], "precondition_failed");
  EXPECT_EQ(bed.send_json("PUT", path, "trainer-a", body, first.header("ETag")).status, 200);
}

TEST(CollectionsApi, Put_ReplacesItemsNotesOrderAndQuestions_EachItemWithItsCaseSummary) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "付いてこない壁", "public", kCourseCases, {"全体の問い 1", "全体の問い 2"});
  ASSERT_EQ(c["items"].size(), 4u);
  for (std::size_t i = 0; i < kCourseCases.size(); ++i) {
    const json& item = c["items"][i];
    EXPECT_EQ(item["case"], kCourseCases[i]);
    EXPECT_EQ(item["status"], "current");
    EXPECT_EQ(item["summary"]["id"], kCourseCases[i]);
    EXPECT_FALSE(item["summary"]["title"].get<std::string>().empty());
    EXPECT_EQ(item["pinned"]["sha256"].get<std::string>().size(), 64u);
    EXPECT_EQ(item["url"], "/cases/" + kCourseCases[i]);
  }
  EXPECT_EQ(c["questions"], json({"全体の問い 1", "全体の問い 2"}));
  // Reordered, one removed, a note changed.
  json body = put_body(c);
  body["items"] = json::array({{{"case", kCourseCases[3]}, {"note", "最初に読む"}}, {{"case", kCourseCases[0]}}});
  const Reply put = bed.send_json("PUT", "/api/collections/" + c["id"].get<std::string>(), "trainer-a", body, c["etag"]);
  ASSERT_EQ(put.status, 200) << put.body;
  const json after = put.as_json();
  ASSERT_EQ(after["items"].size(), 2u);
  EXPECT_EQ(after["items"][0]["case"], kCourseCases[3]);
  EXPECT_EQ(after["items"][0]["note"], "最初に読む");
  EXPECT_EQ(after["items"][1]["note"], "");
  // The pin of a kept item is kept.
  EXPECT_EQ(after["items"][1]["pinned"], c["items"][0]["pinned"]);
}

TEST(CollectionsApi, Put_RefusesUnknownDuplicateAndMalformedItems) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "題", "private");
  const std::string path = "/api/collections/" + c["id"].get<std::string>();
  json body = put_body(c);
  for (const json& items : {json::array({{{"case", "no-such-case"}}}),
                            json::array({{{"case", "catering-saitama"}}, {{"case", "catering-saitama"}}}),
                            json::array({{{"case", "../etc/passwd"}}}), json::array({"catering-saitama"}),
                            json::array({{{"case", "catering-saitama"}, {"note", 5}}})}) {
    body["items"] = items;
    const Reply refused = bed.send_json("PUT", path, "trainer-a", body, c["etag"]);
    EXPECT_EQ(refused.status, 422) << items.dump() << refused.body;
  }
  body["items"] = json::array();
  body["questions"] = json::array({1});
  EXPECT_EQ(bed.send_json("PUT", path, "trainer-a", body, c["etag"]).status, 422);
  body["questions"] = json::array();
  body.erase("visibility");
  EXPECT_EQ(bed.send_json("PUT", path, "trainer-a", body, c["etag"]).status, 422);
  EXPECT_EQ(bed.get(path, "trainer-a").as_json()["etag"], c["etag"]);  // nothing changed
}

TEST(CollectionsApi, OtherUsersPrivateCollections_Are404_PublicOnesAre403ToChange) {
  CollectionsBed bed;
  const json secret = bed.make_collection("trainer-a", "非公開", "private", {"catering-saitama"});
  const json open = bed.make_collection("trainer-a", "公開", "public", {"catering-saitama"});
  const std::string secret_path = "/api/collections/" + secret["id"].get<std::string>();
  const std::string open_path = "/api/collections/" + open["id"].get<std::string>();
  for (const std::string login : {"", "trainer-b", "author-k"}) {
    const Reply read = bed.get(secret_path, login);
    EXPECT_EQ(read.status, 404) << login;
    // The same answer as for an unknown id (the message names the id asked for).
    std::string unknown = bed.get("/api/collections/0123456789abcdef", login).body;
    unknown.replace(unknown.find("0123456789abcdef"), 16, secret["id"].get<std::string>());
    EXPECT_EQ(read.body, unknown) << "same as an unknown id";
  }
  EXPECT_EQ(bed.send_json("PUT", secret_path, "trainer-b", put_body(secret), secret["etag"]).status, 404);
  EXPECT_EQ(bed.request("DELETE", secret_path, "trainer-b").status, 404);
  EXPECT_EQ(bed.get(secret_path, "trainer-a").status, 200);
  EXPECT_EQ(bed.get(secret_path, "admin").status, 200);
  EXPECT_EQ(bed.get(open_path).status, 200);
  EXPECT_EQ(bed.send_json("PUT", open_path, "trainer-b", put_body(open), open["etag"]).status, 403);
  EXPECT_EQ(bed.request("DELETE", open_path, "trainer-b").status, 403);
  // Admins may change anyone's.
  EXPECT_EQ(bed.send_json("PUT", open_path, "admin", put_body(open), open["etag"]).status, 200);
  // Ids that cannot be collection ids never reach the database.
  EXPECT_EQ(bed.get("/api/collections/..%2f..%2fetc", "trainer-a").status, 404);
  EXPECT_EQ(bed.get("/api/collections/ABCDEF0123456789", "trainer-a").status, 404);
}

TEST(CollectionsApi, List_GivesTheCallersOwnAndThePublicOnes_NeverOthersUnlistedOrPrivate) {
  CollectionsBed bed;
  const json a_private = bed.make_collection("trainer-a", "A 非公開", "private");
  const json a_unlisted = bed.make_collection("trainer-a", "A 限定公開", "unlisted");
  const json a_public = bed.make_collection("trainer-a", "A 公開", "public", {"catering-saitama"});
  const json b_private = bed.make_collection("trainer-b", "B 非公開", "private");
  const auto ids = [&](const std::string& login) {
    std::set<std::string> out;
    const json listed = bed.get("/api/collections", login).as_json();  // kept alive for the loop
    for (const json& r : listed["results"]) out.insert(r["id"].get<std::string>());
    return out;
  };
  EXPECT_EQ(ids("trainer-a"), (std::set<std::string>{a_private["id"], a_unlisted["id"], a_public["id"]}));
  EXPECT_EQ(ids("trainer-b"), (std::set<std::string>{a_public["id"], b_private["id"]}));
  EXPECT_EQ(ids(""), (std::set<std::string>{a_public["id"]}));
  // Unlisted: not listed, but the link works for anyone.
  EXPECT_EQ(bed.get("/api/collections/" + a_unlisted["id"].get<std::string>()).status, 200);
  const json listed = bed.get("/api/collections").as_json()["results"][0];
  EXPECT_EQ(listed["cases"], json({"catering-saitama"}));
  EXPECT_EQ(listed["url"], "/collections/" + a_public["id"].get<std::string>());
}

TEST(CollectionsApi, AnItemPinsItsVersion_ANewPublishShowsAsChanged_UpdateTakesIt) {
  CollectionsBed bed;
  publish(bed, "coll-pin-case", case_text("版の試験", "最初の版の文章。"));
  const json c = bed.make_collection("trainer-a", "版", "private", {"coll-pin-case"});
  ASSERT_EQ(c["items"][0]["status"], "current");
  EXPECT_EQ(c["items"][0]["pinned"]["version"], 1);
  publish(bed, "coll-pin-case", case_text("版の試験（改訂）", "二番目の版の文章。"));
  const std::string path = "/api/collections/" + c["id"].get<std::string>();
  const json changed = bed.get(path, "trainer-a").as_json();
  const json& item = changed["items"][0];
  EXPECT_EQ(item["status"], "changed") << item.dump();
  EXPECT_EQ(item["summary"]["title"], "版の試験");  // still the pinned version
  EXPECT_EQ(item["current"]["version"], 2);
  EXPECT_EQ(item["current"]["title"], "版の試験（改訂）");
  json body = put_body(changed);
  body["items"][0]["update"] = true;
  const Reply updated = bed.send_json("PUT", path, "trainer-a", body, changed["etag"]);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.as_json()["items"][0]["status"], "current");
  EXPECT_EQ(updated.as_json()["items"][0]["pinned"]["version"], 2);
  EXPECT_EQ(updated.as_json()["items"][0]["summary"]["title"], "版の試験（改訂）");
}

TEST(CollectionsApi, AWithdrawnCase_StaysInTheCollectionSayingSo_WithoutItsText) {
  CollectionsBed bed;
  publish(bed, "coll-gone-case", case_text("取り下げの試験", "取り下げられる事例の文章。"));
  const json c = bed.make_collection("trainer-a", "取り下げ", "public", {"catering-saitama", "coll-gone-case"});
  const Reply withdrawn = bed.send_json("DELETE", "/api/cases/coll-gone-case", "reviewer-k", {{"reason", "匿名化が不十分なため"}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(bed.get("/api/cases/coll-gone-case").status, 410);
  const Reply read = bed.get("/api/collections/" + c["id"].get<std::string>());
  ASSERT_EQ(read.status, 200);
  const json item = read.as_json()["items"][1];
  EXPECT_EQ(item["status"], "withdrawn");
  EXPECT_EQ(item["withdrawn"]["reason"], "匿名化が不十分なため");
  EXPECT_FALSE(item.contains("summary"));
  EXPECT_EQ(read.body.find("取り下げられる事例の文章"), std::string::npos);
  EXPECT_EQ(read.as_json()["items"][0]["status"], "current");
  // A withdrawn case can be kept (or removed), but not newly added.
  const json other = bed.make_collection("trainer-a", "別", "private");
  json body = put_body(other);
  body["items"] = json::array({{{"case", "coll-gone-case"}}});
  EXPECT_EQ(bed.send_json("PUT", "/api/collections/" + other["id"].get<std::string>(), "trainer-a", body, other["etag"]).status, 422);
  const json kept = read.as_json();
  EXPECT_EQ(bed.send_json("PUT", "/api/collections/" + c["id"].get<std::string>(), "trainer-a", put_body(kept), kept["etag"]).status, 200);
}

TEST(CollectionsApi, Delete_ThenTheAddressAnswers410_ForThoseWhoCouldSeeIt) {
  CollectionsBed bed;
  const json open = bed.make_collection("trainer-a", "公開", "public", {"catering-saitama"});
  const json secret = bed.make_collection("trainer-a", "非公開", "private");
  const std::string open_path = "/api/collections/" + open["id"].get<std::string>();
  const std::string secret_path = "/api/collections/" + secret["id"].get<std::string>();
  EXPECT_EQ(bed.request("DELETE", open_path, "trainer-a", "", "", {{"If-Match", "\"999\""}}).status, 412);
  EXPECT_EQ(bed.request("DELETE", open_path, "trainer-a").status, 200);
  EXPECT_EQ(bed.request("DELETE", secret_path, "trainer-a", "", "", {{"If-Match", secret["etag"]}}).status, 200);
  EXPECT_EQ(bed.get(open_path).status, 410);
  EXPECT_EQ(bed.get(secret_path, "trainer-a").status, 410);
  EXPECT_EQ(bed.get(secret_path, "trainer-b").status, 404);
  EXPECT_TRUE(bed.get("/api/collections", "trainer-a").as_json()["results"].empty());
}

TEST(CollectionsApi, WithoutTheStateDatabase_EveryEndpointAnswers503) {
  CollectionsBed bed(false);
  EXPECT_EQ(bed.request("GET", "/api/collections").status, 503);
  EXPECT_EQ(bed.request("POST", "/api/collections", "", "{}", "application/json").status, 503);
  EXPECT_EQ(bed.request("GET", "/api/collections/0123456789abcdef").status, 503);
  EXPECT_EQ(bed.request("GET", "/collections").status, 503);
  EXPECT_EQ(bed.request("GET", "/collections/0123456789abcdef/handout").status, 503);
}

TEST(CollectionsApi, MethodsNotTaken_Get405WithAllow) {
  CollectionsBed bed;
  const Reply list = bed.request("DELETE", "/api/collections", "trainer-a");
  EXPECT_EQ(list.status, 405);
  EXPECT_EQ(list.header("Allow"), "GET, HEAD, POST, OPTIONS");
  const Reply one = bed.request("POST", "/api/collections/0123456789abcdef", "trainer-a", "{}", "application/json");
  EXPECT_EQ(one.status, 405);
  EXPECT_EQ(one.header("Allow"), "GET, HEAD, PUT, DELETE, OPTIONS");
}

}  // namespace casekb
