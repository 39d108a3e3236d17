// SQLite through its C API: open, pragmas, migrations, statements.
#include "workflow/state_db.h"

#include <sqlite3.h>

#include "workflow/migrations.h"

namespace casekb {

namespace {

std::string message_of(sqlite3* db) { return db ? sqlite3_errmsg(db) : "out of memory"; }

}  // namespace

StateDb::Opened StateDb::open(const std::string& path, bool create) {
  Opened opened;
  sqlite3* handle = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
    opened.error = "状態データベース " + path + " を開けません（" + message_of(handle) + "）。";
    sqlite3_close(handle);
    return opened;
  }
  std::unique_ptr<StateDb> db(new StateDb(handle));
  try {
    sqlite3_busy_timeout(handle, 5000);
    sqlite3_extended_result_codes(handle, 1);
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA synchronous=FULL");
    db->exec("PRAGMA foreign_keys=ON");
    const std::vector<Migration> migrations = state_migrations();
    const int known = migrations.empty() ? 0 : migrations.back().number;
    int version = 0;
    {
      Statement query(*db, "PRAGMA user_version");
      if (query.step()) version = static_cast<int>(query.integer(0));
    }
    if (version > known) {
      opened.error = "状態データベース " + path + " はこの casekb より新しい版（スキーマ " + std::to_string(version) +
                     "）です。casekb を更新してください。";
      return opened;
    }
    for (const Migration& m : migrations) {
      if (m.number <= version) continue;
      // One transaction per migration, the version set inside it: a crash
      // leaves the database at the previous number, never half migrated.
      Transaction transaction(*db);
      db->exec(m.sql);
      db->exec(("PRAGMA user_version=" + std::to_string(m.number)).c_str());
      transaction.commit();
      version = m.number;
    }
    db->schema_version_ = version;
  } catch (const StateError& e) {
    opened.error = "状態データベース " + path + " を準備できません（" + e.what() + "）。";
    return opened;
  }
  opened.db = std::move(db);
  return opened;
}

StateDb::~StateDb() { sqlite3_close_v2(db_); }

void StateDb::exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : message_of(db_);
    sqlite3_free(error);
    throw StateError(message);
  }
}

Statement::Statement(StateDb& db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt_, nullptr) != SQLITE_OK) {
    throw StateError(message_of(db.handle()));
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string message = message_of(db_.handle());
  sqlite3_reset(stmt_);
  throw StateError(message);
}

std::string Statement::text(int column) const {
  const unsigned char* value = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  return value ? std::string(reinterpret_cast<const char*>(value), static_cast<std::size_t>(size)) : std::string();
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Transaction::Transaction(StateDb& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (const StateError&) {
      // Nothing more to do: SQLite rolls back a failed transaction itself.
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

std::int64_t last_insert_id(StateDb& db) { return sqlite3_last_insert_rowid(db.handle()); }

std::int64_t changed_rows(StateDb& db) { return sqlite3_changes(db.handle()); }

}  // namespace casekb
