// Routing: one table of paths, the methods each takes and their handlers.
#include "routes.h"

#include <functional>
#include <optional>
#include <string_view>

#include "api.h"
#include "collections_api.h"
#include "collections_pages.h"
#include "feed.h"
#include "pages.h"
#include "publishing_api.h"
#include "static_assets.h"
#include "url.h"
#include "walls_page.h"

namespace casekb {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

using Handler = std::function<WebResponse(AppContext&, const WebRequest&)>;

// The handlers of one path, by method; GET also answers HEAD (the server
// drops the body).
struct Route {
  Handler get;
  Handler post;
  Handler put = nullptr;
  Handler del = nullptr;
};

// The route for a path (handlers bind the case id a path names); nullopt: no such path.
std::optional<Route> find_route(const std::string& path) {
  if (path == "/" || path == "/search") return Route{page_search, nullptr};
  if (path == "/similar") return Route{page_similar, page_similar};
  if (path == "/api/search") return Route{api_search, nullptr};
  if (path == "/api/openapi.json") return Route{[](AppContext&, const WebRequest&) { return api_openapi(); }, nullptr};
  if (path == "/api/similar") return Route{nullptr, api_similar_text};
  if (path == "/api/lint") return Route{nullptr, api_lint};
  if (path == "/walls") return Route{[](AppContext& app, const WebRequest&) { return page_walls(app); }, nullptr};
  if (path == "/feed.xml") return Route{feed_atom, nullptr};
  if (auto collections = find_collections_page(path)) {
    return Route{collections->get, collections->post, collections->put, collections->del};
  }
  if (auto collections = find_collections_api_route(path)) {
    return Route{collections->get, collections->post, collections->put, collections->del};
  }
  if (auto publishing = find_publishing_route(path)) {
    return Route{publishing->get, publishing->post, publishing->put, publishing->del};
  }
  if (starts_with(path, "/cases/")) {
    const std::string id = path.substr(7);
    return Route{[id](AppContext& app, const WebRequest& request) {
                   if (auto gone = withdrawn_response(app, id, false)) return *gone;
                   return page_case(app, id, request);
                 },
                 nullptr};
  }
  if (starts_with(path, "/api/cases/")) {
    std::string id = path.substr(11);
    if (ends_with(id, "/similar") && id.size() > 8) {
      id.resize(id.size() - 8);
      return Route{[id](AppContext& app, const WebRequest&) { return api_case_similar(app, id); }, nullptr};
    }
    return Route{[id](AppContext& app, const WebRequest&) {
                   if (auto gone = withdrawn_response(app, id, true)) return *gone;
                   return api_case(app, id);
                 },
                 nullptr, nullptr,
                 [id](AppContext& app, const WebRequest& request) { return api_withdraw_case(app, request, id); }};
  }
  if (const StaticAsset* asset = find_static_asset(path)) {
    return Route{[asset](AppContext&, const WebRequest&) {
                   WebResponse response;
                   response.content_type = std::string(asset->content_type);
                   response.body = std::string(asset->body);
                   response.headers.emplace_back("Cache-Control", "public, max-age=3600");
                   return response;
                 },
                 nullptr};
  }
  return std::nullopt;
}

std::string allowed_methods(const Route& route) {
  std::string allow;
  const auto add = [&](const char* method) { allow += (allow.empty() ? "" : ", ") + std::string(method); };
  if (route.get) add("GET"), add("HEAD");
  if (route.post) add("POST");
  if (route.put) add("PUT");
  if (route.del) add("DELETE");
  add("OPTIONS");
  return allow;
}

WebResponse dispatch(AppContext& app, const WebRequest& request) {
  const bool api = starts_with(request.path, "/api/");
  const std::optional<Route> route = find_route(request.path);
  if (!route) {
    if (api) return json_error(404, "not_found", "この API はありません。/api/openapi.json に一覧があります。");
    return page_not_found();
  }
  if ((request.method == "GET" || request.method == "HEAD") && route->get) return route->get(app, request);
  if (request.method == "POST" && route->post) return route->post(app, request);
  if (request.method == "PUT" && route->put) return route->put(app, request);
  if (request.method == "DELETE" && route->del) return route->del(app, request);
  const std::string allow = allowed_methods(*route);
  if (request.method == "OPTIONS") {
    WebResponse response;
    response.status = 204;
    response.content_type.clear();
    response.headers.emplace_back("Allow", allow);
    return response;
  }
  const std::string message = "このパスは " + allow + " だけを受け付けます。";
  WebResponse response = api ? json_error(405, "method_not_allowed", message) : page_error(405, message);
  response.headers.emplace_back("Allow", allow);
  return response;
}

}  // namespace

void add_security_headers(WebResponse& response) {
  response.headers.emplace_back("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
}

WebResponse route(AppContext& app, const WebRequest& request) {
  WebResponse response = dispatch(app, request);
  add_security_headers(response);
  return response;
}

}  // namespace casekb
