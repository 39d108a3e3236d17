// Audit rows in the state database.
#include "workflow/audit.h"

#include <ctime>

namespace casekb {

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::string iso_utc(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

void append_audit(StateDb& db, AuditEntry entry) {
  auto lock = db.lock();
  Statement insert(db,
                   "INSERT INTO audit (time, login, office, action, case_id, sha256, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, entry.time ? entry.time : unix_now())
      .bind(2, entry.login)
      .bind(3, entry.office)
      .bind(4, entry.action)
      .bind(5, entry.case_id)
      .bind(6, entry.sha256)
      .bind(7, entry.detail)
      .run();
}

std::vector<AuditEntry> read_audit(StateDb& db, const std::string& office, const std::string& case_id,
                                   std::size_t limit, std::int64_t before_id) {
  auto lock = db.lock();
  Statement query(db,
                  "SELECT id, time, login, office, action, case_id, sha256, detail FROM audit "
                  "WHERE (?1 = '' OR office = ?1) AND (?2 = '' OR case_id = ?2) AND (?3 = 0 OR id < ?3) "
                  "ORDER BY id DESC LIMIT ?4");
  query.bind(1, office).bind(2, case_id).bind(3, before_id).bind(4, static_cast<std::int64_t>(limit));
  std::vector<AuditEntry> entries;
  while (query.step()) {
    entries.push_back({query.integer(0), query.integer(1), query.text(2), query.text(3), query.text(4), query.text(5),
                       query.text(6), query.text(7)});
  }
  return entries;
}

}  // namespace casekb
