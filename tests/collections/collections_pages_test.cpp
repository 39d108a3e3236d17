// The collection pages over HTTP on loopback: creating through the form, the
// one-click add from search results and case pages, ordering, notes and
// questions without JavaScript, ETags and CSRF on every form, who sees what,
// escaping of what trainers write, withdrawn cases, the exports.
#include <gtest/gtest.h>

#include "collections/collections_support.h"

namespace casekb {

using testing::Browser;
using testing::CollectionsBed;
using testing::form;
using testing::hidden_value;
using testing::json;
using testing::kCourseCases;
using testing::Reply;
using testing::url_encode;

namespace {

std::string id_of(const Reply& redirect) {
  const std::string location = redirect.header("Location");
  const std::string prefix = "/collections/";
  if (location.rfind(prefix, 0) != 0) return "";
  return location.substr(prefix.size(), 16);
}

std::vector<std::string> case_order(CollectionsBed& bed, const std::string& id, const std::string& login) {
  std::vector<std::string> out;
  const json collection = bed.get("/api/collections/" + id, login).as_json();  // kept alive for the loop
  for (const json& item : collection["items"]) out.push_back(item["case"]);
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST(CollectionsPages, ATrainerCreatesACollectionWithTheForm_AndLandsOnIt) {
  CollectionsBed bed;
  Browser trainer{bed, bed.log_in("trainer-a")};
  ASSERT_FALSE(trainer.session.empty());
  const Reply list = trainer.get("/collections");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("新しいコレクション"), std::string::npos);
  EXPECT_EQ(list.body.find("<a href=\"/drafts\">"), std::string::npos) << "trainers write no drafts";
  const std::string csrf = hidden_value(list.body, "csrf");
  const Reply created = trainer.post("/collections", form({{"csrf", csrf}, {"title", "付いてこない壁を越える"},
                                                           {"description", "後継者と古参社員"}, {"visibility", "unlisted"}}));
  ASSERT_EQ(created.status, 303) << created.body;
  const std::string id = id_of(created);
  ASSERT_EQ(id.size(), 16u) << created.header("Location");
  const Reply page = trainer.get("/collections/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("付いてこない壁を越える"), std::string::npos);
  EXPECT_NE(page.body.find("限定公開"), std::string::npos);
  EXPECT_NE(page.body.find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);  // unlisted
  // Other roles see no form; a post from them is refused.
  Browser author{bed, bed.log_in("author-k")};
  const Reply theirs = author.get("/collections");
  EXPECT_NE(theirs.body.find("<a href=\"/drafts\">下書き</a>"), std::string::npos);
  EXPECT_EQ(theirs.body.find("新しいコレクション"), std::string::npos);
  EXPECT_EQ(author.post("/collections", form({{"csrf", hidden_value(theirs.body, "csrf")}, {"title", "x"}})).status, 403);
  // An empty title comes back with the message and what was typed.
  const Reply empty = trainer.post("/collections", form({{"csrf", csrf}, {"title", " "}, {"description", "残る説明"}}));
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("残る説明"), std::string::npos);
}

TEST(CollectionsPages, OneClickAdd_FromASearchResultAndFromACasePage) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "講座 A", "private");
  const std::string id = c["id"];
  Browser trainer{bed, bed.log_in("trainer-a")};
  const Reply search = trainer.get("/search?wall=" + url_encode("付いてこない"));
  ASSERT_EQ(search.status, 200);
  // One form outside the search form; each result's button names its case.
  EXPECT_EQ(count(search.body, "<form id=\"collect\""), 1u);
  EXPECT_GT(search.body.find("<form id=\"collect\""), search.body.find("</form>"));
  EXPECT_NE(search.body.find("<button type=\"submit\" form=\"collect\" name=\"case\" value=\"catering-saitama\""),
            std::string::npos);
  EXPECT_NE(search.body.find("<option value=\"" + id + "\">講座 A（0 件）</option>"), std::string::npos);
  const std::string csrf = hidden_value(search.body, "csrf");
  const std::string back = hidden_value(search.body, "back");
  EXPECT_EQ(back.rfind("/search?", 0), 0u) << back;
  const Reply added = trainer.post("/collections/add", form({{"csrf", csrf}, {"collection", id}, {"case", "catering-saitama"},
                                                              {"back", back}}));
  EXPECT_EQ(added.status, 303);
  EXPECT_EQ(added.header("Location").find("#collect-catering-saitama"), added.header("Location").size() - 25);
  EXPECT_EQ(case_order(bed, id, "trainer-a"), (std::vector<std::string>{"catering-saitama"}));
  // Back on the results, the case says where it is.
  EXPECT_NE(trainer.get("/search?wall=" + url_encode("付いてこない")).body.find("収録済み"), std::string::npos);
  // From a case page.
  const Reply case_page = trainer.get("/cases/home-care-dx-gifu");
  ASSERT_EQ(case_page.status, 200);
  EXPECT_NE(case_page.body.find("value=\"home-care-dx-gifu\""), std::string::npos);
  EXPECT_EQ(trainer.post("/collections/add", form({{"csrf", csrf}, {"collection", id}, {"case", "home-care-dx-gifu"},
                                                   {"back", "/cases/home-care-dx-gifu"}})).status, 303);
  EXPECT_EQ(case_order(bed, id, "trainer-a"), (std::vector<std::string>{"catering-saitama", "home-care-dx-gifu"}));
  // Adding it again changes nothing; a foreign `back` is not followed.
  const Reply again = trainer.post("/collections/add", form({{"csrf", csrf}, {"collection", id}, {"case", "home-care-dx-gifu"},
                                                             {"back", "https://evil.example/"}}));
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(again.header("Location").rfind("/collections/" + id, 0), 0u) << again.header("Location");
  EXPECT_EQ(case_order(bed, id, "trainer-a").size(), 2u);
  // Without the token nothing is added.
  EXPECT_EQ(trainer.post("/collections/add", form({{"collection", id}, {"case", "charter-bus-revival-nagano"}})).status, 403);
  // Anyone not signed in as a trainer sees no controls, and the page stays public.
  EXPECT_EQ(bed.get("/search?wall=" + url_encode("付いてこない")).body.find("form=\"collect\""), std::string::npos);
  Browser author{bed, bed.log_in("author-k")};
  EXPECT_EQ(author.get("/cases/home-care-dx-gifu").body.find("form=\"collect\""), std::string::npos);
}

TEST(CollectionsPages, UpDownNotesAndQuestions_WorkWithPlainForms) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "順番", "private", kCourseCases);
  const std::string id = c["id"];
  Browser trainer{bed, bed.log_in("trainer-a")};
  auto post = [&](std::initializer_list<std::pair<std::string, std::string>> fields) {
    const Reply page = trainer.get("/collections/" + id);
    std::string body = form({{"csrf", hidden_value(page.body, "csrf")}, {"etag", hidden_value(page.body, "etag")}});
    return trainer.post("/collections/" + id, body + "&" + form(fields));
  };
  const Reply page = trainer.get("/collections/" + id);
  EXPECT_NE(page.body.find("value=\"up\""), std::string::npos);
  // Ordering needs no script: the page's own part holds none (the layout's is for the draft editor).
  EXPECT_EQ(page.body.find("<script", page.body.find("<main>")), std::string::npos);
  EXPECT_EQ(post({{"action", "down"}, {"case", kCourseCases[0]}, {"note", "一番に読む"}}).status, 303);
  EXPECT_EQ(case_order(bed, id, "trainer-a"),
            (std::vector<std::string>{kCourseCases[1], kCourseCases[0], kCourseCases[2], kCourseCases[3]}));
  EXPECT_EQ(post({{"action", "up"}, {"case", kCourseCases[3]}}).status, 303);
  EXPECT_EQ(case_order(bed, id, "trainer-a"),
            (std::vector<std::string>{kCourseCases[1], kCourseCases[0], kCourseCases[3], kCourseCases[2]}));
  const Reply noted = post({{"action", "note"}, {"case", kCourseCases[2]}, {"note", "介護の現場で\r\n何が起きたか"}});
  EXPECT_EQ(noted.status, 303);
  EXPECT_NE(noted.header("Location").find("#item-" + kCourseCases[2]), std::string::npos);
  const json after = bed.get("/api/collections/" + id, "trainer-a").as_json();
  EXPECT_EQ(after["items"][3]["note"], "介護の現場で\n何が起きたか");
  EXPECT_EQ(after["items"][1]["note"], "一番に読む");  // saved with the move
  EXPECT_EQ(post({{"action", "questions"}, {"questions", "問い 1\r\n\r\n  問い 2  \r\n　\r\n"}}).status, 303);
  EXPECT_EQ(bed.get("/api/collections/" + id, "trainer-a").as_json()["questions"], json({"問い 1", "問い 2"}));
  EXPECT_EQ(post({{"action", "remove"}, {"case", kCourseCases[1]}}).status, 303);
  EXPECT_EQ(case_order(bed, id, "trainer-a").size(), 3u);
  EXPECT_EQ(post({{"action", "settings"}, {"title", "新しい題"}, {"description", ""}, {"visibility", "public"}}).status, 303);
  EXPECT_EQ(bed.get("/api/collections/" + id).as_json()["title"], "新しい題");  // public now
  EXPECT_EQ(post({{"action", "add"}, {"case", kCourseCases[1]}}).status, 303);
  EXPECT_EQ(case_order(bed, id, "trainer-a").back(), kCourseCases[1]);
  EXPECT_EQ(post({{"action", "add"}, {"case", "no-such-case"}}).status, 422);
  EXPECT_EQ(post({{"action", "delete"}}).status, 303);
  EXPECT_EQ(trainer.get("/collections/" + id).status, 410);
}

TEST(CollectionsPages, AStaleForm_Is412AndChangesNothing_AMissingTokenIs403) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "古い画面", "private", kCourseCases);
  const std::string id = c["id"];
  Browser trainer{bed, bed.log_in("trainer-a")};
  const Reply page = trainer.get("/collections/" + id);
  const std::string csrf = hidden_value(page.body, "csrf"), etag = hidden_value(page.body, "etag");
  ASSERT_EQ(trainer.post("/collections/" + id, form({{"csrf", csrf}, {"etag", etag}, {"action", "down"}, {"case", kCourseCases[0]}})).status, 303);
  const Reply stale = trainer.post("/collections/" + id, form({{"csrf", csrf}, {"etag", etag}, {"action", "remove"}, {"case", kCourseCases[2]}}));
  EXPECT_EQ(stale.status, 412);
  EXPECT_NE(stale.body.find("変更されています"), std::string::npos);
  EXPECT_EQ(case_order(bed, id, "trainer-a").size(), 4u);
  const Reply forged = trainer.post("/collections/" + id, form({{"csrf", "forged"}, {"etag", etag}, {"action", "remove"}, {"case", kCourseCases[2]}}));
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(trainer.post("/collections/" + id, form({{"etag", etag}, {"action", "delete"}})).status, 403);
  EXPECT_EQ(bed.request("POST", "/collections/" + id, "", form({{"action", "delete"}}), "application/x-www-form-urlencoded").status, 303);  // to /login
  EXPECT_EQ(case_order(bed, id, "trainer-a").size(), 4u);
}

TEST(CollectionsPages, OthersPrivateCollectionPages_Are404_PublicOnesHaveNoForms) {
  CollectionsBed bed;
  const json secret = bed.make_collection("trainer-a", "非公開の講座", "private", kCourseCases);
  const json open = bed.make_collection("trainer-a", "公開の講座", "public", kCourseCases, {"全体の問い"});
  Browser other{bed, bed.log_in("trainer-b")};
  for (const std::string suffix : {"", "/handout", "/handout.css", "/handout.md", "/handout.zip"}) {
    EXPECT_EQ(other.get("/collections/" + secret["id"].get<std::string>() + suffix).status, 404) << suffix;
    EXPECT_EQ(bed.get("/collections/" + secret["id"].get<std::string>() + suffix).status, 404) << suffix;
    EXPECT_EQ(bed.get("/collections/" + open["id"].get<std::string>() + suffix).status, 200) << suffix;
  }
  const Reply anonymous = bed.get("/collections/" + open["id"].get<std::string>());
  EXPECT_EQ(anonymous.body.find("name=\"action\""), std::string::npos);
  EXPECT_NE(anonymous.body.find("「catering-saitama」で見るところ"), std::string::npos);  // notes are shown to readers
  EXPECT_EQ(anonymous.header("Cache-Control"), "no-store");
  const Reply theirs = other.get("/collections/" + open["id"].get<std::string>());
  EXPECT_EQ(theirs.body.find("name=\"action\""), std::string::npos);
  const Reply attempt = other.post("/collections/" + open["id"].get<std::string>(),
                                   form({{"csrf", hidden_value(theirs.body, "csrf")}, {"etag", open["etag"]}, {"action", "delete"}}));
  EXPECT_EQ(attempt.status, 403);
  const Reply list = bed.get("/collections");
  EXPECT_NE(list.body.find("公開の講座"), std::string::npos);
  EXPECT_EQ(list.body.find("非公開の講座"), std::string::npos);
  EXPECT_EQ(bed.get("/collections/0123456789abcdef").status, 404);
  EXPECT_EQ(bed.get("/collections/not-an-id").status, 404);
  EXPECT_EQ(bed.get("/collections/" + open["id"].get<std::string>() + "/other").status, 404);
}

TEST(CollectionsPages, WhatTrainersWrite_IsEscapedOnEveryPageAndExport) {
  CollectionsBed bed;
  const std::string evil = "<script>alert(1)</script>\"'&";
  const json c = bed.make_collection("trainer-a", "題 " + evil, "public");
  const std::string id = c["id"];
  json body = {{"title", "題 " + evil}, {"description", "説明 " + evil}, {"visibility", "public"},
               {"items", json::array({{{"case", "catering-saitama"}, {"note", "メモ " + evil}}})}, {"questions", {"問い " + evil}}};
  ASSERT_EQ(bed.send_json("PUT", "/api/collections/" + id, "trainer-a", body, c["etag"]).status, 200);
  Browser trainer{bed, bed.log_in("trainer-a")};
  const std::vector<std::pair<std::string, Reply>> pages = {
      {"page", bed.get("/collections/" + id)},   {"own page", trainer.get("/collections/" + id)},
      {"list", bed.get("/collections")},         {"own list", trainer.get("/collections")},
      {"handout", bed.get("/collections/" + id + "/handout")}, {"search", trainer.get("/search")},
      {"markdown", bed.get("/collections/" + id + "/handout.md")}};
  for (const auto& [name, reply] : pages) {
    ASSERT_EQ(reply.status, 200) << name;
    EXPECT_EQ(reply.body.find("<script>alert"), std::string::npos) << name;
    EXPECT_NE(reply.body.find("&lt;script&gt;alert"), std::string::npos) << name;
  }
  const Reply css = bed.get("/collections/" + id + "/handout.css");
  EXPECT_EQ(css.body.find("</script>"), std::string::npos);
  EXPECT_EQ(css.body.find("\"'"), std::string::npos);
}

TEST(CollectionsPages, AWithdrawnCase_TheCollectionSaysSo_AndTheHandoutLeavesItOut) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "取り下げ", "public", kCourseCases);
  const std::string id = c["id"];
  const Reply gone = bed.send_json("DELETE", "/api/cases/" + kCourseCases[1], "admin", {{"reason", "社名が推測できるため"}});
  ASSERT_EQ(gone.status, 200) << gone.body;
  const Reply page = bed.get("/collections/" + id);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("取り下げられました。理由: 社名が推測できるため"), std::string::npos);
  const Reply handout = bed.get("/collections/" + id + "/handout");
  ASSERT_EQ(handout.status, 200);
  EXPECT_EQ(count(handout.body, "<article class=\"case "), 3u);
  EXPECT_NE(handout.body.find(kCourseCases[1] + ": 取り下げられました（理由: 社名が推測できるため）"), std::string::npos);
  EXPECT_EQ(bed.get("/cases/" + kCourseCases[1]).status, 410);
}

TEST(CollectionsPages, TheHandout_HasCoverContentsCasesAndQuestions_AndItsExports) {
  CollectionsBed bed;
  const json c = bed.make_collection("trainer-a", "付いてこない壁を越える", "public", kCourseCases,
                                     {"4 社に共通する支援者の最初の一手は何でしたか。", "あなたの担当先で「付いてこない」のは誰ですか。"});
  const std::string id = c["id"];
  const Reply handout = bed.get("/collections/" + id + "/handout");
  ASSERT_EQ(handout.status, 200);
  const std::string& html = handout.body;
  EXPECT_NE(html.find("<section class=\"cover\">"), std::string::npos);
  for (const char* wall : {"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"}) {
    EXPECT_NE(html.find(std::string("</span> ") + wall + "</dt>"), std::string::npos) << wall;
  }
  EXPECT_NE(html.find("<h2>目次</h2>"), std::string::npos);
  EXPECT_EQ(count(html, "<article class=\"case "), 4u);
  EXPECT_EQ(count(html, "<section class=\"case-questions\"><h3>研修での問い</h3>"), 4u);
  EXPECT_EQ(count(html, "<h3>講師のメモ</h3>"), 4u);
  EXPECT_NE(html.find("<h2>全体の問い</h2>"), std::string::npos);
  EXPECT_NE(html.find("/collections/" + id + "/handout.css"), std::string::npos);
  // The stylesheet names a page per case with the case's address in its footer.
  const Reply css = bed.get("/collections/" + id + "/handout.css");
  EXPECT_EQ(css.header("Content-Type"), "text/css; charset=utf-8");
  for (std::size_t i = 0; i < kCourseCases.size(); ++i) {
    EXPECT_NE(css.body.find("@page case-" + std::to_string(i + 1)), std::string::npos);
    EXPECT_NE(css.body.find("研修用 · /cases/" + kCourseCases[i]), std::string::npos);
  }
  EXPECT_NE(css.body.find("counter(page)"), std::string::npos);
  // Markdown.
  const Reply md = bed.get("/collections/" + id + "/handout.md");
  EXPECT_EQ(md.header("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_NE(md.header("Content-Disposition").find("casekb-" + id + ".md"), std::string::npos);
  EXPECT_EQ(md.body.rfind("# 付いてこない壁を越える\n", 0), 0u);
  EXPECT_EQ(count(md.body, "\n## 事例 "), 4u);
  EXPECT_EQ(count(md.body, "\n### 研修での問い\n"), 4u);
  EXPECT_EQ(count(md.body, "> **講師のメモ**"), 4u);
  EXPECT_NE(md.body.find("## 全体の問い\n\n1. 4 社に共通する"), std::string::npos);
  // The offline folder: pages that link to each other and to nothing on the server.
  const Reply zip = bed.get("/collections/" + id + "/handout.zip");
  ASSERT_EQ(zip.status, 200);
  EXPECT_EQ(zip.header("Content-Type"), "application/zip");
  testing::TempDir dir;
  testing::write_file(dir.path() / "h.zip", zip.body);
  const auto checked = testing::run_command(
      "cd " + testing::quote(dir.str()) + " && python3 -c '"
      "import re, sys, zipfile\n"
      "z = zipfile.ZipFile(\"h.zip\"); assert z.testzip() is None\n"
      "names = z.namelist(); print(\" \".join(sorted(n.split(\"/\", 1)[1] for n in names)))\n"
      "for n in names:\n"
      "    if not n.endswith(\".html\"): continue\n"
      "    text = z.read(n).decode()\n"
      "    for ref in re.findall(r\"(?:href|src)=\\\"([^\\\"]*)\\\"\", text):\n"
      "        assert not ref.startswith(\"/\") and \"//\" not in ref, (n, ref)\n"
      "        target = ref.split(\"#\")[0]\n"
      "        assert not target or n.split(\"/\")[0] + \"/\" + target in names, (n, ref)\n"
      "print(\"ok\")'");
  ASSERT_EQ(checked.exit_code, 0) << checked.output;
  EXPECT_EQ(checked.output,
            "01-catering-saitama.html 02-auto-parts-dx-shizuoka.html 03-home-care-dx-gifu.html "
            "04-charter-bus-revival-nagano.html handout.css index.html print.html questions.html\nok\n");
}

TEST(CollectionsPages, EveryPageHeader_LinksTheWallsAndTheCollections) {
  CollectionsBed bed;
  const json open = bed.make_collection("trainer-a", "公開", "public");
  const std::vector<std::string> paths = {"/",       "/search?q=" + url_encode("後継者"), "/cases/catering-saitama", "/similar",
                                          "/walls",  "/collections", "/collections/" + open["id"].get<std::string>(),
                                          "/login",  "/check"};
  for (const std::string& path : paths) {
    const Reply page = bed.get(path);
    ASSERT_EQ(page.status, 200) << path;
    EXPECT_NE(page.body.find("<a href=\"/walls\">5つの壁とは</a>"), std::string::npos) << path;
    EXPECT_NE(page.body.find("<a href=\"/collections\">研修コレクション</a>"), std::string::npos) << path;
  }
}

}  // namespace casekb
