// The JSON API (shared/spec/api.md): /api/search, /api/cases/{id}, errors.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse api_search(AppContext& app, const WebRequest& request);
WebResponse api_case(AppContext& app, const std::string& id);
WebResponse api_openapi();
// GET /api/cases/{id}/similar
WebResponse api_case_similar(AppContext& app, const std::string& id);
// POST /api/similar: a description of a firm (text/plain, or JSON {"text": ...}).
WebResponse api_similar_text(AppContext& app, const WebRequest& request);

// POST /api/lint: a draft case file (text/markdown) → format and anonymity problems.
WebResponse api_lint(AppContext& app, const WebRequest& request);

// Longest description /api/similar and /similar accept, in characters.
inline constexpr std::size_t kMaxDescriptionChars = 20000;

// Whether caches may keep a JSON response. One about a signed-in user's state
// (drafts, collections) must not be kept: Cache-Control: no-store.
enum class Caching { kAllowed, kNoStore };

// `body` as JSON with the given status. Invalid UTF-8 is replaced rather than
// thrown, so that no input can cause a 500.
WebResponse json_response(int status, const nlohmann::json& body, Caching caching = Caching::kAllowed);

// The JSON object a POST carries, or the refusal (415 for another media type, 400 for
// anything but an object). With kEmptyObject an empty body is {} (publishing's actions
// that need no fields); with kRefused it is a 400 like any other non-object.
enum class EmptyBody { kRefused, kEmptyObject };
std::optional<nlohmann::json> json_object_body(const WebRequest& request, WebResponse& refusal,
                                               EmptyBody empty = EmptyBody::kRefused);

// {"error": {"code", "message", "details"}} with the given status.
WebResponse json_error(int status, const std::string& code, const std::string& message,
                       const std::vector<std::string>& details = {});

// The 503 for heavy work the pool refused (busy, or over its time budget).
WebResponse heavy_work_refused(const AppContext& app, WorkRefusal refusal);

}  // namespace casekb
