// URL building and matching: percent-encoding of query components, search links,
// path prefixes.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casekb {

// Percent-encodes everything except unreserved characters (RFC 3986).
std::string encode_url_component(std::string_view text);

// "path?k=v&k=v" with every key and value encoded; empty values are skipped.
std::string build_url(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params);

// Decodes %XX and + in a query or form component; invalid escapes stay as written.
std::string decode_url_component(std::string_view text);

// The first value of `name` in an application/x-www-form-urlencoded body.
std::string form_value(std::string_view body, std::string_view name);

// Whether `s` begins with `prefix` (C++17's string_view has no starts_with); the
// routes and handlers match paths with it.
inline bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace casekb
