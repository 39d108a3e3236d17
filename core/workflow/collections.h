// Trainers' collections of cases (shared/spec/api.md, "Collections"): a title,
// a description, a visibility, cases in order each with the trainer's note, and
// discussion questions for the whole set. Each item pins the case as it was
// when added: the collection and its handout show that version until the
// trainer takes the newer one, and say when the case changed or was withdrawn.
//
// Who sees what: public and unlisted collections anyone with the link; private
// ones their owner and admins only (for everyone else they do not exist: 404).
// Trainers and admins create; only the owner and admins change or delete.
//
// Thread safety: all members may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case/case.h"
#include "workflow/accounts.h"
#include "workflow/state_db.h"
#include "workflow/workflow.h"

namespace casekb {

enum class Visibility { kPublic, kUnlisted, kPrivate };
const char* visibility_name(Visibility visibility);  // "public", "unlisted", "private"
std::optional<Visibility> parse_visibility(std::string_view name);

// Bounds on what a collection holds (characters, not bytes).
inline constexpr std::size_t kMaxCollectionTitleChars = 200;
inline constexpr std::size_t kMaxCollectionDescriptionChars = 4000;
inline constexpr std::size_t kMaxCollectionNoteChars = 4000;
inline constexpr std::size_t kMaxCollectionQuestions = 50;
inline constexpr std::size_t kMaxCollectionQuestionChars = 1000;
inline constexpr std::size_t kMaxCollectionItems = 100;
inline constexpr std::size_t kMaxCollectionsListed = 1000;

// Collection ids: 16 lower-case hex digits.
bool is_valid_collection_id(std::string_view id);

struct PinnedCase {
  Case snapshot;            // the case as pinned, body included
  std::string sha256;       // of the snapshot: what "changed since" compares
  int version = 0;          // its published version (case_versions) then; 0: none recorded
  std::int64_t time = 0;    // when it was pinned
};

struct CollectionItem {
  std::string case_id;
  std::string note;
  PinnedCase pinned;
};

struct Collection {
  std::string id;
  std::string title;
  std::string description;
  Visibility visibility = Visibility::kPrivate;
  std::int64_t owner_id = 0;
  std::string owner;         // login
  std::string owner_office;
  std::vector<CollectionItem> items;
  std::vector<std::string> questions;
  std::int64_t revision = 0, created = 0, updated = 0;

  // The entity tag of this revision, quoted: "\"<revision>\"".
  std::string etag() const;
};

struct CollectionSummary {
  std::string id, title, description, owner;
  Visibility visibility = Visibility::kPrivate;
  std::vector<std::string> case_ids;  // in order
  std::int64_t updated = 0;
};

// What became of a pinned case since.
struct ItemState {
  enum class Kind {
    kCurrent,    // the index holds the pinned version
    kChanged,    // a newer version is published: `current`
    kWithdrawn,  // withdrawn: `reason`, `time`; never shown or printed
    kMissing,    // no longer in the index, without a recorded withdrawal
  };
  Kind kind = Kind::kCurrent;
  std::optional<Case> current;  // kCurrent, kChanged
  int current_version = 0;      // its published version now; 0: none recorded
  std::string reason;           // kWithdrawn
  std::int64_t time = 0;        // kWithdrawn
};

// A whole collection as PUT /api/collections/{id} sends it.
struct CollectionEdit {
  struct Item {
    std::string case_id;
    std::string note;
    bool update = false;  // take the case as published now (new items always do)
  };
  std::string title;
  std::string description;
  Visibility visibility = Visibility::kPrivate;
  std::vector<Item> items;
  std::vector<std::string> questions;
};

// The case as the index holds it now, body included; nullopt: not there.
using CaseSource = std::function<std::optional<Case>(const std::string& id)>;

// SHA-256 of a case's record and body: the fingerprint an item pins.
std::string case_fingerprint(const Case& c);

class Collections {
 public:
  Collections(StateDb& db, CaseSource cases) : db_(db), cases_(std::move(cases)) {}

  // Trainers and admins. Errors: 403 (role), 422 (a field).
  WorkflowOutcome<Collection> create(const Account& who, const std::string& title, const std::string& description,
                                     Visibility visibility);
  // who: null for anyone not signed in. A private collection of someone else: 404;
  // a deleted one: 410 for those who could see it.
  WorkflowOutcome<Collection> get(const Account* who, const std::string& id);
  // The caller's own collections and the public ones (admins too: others'
  // private collections are opened by their address, never listed), most
  // recently changed first, at most kMaxCollectionsListed.
  std::vector<CollectionSummary> list(const Account* who);
  // The collections `who` may change (own; admins: own only, to keep the list short).
  std::vector<CollectionSummary> owned(const Account& who);

  // Replaces everything (the PUT). if_match is required (428) and must be current (412).
  // Items keep their pin unless `update`; new items pin the case as published
  // now and must exist and not be withdrawn (422).
  WorkflowOutcome<Collection> replace(const Account& who, const std::string& id, const CollectionEdit& edit,
                                      const std::optional<std::string>& if_match);
  // Appends a case (the one-click add); nothing changes when it is already in.
  WorkflowOutcome<Collection> add_case(const Account& who, const std::string& id, const std::string& case_id);
  // Deletes; if_match is checked when given.
  WorkflowOutcome<Collection> remove(const Account& who, const std::string& id, const std::optional<std::string>& if_match);

  // Each item's state, in item order.
  std::vector<ItemState> states(const Collection& collection);

  static bool can_edit(const Account& who, const Collection& c) {
    return who.role == Role::kAdmin || who.id == c.owner_id;
  }

 private:
  struct Row;
  std::optional<Row> load_row(const std::string& id);                      // db lock held
  Collection load(const Row& row);                                         // db lock held
  WorkflowOutcome<Collection> editable(const Account& who, const std::string& id);  // db lock held
  std::optional<PinnedCase> pin(const std::string& case_id);               // db lock held
  std::optional<WorkflowError> store(const Account& who, Collection& c, const char* action);  // in a transaction

  StateDb& db_;
  CaseSource cases_;
};

}  // namespace casekb
