// The publishing pages over HTTP on loopback: login with its cookies and
// lock-out, CSRF on every form, expired sessions, escaping of what users wrote,
// the public check page that stores nothing. (The whole flow in a real browser
// is browser_flow.py.)
#include <gtest/gtest.h>

#include <thread>

#include "publishing_support.h"
#include "workflow/state_db.h"

namespace casekb {

using testing::Browser;
using testing::case_file;
using testing::form;
using testing::PublishingBed;
using testing::Reply;

namespace {

// The value of cookie `name` among Set-Cookie headers, and the whole header.
std::string set_cookie(const Reply& reply, const std::string& name, std::string* header = nullptr) {
  for (const auto& [key, value] : reply.headers) {
    if (key == "Set-Cookie" && value.rfind(name + "=", 0) == 0) {
      if (header) *header = value;
      return value.substr(name.size() + 1, value.find(';') - name.size() - 1);
    }
  }
  return "";
}

std::string hidden_csrf(const std::string& html) {
  const std::string marker = "name=\"csrf\" value=\"";
  const std::size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  return html.substr(at + marker.size(), html.find('"', at + marker.size()) - at - marker.size());
}

// Logs in through the form; the session cookie, or "" with the reply in `out`.
std::string log_in(PublishingBed& bed, const std::string& login, const std::string& password, Reply* out = nullptr) {
  const Reply page = bed.request("GET", "/login");
  const std::string token = set_cookie(page, "casekb_login");
  const Reply reply = bed.request("POST", "/login", "", form({{"csrf", token}, {"login", login}, {"password", password}}),
                                  "application/x-www-form-urlencoded", {{"Cookie", "casekb_login=" + token}});
  if (out) *out = reply;
  return set_cookie(reply, "casekb_session");
}

}  // namespace

TEST(PublishingPages, Login_SetsAnHttpOnlySameSiteStrictCookie_AndLogoutEndsIt) {
  PublishingBed bed;
  Reply reply;
  const std::string session = log_in(bed, "author-k", bed.password("author-k"), &reply);
  ASSERT_FALSE(session.empty()) << reply.status << reply.body;
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.header("Location"), "/drafts");
  std::string header;
  set_cookie(reply, "casekb_session", &header);
  EXPECT_NE(header.find("HttpOnly"), std::string::npos) << header;
  EXPECT_NE(header.find("SameSite=Strict"), std::string::npos) << header;
  EXPECT_EQ(header.find("Secure"), std::string::npos) << header;  // not configured for TLS
  Browser browser{bed, session};
  const Reply drafts = browser.get("/drafts");
  ASSERT_EQ(drafts.status, 200);
  EXPECT_NE(drafts.body.find("author-k"), std::string::npos);
  EXPECT_EQ(browser.post("/logout", form({{"csrf", hidden_csrf(drafts.body)}})).status, 303);
  EXPECT_EQ(browser.get("/drafts").status, 303);  // back to /login
}

TEST(PublishingPages, SecureCookies_WhenConfiguredForTls) {
  PublishingBed bed(true, {"--secure-cookies"});
  Reply reply;
  log_in(bed, "author-k", bed.password("author-k"), &reply);
  std::string header;
  set_cookie(reply, "casekb_session", &header);
  EXPECT_NE(header.find("; Secure"), std::string::npos) << header;
}

TEST(PublishingPages, RepeatedWrongPasswords_LockTheLoginOut_EvenForTheRightOne) {
  PublishingBed bed;
  Reply reply;
  for (int i = 0; i < 4; ++i) {
    EXPECT_TRUE(log_in(bed, "author-k", "wrong", &reply).empty());
    EXPECT_EQ(reply.status, 401);
  }
  EXPECT_TRUE(log_in(bed, "author-k", "wrong", &reply).empty());
  EXPECT_EQ(reply.status, 429);
  EXPECT_TRUE(log_in(bed, "author-k", bed.password("author-k"), &reply).empty());
  EXPECT_EQ(reply.status, 429);
  EXPECT_NE(reply.body.find("ログインできません"), std::string::npos);
  EXPECT_FALSE(log_in(bed, "author-k2", bed.password("author-k2")).empty());  // others are not affected
}

TEST(PublishingPages, FormsWithoutOrWithAForgedCsrfToken_AreRefusedAndChangeNothing) {
  PublishingBed bed;
  Browser browser{bed, log_in(bed, "author-k", bed.password("author-k"))};
  const std::string text = case_file("CSRF の試験", "文。");
  EXPECT_EQ(browser.post("/drafts/csrf-case", form({{"action", "save"}, {"text", text}})).status, 403);
  EXPECT_EQ(browser.post("/drafts/csrf-case", form({{"csrf", std::string(64, 'a')}, {"action", "save"}, {"text", text}})).status, 403);
  EXPECT_EQ(bed.request("GET", "/api/drafts/csrf-case", "author-k").status, 404);  // nothing saved
  // The login form has its own token: a login from another site's form is refused.
  const Reply cross = bed.request("POST", "/login", "", form({{"login", "author-k"}, {"password", bed.password("author-k")}}),
                                  "application/x-www-form-urlencoded");
  EXPECT_EQ(cross.status, 403);
  EXPECT_TRUE(set_cookie(cross, "casekb_session").empty());
  // With the token it saves; a JSON body to a form endpoint is 415.
  const std::string csrf = hidden_csrf(browser.get("/drafts").body);
  EXPECT_EQ(browser.post("/drafts/csrf-case", form({{"csrf", csrf}, {"action", "save"}, {"text", text}})).status, 303);
  EXPECT_EQ(bed.request("GET", "/api/drafts/csrf-case", "author-k").status, 200);
  EXPECT_EQ(browser.post("/drafts/csrf-case", "{}", "application/json").status, 415);
}

TEST(PublishingPages, AnExpiredSession_GoesBackToLogin_AndKeepsThePostedTextToCopy) {
  PublishingBed bed(true, {"--session-idle", "1"});
  Browser browser{bed, log_in(bed, "author-k", bed.password("author-k"))};
  const std::string csrf = hidden_csrf(browser.get("/drafts").body);
  ASSERT_FALSE(csrf.empty());
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  const Reply lost = browser.post("/drafts/expired-case", form({{"csrf", csrf}, {"action", "save"}, {"text", "私の大事な下書き"}}));
  EXPECT_EQ(lost.status, 401);
  EXPECT_NE(lost.body.find("私の大事な下書き"), std::string::npos);
  EXPECT_EQ(browser.get("/drafts").status, 303);
}

TEST(PublishingPages, WhatUsersWrite_IsEscapedEverywhereItIsShown) {
  PublishingBed bed;
  const std::string evil = "<script>alert(1)</script>";
  ASSERT_EQ(bed.put_draft("escape-case", "author-k", case_file("題 " + evil, "本文 " + evil + " \"'")).status, 201);
  ASSERT_EQ(bed.post_json("/api/drafts/escape-case/submit", "author-k").status, 200);
  ASSERT_EQ(bed.post_json("/api/drafts/escape-case/return", "reviewer-k", "{\"comment\":\"" + std::string("<img src=x onerror=alert(2)>") + "\"}").status, 200);
  Browser author{bed, log_in(bed, "author-k", bed.password("author-k"))};
  const Reply editor = author.get("/drafts/escape-case");
  ASSERT_EQ(editor.status, 200);
  EXPECT_EQ(editor.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(editor.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(editor.body.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(editor.body.find("&lt;img src=x"), std::string::npos);
  // The textarea keeps the text's line breaks (pre_escape), so saving it again changes nothing.
  EXPECT_NE(editor.body.find("---\ntitle: "), std::string::npos);
  const Reply check = bed.request("POST", "/check", "", form({{"text", "---\ntitle: " + evil + "\n---\n"}}),
                                  "application/x-www-form-urlencoded");
  EXPECT_EQ(check.status, 200);
  EXPECT_EQ(check.body.find("<script>alert"), std::string::npos);
}

TEST(PublishingPages, TheCheckPage_NeedsNoLogin_AndStoresNothing) {
  PublishingBed bed;
  const Reply page = bed.request("GET", "/check");
  EXPECT_EQ(page.status, 200);
  const std::string secret = "秘密の会社名株式会社山田製作所";
  const Reply checked = bed.request("POST", "/check", "", form({{"text", case_file("題", secret)}}),
                                    "application/x-www-form-urlencoded");
  EXPECT_EQ(checked.status, 200);
  EXPECT_NE(checked.body.find("確認の結果"), std::string::npos);
  bed.stop();
  for (const char* suffix : {"", "-wal"}) {
    EXPECT_EQ(testing::read_file(bed.state_path() + suffix).find(secret), std::string::npos) << suffix;
  }
  // And a read-only server (no --state) still offers it.
  PublishingBed read_only(false);
  EXPECT_EQ(read_only.request("GET", "/check").status, 200);
  EXPECT_EQ(read_only.request("GET", "/login").status, 503);
}

TEST(PublishingPages, AStaleEditorSave_ShowsBothVersionsSideBySide_AndOverwritesNothing) {
  PublishingBed bed;
  const Reply first = bed.put_draft("conflict-case", "author-k", case_file("衝突の試験", "最初の版。"));
  ASSERT_EQ(first.status, 201);
  ASSERT_EQ(bed.put_draft("conflict-case", "author-k2", case_file("衝突の試験", "二人目が先に保存。"), first.header("ETag")).status, 200);
  Browser browser{bed, log_in(bed, "author-k", bed.password("author-k"))};
  const std::string csrf = hidden_csrf(browser.get("/drafts").body);
  const Reply stale = browser.post("/drafts/conflict-case", form({{"csrf", csrf}, {"action", "save"},
                                                                   {"etag", first.header("ETag")},
                                                                   {"text", case_file("衝突の試験", "一人目の編集。")}}));
  EXPECT_EQ(stale.status, 412);
  EXPECT_NE(stale.body.find("二人目が先に保存。"), std::string::npos);
  EXPECT_NE(stale.body.find("一人目の編集。"), std::string::npos);
  EXPECT_NE(bed.request("GET", "/api/drafts/conflict-case", "author-k").body.find("二人目が先に保存。"), std::string::npos);
}

}  // namespace casekb
