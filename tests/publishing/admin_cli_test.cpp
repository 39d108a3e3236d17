// casekb-admin through its real command line: accounts, passwords, tokens, the
// audit log, exit codes; the state database it leaves (WAL, foreign keys,
// migrated, secrets stored only as hashes).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "test_support.h"
#include "workflow/accounts.h"
#include "workflow/audit.h"
#include "workflow/state_db.h"

namespace casekb {

using testing::quote;
using testing::run_command;
using testing::TempDir;

namespace {

std::string admin(const std::string& state, const std::string& args) {
  return std::string(CASEKB_ADMIN_BIN) + " --state " + quote(state) + " " + args;
}

std::string last_line(const std::string& output) {
  std::string text = output;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  const std::size_t cut = text.rfind('\n');
  return cut == std::string::npos ? text : text.substr(cut + 1);
}

}  // namespace

TEST(AdminCli, UserAdd_PrintsTheInitialPasswordAsTheLastLine_AndThatPasswordLogsIn) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  const auto added = run_command(admin(state, "user add hanako --office 関東経済産業局 --role author"));
  ASSERT_EQ(added.exit_code, 0) << added.output;
  const std::string password = last_line(added.output);
  EXPECT_EQ(password.size(), 20u) << added.output;

  auto opened = StateDb::open(state, false);
  ASSERT_TRUE(opened.db) << opened.error;
  Accounts accounts(*opened.db);
  const auto login = accounts.check_password("hanako", password, "test");
  ASSERT_EQ(login.result, Accounts::Login::Result::kOk);
  EXPECT_EQ(login.account->office, "関東経済産業局");
  EXPECT_EQ(login.account->role, Role::kAuthor);
  EXPECT_EQ(accounts.check_password("hanako", password + "x", "test").result, Accounts::Login::Result::kBadCredentials);
  EXPECT_EQ(accounts.check_password("nobody", password, "test").result, Accounts::Login::Result::kBadCredentials);
}

TEST(AdminCli, TokenAdd_PrintsATokenThatAuthenticates_StoredOnlyAsAHash) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  ASSERT_EQ(run_command(admin(state, "user add taro --office 近畿経済産業局 --role reviewer")).exit_code, 0);
  const auto made = run_command(admin(state, "token add taro"));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  const std::string token = last_line(made.output);
  ASSERT_EQ(token.rfind("ckb_", 0), 0u) << token;
  {
    auto opened = StateDb::open(state, false);
    ASSERT_TRUE(opened.db);
    Accounts accounts(*opened.db);
    const auto account = accounts.authenticate_token(token);
    ASSERT_TRUE(account);
    EXPECT_EQ(account->login, "taro");
    EXPECT_EQ(account->role, Role::kReviewer);
    std::string forged = token;
    forged.back() = forged.back() == '0' ? '1' : '0';
    EXPECT_FALSE(accounts.authenticate_token(forged));
    EXPECT_FALSE(accounts.authenticate_token("ckb_short"));
    EXPECT_FALSE(accounts.authenticate_token(""));
  }
  // The secret part appears nowhere in the database files.
  const std::string secret = token.substr(token.rfind('_') + 1);
  for (const char* suffix : {"", "-wal"}) {
    const std::string bytes = testing::read_file(state + suffix);
    EXPECT_EQ(bytes.find(secret), std::string::npos) << suffix;
  }
  const auto dump = run_command("sqlite3 " + quote(state) + " .dump");
  // (Braces: gtest's EXPECT_ expands to an if/else, which a bare if would leave dangling.)
  if (dump.exit_code == 0) {
    EXPECT_EQ(dump.output.find(secret), std::string::npos);
  }
}

TEST(AdminCli, DisableStopsLoginAndTokens_ResetGivesANewPassword_RevokeEndsAToken) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  const std::string first = last_line(run_command(admin(state, "user add jiro --office 東北経済産業局 --role author")).output);
  const std::string token = last_line(run_command(admin(state, "token add jiro")).output);
  ASSERT_EQ(run_command(admin(state, "user disable jiro")).exit_code, 0);
  {
    auto opened = StateDb::open(state, false);
    Accounts accounts(*opened.db);
    EXPECT_FALSE(accounts.authenticate_token(token));
    EXPECT_NE(accounts.check_password("jiro", first, "test").result, Accounts::Login::Result::kOk);
  }
  ASSERT_EQ(run_command(admin(state, "user enable jiro")).exit_code, 0);
  const auto reset = run_command(admin(state, "user reset jiro"));
  ASSERT_EQ(reset.exit_code, 0) << reset.output;
  const std::string second = last_line(reset.output);
  EXPECT_NE(second, first);
  const auto listed = run_command(admin(state, "token list jiro"));
  const std::string selector = token.substr(4, 16);
  EXPECT_NE(listed.output.find(selector), std::string::npos) << listed.output;
  {
    auto opened = StateDb::open(state, false);
    Accounts accounts(*opened.db);
    EXPECT_TRUE(accounts.authenticate_token(token));
    EXPECT_EQ(accounts.check_password("jiro", second, "test").result, Accounts::Login::Result::kOk);
    EXPECT_NE(accounts.check_password("jiro", first, "test").result, Accounts::Login::Result::kOk);
  }
  ASSERT_EQ(run_command(admin(state, "token revoke " + selector)).exit_code, 0);
  auto opened = StateDb::open(state, false);
  Accounts accounts(*opened.db);
  EXPECT_FALSE(accounts.authenticate_token(token));

  const auto users = run_command(admin(state, "user list"));
  EXPECT_NE(users.output.find("jiro\tauthor\t東北経済産業局\tactive"), std::string::npos) << users.output;
  ASSERT_EQ(run_command(admin(state, "user set jiro --role reviewer --office 九州経済産業局")).exit_code, 0);
  EXPECT_NE(run_command(admin(state, "user list")).output.find("jiro\treviewer\t九州経済産業局"), std::string::npos);
}

TEST(AdminCli, EveryChangeIsOneAuditRow) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  run_command(admin(state, "user add saburo --office 中部経済産業局 --role admin"));
  run_command(admin(state, "token add saburo"));
  run_command(admin(state, "user reset saburo"));
  run_command(admin(state, "user disable saburo"));
  const auto audit = run_command(admin(state, "audit"));
  ASSERT_EQ(audit.exit_code, 0);
  for (const char* action : {"\tuser_add\t", "\ttoken_add\t", "\tpassword_reset\t", "\tuser_disable\t"}) {
    EXPECT_NE(audit.output.find(action), std::string::npos) << action << "\n" << audit.output;
  }
  EXPECT_NE(audit.output.find("casekb-admin"), std::string::npos);
}

TEST(AdminCli, ExitCodes_1ForUsage_2ForInvalidInput_3WhenTheStateCannotBeOpened) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  EXPECT_EQ(run_command(std::string(CASEKB_ADMIN_BIN)).exit_code, 1);
  EXPECT_EQ(run_command(admin(state, "user add x1 --office o")).exit_code, 1);  // no --role
  EXPECT_EQ(run_command(admin(state, "frobnicate")).exit_code, 1);
  EXPECT_EQ(run_command(admin(state, "user add ok1 --office 関東 --role boss")).exit_code, 2);
  EXPECT_EQ(run_command(admin(state, "user add ../evil --office 関東 --role author")).exit_code, 2);
  EXPECT_EQ(run_command(admin(state, "user add Ab --office 関東 --role author")).exit_code, 2);
  ASSERT_EQ(run_command(admin(state, "user add dup --office 関東 --role author")).exit_code, 0);
  EXPECT_EQ(run_command(admin(state, "user add dup --office 関東 --role author")).exit_code, 2);
  EXPECT_EQ(run_command(admin(state, "token add nobody")).exit_code, 2);
  EXPECT_EQ(run_command(admin(state, "user reset nobody")).exit_code, 2);
  const auto fatal = run_command(std::string(CASEKB_ADMIN_BIN) + " --state " + quote(dir.str() + "/no/such/dir/s.db") + " init");
  EXPECT_EQ(fatal.exit_code, 3);
  EXPECT_NE(fatal.output.find("状態データベース"), std::string::npos) << fatal.output;
}

TEST(StateDatabase, OpensMigratedInWalModeWithForeignKeys) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  ASSERT_EQ(run_command(admin(state, "init")).exit_code, 0);
  auto opened = StateDb::open(state, false);
  ASSERT_TRUE(opened.db) << opened.error;
  EXPECT_GE(opened.db->schema_version(), 1);
  auto lock = opened.db->lock();
  Statement mode(*opened.db, "PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
  Statement keys(*opened.db, "PRAGMA foreign_keys");
  ASSERT_TRUE(keys.step());
  EXPECT_EQ(keys.integer(0), 1);
  // A user of an office that does not exist is refused by the foreign key.
  EXPECT_THROW(opened.db->exec("INSERT INTO users (login, office_id, role, password_hash, created) "
                               "VALUES ('ghost', 999, 'author', 'x', 0)"),
               StateError);
}

TEST(StateDatabase, ANewerSchemaIsRefused) {
  TempDir dir;
  const std::string state = dir.str() + "/state.db";
  ASSERT_EQ(run_command(admin(state, "init")).exit_code, 0);
  ASSERT_EQ(run_command("sqlite3 " + quote(state) + " 'PRAGMA user_version=999'").exit_code, 0);
  auto opened = StateDb::open(state, false);
  EXPECT_FALSE(opened.db);
  EXPECT_NE(opened.error.find("新しい版"), std::string::npos) << opened.error;
}

TEST(Accounts, RepeatedFailuresLockTheLogin_EvenTheRightPasswordThen) {
  TempDir dir;
  auto opened = StateDb::open(dir.str() + "/state.db");
  ASSERT_TRUE(opened.db);
  Accounts accounts(*opened.db, LockoutPolicy{3, 60});
  const auto added = accounts.add_user("shiro", "四国経済産業局", Role::kAuthor, {"test", ""});
  ASSERT_TRUE(added.account) << added.error;
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(accounts.check_password("shiro", "wrong", "t").result, Accounts::Login::Result::kBadCredentials);
  }
  EXPECT_EQ(accounts.check_password("shiro", "wrong", "t").result, Accounts::Login::Result::kLocked);
  const auto locked = accounts.check_password("shiro", added.secret, "t");
  EXPECT_EQ(locked.result, Accounts::Login::Result::kLocked);
  EXPECT_GT(locked.locked_until, 0);
  ASSERT_TRUE(accounts.reset_password("shiro", {"test", ""}).account);  // lifts the lock-out
  const auto audit = read_audit(*opened.db, "", "", 100);
  int failures = 0;
  for (const auto& e : audit) failures += e.action == "login_failed";
  EXPECT_EQ(failures, 3);
}

TEST(Accounts, SessionsEndWhenIdleOrWhenTheUserIsDisabled_ForgedCookiesFindNothing) {
  TempDir dir;
  auto opened = StateDb::open(dir.str() + "/state.db");
  ASSERT_TRUE(opened.db);
  Accounts accounts(*opened.db, LockoutPolicy{}, SessionPolicy{1, 60});
  const auto added = accounts.add_user("goro", "中国経済産業局", Role::kReviewer, {"test", ""});
  const Accounts::Session session = accounts.start_session(*added.account);
  const auto found = accounts.find_session(session.cookie);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->account.login, "goro");
  EXPECT_EQ(found->csrf, session.csrf);
  std::string forged = session.cookie;
  forged.back() = forged.back() == 'a' ? 'b' : 'a';
  EXPECT_FALSE(accounts.find_session(forged));
  EXPECT_FALSE(accounts.find_session("../../etc/passwd"));
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));  // idle for over a second
  EXPECT_FALSE(accounts.find_session(session.cookie));

  Accounts long_lived(*opened.db);
  const Accounts::Session second = long_lived.start_session(*added.account);
  ASSERT_TRUE(long_lived.find_session(second.cookie));
  long_lived.set_disabled("goro", true, {"test", ""});
  EXPECT_FALSE(long_lived.find_session(second.cookie));
}

}  // namespace casekb
