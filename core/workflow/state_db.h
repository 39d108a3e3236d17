// The state database: one SQLite file holding everything of publishing that is
// not a published case file (accounts, tokens, sessions, drafts, versions,
// withdrawals, the audit log). Opened in WAL mode with foreign keys on and
// synchronous=FULL, so a change is on disk when its transaction returns; the
// numbered migrations (migrations.h) run on open.
//
// Thread safety: one connection per StateDb, used under its mutex: callers take
// a StateDb::Lock for every statement or transaction. Other processes (casekb-admin
// beside the server) wait up to 5 s for a busy database.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace casekb {

class StateDb {
 public:
  struct Opened {
    std::unique_ptr<StateDb> db;  // null on failure
    std::string error;            // Japanese: why
  };
  // Opens (creating if asked) and migrates the database at path.
  static Opened open(const std::string& path, bool create = true);
  ~StateDb();
  StateDb(const StateDb&) = delete;
  StateDb& operator=(const StateDb&) = delete;

  // The schema version (PRAGMA user_version) after migration.
  int schema_version() const { return schema_version_; }

  // Held for every use of the connection.
  using Lock = std::unique_lock<std::recursive_mutex>;
  Lock lock() { return Lock(mutex_); }

  // Runs SQL without results; throws StateError on failure.
  void exec(const char* sql);

  sqlite3* handle() { return db_; }

 private:
  explicit StateDb(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::recursive_mutex mutex_;
  int schema_version_ = 0;
};

// A failed statement: the connection is fine, the change was not made.
struct StateError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One prepared statement; bind by 1-based index, step, read columns.
class Statement {
 public:
  Statement(StateDb& db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind_null(int index);
  // True while a row is available; false when done. Throws StateError.
  bool step();
  // Runs a statement that returns no rows.
  void run() { while (step()) {} }

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;

 private:
  StateDb& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back when destroyed uncommitted.
class Transaction {
 public:
  explicit Transaction(StateDb& db);
  ~Transaction();
  void commit();

 private:
  StateDb& db_;
  bool done_ = false;
};

// The id of the last inserted row on this connection.
std::int64_t last_insert_id(StateDb& db);
// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
std::int64_t changed_rows(StateDb& db);

}  // namespace casekb
