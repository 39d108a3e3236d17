// The publishing workflow (shared/spec/api.md, "Publishing"): drafts written
// and submitted by authors of an office, returned or published by its
// reviewers (never by one who wrote the draft), withdrawn cases, the history of
// every published version and the audit log. Offices are separate: another
// office's draft is "not found". The HTTP layer maps WorkflowError kinds to
// statuses; everything here is transport-free.
//
// Durability: a publish or withdrawal is decided by one state-database
// transaction that also records it in a redo log (pending_changes), then
// carried to the file and the index by the Publisher, then the log row is
// dropped. recover() (at start, and before each publish) carries over what a
// crash interrupted. A call returns only when all of it holds.
//
// Thread safety: all members may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <vector>

#include "case/problem.h"
#include "workflow/accounts.h"
#include "workflow/audit.h"
#include "workflow/publisher.h"
#include "workflow/state_db.h"

namespace casekb {

struct DraftComment {
  std::string login;
  std::string action;  // "return"
  std::int64_t time = 0;
  std::string text;
};

struct Draft {
  std::string id;
  std::string status;  // draft, submitted, returned, published
  std::string office;
  std::string author;  // who saved it last
  std::string text;
  std::string sha256;
  std::int64_t revision = 0;
  std::int64_t created = 0, updated = 0;
  Problems problems;   // as of the last save (submit and publish check again)
  std::vector<DraftComment> comments;
  std::vector<std::string> writers;  // who saved it since it was last published

  // The entity tag of this revision, quoted: "\"<revision>-<sha256 prefix>\"".
  std::string etag() const;
};

struct DraftSummary {
  std::string id, status, office, author;
  std::int64_t updated = 0;
};

struct CaseVersion {
  int version = 0;
  std::int64_t published = 0;
  std::string by, office, sha256;
};

struct Withdrawal {
  std::string id, reason, by, office, sha256;
  std::int64_t time = 0;
};

struct WorkflowError {
  enum class Kind {
    kForbidden,             // 403: the role or office may not
    kNotFound,              // 404 (also another office's draft)
    kConflict,              // 409: the id is another office's, or the state does not allow it
    kGone,                  // 410: the case was withdrawn
    kPreconditionFailed,    // 412: If-Match is stale
    kPreconditionRequired,  // 428: replacing without If-Match
    kInvalid,               // 422: problems in the text, or a bad field
    kBadRequest,            // 400: an id that cannot be a case id
    kUnavailable,           // 503: the index writer or the checker is busy
  };
  Kind kind = Kind::kInvalid;
  std::string code;     // machine name for the JSON error
  std::string message;  // Japanese
  Problems problems;    // kInvalid: what to fix
};

template <typename T>
struct WorkflowOutcome {
  std::optional<T> value;
  std::optional<WorkflowError> error;
  WorkflowOutcome(T v) : value(std::move(v)) {}                      // NOLINT: implicit on purpose
  WorkflowOutcome(WorkflowError e) : error(std::move(e)) {}          // NOLINT
};

// Checks a draft's text as POST /api/lint does; nullopt when the check could
// not run now (the server's pool for such work is full).
using DraftChecker = std::function<std::optional<Problems>(const std::string& id, const std::string& text)>;

// How a warning is named when a reviewer marks it as reviewed: "rule:line:column".
std::string problem_key(const Problem& problem);

// True if the If-Match header value matches etag ("*", lists and W/ accepted).
bool etag_matches(const std::string& if_match, const std::string& etag);

class Workflow {
 public:
  Workflow(StateDb& db, Accounts& accounts, Publisher& publisher, DraftChecker check);

  // Carries over decided publishes and withdrawals a crash interrupted, and
  // clears temporaries; returns what it did (Japanese lines) or why it could not.
  std::vector<std::string> recover();

  struct Saved {
    Draft draft;
    bool created = false;
  };
  // PUT /api/drafts/{id}. if_match: the header, or nullopt when absent.
  WorkflowOutcome<Saved> save_draft(const Account& who, const std::string& id, const std::string& text,
                                    const std::optional<std::string>& if_match);
  // Own office's drafts (every office for admins), newest first; status "" = all.
  WorkflowOutcome<std::vector<DraftSummary>> list_drafts(const Account& who, const std::string& status);
  WorkflowOutcome<Draft> get_draft(const Account& who, const std::string& id);
  WorkflowOutcome<Draft> submit(const Account& who, const std::string& id, const std::optional<std::string>& if_match);
  WorkflowOutcome<Draft> return_draft(const Account& who, const std::string& id, const std::string& comment,
                                      const std::optional<std::string>& if_match);
  // reviewed: problem_key of each warning the reviewer has read; all must be.
  WorkflowOutcome<Draft> publish(const Account& who, const std::string& id, const std::optional<std::string>& if_match,
                                 const std::vector<std::string>& reviewed);
  WorkflowOutcome<Withdrawal> withdraw(const Account& who, const std::string& id, const std::string& reason);
  WorkflowOutcome<std::vector<CaseVersion>> history(const Account& who, const std::string& id);
  WorkflowOutcome<std::vector<AuditEntry>> audit(const Account& who, const std::string& case_id, std::size_t limit,
                                                 std::int64_t before_id);

  // The withdrawal of case id, if it is withdrawn (from memory: cheap per request).
  std::optional<Withdrawal> withdrawal(const std::string& id) const;
  // The published file of case id, for the review diff.
  std::optional<std::string> published_text(const std::string& id) const { return publisher_.read_case_file(id); }

  Accounts& accounts() { return accounts_; }

 private:
  struct Loaded;
  std::optional<Draft> load_draft(const std::string& id);  // db lock held
  std::optional<std::string> owner_office(const std::string& id);  // db lock held
  std::optional<WorkflowError> carry_over_pending(IndexWriter& writer);  // publish lock held
  void load_withdrawals();

  StateDb& db_;
  Accounts& accounts_;
  Publisher& publisher_;
  DraftChecker check_;
  std::mutex publish_mutex_;  // one publish or withdrawal at a time (the index has one writer)
  mutable std::shared_mutex withdrawn_mutex_;
  std::map<std::string, Withdrawal> withdrawn_;
};

// The front matter's `office` value and its line, if the text gives one.
struct FrontMatterOffice {
  std::string value;
  int line = 0;
};
std::optional<FrontMatterOffice> front_matter_office(std::string_view text);

}  // namespace casekb
