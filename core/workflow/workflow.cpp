// The publishing workflow over the state database, the checker and the publisher.
#include "workflow/workflow.h"

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "case/case_file.h"
#include "case/file_stamp.h"
#include "text/utf8.h"

namespace casekb {

namespace {

using json = nlohmann::json;
using Kind = WorkflowError::Kind;

WorkflowError fail(Kind kind, std::string code, std::string message, Problems problems = {}) {
  return WorkflowError{kind, std::move(code), std::move(message), std::move(problems)};
}

WorkflowError draft_not_found(const std::string& id) {
  return fail(Kind::kNotFound, "not_found", "下書き「" + id + "」は見つかりません。");
}

WorkflowError forbidden(const std::string& what) {
  return fail(Kind::kForbidden, "forbidden", "この操作（" + what + "）は、あなたの役割では行えません。");
}

bool writes_drafts(const Account& who) { return who.role == Role::kAuthor || who.role == Role::kAdmin; }
bool reviews(const Account& who) { return who.role == Role::kReviewer || who.role == Role::kAdmin; }
bool sees_office(const Account& who, const std::string& office) {
  return who.role == Role::kAdmin || who.office == office;
}

std::string problems_json(const Problems& problems) {
  json out = json::array();
  for (const Problem& p : problems) {
    out.push_back({{"line", p.line}, {"column", p.column}, {"severity", severity_name(p.severity)}, {"rule", p.rule},
                   {"text", p.text}, {"message", p.message}, {"suggestion", p.suggestion}});
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Problems problems_from_json(const std::string& text) {
  Problems out;
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const json& p : parsed) {
    Problem problem;
    problem.line = p.value("line", 0);
    problem.column = p.value("column", 0);
    problem.severity = p.value("severity", "error") == "warning" ? Severity::kWarning : Severity::kError;
    problem.rule = p.value("rule", "");
    problem.text = p.value("text", "");
    problem.message = p.value("message", "");
    problem.suggestion = p.value("suggestion", "");
    out.push_back(std::move(problem));
  }
  return out;
}

std::optional<WorkflowError> check_precondition(const Draft& draft, const std::optional<std::string>& if_match) {
  if (if_match && !etag_matches(*if_match, draft.etag())) {
    return fail(Kind::kPreconditionFailed, "precondition_failed",
                "下書き「" + draft.id + "」は、あなたが開いた後に " + draft.author +
                    " さんが保存しています（現在の版 " + draft.etag() + "）。最新の版を読み込み、変更を反映してから保存してください。");
  }
  return std::nullopt;
}

std::int64_t office_row(StateDb& db, const std::string& office) {
  Statement insert(db, "INSERT INTO offices (name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
  insert.bind(1, office).bind(2, unix_now()).run();
  Statement query(db, "SELECT id FROM offices WHERE name = ?");
  query.bind(1, office);
  query.step();
  return query.integer(0);
}

}  // namespace

std::string Draft::etag() const { return "\"" + std::to_string(revision) + "-" + sha256.substr(0, 16) + "\""; }

std::string problem_key(const Problem& p) {
  return p.rule + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

bool etag_matches(const std::string& if_match, const std::string& etag) {
  std::size_t start = 0;
  while (start <= if_match.size()) {
    std::size_t end = if_match.find(',', start);
    if (end == std::string::npos) end = if_match.size();
    std::string tag = if_match.substr(start, end - start);
    const std::size_t first = tag.find_first_not_of(" \t");
    const std::size_t last = tag.find_last_not_of(" \t");
    tag = first == std::string::npos ? "" : tag.substr(first, last - first + 1);
    if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
    if (tag == "*" || tag == etag) return true;
    start = end + 1;
  }
  return false;
}

std::optional<FrontMatterOffice> front_matter_office(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string block;
  std::size_t pos = 0;
  int line = 0;
  bool open = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view current = text.substr(pos, end - pos);
    if (!current.empty() && current.back() == '\r') current.remove_suffix(1);
    ++line;
    pos = end + 1;
    if (line == 1) {
      if (current != "---") return std::nullopt;
      open = true;
      continue;
    }
    if (current == "---" || current == "...") {
      open = false;
      break;
    }
    block.append(current);
    block += '\n';
  }
  if (open) return std::nullopt;
  try {
    const YAML::Node root = YAML::Load(block);
    if (!root.IsMap() || !root["office"] || !root["office"].IsScalar()) return std::nullopt;
    const YAML::Node office = root["office"];
    return FrontMatterOffice{office.as<std::string>(), office.Mark().line + 2};
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

Workflow::Workflow(StateDb& db, Accounts& accounts, Publisher& publisher, DraftChecker check)
    : db_(db), accounts_(accounts), publisher_(publisher), check_(std::move(check)) {
  load_withdrawals();
}

void Workflow::load_withdrawals() {
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT withdrawals.case_id, reason, users.login, offices.name, withdrawals.sha256, withdrawals.time "
                  "FROM withdrawals JOIN users ON users.id = withdrawals.user_id "
                  "JOIN offices ON offices.id = withdrawals.office_id");
  std::map<std::string, Withdrawal> loaded;
  while (query.step()) {
    loaded[query.text(0)] = {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.integer(5)};
  }
  std::unique_lock<std::shared_mutex> write(withdrawn_mutex_);
  withdrawn_ = std::move(loaded);
}

std::optional<Withdrawal> Workflow::withdrawal(const std::string& id) const {
  std::shared_lock<std::shared_mutex> read(withdrawn_mutex_);
  const auto it = withdrawn_.find(id);
  if (it == withdrawn_.end()) return std::nullopt;
  return it->second;
}

std::optional<Draft> Workflow::load_draft(const std::string& id) {
  Statement query(db_,
                  "SELECT drafts.status, offices.name, users.login, drafts.text, drafts.sha256, drafts.revision, "
                  "drafts.created, drafts.updated, drafts.problems FROM drafts "
                  "JOIN offices ON offices.id = drafts.office_id JOIN users ON users.id = drafts.author_id "
                  "WHERE drafts.case_id = ?");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  Draft d;
  d.id = id;
  d.status = query.text(0);
  d.office = query.text(1);
  d.author = query.text(2);
  d.text = query.text(3);
  d.sha256 = query.text(4);
  d.revision = query.integer(5);
  d.created = query.integer(6);
  d.updated = query.integer(7);
  d.problems = problems_from_json(query.text(8));
  Statement comments(db_,
                     "SELECT users.login, action, time, text FROM draft_comments JOIN users ON users.id = draft_comments.user_id "
                     "WHERE case_id = ? ORDER BY draft_comments.id");
  comments.bind(1, id);
  while (comments.step()) d.comments.push_back({comments.text(0), comments.text(1), comments.integer(2), comments.text(3)});
  Statement writers(db_, "SELECT users.login FROM draft_writers JOIN users ON users.id = draft_writers.user_id WHERE case_id = ?");
  writers.bind(1, id);
  while (writers.step()) d.writers.push_back(writers.text(0));
  return d;
}

std::optional<std::string> Workflow::owner_office(const std::string& id) {
  Statement version(db_,
                    "SELECT offices.name FROM case_versions JOIN offices ON offices.id = case_versions.office_id "
                    "WHERE case_id = ? ORDER BY version DESC LIMIT 1");
  version.bind(1, id);
  if (version.step()) return version.text(0);
  if (const std::optional<Withdrawal> w = withdrawal(id)) return w->office;
  if (const std::optional<std::string> file = publisher_.read_case_file(id)) {
    if (const auto office = front_matter_office(*file)) return office->value;
  }
  return std::nullopt;
}

WorkflowOutcome<Workflow::Saved> Workflow::save_draft(const Account& who, const std::string& id, const std::string& text,
                                                      const std::optional<std::string>& if_match) {
  if (!writes_drafts(who)) return forbidden("下書きの保存");
  if (!is_valid_case_id(id)) {
    return fail(Kind::kBadRequest, "invalid_id",
                "事例 ID「" + sanitize_utf8(id) + "」は使えません。英小文字・数字・ハイフンの 3〜64 文字（先頭は英数字）にしてください。");
  }
  const std::optional<FrontMatterOffice> named = front_matter_office(text);
  if (named && who.role != Role::kAdmin && named->value != who.office) {
    Problem p;
    p.line = named->line;
    p.column = 1;
    p.rule = "office-mismatch";
    p.text = named->value;
    p.message = "office「" + named->value + "」は、あなたの所属（" + who.office + "）ではありません。";
    p.suggestion = who.office;
    return fail(Kind::kInvalid, "office_mismatch", p.message + "自分の所属の事例だけを書けます。", {p});
  }
  const std::optional<Problems> problems = check_(id, text);
  if (!problems) {
    return fail(Kind::kUnavailable, "busy", "ただいま確認の処理が混み合っています。数秒おいてから、もう一度保存してください。");
  }
  const std::string sha = sha256_hex(text);
  const std::int64_t now = unix_now();
  auto lock = db_.lock();
  Transaction transaction(db_);
  std::optional<Draft> existing = load_draft(id);
  const bool open = existing && existing->status != "published";
  std::string office = named ? named->value : (open ? existing->office : who.office);
  bool created = !open;
  if (open) {
    if (!sees_office(who, existing->office)) {
      return fail(Kind::kConflict, "id_in_use", "事例 ID「" + id + "」は他の局・機関が使っています。別の ID にしてください。");
    }
    if (!if_match) {
      return fail(Kind::kPreconditionRequired, "precondition_required",
                  "下書き「" + id + "」は既にあります。上書きするには、読み込んだ版の ETag を If-Match で送ってください。");
    }
    if (auto stale = check_precondition(*existing, if_match)) return *stale;
    if (!named) office = existing->office;
  } else {
    const std::optional<std::string> owner = owner_office(id);
    const bool published_file = publisher_.read_case_file(id).has_value();
    if (owner && *owner != office && !(who.role == Role::kAdmin && !named)) {
      return fail(Kind::kConflict, "id_in_use", "事例 ID「" + id + "」は他の局・機関の事例です。別の ID にしてください。");
    }
    if (owner && who.role == Role::kAdmin && !named) office = *owner;
    if (!owner && published_file && who.role != Role::kAdmin) {
      return fail(Kind::kConflict, "id_in_use",
                  "事例 ID「" + id + "」は公開元（office）のない既存の事例です。編集は管理者に依頼してください。");
    }
  }
  const std::int64_t office_id = office_row(db_, office);
  const std::int64_t revision = existing ? existing->revision + 1 : 1;
  Statement upsert(db_,
                   "INSERT INTO drafts (case_id, office_id, author_id, status, text, sha256, revision, problems, created, updated) "
                   "VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?6, ?7, ?8, ?8) "
                   "ON CONFLICT(case_id) DO UPDATE SET office_id = ?2, author_id = ?3, status = 'draft', text = ?4, "
                   "sha256 = ?5, revision = ?6, problems = ?7, updated = ?8");
  upsert.bind(1, id).bind(2, office_id).bind(3, who.id).bind(4, text).bind(5, sha).bind(6, revision)
      .bind(7, problems_json(*problems)).bind(8, now).run();
  if (created) {
    Statement clear(db_, "DELETE FROM draft_writers WHERE case_id = ?");
    clear.bind(1, id).run();
    Statement drop(db_, "DELETE FROM draft_comments WHERE case_id = ?");
    drop.bind(1, id).run();
  }
  Statement writer(db_, "INSERT OR IGNORE INTO draft_writers (case_id, user_id) VALUES (?, ?)");
  writer.bind(1, id).bind(2, who.id).run();
  append_audit(db_, {0, now, who.login, who.office, "draft_save", id, sha, office});
  transaction.commit();
  Saved saved{*load_draft(id), created};
  return saved;
}

WorkflowOutcome<std::vector<DraftSummary>> Workflow::list_drafts(const Account& who, const std::string& status) {
  if (!writes_drafts(who) && !reviews(who)) return forbidden("下書きの一覧");
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT drafts.case_id, drafts.status, offices.name, users.login, drafts.updated FROM drafts "
                  "JOIN offices ON offices.id = drafts.office_id JOIN users ON users.id = drafts.author_id "
                  "WHERE (?1 = '' OR offices.name = ?1) AND (?2 = '' OR drafts.status = ?2) "
                  "ORDER BY drafts.updated DESC, drafts.case_id LIMIT 1000");
  query.bind(1, who.role == Role::kAdmin ? std::string() : who.office).bind(2, status);
  std::vector<DraftSummary> out;
  while (query.step()) out.push_back({query.text(0), query.text(1), query.text(2), query.text(3), query.integer(4)});
  return out;
}

WorkflowOutcome<Draft> Workflow::get_draft(const Account& who, const std::string& id) {
  if (!writes_drafts(who) && !reviews(who)) return forbidden("下書きを読む");
  if (!is_valid_case_id(id)) return draft_not_found(sanitize_utf8(id));
  auto lock = db_.lock();
  std::optional<Draft> draft = load_draft(id);
  if (!draft || !sees_office(who, draft->office)) return draft_not_found(id);
  return *draft;
}

WorkflowOutcome<Draft> Workflow::submit(const Account& who, const std::string& id,
                                        const std::optional<std::string>& if_match) {
  if (!writes_drafts(who)) return forbidden("提出");
  WorkflowOutcome<Draft> current = get_draft(who, id);
  if (current.error) return *current.error;
  const Draft& draft = *current.value;
  if (draft.status == "published") {
    return fail(Kind::kConflict, "wrong_status", "下書き「" + id + "」は公開済みです。編集してから提出してください。");
  }
  if (auto stale = check_precondition(draft, if_match)) return *stale;
  const std::optional<Problems> problems = check_(id, draft.text);
  if (!problems) return fail(Kind::kUnavailable, "busy", "ただいま確認の処理が混み合っています。数秒おいてから、もう一度提出してください。");
  auto lock = db_.lock();
  Transaction transaction(db_);
  std::optional<Draft> now_draft = load_draft(id);
  if (!now_draft || now_draft->revision != draft.revision) {
    return fail(Kind::kPreconditionFailed, "precondition_failed", "提出の間に下書き「" + id + "」が保存されました。読み込み直してください。");
  }
  Statement store(db_, "UPDATE drafts SET problems = ? WHERE case_id = ?");
  store.bind(1, problems_json(*problems)).bind(2, id).run();
  if (has_errors(*problems)) {
    transaction.commit();
    return fail(Kind::kInvalid, "has_errors", "誤りが残っているため提出できません。問題の一覧を直してから、もう一度提出してください。",
                *problems);
  }
  if (draft.status != "submitted") {
    Statement update(db_, "UPDATE drafts SET status = 'submitted', updated = ? WHERE case_id = ?");
    update.bind(1, unix_now()).bind(2, id).run();
    append_audit(db_, {0, 0, who.login, who.office, "submit", id, draft.sha256, draft.office});
  }
  transaction.commit();
  return *load_draft(id);
}

WorkflowOutcome<Draft> Workflow::return_draft(const Account& who, const std::string& id, const std::string& comment,
                                              const std::optional<std::string>& if_match) {
  if (!reviews(who)) return forbidden("差し戻し");
  WorkflowOutcome<Draft> current = get_draft(who, id);
  if (current.error) return *current.error;
  const Draft& draft = *current.value;
  if (draft.status != "submitted") {
    return fail(Kind::kConflict, "wrong_status", "下書き「" + id + "」は提出されていないため差し戻せません（状態: " + draft.status + "）。");
  }
  if (auto stale = check_precondition(draft, if_match)) return *stale;
  if (comment.find_first_not_of(" \t\r\n") == std::string::npos || find_invalid_utf8(comment) != std::string::npos ||
      count_code_points(comment) > 4000) {
    return fail(Kind::kInvalid, "comment_required", "差し戻す理由（comment）を 4,000 文字以内で書いてください。");
  }
  auto lock = db_.lock();
  Transaction transaction(db_);
  const std::int64_t now = unix_now();
  Statement update(db_, "UPDATE drafts SET status = 'returned', updated = ? WHERE case_id = ? AND revision = ?");
  update.bind(1, now).bind(2, id).bind(3, draft.revision).run();
  if (changed_rows(db_) == 0) {
    return fail(Kind::kPreconditionFailed, "precondition_failed", "差し戻しの間に下書き「" + id + "」が保存されました。読み込み直してください。");
  }
  Statement insert(db_, "INSERT INTO draft_comments (case_id, user_id, action, time, text) VALUES (?, ?, 'return', ?, ?)");
  insert.bind(1, id).bind(2, who.id).bind(3, now).bind(4, comment).run();
  append_audit(db_, {0, now, who.login, who.office, "return", id, draft.sha256, draft.office});
  transaction.commit();
  return *load_draft(id);
}

std::optional<WorkflowError> Workflow::carry_over_pending(IndexWriter& writer) {
  std::vector<std::tuple<std::string, std::string, std::string>> pending;  // id, action, text
  {
    auto lock = db_.lock();
    Statement query(db_, "SELECT case_id, action, text FROM pending_changes ORDER BY case_id");
    while (query.step()) pending.emplace_back(query.text(0), query.text(1), query.text(2));
  }
  for (const auto& [id, action, text] : pending) {
    const std::optional<std::string> error =
        action == "write" ? publisher_.write_case(writer, id, text) : publisher_.remove_case(writer, id);
    if (error) return fail(Kind::kUnavailable, "not_carried_over", *error);
    auto lock = db_.lock();
    Statement done(db_, "DELETE FROM pending_changes WHERE case_id = ?");
    done.bind(1, id).run();
  }
  return std::nullopt;
}

std::vector<std::string> Workflow::recover() {
  std::vector<std::string> report;
  std::lock_guard<std::mutex> one_at_a_time(publish_mutex_);
  if (const std::size_t removed = publisher_.clean_up()) {
    report.push_back("書きかけの一時ファイルを " + std::to_string(removed) + " 件削除しました。");
  }
  std::size_t pending = 0;
  {
    auto lock = db_.lock();
    Statement count(db_, "SELECT count(*) FROM pending_changes");
    count.step();
    pending = static_cast<std::size_t>(count.integer(0));
  }
  if (pending == 0) return report;
  Publisher::Writer writer = publisher_.open_writer();
  if (!writer.index) {
    report.push_back("中断した公開 " + std::to_string(pending) + " 件を反映できません: " + writer.error);
    return report;
  }
  if (auto error = carry_over_pending(*writer.index)) {
    report.push_back("中断した公開を反映できません: " + error->message);
  } else {
    report.push_back("中断していた公開・取り下げ " + std::to_string(pending) + " 件をファイルと索引に反映しました。");
  }
  return report;
}

WorkflowOutcome<Draft> Workflow::publish(const Account& who, const std::string& id,
                                         const std::optional<std::string>& if_match,
                                         const std::vector<std::string>& reviewed) {
  if (!reviews(who)) return forbidden("公開");
  WorkflowOutcome<Draft> current = get_draft(who, id);
  if (current.error) return *current.error;
  const Draft draft = *current.value;
  if (draft.status != "submitted") {
    return fail(Kind::kConflict, "wrong_status", "下書き「" + id + "」は提出されていないため公開できません（状態: " + draft.status + "）。");
  }
  if (std::find(draft.writers.begin(), draft.writers.end(), who.login) != draft.writers.end()) {
    return fail(Kind::kForbidden, "own_draft", "自分が書いた下書きは公開できません。別の査読者に依頼してください。");
  }
  if (auto stale = check_precondition(draft, if_match)) return *stale;
  const std::optional<Problems> problems = check_(id, draft.text);
  if (!problems) return fail(Kind::kUnavailable, "busy", "ただいま確認の処理が混み合っています。数秒おいてから、もう一度公開してください。");
  if (has_errors(*problems)) {
    return fail(Kind::kInvalid, "has_errors", "誤りが残っているため公開できません。差し戻してください。", *problems);
  }
  Problems unreviewed;
  for (const Problem& p : *problems) {
    if (std::find(reviewed.begin(), reviewed.end(), problem_key(p)) == reviewed.end()) unreviewed.push_back(p);
  }
  if (!unreviewed.empty()) {
    return fail(Kind::kInvalid, "warnings_not_reviewed",
                "警告 " + std::to_string(unreviewed.size()) + " 件を確認済みにしてから公開してください（reviewed に各警告の key を送ります）。",
                unreviewed);
  }

  std::lock_guard<std::mutex> one_at_a_time(publish_mutex_);
  Publisher::Writer writer = publisher_.open_writer();
  if (!writer.index) return fail(Kind::kUnavailable, "index_busy", writer.error + "しばらくしてから、もう一度公開してください。");
  if (auto error = carry_over_pending(*writer.index)) return *error;
  {
    auto lock = db_.lock();
    Transaction transaction(db_);
    std::optional<Draft> now_draft = load_draft(id);
    if (!now_draft || now_draft->revision != draft.revision || now_draft->status != "submitted") {
      return fail(Kind::kPreconditionFailed, "precondition_failed", "公開の間に下書き「" + id + "」が変わりました。読み込み直してください。");
    }
    const std::int64_t now = unix_now();
    Statement next(db_, "SELECT coalesce(max(version), 0) + 1 FROM case_versions WHERE case_id = ?");
    next.bind(1, id);
    next.step();
    const std::int64_t version = next.integer(0);
    Statement office(db_, "SELECT office_id FROM drafts WHERE case_id = ?");
    office.bind(1, id);
    office.step();
    Statement insert(db_,
                     "INSERT INTO case_versions (case_id, version, office_id, user_id, published, sha256, text) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, version).bind(3, office.integer(0)).bind(4, who.id).bind(5, now).bind(6, draft.sha256)
        .bind(7, draft.text).run();
    Statement status(db_, "UPDATE drafts SET status = 'published', updated = ?, problems = ? WHERE case_id = ?");
    status.bind(1, now).bind(2, problems_json(*problems)).bind(3, id).run();
    Statement writers(db_, "DELETE FROM draft_writers WHERE case_id = ?");
    writers.bind(1, id).run();
    Statement unwithdraw(db_, "DELETE FROM withdrawals WHERE case_id = ?");
    unwithdraw.bind(1, id).run();
    Statement redo(db_, "INSERT OR REPLACE INTO pending_changes (case_id, action, text, sha256) VALUES (?, 'write', ?, ?)");
    redo.bind(1, id).bind(2, draft.text).bind(3, draft.sha256).run();
    append_audit(db_, {0, now, who.login, who.office, "publish", id, draft.sha256, draft.office});
    transaction.commit();
  }
  {
    std::unique_lock<std::shared_mutex> write(withdrawn_mutex_);
    withdrawn_.erase(id);
  }
  if (auto error = carry_over_pending(*writer.index)) {
    error->message = "公開は記録しましたが、ファイルか索引への反映が終わっていません（" + error->message + "）。次の公開かサーバーの再起動で反映されます。";
    return *error;
  }
  auto lock = db_.lock();
  return *load_draft(id);
}

WorkflowOutcome<Withdrawal> Workflow::withdraw(const Account& who, const std::string& id, const std::string& reason) {
  if (!reviews(who)) return forbidden("取り下げ");
  if (!is_valid_case_id(id)) return fail(Kind::kNotFound, "not_found", "事例「" + sanitize_utf8(id) + "」は見つかりません。");
  if (withdrawal(id)) return fail(Kind::kGone, "withdrawn", "事例「" + id + "」は既に取り下げられています。");
  const std::optional<std::string> file = publisher_.read_case_file(id);
  if (!file) return fail(Kind::kNotFound, "not_found", "事例「" + id + "」は見つかりません。");
  std::optional<std::string> owner;
  {
    auto lock = db_.lock();
    owner = owner_office(id);
  }
  if (who.role != Role::kAdmin && (!owner || *owner != who.office)) {
    return fail(Kind::kForbidden, "other_office", "事例「" + id + "」は他の局・機関の事例のため、取り下げられません。");
  }
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos || find_invalid_utf8(reason) != std::string::npos ||
      count_code_points(reason) > 2000) {
    return fail(Kind::kInvalid, "reason_required", "取り下げの理由（reason）を 2,000 文字以内で書いてください。");
  }
  std::lock_guard<std::mutex> one_at_a_time(publish_mutex_);
  Publisher::Writer writer = publisher_.open_writer();
  if (!writer.index) return fail(Kind::kUnavailable, "index_busy", writer.error + "しばらくしてから、もう一度お試しください。");
  if (auto error = carry_over_pending(*writer.index)) return *error;
  Withdrawal w{id, reason, who.login, owner.value_or(who.office), sha256_hex(*file), unix_now()};
  {
    auto lock = db_.lock();
    Transaction transaction(db_);
    Statement insert(db_,
                     "INSERT OR REPLACE INTO withdrawals (case_id, office_id, user_id, time, reason, sha256) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, office_row(db_, w.office)).bind(3, who.id).bind(4, w.time).bind(5, reason).bind(6, w.sha256).run();
    Statement redo(db_, "INSERT OR REPLACE INTO pending_changes (case_id, action) VALUES (?, 'remove')");
    redo.bind(1, id).run();
    append_audit(db_, {0, w.time, who.login, who.office, "withdraw", id, w.sha256, w.office});
    transaction.commit();
  }
  {
    std::unique_lock<std::shared_mutex> write(withdrawn_mutex_);
    withdrawn_[id] = w;
  }
  if (auto error = carry_over_pending(*writer.index)) {
    error->message = "取り下げは記録しましたが、ファイルか索引への反映が終わっていません（" + error->message + "）。";
    return *error;
  }
  return w;
}

WorkflowOutcome<std::vector<CaseVersion>> Workflow::history(const Account& who, const std::string& id) {
  (void)who;  // any signed-in role: published cases are public, the names of who published them are not
  if (!is_valid_case_id(id)) return fail(Kind::kNotFound, "not_found", "事例「" + sanitize_utf8(id) + "」は見つかりません。");
  auto lock = db_.lock();
  Statement query(db_,
                  "SELECT version, published, users.login, offices.name, sha256 FROM case_versions "
                  "JOIN users ON users.id = case_versions.user_id JOIN offices ON offices.id = case_versions.office_id "
                  "WHERE case_id = ? ORDER BY version");
  query.bind(1, id);
  std::vector<CaseVersion> out;
  while (query.step()) {
    out.push_back({static_cast<int>(query.integer(0)), query.integer(1), query.text(2), query.text(3), query.text(4)});
  }
  if (out.empty() && !publisher_.read_case_file(id) && !withdrawal(id)) {
    return fail(Kind::kNotFound, "not_found", "事例「" + id + "」は見つかりません。");
  }
  return out;
}

WorkflowOutcome<std::vector<AuditEntry>> Workflow::audit(const Account& who, const std::string& case_id,
                                                         std::size_t limit, std::int64_t before_id) {
  if (!reviews(who)) return forbidden("監査ログを読む");
  return read_audit(db_, who.role == Role::kAdmin ? std::string() : who.office, case_id, limit, before_id);
}

}  // namespace casekb
