// Collections API handlers: credentials, bodies, the core's outcomes as
// statuses and JSON.
#include "collections_api.h"

#include <nlohmann/json.hpp>

#include "api.h"
#include "case_view.h"
#include "url.h"
#include "workflow/collections.h"

namespace casekb {

namespace {

using json = nlohmann::json;

WebResponse error_response(const WorkflowError& error) {
  WebResponse response = json_error(workflow_error_status(error), error.code, error.message);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

WebResponse unavailable() {
  return json_error(503, "read_only", "このサーバーは閲覧専用です（--state なしで起動）。コレクションは使えません。");
}

// The caller: nullopt without an Authorization header; `refused` set when one
// is sent but not valid (a wrong token never falls back to anonymous).
struct Caller {
  std::optional<Account> account;
  std::optional<WebResponse> refused;
};

Caller caller_of(AppContext& app, const WebRequest& request) {
  Caller caller;
  const std::string header = request.header("authorization");
  if (header.empty()) return caller;
  if (header.size() > 7 && (header.compare(0, 7, "Bearer ") == 0 || header.compare(0, 7, "bearer ") == 0)) {
    caller.account = app.workflow->accounts().authenticate_token(header.substr(7));
  }
  if (!caller.account) {
    WebResponse refusal = json_error(401, "unauthorized", "トークンが正しくないか、無効になっています。");
    refusal.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"casekb\"");
    caller.refused = std::move(refusal);
  }
  return caller;
}

std::optional<WebResponse> require_account(const Caller& caller) {
  if (caller.refused) return caller.refused;
  if (caller.account) return std::nullopt;
  WebResponse refusal = json_error(401, "unauthorized", "認証が必要です。Authorization: Bearer <トークン> を付けてください。");
  refusal.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"casekb\"");
  return refusal;
}

WebResponse invalid(const std::string& message) { return json_error(422, "invalid_field", message); }

// A string member: `fallback` when absent; nullopt (and the refusal) when not a string.
std::optional<std::string> string_member(const json& body, const char* name, const char* label, WebResponse& refusal,
                                         std::optional<std::string> fallback = std::nullopt) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) {
    if (fallback) return fallback;
    refusal = invalid(std::string(label) + "（\"" + name + "\"）がありません。");
    return std::nullopt;
  }
  if (!it->is_string()) {
    refusal = invalid(std::string(label) + "（\"" + name + "\"）は文字列で送ってください。");
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<Visibility> visibility_member(const json& body, WebResponse& refusal, const char* fallback) {
  const std::optional<std::string> name = string_member(body, "visibility", "公開範囲", refusal,
                                                        fallback ? std::optional<std::string>(fallback) : std::nullopt);
  if (!name) return std::nullopt;
  const std::optional<Visibility> visibility = parse_visibility(*name);
  if (!visibility) refusal = invalid("公開範囲（\"visibility\"）は public、unlisted、private のどれかです。");
  return visibility;
}

json summary_json(const Case& c) {
  return {{"id", c.id},         {"url", case_url(c.id)}, {"title", c.title},     {"company", c.company},
          {"industry", c.industry}, {"business", c.business}, {"region", c.region}, {"area", c.area},
          {"walls", c.walls},   {"outcomes", c.outcomes}, {"published", c.published}};
}

const char* state_name(ItemState::Kind kind) {
  switch (kind) {
    case ItemState::Kind::kCurrent: return "current";
    case ItemState::Kind::kChanged: return "changed";
    case ItemState::Kind::kWithdrawn: return "withdrawn";
    case ItemState::Kind::kMissing: return "missing";
  }
  return "current";
}

json collection_json(const Collection& c, const std::vector<ItemState>& states) {
  json items = json::array();
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    const CollectionItem& item = c.items[i];
    const ItemState& state = states[i];
    json out = {{"case", item.case_id},
                {"note", item.note},
                {"url", case_url(item.case_id)},
                {"status", state_name(state.kind)},
                {"pinned", {{"sha256", item.pinned.sha256}, {"version", item.pinned.version}, {"time", iso_utc(item.pinned.time)}}}};
    // A withdrawn case is shown by its id and the reason only: its text may be why it was withdrawn.
    if (state.kind == ItemState::Kind::kWithdrawn) {
      out["withdrawn"] = {{"reason", state.reason}, {"time", iso_utc(state.time)}};
    } else {
      out["summary"] = summary_json(item.pinned.snapshot);
    }
    if (state.kind == ItemState::Kind::kChanged && state.current) {
      out["current"] = {{"sha256", case_fingerprint(*state.current)}, {"version", state.current_version},
                        {"published", state.current->published}, {"title", state.current->title}};
    }
    items.push_back(std::move(out));
  }
  return {{"id", c.id},
          {"url", "/collections/" + c.id},
          {"handout", "/collections/" + c.id + "/handout"},
          {"title", c.title},
          {"description", c.description},
          {"visibility", visibility_name(c.visibility)},
          {"owner", c.owner},
          {"created", iso_utc(c.created)},
          {"updated", iso_utc(c.updated)},
          {"etag", c.etag()},
          {"items", std::move(items)},
          {"questions", c.questions}};
}

WebResponse collection_response(AppContext& app, int status, const Collection& c) {
  WebResponse response = json_response(status, collection_json(c, app.collections->states(c)), Caching::kNoStore);
  response.headers.emplace_back("ETag", c.etag());
  return response;
}

std::optional<std::string> if_match(const WebRequest& request) {
  if (request.headers.count("if-match") == 0) return std::nullopt;
  return request.header("if-match");
}

WebResponse list(AppContext& app, const WebRequest& request) {
  const Caller caller = caller_of(app, request);
  if (caller.refused) return *caller.refused;
  json results = json::array();
  for (const CollectionSummary& s : app.collections->list(caller.account ? &*caller.account : nullptr)) {
    results.push_back({{"id", s.id},
                       {"url", "/collections/" + s.id},
                       {"title", s.title},
                       {"description", s.description},
                       {"visibility", visibility_name(s.visibility)},
                       {"owner", s.owner},
                       {"cases", s.case_ids},
                       {"updated", iso_utc(s.updated)}});
  }
  return json_response(200, {{"results", std::move(results)}}, Caching::kNoStore);
}

WebResponse create(AppContext& app, const WebRequest& request) {
  const Caller caller = caller_of(app, request);
  if (auto refused = require_account(caller)) return *refused;
  WebResponse refusal;
  const std::optional<json> body = json_object_body(request, refusal);
  if (!body) return refusal;
  const auto title = string_member(*body, "title", "タイトル", refusal);
  if (!title) return refusal;
  const auto description = string_member(*body, "description", "説明", refusal, "");
  if (!description) return refusal;
  const auto visibility = visibility_member(*body, refusal, "private");
  if (!visibility) return refusal;
  auto created = app.collections->create(*caller.account, *title, *description, *visibility);
  if (created.error) return error_response(*created.error);
  WebResponse response = collection_response(app, 201, *created.value);
  response.headers.emplace_back("Location", "/api/collections/" + created.value->id);
  return response;
}

WebResponse read(AppContext& app, const WebRequest& request, const std::string& id) {
  const Caller caller = caller_of(app, request);
  if (caller.refused) return *caller.refused;
  auto found = app.collections->get(caller.account ? &*caller.account : nullptr, id);
  if (found.error) return error_response(*found.error);
  return collection_response(app, 200, *found.value);
}

WebResponse replace(AppContext& app, const WebRequest& request, const std::string& id) {
  const Caller caller = caller_of(app, request);
  if (auto refused = require_account(caller)) return *refused;
  WebResponse refusal;
  const std::optional<json> body = json_object_body(request, refusal);
  if (!body) return refusal;
  CollectionEdit edit;
  const auto title = string_member(*body, "title", "タイトル", refusal);
  if (!title) return refusal;
  const auto description = string_member(*body, "description", "説明", refusal, "");
  if (!description) return refusal;
  const auto visibility = visibility_member(*body, refusal, nullptr);
  if (!visibility) return refusal;
  edit.title = *title;
  edit.description = *description;
  edit.visibility = *visibility;
  if (const auto items = body->find("items"); items != body->end() && !items->is_null()) {
    if (!items->is_array()) return invalid("事例（\"items\"）は配列で送ってください。");
    for (const json& item : *items) {
      const auto case_id = item.is_object() ? item.find("case") : item.end();
      if (!item.is_object() || case_id == item.end() || !case_id->is_string()) {
        return invalid("事例（\"items\"）の各要素は {\"case\": \"事例 ID\", \"note\": \"メモ\"} の形で送ってください。");
      }
      CollectionEdit::Item wanted;
      wanted.case_id = case_id->get<std::string>();
      const auto note = string_member(item, "note", "メモ", refusal, "");
      if (!note) return refusal;
      wanted.note = *note;
      if (const auto update = item.find("update"); update != item.end()) {
        if (!update->is_boolean()) return invalid("\"update\" は true か false で送ってください。");
        wanted.update = update->get<bool>();
      }
      edit.items.push_back(std::move(wanted));
    }
  }
  if (const auto questions = body->find("questions"); questions != body->end() && !questions->is_null()) {
    if (!questions->is_array()) return invalid("全体の問い（\"questions\"）は文字列の配列で送ってください。");
    for (const json& q : *questions) {
      if (!q.is_string()) return invalid("全体の問い（\"questions\"）は文字列の配列で送ってください。");
      edit.questions.push_back(q.get<std::string>());
    }
  }
  auto replaced = app.collections->replace(*caller.account, id, edit, if_match(request));
  if (replaced.error) return error_response(*replaced.error);
  return collection_response(app, 200, *replaced.value);
}

WebResponse remove(AppContext& app, const WebRequest& request, const std::string& id) {
  const Caller caller = caller_of(app, request);
  if (auto refused = require_account(caller)) return *refused;
  auto removed = app.collections->remove(*caller.account, id, if_match(request));
  if (removed.error) return error_response(*removed.error);
  return json_response(200, {{"id", id}, {"status", "deleted"}}, Caching::kNoStore);
}

// Wraps a handler: 503 without the state database.
PublishingHandler when_available(PublishingHandler handler) {
  return [handler = std::move(handler)](AppContext& app, const WebRequest& request) {
    if (!app.collections || !app.workflow) return unavailable();
    return handler(app, request);
  };
}

}  // namespace

std::optional<PublishingRoute> find_collections_api_route(const std::string& path) {
  if (path == "/api/collections") return PublishingRoute{when_available(list), when_available(create), nullptr, nullptr};
  if (!starts_with(path, "/api/collections/")) return std::nullopt;
  const std::string id = path.substr(17);
  if (id.find('/') != std::string::npos) return std::nullopt;
  return PublishingRoute{
      when_available([id](AppContext& app, const WebRequest& r) { return read(app, r, id); }), nullptr,
      when_available([id](AppContext& app, const WebRequest& r) { return replace(app, r, id); }),
      when_available([id](AppContext& app, const WebRequest& r) { return remove(app, r, id); })};
}

}  // namespace casekb
