// Transport-neutral request and response: routes and pages work on these, so
// they can be tested without a socket; http_server adapts them to cpp-httplib.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace casekb {

struct WebRequest {
  std::string method = "GET";
  std::string path;                                 // decoded path, no query string
  std::multimap<std::string, std::string> params;  // decoded query parameters, in order
  std::string body;
  std::string content_type;
  // Request headers with lower-case names. Values are as the library decoded
  // them: never copy one into a response header (shared/security.md).
  std::multimap<std::string, std::string> headers;
  std::map<std::string, std::string> cookies;  // from Cookie headers; the first of a name wins
  std::string remote_addr;                     // the peer's address, from the socket (never a header)

  // The first value of header `name` (any case), or "".
  std::string header(const std::string& name) const;
  // The values of a parameter in the order given.
  std::vector<std::string> values(const std::string& name) const;
  // The first value of a parameter, or fallback.
  std::string value(const std::string& name, const std::string& fallback = "") const;
  bool has(const std::string& name) const { return params.count(name) > 0; }
  // Whether the body's media type (Content-Type without its parameters, any case) is
  // one of `types`: "Application/JSON; charset=utf-8" is application/json.
  bool media_type_is(std::initializer_list<std::string_view> types) const;
};

// The cookies of one Cookie header ("a=1; b=2"); the first of a name wins.
std::map<std::string, std::string> parse_cookies(const std::string& header);

struct WebResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace casekb
