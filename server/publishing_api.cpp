// Publishing API handlers: authentication, content types, the workflow's
// outcomes as statuses and JSON.
#include "publishing_api.h"

#include <nlohmann/json.hpp>

#include "api.h"
#include "case/case_file.h"
#include "case_view.h"
#include "publishing_pages.h"
#include "text/utf8.h"
#include "url.h"

namespace casekb {

namespace {

using json = nlohmann::json;

json problem_json(const Problem& p) {
  return {{"line", p.line}, {"column", p.column}, {"severity", severity_name(p.severity)}, {"rule", p.rule},
          {"text", p.text}, {"message", p.message}, {"suggestion", p.suggestion}, {"key", problem_key(p)}};
}

json problems_json(const Problems& problems) {
  json out = json::array();
  for (const Problem& p : problems) out.push_back(problem_json(p));
  return out;
}

WebResponse error_response(const WorkflowError& error) {
  WebResponse response = json_error(workflow_error_status(error), error.code, error.message);
  if (!error.problems.empty() || error.kind == WorkflowError::Kind::kInvalid) {
    json body = json::parse(response.body);
    body["problems"] = problems_json(error.problems);
    response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  if (error.kind == WorkflowError::Kind::kUnavailable) response.headers.emplace_back("Retry-After", "2");
  return response;
}

WebResponse read_only() {
  return json_error(503, "read_only", "このサーバーは閲覧専用です（--state なしで起動）。公開の機能は使えません。");
}

// The account of the request's bearer token, or the 401 to answer.
std::optional<Account> authenticate(AppContext& app, const WebRequest& request, WebResponse& refusal) {
  const std::string header = request.header("authorization");
  std::optional<Account> account;
  if (header.size() > 7 && (header.compare(0, 7, "Bearer ") == 0 || header.compare(0, 7, "bearer ") == 0)) {
    account = app.workflow->accounts().authenticate_token(header.substr(7));
  }
  if (!account) {
    refusal = json_error(401, "unauthorized",
                         header.empty() ? "認証が必要です。Authorization: Bearer <トークン> を付けてください。"
                                        : "トークンが正しくないか、無効になっています。");
    refusal.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"casekb\"");
  }
  return account;
}

std::optional<std::string> if_match(const WebRequest& request) {
  if (request.headers.count("if-match") == 0) return std::nullopt;
  return request.header("if-match");
}

std::string string_field(const json& body, const char* name) {
  const auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json draft_json(const Draft& d) {
  json comments = json::array();
  for (const DraftComment& c : d.comments) {
    comments.push_back({{"login", c.login}, {"action", c.action}, {"time", iso_utc(c.time)}, {"text", c.text}});
  }
  return {{"id", d.id},
          {"status", d.status},
          {"office", d.office},
          {"author", d.author},
          {"text", d.text},
          {"etag", d.etag()},
          {"sha256", d.sha256},
          {"created", iso_utc(d.created)},
          {"updated", iso_utc(d.updated)},
          {"problems", problems_json(d.problems)},
          {"comments", std::move(comments)}};
}

WebResponse with_etag(WebResponse response, const Draft& draft) {
  response.headers.emplace_back("ETag", draft.etag());
  return response;
}

// Wraps an API handler: 503 without a workflow, 401 without credentials.
PublishingHandler api(std::function<WebResponse(AppContext&, const WebRequest&, const Account&)> handler) {
  return [handler = std::move(handler)](AppContext& app, const WebRequest& request) {
    if (!app.workflow) return read_only();
    WebResponse refusal;
    const std::optional<Account> account = authenticate(app, request, refusal);
    if (!account) return refusal;
    return handler(app, request, *account);
  };
}

WebResponse put_draft(AppContext& app, const WebRequest& request, const Account& who, const std::string& id) {
  if (!request.media_type_is({"text/markdown", "text/plain", "text/x-markdown"})) {
    return json_error(415, "unsupported_media_type", "下書きは事例ファイルそのものを text/markdown で送ってください。");
  }
  if (request.body.size() > kMaxCaseFileBytes) {
    return json_error(413, "payload_too_large",
                      "事例ファイルが大きすぎます（" + std::to_string(request.body.size() / 1024) + " KiB）。1 件の事例は " +
                          std::to_string(kMaxCaseFileBytes / 1024) + " KiB 以内にしてください。");
  }
  if (find_invalid_utf8(request.body) != std::string::npos || request.body.find('\0') != std::string::npos) {
    return json_error(400, "invalid_utf8", "本文を UTF-8 の文字として読めません（NUL や壊れたバイトがあります）。");
  }
  auto saved = app.workflow->save_draft(who, id, request.body, if_match(request));
  if (saved.error) return error_response(*saved.error);
  const Draft& d = saved.value->draft;
  WebResponse response = json_response(saved.value->created ? 201 : 200,
                                       {{"id", d.id},
                                        {"status", d.status},
                                        {"office", d.office},
                                        {"etag", d.etag()},
                                        {"problems", problems_json(d.problems)}},
                                       Caching::kNoStore);
  if (saved.value->created) response.headers.emplace_back("Location", "/api/drafts/" + d.id);
  return with_etag(std::move(response), d);
}

WebResponse list_drafts(AppContext& app, const WebRequest& request, const Account& who) {
  const std::string status = request.value("status");
  if (!status.empty() && status != "draft" && status != "submitted" && status != "returned" && status != "published") {
    return json_error(400, "bad_request", "status は draft、submitted、returned、published のどれかです。");
  }
  auto listed = app.workflow->list_drafts(who, status);
  if (listed.error) return error_response(*listed.error);
  json results = json::array();
  for (const DraftSummary& d : *listed.value) {
    results.push_back({{"id", d.id}, {"status", d.status}, {"office", d.office}, {"author", d.author},
                       {"updated", iso_utc(d.updated)}});
  }
  return json_response(200, {{"results", std::move(results)}}, Caching::kNoStore);
}

WebResponse get_draft(AppContext& app, const Account& who, const std::string& id) {
  auto draft = app.workflow->get_draft(who, id);
  if (draft.error) return error_response(*draft.error);
  return with_etag(json_response(200, draft_json(*draft.value), Caching::kNoStore), *draft.value);
}

WebResponse draft_action(AppContext& app, const WebRequest& request, const Account& who, const std::string& id,
                         const std::string& action) {
  WebResponse refusal;
  const std::optional<json> body = json_object_body(request, refusal, EmptyBody::kEmptyObject);
  if (!body) return refusal;
  WorkflowOutcome<Draft> outcome = WorkflowError{};
  if (action == "submit") {
    outcome = app.workflow->submit(who, id, if_match(request));
  } else if (action == "return") {
    outcome = app.workflow->return_draft(who, id, string_field(*body, "comment"), if_match(request));
  } else {
    std::vector<std::string> reviewed;
    if (const auto it = body->find("reviewed"); it != body->end() && it->is_array()) {
      for (const json& key : *it) {
        if (key.is_string()) reviewed.push_back(key.get<std::string>());
      }
    }
    outcome = app.workflow->publish(who, id, if_match(request), reviewed);
  }
  if (outcome.error) return error_response(*outcome.error);
  json out = {{"id", id}, {"status", outcome.value->status}, {"etag", outcome.value->etag()}};
  if (action == "publish") out["url"] = case_url(id);
  return with_etag(json_response(200, out, Caching::kNoStore), *outcome.value);
}

WebResponse case_history(AppContext& app, const Account& who, const std::string& id) {
  auto history = app.workflow->history(who, id);
  if (history.error) return error_response(*history.error);
  json versions = json::array();
  for (const CaseVersion& v : *history.value) {
    versions.push_back({{"version", v.version}, {"published", iso_utc(v.published)}, {"by", v.by},
                        {"office", v.office}, {"sha256", v.sha256}});
  }
  json out = {{"id", id}, {"versions", std::move(versions)}};
  if (const auto w = app.workflow->withdrawal(id)) {
    out["withdrawn"] = {{"time", iso_utc(w->time)}, {"by", w->by}, {"office", w->office}, {"reason", w->reason}};
  }
  return json_response(200, out, Caching::kNoStore);
}

WebResponse audit_log(AppContext& app, const WebRequest& request, const Account& who) {
  std::size_t limit = 100;
  std::int64_t before = 0;
  try {
    if (request.has("limit")) limit = std::min<std::size_t>(std::stoul(request.value("limit")), 1000);
    if (request.has("before")) before = std::stoll(request.value("before"));
  } catch (const std::exception&) {
    return json_error(400, "bad_request", "limit と before は整数で指定してください。");
  }
  auto entries = app.workflow->audit(who, request.value("id"), limit == 0 ? 1 : limit, before);
  if (entries.error) return error_response(*entries.error);
  json out = json::array();
  for (const AuditEntry& e : *entries.value) {
    out.push_back({{"seq", e.id}, {"time", iso_utc(e.time)}, {"login", e.login}, {"office", e.office},
                   {"action", e.action}, {"id", e.case_id}, {"sha256", e.sha256}});
  }
  return json_response(200, {{"entries", std::move(out)}}, Caching::kNoStore);
}

}  // namespace

int workflow_error_status(const WorkflowError& error) {
  using Kind = WorkflowError::Kind;
  switch (error.kind) {
    case Kind::kForbidden: return 403;
    case Kind::kNotFound: return 404;
    case Kind::kConflict: return 409;
    case Kind::kGone: return 410;
    case Kind::kPreconditionFailed: return 412;
    case Kind::kPreconditionRequired: return 428;
    case Kind::kInvalid: return 422;
    case Kind::kBadRequest: return 400;
    case Kind::kUnavailable: return 503;
  }
  return 400;
}

DraftChecker make_draft_checker(AppContext& app) {
  return [&app](const std::string& id, const std::string& text) -> std::optional<Problems> {
    const LintContext& lint = app.lint;
    auto work = run_heavy_work(app, [&lint, id, text] { return lint_case(id, text, lint, "").problems; });
    if (work.refusal) return std::nullopt;
    return std::move(*work.value);
  };
}

WebResponse api_withdraw_case(AppContext& app, const WebRequest& request, const std::string& id) {
  return api([id](AppContext& app, const WebRequest& request, const Account& who) {
    WebResponse refusal;
    const std::optional<json> body = json_object_body(request, refusal, EmptyBody::kEmptyObject);
    if (!body) return refusal;
    auto withdrawn = app.workflow->withdraw(who, id, string_field(*body, "reason"));
    if (withdrawn.error) return error_response(*withdrawn.error);
    return json_response(200, {{"id", id}, {"status", "withdrawn"}, {"reason", withdrawn.value->reason}},
                         Caching::kNoStore);
  })(app, request);
}

std::optional<WebResponse> withdrawn_response(AppContext& app, const std::string& id, bool api_path) {
  if (!app.workflow) return std::nullopt;
  const std::optional<Withdrawal> w = app.workflow->withdrawal(id);
  if (!w) return std::nullopt;
  const std::string message = "事例「" + id + "」は取り下げられました。理由: " + w->reason;
  if (!api_path) return page_withdrawn(id, w->reason);
  WebResponse response = json_error(410, "withdrawn", message);
  json body = json::parse(response.body);
  body["reason"] = w->reason;
  body["withdrawn"] = iso_utc(w->time);
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return response;
}

std::optional<PublishingRoute> find_publishing_route(const std::string& path) {
  if (path == "/api/drafts") return PublishingRoute{api(list_drafts), nullptr, nullptr, nullptr};
  if (path == "/api/audit") return PublishingRoute{api(audit_log), nullptr, nullptr, nullptr};
  if (starts_with(path, "/api/drafts/")) {
    std::string rest = path.substr(12);
    const std::size_t slash = rest.find('/');
    if (slash == std::string::npos) {
      const std::string id = rest;
      return PublishingRoute{api([id](AppContext& app, const WebRequest&, const Account& who) { return get_draft(app, who, id); }),
                             nullptr,
                             api([id](AppContext& app, const WebRequest& r, const Account& who) { return put_draft(app, r, who, id); }),
                             nullptr};
    }
    const std::string id = rest.substr(0, slash), action = rest.substr(slash + 1);
    if (action != "submit" && action != "return" && action != "publish") return std::nullopt;
    return PublishingRoute{nullptr,
                           api([id, action](AppContext& app, const WebRequest& r, const Account& who) {
                             return draft_action(app, r, who, id, action);
                           }),
                           nullptr, nullptr};
  }
  if (starts_with(path, "/api/cases/") && path.size() > 19 && path.compare(path.size() - 8, 8, "/history") == 0) {
    const std::string id = path.substr(11, path.size() - 11 - 8);
    return PublishingRoute{api([id](AppContext& app, const WebRequest&, const Account& who) { return case_history(app, who, id); }),
                           nullptr, nullptr, nullptr};
  }
  return find_publishing_page(path);
}

}  // namespace casekb
