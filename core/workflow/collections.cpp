// Collections over the state database: rows in collections and
// collection_items (migration 0002), each change one transaction with its
// audit row.
#include "workflow/collections.h"

#include <nlohmann/json.hpp>

#include <set>

#include "case/case_file.h"
#include "case/file_stamp.h"
#include "case/record.h"
#include "text/utf8.h"
#include "workflow/audit.h"
#include "workflow/secrets.h"

namespace casekb {

namespace {

using json = nlohmann::json;
using Kind = WorkflowError::Kind;

WorkflowError fail(Kind kind, std::string code, std::string message) {
  return WorkflowError{kind, std::move(code), std::move(message), {}};
}

WorkflowError not_found(const std::string& id) {
  return fail(Kind::kNotFound, "not_found", "コレクション「" + sanitize_utf8(id) + "」は見つかりません。");
}

bool creates_collections(const Account& who) { return who.role == Role::kTrainer || who.role == Role::kAdmin; }

json snapshot_json(const Case& c) {
  json record = case_record(c);
  record["body"] = c.body;
  return record;
}

std::string snapshot_text(const Case& c) { return snapshot_json(c).dump(-1, ' ', false, json::error_handler_t::replace); }

Case case_from_snapshot(const std::string& text) {
  Case c;
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_object()) return c;
  case_from_record(parsed, c);
  if (const auto it = parsed.find("body"); it != parsed.end() && it->is_string()) c.body = it->get<std::string>();
  return c;
}

// A problem with one field, or nullopt. Text may hold line breaks and tabs
// where `multiline`; never other control characters.
std::optional<WorkflowError> check_text(const std::string& value, const char* label, std::size_t max_chars,
                                        bool multiline, bool required) {
  if (find_invalid_utf8(value) != std::string::npos) {
    return fail(Kind::kInvalid, "invalid_field", std::string(label) + "を UTF-8 の文字として読めません。");
  }
  if (required && value.find_first_not_of(" \t\r\n") == std::string::npos) {
    return fail(Kind::kInvalid, "invalid_field", std::string(label) + "を入力してください。");
  }
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    const bool allowed = multiline ? (c == '\n' || c == '\t') : false;
    if ((c < 0x20 && !allowed) || c == 0x7f) {
      return fail(Kind::kInvalid, "invalid_field",
                  std::string(label) + (multiline ? "に制御文字は使えません。" : "は 1 行で、制御文字なしで書いてください。"));
    }
  }
  const std::size_t chars = count_code_points(value);
  if (chars > max_chars) {
    return fail(Kind::kInvalid, "invalid_field",
                std::string(label) + "が長すぎます（" + std::to_string(chars) + " 文字）。" + std::to_string(max_chars) +
                    " 文字以内にしてください。");
  }
  return std::nullopt;
}

std::optional<WorkflowError> check_header(const std::string& title, const std::string& description) {
  if (auto e = check_text(title, "タイトル", kMaxCollectionTitleChars, false, true)) return e;
  return check_text(description, "説明", kMaxCollectionDescriptionChars, true, false);
}

std::string questions_text(const std::vector<std::string>& questions) {
  return json(questions).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<std::string> questions_from(const std::string& text) {
  std::vector<std::string> out;
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const json& q : parsed) {
    if (q.is_string()) out.push_back(q.get<std::string>());
  }
  return out;
}

int published_version(StateDb& db, const std::string& case_id) {
  Statement query(db, "SELECT MAX(version) FROM case_versions WHERE case_id = ?");
  query.bind(1, case_id);
  if (!query.step() || query.is_null(0)) return 0;
  return static_cast<int>(query.integer(0));
}

}  // namespace

const char* visibility_name(Visibility visibility) {
  switch (visibility) {
    case Visibility::kPublic: return "public";
    case Visibility::kUnlisted: return "unlisted";
    case Visibility::kPrivate: return "private";
  }
  return "private";
}

std::optional<Visibility> parse_visibility(std::string_view name) {
  if (name == "public") return Visibility::kPublic;
  if (name == "unlisted") return Visibility::kUnlisted;
  if (name == "private") return Visibility::kPrivate;
  return std::nullopt;
}

bool is_valid_collection_id(std::string_view id) {
  if (id.size() != 16) return false;
  for (const char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string Collection::etag() const { return "\"" + std::to_string(revision) + "\""; }

std::string case_fingerprint(const Case& c) { return sha256_hex(snapshot_text(c)); }

struct Collections::Row {
  std::string id, title, description, visibility, questions, owner, owner_office;
  std::int64_t owner_id = 0, revision = 0, created = 0, updated = 0, deleted = 0;
};

std::optional<Collections::Row> Collections::load_row(const std::string& id) {
  Statement query(db_,
                  "SELECT c.title, c.description, c.visibility, c.questions, u.login, o.name, c.owner_id, c.revision, "
                  "c.created, c.updated, c.deleted FROM collections c JOIN users u ON u.id = c.owner_id "
                  "JOIN offices o ON o.id = u.office_id WHERE c.id = ?");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  Row row;
  row.id = id;
  row.title = query.text(0);
  row.description = query.text(1);
  row.visibility = query.text(2);
  row.questions = query.text(3);
  row.owner = query.text(4);
  row.owner_office = query.text(5);
  row.owner_id = query.integer(6);
  row.revision = query.integer(7);
  row.created = query.integer(8);
  row.updated = query.integer(9);
  row.deleted = query.integer(10);
  return row;
}

Collection Collections::load(const Row& row) {
  Collection c;
  c.id = row.id;
  c.title = row.title;
  c.description = row.description;
  c.visibility = parse_visibility(row.visibility).value_or(Visibility::kPrivate);
  c.owner_id = row.owner_id;
  c.owner = row.owner;
  c.owner_office = row.owner_office;
  c.questions = questions_from(row.questions);
  c.revision = row.revision;
  c.created = row.created;
  c.updated = row.updated;
  Statement items(db_,
                  "SELECT case_id, note, pinned_sha256, pinned_version, pinned_time, snapshot FROM collection_items "
                  "WHERE collection_id = ? ORDER BY position");
  items.bind(1, row.id);
  while (items.step()) {
    CollectionItem item;
    item.case_id = items.text(0);
    item.note = items.text(1);
    item.pinned.sha256 = items.text(2);
    item.pinned.version = static_cast<int>(items.integer(3));
    item.pinned.time = items.integer(4);
    item.pinned.snapshot = case_from_snapshot(items.text(5));
    c.items.push_back(std::move(item));
  }
  return c;
}

std::optional<PinnedCase> Collections::pin(const std::string& case_id) {
  std::optional<Case> current = cases_(case_id);
  if (!current) return std::nullopt;
  PinnedCase pinned;
  pinned.sha256 = case_fingerprint(*current);
  pinned.snapshot = std::move(*current);
  pinned.version = published_version(db_, case_id);
  pinned.time = unix_now();
  return pinned;
}

WorkflowOutcome<Collection> Collections::create(const Account& who, const std::string& title,
                                                const std::string& description, Visibility visibility) {
  if (!creates_collections(who)) {
    return fail(Kind::kForbidden, "forbidden", "コレクションを作れるのは研修担当（trainer）と管理者です。");
  }
  if (auto e = check_header(title, description)) return *e;
  auto lock = db_.lock();
  Transaction transaction(db_);
  std::string id;
  for (int attempt = 0; attempt < 8 && id.empty(); ++attempt) {
    const std::string candidate = random_hex(8);
    Statement taken(db_, "SELECT 1 FROM collections WHERE id = ?");
    taken.bind(1, candidate);
    if (!taken.step()) id = candidate;
  }
  if (id.empty()) return fail(Kind::kUnavailable, "busy", "コレクションの番号を決められませんでした。もう一度お試しください。");
  const std::int64_t now = unix_now();
  Statement insert(db_,
                   "INSERT INTO collections (id, owner_id, title, description, visibility, questions, revision, created, "
                   "updated) VALUES (?, ?, ?, ?, ?, '[]', 1, ?, ?)");
  insert.bind(1, id).bind(2, who.id).bind(3, title).bind(4, description).bind(5, visibility_name(visibility));
  insert.bind(6, now).bind(7, now).run();
  append_audit(db_, {0, 0, who.login, who.office, "collection_create", "", "", id});
  transaction.commit();
  return load(*load_row(id));
}

WorkflowOutcome<Collection> Collections::get(const Account* who, const std::string& id) {
  if (!is_valid_collection_id(id)) return not_found(id);
  auto lock = db_.lock();
  const std::optional<Row> row = load_row(id);
  if (!row) return not_found(id);
  const bool editor = who && (who->role == Role::kAdmin || who->id == row->owner_id);
  if (row->visibility == "private" && !editor) return not_found(id);
  if (row->deleted) {
    return fail(Kind::kGone, "deleted", "コレクション「" + row->title + "」は " + iso_utc(row->deleted).substr(0, 10) +
                                            " に削除されました。");
  }
  return load(*row);
}

std::vector<CollectionSummary> Collections::list(const Account* who) {
  auto lock = db_.lock();
  const std::int64_t owner = who ? who->id : -1;
  std::vector<CollectionSummary> out;
  std::map<std::string, std::size_t> by_id;
  Statement query(db_,
                  "SELECT c.id, c.title, c.description, c.visibility, u.login, c.updated FROM collections c "
                  "JOIN users u ON u.id = c.owner_id WHERE c.deleted = 0 AND (c.visibility = 'public' OR c.owner_id = ?) "
                  "ORDER BY c.updated DESC, c.id LIMIT ?");
  query.bind(1, owner).bind(2, static_cast<std::int64_t>(kMaxCollectionsListed));
  while (query.step()) {
    CollectionSummary s;
    s.id = query.text(0);
    s.title = query.text(1);
    s.description = query.text(2);
    s.visibility = parse_visibility(query.text(3)).value_or(Visibility::kPrivate);
    s.owner = query.text(4);
    s.updated = query.integer(5);
    by_id[s.id] = out.size();
    out.push_back(std::move(s));
  }
  Statement items(db_,
                  "SELECT i.collection_id, i.case_id FROM collection_items i JOIN collections c ON c.id = i.collection_id "
                  "WHERE c.deleted = 0 AND (c.visibility = 'public' OR c.owner_id = ?) ORDER BY i.collection_id, i.position");
  items.bind(1, owner);
  while (items.step()) {
    const auto it = by_id.find(items.text(0));
    if (it != by_id.end()) out[it->second].case_ids.push_back(items.text(1));
  }
  return out;
}

std::vector<CollectionSummary> Collections::owned(const Account& who) {
  std::vector<CollectionSummary> out;
  for (CollectionSummary& s : list(&who)) {
    if (s.owner == who.login) out.push_back(std::move(s));
  }
  return out;
}

WorkflowOutcome<Collection> Collections::editable(const Account& who, const std::string& id) {
  WorkflowOutcome<Collection> found = get(&who, id);
  if (found.error) return found;
  if (!can_edit(who, *found.value)) {
    return fail(Kind::kForbidden, "forbidden", "このコレクションを変更できるのは、作成した " + found.value->owner + " さんと管理者です。");
  }
  return found;
}

std::optional<WorkflowError> Collections::store(const Account& who, Collection& c, const char* action) {
  const std::int64_t now = unix_now();
  Statement update(db_,
                   "UPDATE collections SET title = ?, description = ?, visibility = ?, questions = ?, revision = revision + 1, "
                   "updated = ? WHERE id = ? AND revision = ?");
  update.bind(1, c.title).bind(2, c.description).bind(3, visibility_name(c.visibility)).bind(4, questions_text(c.questions));
  update.bind(5, now).bind(6, c.id).bind(7, c.revision).run();
  if (changed_rows(db_) != 1) {
    return fail(Kind::kPreconditionFailed, "precondition_failed", "コレクションが同時に変更されました。読み込み直してください。");
  }
  Statement clear(db_, "DELETE FROM collection_items WHERE collection_id = ?");
  clear.bind(1, c.id).run();
  std::int64_t position = 0;
  for (const CollectionItem& item : c.items) {
    Statement insert(db_,
                     "INSERT INTO collection_items (collection_id, position, case_id, note, pinned_sha256, pinned_version, "
                     "pinned_time, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.id).bind(2, position++).bind(3, item.case_id).bind(4, item.note).bind(5, item.pinned.sha256);
    insert.bind(6, item.pinned.version).bind(7, item.pinned.time).bind(8, snapshot_text(item.pinned.snapshot)).run();
  }
  append_audit(db_, {0, 0, who.login, who.office, action, "", "", c.id});
  c.revision += 1;
  c.updated = now;
  return std::nullopt;
}

WorkflowOutcome<Collection> Collections::replace(const Account& who, const std::string& id, const CollectionEdit& edit,
                                                 const std::optional<std::string>& if_match) {
  auto lock = db_.lock();
  WorkflowOutcome<Collection> found = editable(who, id);
  if (found.error) return found;
  Collection& c = *found.value;
  if (!if_match) {
    return fail(Kind::kPreconditionRequired, "precondition_required",
                "変更には If-Match（コレクションの ETag " + c.etag() + "）が必要です。");
  }
  if (!etag_matches(*if_match, c.etag())) {
    return fail(Kind::kPreconditionFailed, "precondition_failed",
                "コレクション「" + c.title + "」は、あなたが開いた後に変更されています（現在の版 " + c.etag() +
                    "）。読み込み直してから変更してください。");
  }
  if (auto e = check_header(edit.title, edit.description)) return *e;
  if (edit.items.size() > kMaxCollectionItems) {
    return fail(Kind::kInvalid, "invalid_field", "1 つのコレクションに入れられる事例は " +
                                                     std::to_string(kMaxCollectionItems) + " 件までです。");
  }
  if (edit.questions.size() > kMaxCollectionQuestions) {
    return fail(Kind::kInvalid, "invalid_field",
                "全体の問いは " + std::to_string(kMaxCollectionQuestions) + " 個までです。");
  }
  for (const std::string& q : edit.questions) {
    if (auto e = check_text(q, "全体の問い", kMaxCollectionQuestionChars, true, true)) return *e;
  }
  std::map<std::string, const CollectionItem*> existing;
  for (const CollectionItem& item : c.items) existing[item.case_id] = &item;
  std::vector<CollectionItem> items;
  std::set<std::string> seen;
  for (const CollectionEdit::Item& wanted : edit.items) {
    if (!is_valid_case_id(wanted.case_id)) {
      return fail(Kind::kInvalid, "invalid_case", "事例 ID「" + sanitize_utf8(wanted.case_id) + "」は事例 ID の形ではありません。");
    }
    if (!seen.insert(wanted.case_id).second) {
      return fail(Kind::kInvalid, "duplicate_case", "事例「" + wanted.case_id + "」が 2 回入っています。1 回にしてください。");
    }
    if (auto e = check_text(wanted.note, "メモ", kMaxCollectionNoteChars, true, false)) return *e;
    CollectionItem item;
    item.case_id = wanted.case_id;
    item.note = wanted.note;
    const auto kept = existing.find(wanted.case_id);
    if (kept != existing.end() && !wanted.update) {
      item.pinned = kept->second->pinned;
    } else {
      std::optional<PinnedCase> pinned = pin(wanted.case_id);
      if (!pinned) {
        if (kept != existing.end()) {
          // A withdrawn or vanished case stays as it was pinned (and is shown as such).
          item.pinned = kept->second->pinned;
        } else {
          return fail(Kind::kInvalid, "unknown_case",
                      "事例「" + wanted.case_id + "」は公開されていません（取り下げられたか、ID が違います）。");
        }
      } else {
        item.pinned = std::move(*pinned);
      }
    }
    items.push_back(std::move(item));
  }
  c.title = edit.title;
  c.description = edit.description;
  c.visibility = edit.visibility;
  c.items = std::move(items);
  c.questions = edit.questions;
  Transaction transaction(db_);
  if (auto e = store(who, c, "collection_update")) return *e;
  transaction.commit();
  return found;
}

WorkflowOutcome<Collection> Collections::add_case(const Account& who, const std::string& id, const std::string& case_id) {
  auto lock = db_.lock();
  WorkflowOutcome<Collection> found = editable(who, id);
  if (found.error) return found;
  Collection& c = *found.value;
  for (const CollectionItem& item : c.items) {
    if (item.case_id == case_id) return found;
  }
  if (c.items.size() >= kMaxCollectionItems) {
    return fail(Kind::kInvalid, "invalid_field", "1 つのコレクションに入れられる事例は " +
                                                     std::to_string(kMaxCollectionItems) + " 件までです。");
  }
  std::optional<PinnedCase> pinned = is_valid_case_id(case_id) ? pin(case_id) : std::nullopt;
  if (!pinned) {
    return fail(Kind::kInvalid, "unknown_case",
                "事例「" + sanitize_utf8(case_id) + "」は公開されていません（取り下げられたか、ID が違います）。");
  }
  c.items.push_back({case_id, "", std::move(*pinned)});
  Transaction transaction(db_);
  if (auto e = store(who, c, "collection_add")) return *e;
  transaction.commit();
  return found;
}

WorkflowOutcome<Collection> Collections::remove(const Account& who, const std::string& id,
                                                const std::optional<std::string>& if_match) {
  auto lock = db_.lock();
  WorkflowOutcome<Collection> found = editable(who, id);
  if (found.error) return found;
  if (if_match && !etag_matches(*if_match, found.value->etag())) {
    return fail(Kind::kPreconditionFailed, "precondition_failed",
                "コレクション「" + found.value->title + "」は、あなたが開いた後に変更されています。読み込み直してください。");
  }
  Transaction transaction(db_);
  Statement mark(db_, "UPDATE collections SET deleted = ?, revision = revision + 1 WHERE id = ?");
  mark.bind(1, unix_now()).bind(2, id).run();
  Statement items(db_, "DELETE FROM collection_items WHERE collection_id = ?");
  items.bind(1, id).run();
  append_audit(db_, {0, 0, who.login, who.office, "collection_delete", "", "", id});
  transaction.commit();
  return found;
}

std::vector<ItemState> Collections::states(const Collection& collection) {
  std::vector<ItemState> out;
  out.reserve(collection.items.size());
  auto lock = db_.lock();
  for (const CollectionItem& item : collection.items) {
    ItemState state;
    Statement withdrawn(db_, "SELECT reason, time FROM withdrawals WHERE case_id = ?");
    withdrawn.bind(1, item.case_id);
    if (withdrawn.step()) {
      state.kind = ItemState::Kind::kWithdrawn;
      state.reason = withdrawn.text(0);
      state.time = withdrawn.integer(1);
    } else if (std::optional<Case> current = cases_(item.case_id)) {
      state.kind = case_fingerprint(*current) == item.pinned.sha256 ? ItemState::Kind::kCurrent : ItemState::Kind::kChanged;
      state.current = std::move(current);
      state.current_version = published_version(db_, item.case_id);
    } else {
      state.kind = ItemState::Kind::kMissing;
    }
    out.push_back(std::move(state));
  }
  return out;
}

}  // namespace casekb
