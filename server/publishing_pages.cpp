// Publishing pages, rendered with ctemplate: every template declares
// AUTOESCAPE context="HTML", so each value is escaped for where it lands (text,
// attribute, URL) and no page is put together by string concatenation. Forms
// carry the session's CSRF token; the session cookie is HttpOnly,
// SameSite=Strict, and Secure when the server runs behind TLS.
#include "publishing_pages.h"

#include "case/case_file.h"
#include "case/lint.h"
#include "case_view.h"
#include "forms.h"
#include "page_templates.h"
#include "pages.h"
#include "publishing_assets.h"
#include "text/utf8.h"
#include "url.h"
#include "workflow/line_diff.h"
#include "workflow/secrets.h"

namespace casekb {

namespace {

using Dict = ctemplate::TemplateDictionary;

constexpr const char* kSessionCookie = "casekb_session";
constexpr const char* kLoginCookie = "casekb_login";

const char* status_label(const std::string& status) {
  if (status == "draft") return "下書き";
  if (status == "submitted") return "提出済み";
  if (status == "returned") return "差し戻し";
  if (status == "published") return "公開済み";
  return "新規";
}

bool is_reviewer(const Account& a) { return a.role == Role::kReviewer || a.role == Role::kAdmin; }
bool is_writer(const Account& a) { return a.role == Role::kAuthor || a.role == Role::kAdmin; }

WebResponse message_page(int status, const std::string& heading, const std::string& message,
                         const Accounts::Session* session, const std::string& link = "", const std::string& label = "") {
  Page page(heading, "message.tpl", session);
  page.status = status;
  page.main->SetValue("HEADING", heading);
  page.main->SetValue("MESSAGE", message);
  if (!link.empty()) {
    Dict* l = page.main->AddSectionDictionary("LINK");
    l->SetValue("URL", link);
    l->SetValue("LABEL", label);
  }
  return page.render();
}

WebResponse read_only_page() {
  return message_page(503, "公開の機能は使えません", "このサーバーは閲覧専用です（--state なしで起動しています）。", nullptr, "/", "トップページへ");
}

std::string cookie(const AppContext& app, const std::string& name, const std::string& value, const std::string& path,
                   long max_age = -1) {
  std::string c = name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict";
  if (max_age >= 0) c += "; Max-Age=" + std::to_string(max_age);
  if (app.secure_cookies) c += "; Secure";
  return c;
}

std::optional<Accounts::Session> current_session(AppContext& app, const WebRequest& request) {
  const auto it = request.cookies.find(kSessionCookie);
  if (it == request.cookies.end()) return std::nullopt;
  return app.workflow->accounts().find_session(it->second);
}

// Every value of a form field, in order.
std::vector<std::string> form_values(std::string_view body, std::string_view name) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && decode_url_component(pair.substr(0, eq)) == name) {
      out.push_back(decode_url_component(pair.substr(eq + 1)));
    }
    start = end + 1;
  }
  return out;
}

std::string field(const WebRequest& request, std::string_view name) {
  const auto values = form_values(request.body, name);
  return values.empty() ? std::string() : values.front();
}

// Checks a posted form: a form content type and the session's CSRF token.
std::optional<WebResponse> refuse_form(const WebRequest& request, const Accounts::Session& session) {
  if (!is_form(request)) {
    return message_page(415, "送信の形式が違います", "このページのフォームから送信してください。", &session);
  }
  if (!equal_in_constant_time(field(request, "csrf"), session.csrf)) {
    return message_page(403, "送信を受け付けられません",
                        "フォームの確認用の値が一致しません。ページを読み込み直してから、もう一度送信してください。", &session);
  }
  return std::nullopt;
}

// The session, or the response to give instead (the login page; for a post
// that was lost to an expired session, with its text to copy).
std::optional<Accounts::Session> require_session(AppContext& app, const WebRequest& request, WebResponse& instead);

WebResponse login_page(AppContext& app, int status, const std::string& error, const std::string& login,
                       const std::string& kept_text) {
  Page page("ログイン", "login.tpl", nullptr);
  page.status = status;
  const std::string token = random_hex(16);
  page.main->SetValue("CSRF", token);
  page.main->SetValue("LOGIN", login);
  if (!error.empty()) page.main->AddSectionDictionary("ERROR")->SetValue("MESSAGE", error);
  if (!kept_text.empty()) page.main->AddSectionDictionary("KEPT")->SetValue("TEXT", kept_text);
  page.headers.emplace_back("Set-Cookie", cookie(app, kLoginCookie, token, "/login"));
  return page.render();
}

std::optional<Accounts::Session> require_session(AppContext& app, const WebRequest& request, WebResponse& instead) {
  std::optional<Accounts::Session> session = current_session(app, request);
  if (session) return session;
  if (request.method == "POST") {
    instead = login_page(app, 401, "ログインの有効期限が切れました。もう一度ログインしてください。", "",
                         is_form(request) ? field(request, "text") : "");
  } else {
    instead = redirect("/login");
  }
  return std::nullopt;
}

void add_problems(Dict* parent, const Problems& problems) {
  Dict* list = parent->AddIncludeDictionary("PROBLEMS");
  list->SetFilename("problems.tpl");
  if (problems.empty()) list->ShowSection("NO_PROBLEMS");
  for (const Problem& p : problems) {
    Dict* item = list->AddSectionDictionary("PROBLEM");
    item->SetIntValue("LINE", p.line);
    item->SetIntValue("COLUMN", p.column);
    item->SetValue("SEVERITY", severity_name(p.severity));
    item->SetValue("SEVERITY_LABEL", p.severity == Severity::kError ? "誤り" : "警告");
    item->SetValue("MESSAGE", p.message);
    if (!p.text.empty()) item->AddSectionDictionary("TEXT")->SetValue("VALUE", p.text);
    if (!p.suggestion.empty()) item->AddSectionDictionary("SUGGESTION")->SetValue("VALUE", p.suggestion);
  }
}

void add_lines(Dict* parent, const std::string& text, bool open) {
  Dict* lines = parent->AddIncludeDictionary("LINES");
  lines->SetFilename("lines.tpl");
  if (open) lines->ShowSection("OPEN");
  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    Dict* line = lines->AddSectionDictionary("LINE");
    line->SetIntValue("NUMBER", ++number);
    line->SetValue("TEXT", text.substr(start, end - start));
    start = end + 1;
  }
}

// The checked draft: problems and, when it has no error, its rendered preview.
struct Checked {
  Problems problems;
  std::optional<Case> value;
  bool refused = false;  // the heavy pool was full
};

Checked check_text(AppContext& app, const std::string& id, const std::string& text) {
  const LintContext& lint = app.lint;
  auto work = run_heavy_work(app, [&lint, id, text] { return lint_case(id, text, lint, ""); });
  if (work.refusal) return {{}, std::nullopt, true};
  return {std::move(work.value->problems), std::move(work.value->value), false};
}

void add_preview(Dict* main, const std::optional<Case>& value) {
  if (!value) {
    main->ShowSection("NO_PREVIEW");
    return;
  }
  Dict* preview = main->AddSectionDictionary("PREVIEW");
  preview->SetValue("TITLE", value->title);
  preview->SetValue("HTML", make_case_view(*value).html);  // cmark-gfm without raw HTML
}

std::string new_draft_text() {
  return "---\ntitle: \ncompany: A社\nindustry: \nregion: \nwalls: []\noutcomes: []\npublished: \n---\n\n"
         "## 設定された課題\n\n\n## 支援アプローチ\n\n\n## 生まれた事業上の変化\n\n";
}

struct EditorState {
  std::string text;
  std::string etag;
  Problems problems;
  std::optional<Draft> conflict_with;  // the saved version another editor wrote
  std::string flash;
  const char* flash_kind = "info";
  int status = 200;
};

WebResponse editor_page(AppContext& app, const Accounts::Session& session, const std::string& id,
                        const std::optional<Draft>& draft, EditorState state) {
  Page page("下書き " + id, "editor.tpl", &session);
  page.status = state.status;
  if (!state.flash.empty()) page.flash(state.flash, state.flash_kind);
  Dict* main = page.main;
  main->SetValue("ID", id);
  main->SetValue("ACTION", "/drafts/" + id);
  main->SetValue("STATUS", draft ? draft->status : "new");
  main->SetValue("STATUS_LABEL", status_label(draft ? draft->status : ""));
  if (draft) {
    Dict* meta = main->AddSectionDictionary("META");
    meta->SetValue("OFFICE", draft->office);
    meta->SetValue("AUTHOR", draft->author);
    meta->SetValue("UPDATED", iso_utc(draft->updated));
    meta->SetValue("ETAG", draft->etag());
    for (const DraftComment& c : draft->comments) {
      Dict* comment = main->AddSectionDictionary("COMMENT");
      comment->SetValue("LOGIN", c.login);
      comment->SetValue("TIME", iso_utc(c.time));
      comment->SetValue("TEXT", c.text);
    }
  }
  if (state.conflict_with) {
    Dict* conflict = main->AddSectionDictionary("CONFLICT");
    conflict->SetValue("AUTHOR", state.conflict_with->author);
    conflict->SetValue("UPDATED", iso_utc(state.conflict_with->updated));
    conflict->SetValue("MINE", state.text);
    conflict->SetValue("THEIRS", state.conflict_with->text);
  }
  main->SetValue("TEXT", state.text);
  main->SetValue("ETAG", state.etag);
  if (is_writer(session.account)) main->ShowSection("CAN_WRITE");
  const Checked checked = check_text(app, id, state.text);
  add_problems(main, state.problems.empty() && !checked.refused ? checked.problems : state.problems);
  add_lines(main, state.text, false);
  add_preview(main, checked.value);
  return page.render();
}

// ---- handlers ----

WebResponse get_login(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  if (current_session(app, request)) return redirect("/drafts");
  return login_page(app, 200, "", "", "");
}

WebResponse post_login(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  if (!is_form(request)) return message_page(415, "送信の形式が違います", "ログインのページから送信してください。", nullptr);
  const auto cookie_token = request.cookies.find(kLoginCookie);
  const std::string login = field(request, "login");
  if (cookie_token == request.cookies.end() || !equal_in_constant_time(field(request, "csrf"), cookie_token->second)) {
    return login_page(app, 403, "ページの有効期限が切れました。もう一度ログインしてください。", login, "");
  }
  const std::string password = field(request, "password");
  Accounts& accounts = app.workflow->accounts();
  const std::string remote = request.remote_addr;
  auto work = run_heavy_work(app, [&accounts, login, password, remote] { return accounts.check_password(login, password, remote); });
  if (work.refusal) return login_page(app, 503, "ただいま混み合っています。数秒おいてから、もう一度お試しください。", login, "");
  const Accounts::Login& result = *work.value;
  if (result.result == Accounts::Login::Result::kLocked) {
    return login_page(app, 429,
                      "失敗が続いたため、このログイン名は " + iso_utc(result.locked_until) +
                          "（UTC）までログインできません。急ぐときは管理者に連絡してください。",
                      login, "");
  }
  if (result.result != Accounts::Login::Result::kOk) {
    return login_page(app, 401, "ログイン名かパスワードが違います。", login, "");
  }
  const Accounts::Session session = accounts.start_session(*result.account);
  WebResponse response = redirect(session.account.role == Role::kTrainer ? "/collections"
                                  : is_reviewer(session.account) && session.account.role != Role::kAdmin ? "/review"
                                                                                                     : "/drafts");
  response.headers.emplace_back("Set-Cookie", cookie(app, kSessionCookie, session.cookie, "/"));
  response.headers.emplace_back("Set-Cookie", cookie(app, kLoginCookie, "", "/login", 0));
  return response;
}

WebResponse post_logout(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = current_session(app, request);
  if (!session) return redirect("/login");
  if (auto refused = refuse_form(request, *session)) return *refused;
  app.workflow->accounts().end_session(session->selector, actor_of(session->account));
  WebResponse response = redirect("/login");
  response.headers.emplace_back("Set-Cookie", cookie(app, kSessionCookie, "", "/", 0));
  return response;
}

WebResponse get_drafts(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  if (request.has("id")) {
    const std::string id = request.value("id");
    if (is_valid_case_id(id)) return redirect("/drafts/" + id);
  }
  auto listed = app.workflow->list_drafts(session->account, "");
  if (listed.error) return message_page(403, "下書きを見られません", listed.error->message, &*session);
  Page page("下書き", "drafts.tpl", &*session);
  if (request.has("id")) page.flash("事例 ID は英小文字・数字・ハイフンの 3〜64 文字（先頭は英数字）にしてください。", "error");
  page.main->SetValue("OFFICE_TITLE", session->account.role == Role::kAdmin ? "すべての局・機関" : session->account.office);
  if (listed.value->empty()) page.main->ShowSection("EMPTY");
  else page.main->ShowSection("HAS_DRAFTS");
  for (const DraftSummary& d : *listed.value) {
    Dict* row = page.main->AddSectionDictionary("DRAFT");
    row->SetValue("URL", (d.status == "submitted" && is_reviewer(session->account) ? "/review?id=" : "/drafts/") + d.id);
    row->SetValue("ID", d.id);
    row->SetValue("STATUS", d.status);
    row->SetValue("STATUS_LABEL", status_label(d.status));
    row->SetValue("OFFICE", d.office);
    row->SetValue("AUTHOR", d.author);
    row->SetValue("UPDATED", iso_utc(d.updated));
  }
  return page.render();
}

WebResponse get_draft_page(AppContext& app, const WebRequest& request, const std::string& id) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  if (!is_valid_case_id(id)) return page_not_found();
  auto draft = app.workflow->get_draft(session->account, id);
  if (draft.error && draft.error->kind != WorkflowError::Kind::kNotFound) {
    return message_page(403, "下書きを見られません", draft.error->message, &*session);
  }
  if (draft.error && !is_writer(session->account)) return page_not_found();
  EditorState state;
  if (draft.value) {
    state.text = draft.value->text;
    state.etag = draft.value->status == "published" ? "" : draft.value->etag();
  } else {
    const std::optional<std::string> published = app.workflow->published_text(id);
    state.text = published ? *published : new_draft_text();
  }
  if (request.has("saved")) state.flash = "保存しました。";
  if (request.has("submitted")) state.flash = "提出しました。査読者が確認します。";
  return editor_page(app, *session, id, draft.value, state);
}

WebResponse post_draft_page(AppContext& app, const WebRequest& request, const std::string& id) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  if (auto refused = refuse_form(request, *session)) return *refused;
  if (!is_valid_case_id(id)) return page_not_found();
  const std::string action = field(request, "action");
  std::string text = lf_only(field(request, "text"));
  const std::string etag = field(request, "etag");
  if (text.size() > kMaxCaseFileBytes || find_invalid_utf8(text) != std::string::npos) {
    return message_page(413, "保存できません", "事例ファイルは UTF-8 で 64 KiB 以内にしてください。", &*session);
  }
  auto current = app.workflow->get_draft(session->account, id);
  const bool unchanged = current.value && current.value->text == text && current.value->status != "published";
  if (!unchanged || action == "save") {
    auto saved = app.workflow->save_draft(session->account, id, text, etag.empty() ? std::nullopt : std::optional(etag));
    if (saved.error) {
      EditorState state;
      state.text = text;
      state.status = workflow_error_status(*saved.error);
      state.flash = saved.error->message;
      state.flash_kind = "error";
      state.problems = saved.error->problems;
      auto now = app.workflow->get_draft(session->account, id);
      state.etag = etag;
      if ((saved.error->kind == WorkflowError::Kind::kPreconditionFailed ||
           saved.error->kind == WorkflowError::Kind::kPreconditionRequired) && now.value) {
        state.conflict_with = now.value;
        state.etag = now.value->etag();  // saving again now replaces their version knowingly
      }
      return editor_page(app, *session, id, now.value, state);
    }
  }
  if (action == "submit") {
    auto submitted = app.workflow->submit(session->account, id, std::nullopt);
    if (submitted.error) {
      auto now = app.workflow->get_draft(session->account, id);
      EditorState state;
      state.text = text;
      state.etag = now.value ? now.value->etag() : "";
      state.status = workflow_error_status(*submitted.error);
      state.flash = submitted.error->message;
      state.flash_kind = "error";
      state.problems = submitted.error->problems;
      return editor_page(app, *session, id, now.value, state);
    }
    return redirect("/drafts/" + id + "?submitted=1");
  }
  return redirect("/drafts/" + id + "?saved=1");
}

WebResponse review_page(AppContext& app, const Accounts::Session& session, const Draft& draft, int status,
                        const std::string& flash) {
  Page page("査読 " + draft.id, "review.tpl", &session);
  page.status = status;
  if (!flash.empty()) page.flash(flash, status >= 400 ? "error" : "info");
  Dict* main = page.main;
  main->SetValue("ID", draft.id);
  main->SetValue("ACTION", "/review?id=" + draft.id);
  main->SetValue("STATUS", draft.status);
  main->SetValue("STATUS_LABEL", status_label(draft.status));
  main->SetValue("OFFICE", draft.office);
  main->SetValue("AUTHOR", draft.author);
  main->SetValue("UPDATED", iso_utc(draft.updated));
  main->SetValue("ETAG", draft.etag());
  const Checked checked = check_text(app, draft.id, draft.text);
  if (checked.value) {
    Dict* preview = main->AddSectionDictionary("PREVIEW");
    preview->SetValue("TITLE", checked.value->title);
    preview->SetValue("HTML", make_case_view(*checked.value).html);
  }
  const std::optional<std::string> published = app.workflow->published_text(draft.id);
  main->SetValue("DIFF_TITLE", published ? "公開中の版との違い" : "新しい事例（すべて追加）");
  for (const DiffLine& line : diff_lines(published.value_or(""), draft.text)) {
    Dict* row = main->AddSectionDictionary("DIFF");
    row->SetValue("KIND", line.kind == DiffLine::Kind::kSame ? "same" : line.kind == DiffLine::Kind::kAdded ? "added" : "removed");
    row->SetValue("SIGN", line.kind == DiffLine::Kind::kSame ? "" : line.kind == DiffLine::Kind::kAdded ? "+" : "−");
    row->SetValue("OLD", line.old_line ? std::to_string(line.old_line) : "");
    row->SetValue("NEW", line.new_line ? std::to_string(line.new_line) : "");
    row->SetValue("TEXT", line.text);
  }
  bool warnings = false;
  for (const Problem& p : checked.problems) warnings = warnings || p.severity == Severity::kWarning;
  Dict* fieldset = warnings ? main->AddSectionDictionary("WARNINGS") : nullptr;
  for (const Problem& p : checked.problems) {
    if (p.severity != Severity::kWarning || !fieldset) continue;
    Dict* w = fieldset->AddSectionDictionary("WARNING");
    w->SetValue("KEY", problem_key(p));
    w->SetIntValue("LINE", p.line);
    w->SetValue("MESSAGE", p.message);
    if (!p.text.empty()) w->AddSectionDictionary("TEXT")->SetValue("VALUE", p.text);
  }
  const bool own = std::find(draft.writers.begin(), draft.writers.end(), session.account.login) != draft.writers.end();
  if (own) main->ShowSection("OWN_DRAFT");
  else if (draft.status == "submitted") main->ShowSection("CAN_PUBLISH");
  return page.render();
}

WebResponse get_review(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  if (!is_reviewer(session->account)) {
    return message_page(403, "査読できません", "査読は査読者と管理者の役割です。", &*session, "/drafts", "下書きへ");
  }
  if (request.has("id")) {
    auto draft = app.workflow->get_draft(session->account, request.value("id"));
    if (draft.error) return page_not_found();
    return review_page(app, *session, *draft.value, 200, "");
  }
  auto listed = app.workflow->list_drafts(session->account, "submitted");
  Page page("査読", "review_queue.tpl", &*session);
  if (request.has("published")) page.flash("「" + request.value("published") + "」を公開しました。検索にもすぐ出ます。");
  if (request.has("returned")) page.flash("「" + request.value("returned") + "」を差し戻しました。");
  page.main->SetValue("OFFICE_TITLE", session->account.role == Role::kAdmin ? "すべての局・機関" : session->account.office);
  if (!listed.value || listed.value->empty()) page.main->ShowSection("EMPTY");
  else page.main->ShowSection("HAS_DRAFTS");
  if (listed.value) {
    for (const DraftSummary& d : *listed.value) {
      Dict* row = page.main->AddSectionDictionary("DRAFT");
      row->SetValue("URL", "/review?id=" + d.id);
      row->SetValue("ID", d.id);
      row->SetValue("OFFICE", d.office);
      row->SetValue("AUTHOR", d.author);
      row->SetValue("UPDATED", iso_utc(d.updated));
    }
  }
  return page.render();
}

WebResponse post_review(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  if (auto refused = refuse_form(request, *session)) return *refused;
  const std::string id = request.value("id");
  const std::string action = field(request, "action");
  const std::string etag = field(request, "etag");
  WorkflowOutcome<Draft> outcome = WorkflowError{};
  if (action == "publish") {
    outcome = app.workflow->publish(session->account, id, etag.empty() ? std::nullopt : std::optional(etag),
                                    form_values(request.body, "reviewed"));
    if (!outcome.error) return redirect("/review?published=" + encode_url_component(id));
  } else if (action == "return") {
    outcome = app.workflow->return_draft(session->account, id, field(request, "comment"),
                                         etag.empty() ? std::nullopt : std::optional(etag));
    if (!outcome.error) return redirect("/review?returned=" + encode_url_component(id));
  } else {
    return message_page(400, "操作が分かりません", "公開するか差し戻すかを選んでください。", &*session);
  }
  auto draft = app.workflow->get_draft(session->account, id);
  if (draft.error) return page_not_found();
  return review_page(app, *session, *draft.value, workflow_error_status(*outcome.error), outcome.error->message);
}

WebResponse check_page(AppContext& app, const WebRequest& request) {
  std::optional<Accounts::Session> session;
  if (app.workflow) session = current_session(app, request);
  Page page("下書きを確かめる", "check.tpl", session ? &*session : nullptr);
  if (request.method == "POST") {
    if (!is_form(request)) return message_page(415, "送信の形式が違います", "このページのフォームから送信してください。", nullptr);
    const std::string text = lf_only(field(request, "text"));
    page.main->SetValue("TEXT", text);
    if (text.size() > kMaxCaseFileBytes || find_invalid_utf8(text) != std::string::npos) {
      page.status = 413;
      page.flash("事例ファイルは UTF-8 で 64 KiB 以内にしてください。", "error");
      return page.render();
    }
    // Never stored or logged: the text may hold the very names it is checked for.
    const Checked checked = check_text(app, "draft", text);
    if (checked.refused) {
      page.status = 503;
      page.flash("ただいま混み合っています。数秒おいてから、もう一度お試しください。", "error");
      return page.render();
    }
    Dict* shown = page.main->AddSectionDictionary("CHECKED");
    add_problems(shown, checked.problems);
    add_lines(shown, text, false);
  } else {
    page.main->SetValue("TEXT", new_draft_text());
  }
  return page.render();
}

WebResponse audit_page(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return read_only_page();
  WebResponse instead;
  const auto session = require_session(app, request, instead);
  if (!session) return instead;
  std::int64_t before = 0;
  try {
    if (request.has("before")) before = std::stoll(request.value("before"));
  } catch (const std::exception&) {
    before = 0;
  }
  auto entries = app.workflow->audit(session->account, "", 200, before);
  if (entries.error) return message_page(403, "監査ログを見られません", entries.error->message, &*session);
  Page page("監査ログ", "audit.tpl", &*session);
  page.main->SetValue("OFFICE_TITLE", session->account.role == Role::kAdmin ? "すべて" : session->account.office);
  for (const AuditEntry& e : *entries.value) {
    Dict* row = page.main->AddSectionDictionary("ENTRY");
    row->SetValue("TIME", iso_utc(e.time));
    row->SetValue("LOGIN", e.login);
    row->SetValue("OFFICE", e.office);
    row->SetValue("ACTION", e.action);
    row->SetValue("ID", e.case_id);
    row->SetValue("SHA", e.sha256.substr(0, 16));
  }
  if (entries.value->size() == 200) {
    page.main->AddSectionDictionary("MORE")->SetValue("URL", "/audit?before=" + std::to_string(entries.value->back().id));
  }
  return page.render();
}

WebResponse static_asset(const PublishingAsset& asset) {
  WebResponse response;
  response.content_type = std::string(asset.content_type);
  response.body = std::string(asset.body);
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return response;
}

}  // namespace

std::optional<PublishingRoute> find_publishing_page(const std::string& path) {
  if (path == "/login") return PublishingRoute{get_login, post_login, nullptr, nullptr};
  if (path == "/logout") return PublishingRoute{nullptr, post_logout, nullptr, nullptr};
  if (path == "/drafts") return PublishingRoute{get_drafts, nullptr, nullptr, nullptr};
  if (starts_with(path, "/drafts/")) {
    const std::string id = path.substr(8);
    return PublishingRoute{[id](AppContext& app, const WebRequest& r) { return get_draft_page(app, r, id); },
                           [id](AppContext& app, const WebRequest& r) { return post_draft_page(app, r, id); }, nullptr,
                           nullptr};
  }
  if (path == "/review") return PublishingRoute{get_review, post_review, nullptr, nullptr};
  if (path == "/audit") return PublishingRoute{audit_page, nullptr, nullptr, nullptr};
  if (path == "/check") return PublishingRoute{check_page, check_page, nullptr, nullptr};
  if (const PublishingAsset* asset = find_publishing_asset(path)) {
    return PublishingRoute{[asset](AppContext&, const WebRequest&) { return static_asset(*asset); }, nullptr, nullptr,
                           nullptr};
  }
  return std::nullopt;
}

WebResponse page_withdrawn(const std::string& id, const std::string& reason) {
  return message_page(410, "この事例は取り下げられました", "事例「" + id + "」は取り下げられました。理由: " + reason, nullptr, "/",
                      "ほかの事例を探す");
}

}  // namespace casekb
