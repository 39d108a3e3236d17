// Accounts, tokens and sessions over the state database.
#include "workflow/accounts.h"

#include "text/utf8.h"
#include "workflow/audit.h"
#include "workflow/secrets.h"

namespace casekb {

namespace {

constexpr const char* kAccountColumns =
    "SELECT users.id, users.login, users.office_id, offices.name, users.role, users.disabled "
    "FROM users JOIN offices ON offices.id = users.office_id ";

Account read_account(const Statement& row, int first = 0) {
  Account a;
  a.id = row.integer(first);
  a.login = row.text(first + 1);
  a.office_id = row.integer(first + 2);
  a.office = row.text(first + 3);
  a.role = parse_role(row.text(first + 4)).value_or(Role::kAuthor);
  a.disabled = row.integer(first + 5) != 0;
  return a;
}

std::string no_such_login(const std::string& login) { return "利用者「" + login + "」はいません。"; }

// "<prefix><selector><separator><secret>" → selector and secret; false if it is not that shape.
bool split_secret(std::string_view value, std::string_view prefix, char separator, std::string& selector,
                  std::string& secret) {
  if (value.substr(0, prefix.size()) != prefix) return false;
  value.remove_prefix(prefix.size());
  const std::size_t cut = value.find(separator);
  if (cut != 16 || value.size() != 16 + 1 + 64) return false;
  for (char c : value) {
    if (c != separator && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  selector = std::string(value.substr(0, cut));
  secret = std::string(value.substr(cut + 1));
  return true;
}

}  // namespace

const char* role_name(Role role) {
  switch (role) {
    case Role::kAuthor: return "author";
    case Role::kReviewer: return "reviewer";
    case Role::kTrainer: return "trainer";
    case Role::kAdmin: return "admin";
  }
  return "author";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role r : {Role::kAuthor, Role::kReviewer, Role::kTrainer, Role::kAdmin}) {
    if (name == role_name(r)) return r;
  }
  return std::nullopt;
}

Actor actor_of(const Account& account) { return {account.login, account.office}; }

bool is_valid_login(std::string_view login) {
  if (login.size() < 2 || login.size() > 64) return false;
  for (std::size_t i = 0; i < login.size(); ++i) {
    const char c = login[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-' && c != '@'))) return false;
  }
  return true;
}

bool is_valid_office_name(std::string_view office) {
  if (office.empty() || find_invalid_utf8(office) != std::string_view::npos || count_code_points(office) > 64) return false;
  for (unsigned char c : office) {
    if (c < 0x20 || c == 0x7f) return false;
  }
  return office.find_first_not_of(' ') != std::string_view::npos;
}

std::optional<Account> Accounts::find_locked(const std::string& login) {
  Statement query(db_, (std::string(kAccountColumns) + "WHERE users.login = ?").c_str());
  query.bind(1, login);
  if (!query.step()) return std::nullopt;
  return read_account(query);
}

std::optional<Account> Accounts::find(const std::string& login) {
  auto lock = db_.lock();
  return find_locked(login);
}

std::int64_t Accounts::office_id(const std::string& office) {
  Statement insert(db_, "INSERT INTO offices (name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
  insert.bind(1, office).bind(2, unix_now()).run();
  Statement query(db_, "SELECT id FROM offices WHERE name = ?");
  query.bind(1, office);
  query.step();
  return query.integer(0);
}

Accounts::WithSecret Accounts::add_user(const std::string& login, const std::string& office, Role role,
                                        const Actor& actor) {
  WithSecret out;
  if (!is_valid_login(login)) {
    out.error = "ログイン名「" + login + "」は使えません。英小文字・数字・. _ - @ の 2〜64 文字（先頭は英数字）にしてください。";
    return out;
  }
  if (!is_valid_office_name(office)) {
    out.error = "局・機関の名前は 1〜64 文字で、制御文字を含まないものにしてください。";
    return out;
  }
  out.secret = generate_password();
  const std::string hash = hash_password(out.secret);
  auto lock = db_.lock();
  if (find_locked(login)) {
    out.error = "利用者「" + login + "」は既にいます。パスワードを作り直すには user reset を使ってください。";
    out.secret.clear();
    return out;
  }
  Transaction transaction(db_);
  const std::int64_t office_row = office_id(office);
  Statement insert(db_,
                   "INSERT INTO users (login, office_id, role, password_hash, created) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, login).bind(2, office_row).bind(3, role_name(role)).bind(4, hash).bind(5, unix_now()).run();
  append_audit(db_, {0, 0, actor.login, actor.office, "user_add", "", "", login + " " + role_name(role) + " " + office});
  transaction.commit();
  out.account = find_locked(login);
  return out;
}

Accounts::WithSecret Accounts::reset_password(const std::string& login, const Actor& actor) {
  WithSecret out;
  out.secret = generate_password();
  const std::string hash = hash_password(out.secret);
  auto lock = db_.lock();
  out.account = find_locked(login);
  if (!out.account) {
    out.error = no_such_login(login);
    out.secret.clear();
    return out;
  }
  Transaction transaction(db_);
  Statement update(db_, "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?");
  update.bind(1, hash).bind(2, out.account->id).run();
  end_sessions_of(out.account->id);
  append_audit(db_, {0, 0, actor.login, actor.office, "password_reset", "", "", login});
  transaction.commit();
  return out;
}

std::string Accounts::set_disabled(const std::string& login, bool disabled, const Actor& actor) {
  auto lock = db_.lock();
  const std::optional<Account> account = find_locked(login);
  if (!account) return no_such_login(login);
  Transaction transaction(db_);
  Statement update(db_, "UPDATE users SET disabled = ? WHERE id = ?");
  update.bind(1, disabled ? 1 : 0).bind(2, account->id).run();
  if (disabled) end_sessions_of(account->id);
  append_audit(db_, {0, 0, actor.login, actor.office, disabled ? "user_disable" : "user_enable", "", "", login});
  transaction.commit();
  return "";
}

std::string Accounts::set_role(const std::string& login, Role role, const Actor& actor) {
  auto lock = db_.lock();
  const std::optional<Account> account = find_locked(login);
  if (!account) return no_such_login(login);
  Transaction transaction(db_);
  Statement update(db_, "UPDATE users SET role = ? WHERE id = ?");
  update.bind(1, role_name(role)).bind(2, account->id).run();
  end_sessions_of(account->id);
  append_audit(db_, {0, 0, actor.login, actor.office, "user_role", "", "", login + " " + role_name(role)});
  transaction.commit();
  return "";
}

std::string Accounts::set_office(const std::string& login, const std::string& office, const Actor& actor) {
  if (!is_valid_office_name(office)) return "局・機関の名前は 1〜64 文字で、制御文字を含まないものにしてください。";
  auto lock = db_.lock();
  const std::optional<Account> account = find_locked(login);
  if (!account) return no_such_login(login);
  Transaction transaction(db_);
  Statement update(db_, "UPDATE users SET office_id = ? WHERE id = ?");
  update.bind(1, office_id(office)).bind(2, account->id).run();
  end_sessions_of(account->id);
  append_audit(db_, {0, 0, actor.login, actor.office, "user_office", "", "", login + " " + office});
  transaction.commit();
  return "";
}

std::vector<Account> Accounts::list_users() {
  auto lock = db_.lock();
  Statement query(db_, (std::string(kAccountColumns) + "ORDER BY users.login").c_str());
  std::vector<Account> out;
  while (query.step()) out.push_back(read_account(query));
  return out;
}

Accounts::WithSecret Accounts::add_token(const std::string& login, const Actor& actor) {
  WithSecret out;
  auto lock = db_.lock();
  out.account = find_locked(login);
  if (!out.account) {
    out.error = no_such_login(login);
    return out;
  }
  const std::string selector = random_hex(8), secret = random_hex(32);
  Transaction transaction(db_);
  Statement insert(db_, "INSERT INTO tokens (selector, user_id, secret_hash, created) VALUES (?, ?, ?, ?)");
  insert.bind(1, selector).bind(2, out.account->id).bind(3, secret_hash(secret)).bind(4, unix_now()).run();
  append_audit(db_, {0, 0, actor.login, actor.office, "token_add", "", "", login + " " + selector});
  transaction.commit();
  out.secret = "ckb_" + selector + "_" + secret;
  return out;
}

std::vector<Accounts::TokenInfo> Accounts::list_tokens(const std::string& login) {
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT tokens.selector, users.login, tokens.created, tokens.last_used, tokens.revoked "
                  "FROM tokens JOIN users ON users.id = tokens.user_id WHERE (? = '' OR users.login = ?) "
                  "ORDER BY users.login, tokens.created");
  query.bind(1, login).bind(2, login);
  std::vector<TokenInfo> out;
  while (query.step()) {
    out.push_back({query.text(0), query.text(1), query.integer(2), query.integer(3), query.integer(4) != 0});
  }
  return out;
}

std::string Accounts::revoke_token(const std::string& selector, const Actor& actor) {
  auto lock = db_.lock();
  Transaction transaction(db_);
  Statement update(db_, "UPDATE tokens SET revoked = 1 WHERE selector = ?");
  update.bind(1, selector).run();
  if (changed_rows(db_) == 0) return "トークン「" + selector + "」はありません。";
  append_audit(db_, {0, 0, actor.login, actor.office, "token_revoke", "", "", selector});
  transaction.commit();
  return "";
}

std::optional<Account> Accounts::authenticate_token(std::string_view token) {
  std::string selector, secret;
  if (!split_secret(token, "ckb_", '_', selector, secret)) return std::nullopt;
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT tokens.secret_hash, users.id, users.login, users.office_id, offices.name, users.role, "
                  "users.disabled FROM tokens JOIN users ON users.id = tokens.user_id "
                  "JOIN offices ON offices.id = users.office_id WHERE tokens.selector = ? AND tokens.revoked = 0");
  query.bind(1, selector);
  if (!query.step()) return std::nullopt;
  if (!equal_in_constant_time(query.text(0), secret_hash(secret))) return std::nullopt;
  Account account = read_account(query, 1);
  if (account.disabled) return std::nullopt;
  return account;
}

Accounts::Login Accounts::check_password(const std::string& login, std::string_view password,
                                         const std::string& remote) {
  Login out;
  std::string hash;
  std::int64_t locked_until = 0;
  std::optional<Account> account;
  {
    auto lock = db_.lock();
    account = find_locked(login);
    if (account) {
      Statement query(db_, "SELECT password_hash, locked_until FROM users WHERE id = ?");
      query.bind(1, account->id);
      query.step();
      hash = query.text(0);
      locked_until = query.integer(1);
    }
  }
  const std::int64_t now = unix_now();
  if (!account || account->disabled) {
    spend_password_time(password);
    return out;
  }
  if (locked_until > now) {
    out.result = Login::Result::kLocked;
    out.locked_until = locked_until;
    return out;
  }
  const bool ok = verify_password(hash, password);
  auto lock = db_.lock();
  Transaction transaction(db_);
  if (ok) {
    Statement update(db_, "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?");
    update.bind(1, account->id).run();
    append_audit(db_, {0, now, login, account->office, "login", "", "", remote});
    out.result = Login::Result::kOk;
    out.account = account;
  } else {
    Statement update(db_, "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins");
    update.bind(1, account->id);
    update.step();
    const std::int64_t failures = update.integer(0);
    update.run();
    std::string detail = remote;
    if (failures >= lockout_.max_failures) {
      Statement lock_out(db_, "UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?");
      lock_out.bind(1, now + lockout_.lock_seconds).bind(2, account->id).run();
      out.result = Login::Result::kLocked;
      out.locked_until = now + lockout_.lock_seconds;
      detail += " locked";
    }
    append_audit(db_, {0, now, login, account->office, "login_failed", "", "", detail});
  }
  transaction.commit();
  return out;
}

Accounts::Session Accounts::start_session(const Account& account) {
  Session session;
  session.account = account;
  session.selector = random_hex(8);
  const std::string secret = random_hex(32);
  session.csrf = random_hex(32);
  session.cookie = session.selector + "." + secret;
  const std::int64_t now = unix_now();
  auto lock = db_.lock();
  Statement insert(db_,
                   "INSERT INTO sessions (selector, user_id, secret_hash, csrf, created, last_seen, expires) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, session.selector)
      .bind(2, account.id)
      .bind(3, secret_hash(secret))
      .bind(4, session.csrf)
      .bind(5, now)
      .bind(6, now)
      .bind(7, now + sessions_.absolute_seconds)
      .run();
  return session;
}

std::optional<Accounts::Session> Accounts::find_session(std::string_view cookie) {
  std::string selector, secret;
  if (!split_secret(cookie, "", '.', selector, secret)) return std::nullopt;
  const std::int64_t now = unix_now();
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT sessions.secret_hash, sessions.csrf, sessions.last_seen, sessions.expires, users.id, "
                  "users.login, users.office_id, offices.name, users.role, users.disabled FROM sessions "
                  "JOIN users ON users.id = sessions.user_id JOIN offices ON offices.id = users.office_id "
                  "WHERE sessions.selector = ?");
  query.bind(1, selector);
  if (!query.step()) return std::nullopt;
  if (!equal_in_constant_time(query.text(0), secret_hash(secret))) return std::nullopt;
  Session session;
  session.csrf = query.text(1);
  const std::int64_t last_seen = query.integer(2), expires = query.integer(3);
  session.account = read_account(query, 4);
  session.selector = selector;
  if (session.account.disabled || now >= expires || now - last_seen >= sessions_.idle_seconds) {
    Statement remove(db_, "DELETE FROM sessions WHERE selector = ?");
    remove.bind(1, selector).run();
    return std::nullopt;
  }
  if (now - last_seen >= 30) {  // one write per half minute of use, not per request
    Statement touch(db_, "UPDATE sessions SET last_seen = ? WHERE selector = ?");
    touch.bind(1, now).bind(2, selector).run();
  }
  return session;
}

void Accounts::end_session(const std::string& selector, const Actor& actor) {
  auto lock = db_.lock();
  Transaction transaction(db_);
  Statement remove(db_, "DELETE FROM sessions WHERE selector = ?");
  remove.bind(1, selector).run();
  append_audit(db_, {0, 0, actor.login, actor.office, "logout", "", "", ""});
  transaction.commit();
}

void Accounts::end_sessions_of(std::int64_t user_id) {
  Statement remove(db_, "DELETE FROM sessions WHERE user_id = ?");
  remove.bind(1, user_id).run();
}

}  // namespace casekb
