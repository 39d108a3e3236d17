// Collection pages: ctemplate templates in the publishing layout (escaping by
// context), the publishing session cookie and its CSRF token on every form.
// Every change goes through Collections::replace with the ETag the page was
// rendered with, so two tabs never overwrite each other silently.
#include "collections_pages.h"

#include <algorithm>

#include "case/case_file.h"
#include "collections_assets.h"
#include "forms.h"
#include "handout.h"
#include "page_templates.h"
#include "pages.h"
#include "text/html.h"
#include "text/utf8.h"
#include "url.h"
#include "workflow/audit.h"
#include "workflow/collections.h"
#include "workflow/secrets.h"

namespace casekb {

namespace {

using Dict = ctemplate::TemplateDictionary;
using Session = Accounts::Session;

constexpr const char* kSessionCookie = "casekb_session";  // the publishing pages' session
constexpr const char* kStylesheet = "/static/collections.css";  // after the publishing layout's own

const char* visibility_label(Visibility v) {
  switch (v) {
    case Visibility::kPublic: return "公開";
    case Visibility::kUnlisted: return "限定公開";
    case Visibility::kPrivate: return "非公開";
  }
  return "";
}

bool makes_collections(const Account& a) { return a.role == Role::kTrainer || a.role == Role::kAdmin; }

std::optional<Session> current_session(AppContext& app, const WebRequest& request) {
  if (!app.workflow) return std::nullopt;
  const auto it = request.cookies.find(kSessionCookie);
  if (it == request.cookies.end()) return std::nullopt;
  return app.workflow->accounts().find_session(it->second);
}

WebResponse message_page(int status, const std::string& heading, const std::string& message, const Session* session,
                         const std::string& link = "/collections", const std::string& label = "研修コレクションへ") {
  Page page(heading, "message.tpl", session, kStylesheet);
  page.status = status;
  page.main->SetValue("HEADING", heading);
  page.main->SetValue("MESSAGE", message);
  Dict* l = page.main->AddSectionDictionary("LINK");
  l->SetValue("URL", link);
  l->SetValue("LABEL", label);
  return page.render();
}

WebResponse unavailable_page() {
  return message_page(503, "研修コレクションは使えません", "このサーバーは閲覧専用です（--state なしで起動しています）。", nullptr, "/",
                      "トップページへ");
}

WebResponse error_page(const WorkflowError& error, const Session* session) {
  const int status = workflow_error_status(error);
  if (status == 404) return message_page(404, "コレクションが見つかりません", error.message, session);
  if (status == 410) return message_page(410, "このコレクションは削除されました", error.message, session);
  if (status == 403) return message_page(403, "この操作はできません", error.message, session);
  return message_page(status, "操作を受け付けられません", error.message, session);
}

std::string field(const WebRequest& request, std::string_view name) { return form_value(request.body, name); }

bool has_field(std::string_view body, std::string_view name) {
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(start, end - start);
    if (decode_url_component(pair.substr(0, pair.find('='))) == name) return true;
    start = end + 1;
  }
  return false;
}

// The session of a form post, or the response to give instead (login, 415, 403).
std::optional<Session> form_session(AppContext& app, const WebRequest& request, WebResponse& instead) {
  std::optional<Session> session = current_session(app, request);
  if (!session) {
    instead = redirect("/login");
    return std::nullopt;
  }
  if (!is_form(request)) {
    instead = message_page(415, "送信の形式が違います", "このページのフォームから送信してください。", &*session);
    return std::nullopt;
  }
  if (!equal_in_constant_time(field(request, "csrf"), session->csrf)) {
    instead = message_page(403, "送信を受け付けられません",
                           "フォームの確認用の値が一致しません。ページを読み込み直してから、もう一度送信してください。", &*session);
    return std::nullopt;
  }
  return session;
}

std::string date_of(std::int64_t unix_seconds) { return iso_utc(unix_seconds + 9 * 3600).substr(0, 10); }

void set_visibility(Dict* d, Visibility v) {
  d->ShowSection(v == Visibility::kPrivate ? "PRIVATE" : v == Visibility::kUnlisted ? "UNLISTED" : "PUBLIC_V");
}

// ---- /collections ----

WebResponse list_page(AppContext& app, const std::optional<Session>& session, int status, const std::string& flash,
                      const std::string& title = "", const std::string& description = "",
                      Visibility visibility = Visibility::kPrivate) {
  Page page("研修コレクション", "collections.tpl", session ? &*session : nullptr, kStylesheet);
  page.status = status;
  if (!flash.empty()) page.flash(flash, status >= 400 ? "error" : "info");
  if (session && makes_collections(session->account)) {
    Dict* create = page.main->AddSectionDictionary("CREATE");
    create->SetValue("TITLE", title);
    create->SetValue("DESCRIPTION", description);
    set_visibility(create, visibility);
  } else if (!session) {
    page.main->ShowSection("SIGN_IN");
  }
  const std::vector<CollectionSummary> listed = app.collections->list(session ? &session->account : nullptr);
  Dict* mine = nullptr;
  Dict* others = nullptr;
  for (const CollectionSummary& s : listed) {
    const bool own = session && s.owner == session->account.login;
    Dict*& list = own ? mine : others;
    if (!list) list = page.main->AddSectionDictionary(own ? "MINE" : "PUBLIC");
    Dict* item = list->AddSectionDictionary("ITEM");
    item->SetValue("URL", "/collections/" + s.id);
    item->SetValue("TITLE", s.title);
    item->SetValue("OWNER", s.owner);
    item->SetValue("VISIBILITY", visibility_name(s.visibility));
    item->SetValue("VISIBILITY_LABEL", visibility_label(s.visibility));
    item->SetIntValue("COUNT", static_cast<long>(s.case_ids.size()));
    item->SetValue("UPDATED", date_of(s.updated));
    if (!own && !s.description.empty()) item->AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", s.description);
  }
  if (!others) page.main->ShowSection("NONE");
  return page.render();
}

WebResponse get_list(AppContext& app, const WebRequest& request) {
  if (!app.collections) return unavailable_page();
  const std::optional<Session> session = current_session(app, request);
  return list_page(app, session, 200, request.has("deleted") ? "コレクションを削除しました。" : "");
}

WebResponse post_create(AppContext& app, const WebRequest& request) {
  if (!app.collections) return unavailable_page();
  WebResponse instead;
  const std::optional<Session> session = form_session(app, request, instead);
  if (!session) return instead;
  const std::string title = lf_only(field(request, "title"));
  const std::string description = lf_only(field(request, "description"));
  const Visibility visibility = parse_visibility(field(request, "visibility")).value_or(Visibility::kPrivate);
  auto created = app.collections->create(session->account, title, description, visibility);
  if (created.error) {
    if (created.error->kind == WorkflowError::Kind::kForbidden) return error_page(*created.error, &*session);
    return list_page(app, session, workflow_error_status(*created.error), created.error->message, title, description, visibility);
  }
  return redirect("/collections/" + created.value->id + "?done=created");
}

// ---- /collections/add ----

// Where an add goes back to: a search or case page of ours, nothing else.
std::optional<std::string> safe_back(const std::string& back) {
  if (back != "/" && !starts_with(back, "/search") && !starts_with(back, "/cases/")) return std::nullopt;
  if (starts_with(back, "//")) return std::nullopt;
  for (const char ch : back) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7f || ch == '\\' || ch == '#') return std::nullopt;
  }
  return back;
}

WebResponse post_add(AppContext& app, const WebRequest& request) {
  if (!app.collections) return unavailable_page();
  WebResponse instead;
  const std::optional<Session> session = form_session(app, request, instead);
  if (!session) return instead;
  const std::string id = field(request, "collection");
  const std::string case_id = field(request, "case");
  auto added = app.collections->add_case(session->account, id, case_id);
  if (added.error) return error_page(*added.error, &*session);
  if (const auto back = safe_back(field(request, "back"))) return redirect(*back + "#collect-" + case_id);
  return redirect("/collections/" + id + "?done=added#item-" + case_id);
}

// ---- /collections/{id} ----

std::string case_meta(const Case& c) {
  std::string meta;
  for (const std::string* p : {&c.company, &c.business, &c.industry, &c.region, &c.published}) {
    if (p->empty()) continue;
    meta += (meta.empty() ? "" : " · ") + *p;
  }
  return meta;
}

std::string done_message(const std::string& done) {
  if (done == "created") return "コレクションを作りました。検索結果や事例のページの「＋ コレクションに追加」で事例を加えてください。";
  if (done == "added") return "事例を加えました。";
  if (done == "note") return "メモを保存しました。";
  if (done == "up" || done == "down") return "順番を変えました。";
  if (done == "remove") return "事例を外しました。";
  if (done == "update" || done == "update_all") return "最新の版にしました。";
  if (done == "questions") return "全体の問いを保存しました。";
  if (done == "settings") return "保存しました。";
  return "";
}

WebResponse collection_page(AppContext& app, const Collection& c, const std::optional<Session>& session, int status,
                            const std::string& flash, const std::string& flash_kind = "info") {
  const std::vector<ItemState> states = app.collections->states(c);
  const bool edit = session && Collections::can_edit(session->account, c);
  Page page(c.title, "collection.tpl", session ? &*session : nullptr, kStylesheet);
  page.status = status;
  if (!flash.empty()) page.flash(flash, flash_kind.c_str());
  if (c.visibility != Visibility::kPublic) page.noindex();
  Dict* m = page.main;
  const std::string url = "/collections/" + c.id;
  m->SetValue("TITLE", c.title);
  m->SetValue("URL", url);
  m->SetValue("ACTION", url);
  m->SetValue("ETAG", c.etag());
  m->SetValue("OWNER", c.owner);
  m->SetValue("VISIBILITY", visibility_name(c.visibility));
  m->SetValue("VISIBILITY_LABEL", visibility_label(c.visibility));
  m->SetIntValue("COUNT", static_cast<long>(c.items.size()));
  m->SetValue("UPDATED", date_of(c.updated));
  m->SetValue("HANDOUT_URL", url + "/handout");
  m->SetValue("MD_URL", url + "/handout.md");
  m->SetValue("ZIP_URL", url + "/handout.zip");
  if (!c.description.empty()) m->AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", c.description);
  if (c.items.empty()) {
    Dict* empty = m->AddSectionDictionary("EMPTY");
    if (edit) empty->ShowSection("CAN_EDIT");
  }
  int changed = 0;
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    const CollectionItem& item = c.items[i];
    const ItemState& state = states[i];
    Dict* d = m->AddSectionDictionary("ITEM");
    d->SetIntValue("NUMBER", static_cast<long>(i + 1));
    d->SetValue("CASE", item.case_id);
    const Case& pinned = item.pinned.snapshot;
    switch (state.kind) {
      case ItemState::Kind::kCurrent: d->SetValue("STATE", "current"); break;
      case ItemState::Kind::kChanged: d->SetValue("STATE", "changed"); break;
      case ItemState::Kind::kWithdrawn: d->SetValue("STATE", "withdrawn"); break;
      case ItemState::Kind::kMissing: d->SetValue("STATE", "missing"); break;
    }
    if (state.kind == ItemState::Kind::kWithdrawn) {
      // Never the withdrawn text, nor its title: it may be why it was withdrawn.
      Dict* w = d->AddSectionDictionary("WITHDRAWN");
      w->SetValue("DATE", date_of(state.time));
      w->SetValue("REASON", state.reason);
      if (edit) w->ShowSection("CAN_EDIT");
    } else if (state.kind == ItemState::Kind::kMissing) {
      d->ShowSection("MISSING");
    } else {
      Dict* shown = d->AddSectionDictionary("SHOWN");
      shown->SetValue("CASE_URL", "/cases/" + item.case_id);
      shown->SetValue("CASE_TITLE", pinned.title);
      shown->SetValue("META", case_meta(pinned));
      std::string walls;
      for (const std::string& w : pinned.walls) walls += (walls.empty() ? "" : "・") + w;
      shown->SetValue("WALLS", walls);
    }
    if (state.kind == ItemState::Kind::kChanged && state.current) {
      ++changed;
      Dict* ch = d->AddSectionDictionary("CHANGED");
      ch->SetValue("PINNED", date_of(item.pinned.time) + " に収録");
      if (item.pinned.version > 0) ch->AddSectionDictionary("PINNED_VERSION")->SetIntValue("VERSION", item.pinned.version);
      ch->SetValue("CURRENT_PUBLISHED", state.current->published);
      if (state.current_version > 0) {
        ch->AddSectionDictionary("CURRENT_VERSION")->SetIntValue("VERSION", state.current_version);
      }
      ch->SetValue("CURRENT_TITLE", state.current->title);
    }
    if (edit) {
      Dict* e = d->AddSectionDictionary("EDIT");
      e->SetValue("NOTE", item.note);
      if (i == 0) e->ShowSection("FIRST");
      if (i + 1 == c.items.size()) e->ShowSection("LAST");
      if (state.kind == ItemState::Kind::kChanged) e->ShowSection("UPDATE");
    } else if (!item.note.empty()) {
      d->AddSectionDictionary("NOTE_VIEW")->SetValue("TEXT", item.note);
    }
  }
  if (changed > 0) {
    Dict* changes = m->AddSectionDictionary("CHANGES");
    changes->SetIntValue("COUNT", changed);
    if (edit) changes->ShowSection("CAN_EDIT");
  }
  if (!c.questions.empty()) {
    Dict* list = m->AddSectionDictionary("QUESTION_LIST");
    for (const std::string& q : c.questions) list->AddSectionDictionary("Q")->SetValue("TEXT", q);
  } else {
    m->ShowSection("NO_QUESTIONS");
  }
  if (edit) {
    std::string text;
    for (const std::string& q : c.questions) text += q + "\n";
    m->AddSectionDictionary("EDIT_QUESTIONS")->SetValue("TEXT", text);
    Dict* settings = m->AddSectionDictionary("SETTINGS");
    settings->SetValue("DESCRIPTION_TEXT", c.description);
    set_visibility(settings, c.visibility);
  }
  return page.render();
}

WebResponse get_collection(AppContext& app, const WebRequest& request, const std::string& id) {
  if (!app.collections) return unavailable_page();
  const std::optional<Session> session = current_session(app, request);
  auto found = app.collections->get(session ? &session->account : nullptr, id);
  if (found.error) return error_page(*found.error, session ? &*session : nullptr);
  return collection_page(app, *found.value, session, 200, done_message(request.value("done")));
}

// The edit a form's action asks for, from the collection as it is.
std::optional<CollectionEdit> edit_for(const Collection& c, const std::vector<ItemState>& states, const WebRequest& request,
                                       const std::string& action, std::string& problem) {
  CollectionEdit edit;
  edit.title = c.title;
  edit.description = c.description;
  edit.visibility = c.visibility;
  edit.questions = c.questions;
  for (const CollectionItem& item : c.items) edit.items.push_back({item.case_id, item.note, false});
  const std::string case_id = field(request, "case");
  auto it = std::find_if(edit.items.begin(), edit.items.end(), [&](const auto& i) { return i.case_id == case_id; });
  const bool item_action = action == "note" || action == "up" || action == "down" || action == "remove" || action == "update";
  if (item_action && it == edit.items.end()) {
    problem = "その事例はこのコレクションに入っていません。ページを読み込み直してください。";
    return std::nullopt;
  }
  if (item_action && has_field(request.body, "note")) it->note = lf_only(field(request, "note"));
  if (action == "note") {
    // the note above is all
  } else if (action == "up" && it != edit.items.begin()) {
    std::iter_swap(it, it - 1);
  } else if (action == "down" && it + 1 != edit.items.end()) {
    std::iter_swap(it, it + 1);
  } else if (action == "remove") {
    edit.items.erase(it);
  } else if (action == "update") {
    it->update = true;
  } else if (action == "update_all") {
    for (std::size_t i = 0; i < edit.items.size(); ++i) {
      if (states[i].kind == ItemState::Kind::kChanged) edit.items[i].update = true;
    }
  } else if (action == "questions") {
    edit.questions.clear();
    const std::string text = lf_only(field(request, "questions"));
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string line = text.substr(start, end - start);
      // Blank lines (spaces, tabs, the ideographic space U+3000) are no question.
      if (line.find_first_not_of(" \t\xE3\x80") != std::string::npos) {
        line.erase(0, line.find_first_not_of(" \t"));
        line.erase(line.find_last_not_of(" \t") + 1);
        edit.questions.push_back(line);
      }
      start = end + 1;
    }
  } else if (action == "settings") {
    edit.title = lf_only(field(request, "title"));
    edit.description = lf_only(field(request, "description"));
    const auto visibility = parse_visibility(field(request, "visibility"));
    if (!visibility) {
      problem = "公開範囲を選んでください。";
      return std::nullopt;
    }
    edit.visibility = *visibility;
  } else if (action != "up" && action != "down") {
    problem = "操作が分かりません。ページを読み込み直してください。";
    return std::nullopt;
  }
  return edit;
}

WebResponse post_collection(AppContext& app, const WebRequest& request, const std::string& id) {
  if (!app.collections) return unavailable_page();
  WebResponse instead;
  const std::optional<Session> session = form_session(app, request, instead);
  if (!session) return instead;
  const std::string action = field(request, "action");
  const std::string etag = field(request, "etag");
  const std::optional<std::string> if_match = etag.empty() ? std::nullopt : std::optional(etag);
  if (action == "add") {
    const std::string case_id = field(request, "case");
    auto added = app.collections->add_case(session->account, id, case_id);
    if (added.error && added.error->kind == WorkflowError::Kind::kInvalid) {
      auto now = app.collections->get(&session->account, id);
      if (now.value) return collection_page(app, *now.value, session, 422, added.error->message, "error");
    }
    if (added.error) return error_page(*added.error, &*session);
    return redirect("/collections/" + id + "?done=added#item-" + case_id);
  }
  if (action == "delete") {
    auto removed = app.collections->remove(session->account, id, if_match);
    if (removed.error && removed.error->kind == WorkflowError::Kind::kPreconditionFailed) {
      auto now = app.collections->get(&session->account, id);
      if (now.value) return collection_page(app, *now.value, session, 412, removed.error->message, "error");
    }
    if (removed.error) return error_page(*removed.error, &*session);
    return redirect("/collections?deleted=1");
  }
  auto found = app.collections->get(&session->account, id);
  if (found.error) return error_page(*found.error, &*session);
  if (!Collections::can_edit(session->account, *found.value)) {
    return message_page(403, "この操作はできません", "このコレクションを変更できるのは、作成した " + found.value->owner + " さんと管理者です。",
                        &*session, "/collections/" + id, "コレクションへ");
  }
  std::string problem;
  const std::optional<CollectionEdit> edit = edit_for(*found.value, app.collections->states(*found.value), request, action, problem);
  if (!edit) return collection_page(app, *found.value, session, 400, problem, "error");
  auto replaced = app.collections->replace(session->account, id, *edit, if_match.value_or(""));
  if (replaced.error) {
    auto now = app.collections->get(&session->account, id);
    if (!now.value) return error_page(*replaced.error, &*session);
    return collection_page(app, *now.value, session, workflow_error_status(*replaced.error), replaced.error->message, "error");
  }
  const std::string case_id = field(request, "case");
  const std::string anchor = action == "questions" ? "#questions" : (!case_id.empty() && action != "remove") ? "#item-" + case_id : "";
  return redirect("/collections/" + id + "?done=" + encode_url_component(action) + anchor);
}

// ---- the handout and its exports ----

enum class Export { kHtml, kCss, kMarkdown, kZip };

WebResponse get_handout(AppContext& app, const WebRequest& request, const std::string& id, Export kind) {
  if (!app.collections) return unavailable_page();
  const std::optional<Session> session = current_session(app, request);
  auto found = app.collections->get(session ? &session->account : nullptr, id);
  if (found.error) return error_page(*found.error, session ? &*session : nullptr);
  const Collection& c = *found.value;
  const Handout handout = make_handout(c, app.collections->states(c), app.public_url, unix_now());
  WebResponse response;
  response.headers.emplace_back("Cache-Control", "no-store");
  switch (kind) {
    case Export::kHtml:
      response.body = handout_html(handout);
      break;
    case Export::kCss:
      response.content_type = "text/css; charset=utf-8";
      response.body = handout_css(handout);
      break;
    case Export::kMarkdown:
      response.content_type = "text/markdown; charset=utf-8";
      response.body = handout_markdown(handout);
      response.headers.emplace_back("Content-Disposition", "attachment; filename=\"casekb-" + c.id + ".md\"");
      break;
    case Export::kZip:
      response.content_type = "application/zip";
      response.body = handout_zip(handout);
      response.headers.emplace_back("Content-Disposition", "attachment; filename=\"casekb-" + c.id + ".zip\"");
      break;
  }
  return response;
}

// ---- the controls beside cases ----

std::string escaped(const std::string& text) { return escape_html(text); }

}  // namespace

CaseControls collection_case_controls(AppContext& app, const WebRequest& request) {
  CaseControls controls;
  if (!app.collections) return controls;
  const std::optional<Session> session = current_session(app, request);
  if (!session || !makes_collections(session->account)) return controls;
  const std::vector<CollectionSummary> owned = app.collections->owned(session->account);
  if (owned.empty()) {
    controls.page_start = "<link rel=\"stylesheet\" href=\"/static/collections.css\"><p class=\"collect-bar\">研修コレクションを<a href=\"/collections\">作る</a>と、ここから事例を 1 クリックで加えられます。</p>";
    return controls;
  }
  std::vector<std::pair<std::string, std::string>> params(request.params.begin(), request.params.end());
  const std::string back = build_url(request.path, params);
  controls.page_end = "<form id=\"collect\" class=\"collect-form\" action=\"/collections/add\" method=\"post\">"
                      "<input type=\"hidden\" name=\"csrf\" value=\"" + escaped(session->csrf) + "\">"
                      "<input type=\"hidden\" name=\"back\" value=\"" + escaped(back) + "\"></form>\n";
  std::string bar = "<link rel=\"stylesheet\" href=\"/static/collections.css\"><div class=\"collect-bar\"><label>追加先のコレクション <select name=\"collection\" form=\"collect\">";
  for (const CollectionSummary& s : owned) {
    bar += "<option value=\"" + escaped(s.id) + "\">" + escaped(s.title) + "（" + std::to_string(s.case_ids.size()) + " 件）</option>";
  }
  bar += "</select></label> <a href=\"/collections\">コレクション一覧</a></div>";
  controls.page_start = std::move(bar);
  controls.beside = [owned](const std::string& case_id) {
    std::string html = "<div class=\"collect\" id=\"collect-" + escape_html(case_id) +
                       "\"><button type=\"submit\" form=\"collect\" name=\"case\" value=\"" + escape_html(case_id) +
                       "\" class=\"secondary\">＋ コレクションに追加</button>";
    std::string in;
    for (const CollectionSummary& s : owned) {
      if (std::find(s.case_ids.begin(), s.case_ids.end(), case_id) == s.case_ids.end()) continue;
      in += (in.empty() ? "" : "、") + std::string("<a href=\"/collections/") + escape_html(s.id) + "\">" + escape_html(s.title) + "</a>";
    }
    if (!in.empty()) html += " <span class=\"collected\">収録済み: " + in + "</span>";
    html += "</div>";
    return html;
  };
  return controls;
}

std::optional<PublishingRoute> find_collections_page(const std::string& path) {
  if (path == "/collections") return PublishingRoute{get_list, post_create, nullptr, nullptr};
  if (path == "/collections/add") return PublishingRoute{nullptr, post_add, nullptr, nullptr};
  if (path == "/static/collections.css") {
    return PublishingRoute{[](AppContext&, const WebRequest&) {
                             WebResponse response;
                             response.content_type = "text/css; charset=utf-8";
                             response.body = std::string(collections_stylesheet());
                             response.headers.emplace_back("Cache-Control", "public, max-age=3600");
                             return response;
                           },
                           nullptr, nullptr, nullptr};
  }
  if (!starts_with(path, "/collections/")) return std::nullopt;
  std::string rest = path.substr(13);
  const std::size_t slash = rest.find('/');
  const std::string id = rest.substr(0, slash);
  if (slash == std::string::npos) {
    return PublishingRoute{[id](AppContext& app, const WebRequest& r) { return get_collection(app, r, id); },
                           [id](AppContext& app, const WebRequest& r) { return post_collection(app, r, id); }, nullptr,
                           nullptr};
  }
  const std::string what = rest.substr(slash + 1);
  Export kind;
  if (what == "handout") kind = Export::kHtml;
  else if (what == "handout.css") kind = Export::kCss;
  else if (what == "handout.md") kind = Export::kMarkdown;
  else if (what == "handout.zip") kind = Export::kZip;
  else return std::nullopt;
  return PublishingRoute{[id, kind](AppContext& app, const WebRequest& r) { return get_handout(app, r, id, kind); }, nullptr,
                         nullptr, nullptr};
}

}  // namespace casekb
