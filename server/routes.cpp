// Routing.
#include "routes.h"

#include "api.h"
#include "pages.h"
#include "static_assets.h"

namespace casekb {

namespace {

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

WebResponse dispatch(AppContext& app, const WebRequest& request) {
  const std::string& path = request.path;
  const bool api = starts_with(path, "/api/");
  if (request.method == "POST" && path == "/api/similar") return api_similar_text(app, request);
  if (request.method == "POST" && path == "/api/lint") return api_lint(app, request);
  if (request.method == "POST" && path == "/similar") return page_similar(app, request);
  if (request.method != "GET" && request.method != "HEAD") {
    WebResponse response = api ? json_error(405, "method_not_allowed", "このパスは GET だけを受け付けます。")
                               : page_error(405, "このページは GET だけを受け付けます。");
    response.headers.emplace_back("Allow", "GET, HEAD");
    return response;
  }
  if (path == "/" || path == "/search") return page_search(app, request);
  if (starts_with(path, "/cases/")) return page_case(app, path.substr(7));
  if (path == "/api/search") return api_search(app, request);
  if (path == "/api/openapi.json") return api_openapi();
  if (path == "/similar") return page_similar(app, request);
  if (starts_with(path, "/api/cases/")) {
    const std::string rest = path.substr(11);
    const std::string suffix = "/similar";
    if (rest.size() > suffix.size() && rest.compare(rest.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return api_case_similar(app, rest.substr(0, rest.size() - suffix.size()));
    }
    return api_case(app, rest);
  }
  if (const StaticAsset* asset = find_static_asset(path)) {
    WebResponse response;
    response.content_type = std::string(asset->content_type);
    response.body = std::string(asset->body);
    response.headers.emplace_back("Cache-Control", "public, max-age=3600");
    return response;
  }
  if (api) return json_error(404, "not_found", "この API はありません。/api/openapi.json に一覧があります。");
  return page_not_found();
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
