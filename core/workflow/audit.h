// The audit log: one row per write (login, draft save, submit, return,
// publish, withdraw, account and token changes), with time, login, office,
// action, case id and the SHA-256 of the text concerned. Rows are only added.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "workflow/state_db.h"

namespace casekb {

struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t time = 0;  // Unix seconds
  std::string login;
  std::string office;
  std::string action;     // e.g. "login", "draft_save", "publish", "user_add"
  std::string case_id;
  std::string sha256;
  std::string detail;     // short and free: a role, a token's selector
};

// Adds entry (time now if 0). Call inside the transaction of the change it records.
void append_audit(StateDb& db, AuditEntry entry);

// The newest entries first: of one office (empty: all), optionally of one case,
// at most limit, older than before_id when it is not 0.
std::vector<AuditEntry> read_audit(StateDb& db, const std::string& office, const std::string& case_id,
                                   std::size_t limit, std::int64_t before_id = 0);

// "2026-11-25T09:30:00Z"
std::string iso_utc(std::int64_t unix_seconds);
std::int64_t unix_now();

}  // namespace casekb
