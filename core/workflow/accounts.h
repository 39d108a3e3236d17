// Accounts of the publishing workflow: offices, users with one role each,
// argon2id passwords with a lock-out after repeated failures, API tokens and
// browser sessions (both stored only as SHA-256 of their secret part and
// compared in constant time), each change written to the audit log.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "workflow/state_db.h"

namespace casekb {

// author: writes and submits its office's drafts; reviewer: returns, publishes
// and withdraws its office's cases; trainer: collections; admin: everything.
enum class Role { kAuthor, kReviewer, kTrainer, kAdmin };
const char* role_name(Role role);
std::optional<Role> parse_role(std::string_view name);

struct Account {
  std::int64_t id = 0;
  std::string login;
  std::int64_t office_id = 0;
  std::string office;
  Role role = Role::kAuthor;
  bool disabled = false;
};

// Who did something, as the audit log names it (casekb-admin is "casekb-admin").
struct Actor {
  std::string login;
  std::string office;
};
Actor actor_of(const Account& account);

// Logins: 2–64 of a-z 0-9 . _ - @, starting with a letter or digit.
bool is_valid_login(std::string_view login);
// Office names: 1–64 characters of valid UTF-8 without control characters.
bool is_valid_office_name(std::string_view office);

struct LockoutPolicy {
  int max_failures = 5;                  // failed logins in a row before a lock-out
  std::int64_t lock_seconds = 15 * 60;   // how long
};

struct SessionPolicy {
  std::int64_t idle_seconds = 2 * 60 * 60;       // a session unused this long ends
  std::int64_t absolute_seconds = 12 * 60 * 60;  // and every session after this long
};

class Accounts {
 public:
  explicit Accounts(StateDb& db, LockoutPolicy lockout = {}, SessionPolicy sessions = {})
      : db_(db), lockout_(lockout), sessions_(sessions) {}

  // ---- administration (casekb-admin); errors are Japanese sentences ----
  struct WithSecret {
    std::optional<Account> account;
    std::string secret;  // the new password or token, shown once
    std::string error;
  };
  // Creates the user (and its office if new) with a generated password.
  WithSecret add_user(const std::string& login, const std::string& office, Role role, const Actor& actor);
  // A new generated password; clears a lock-out and ends the user's sessions.
  WithSecret reset_password(const std::string& login, const Actor& actor);
  // Disabled users cannot log in, and their sessions and tokens stop working.
  std::string set_disabled(const std::string& login, bool disabled, const Actor& actor);
  std::string set_role(const std::string& login, Role role, const Actor& actor);
  std::string set_office(const std::string& login, const std::string& office, const Actor& actor);
  std::vector<Account> list_users();
  std::optional<Account> find(const std::string& login);

  // A new API token "ckb_<selector>_<secret>" for login.
  WithSecret add_token(const std::string& login, const Actor& actor);
  struct TokenInfo {
    std::string selector, login;
    std::int64_t created = 0, last_used = 0;
    bool revoked = false;
  };
  std::vector<TokenInfo> list_tokens(const std::string& login);
  std::string revoke_token(const std::string& selector, const Actor& actor);

  // ---- authentication ----
  // The account of a bearer token, if it is valid, not revoked and its user enabled.
  std::optional<Account> authenticate_token(std::string_view token);

  struct Login {
    enum class Result { kOk, kBadCredentials, kLocked } result = Result::kBadCredentials;
    std::optional<Account> account;
    std::int64_t locked_until = 0;  // kLocked: until when (Unix seconds)
  };
  // Checks a password (about 0.1 s, outside the database lock), counting
  // failures towards a lock-out; logs success and failure of known logins.
  Login check_password(const std::string& login, std::string_view password, const std::string& remote);

  struct Session {
    Account account;
    std::string selector;
    std::string csrf;    // to put in every form of the session
    std::string cookie;  // set only by start_session
  };
  Session start_session(const Account& account);
  // The session of a cookie value, if valid and neither idle nor too old.
  std::optional<Session> find_session(std::string_view cookie);
  void end_session(const std::string& selector, const Actor& actor);

 private:
  std::optional<Account> find_locked(const std::string& login);  // with the db lock held
  std::int64_t office_id(const std::string& office);               // creates it; db lock held
  void end_sessions_of(std::int64_t user_id);
  StateDb& db_;
  LockoutPolicy lockout_;
  SessionPolicy sessions_;
};

}  // namespace casekb
