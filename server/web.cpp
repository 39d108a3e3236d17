// WebRequest accessors.
#include "web.h"

#include <cctype>

namespace casekb {

std::vector<std::string> WebRequest::values(const std::string& name) const {
  std::vector<std::string> out;
  const auto range = params.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

std::string WebRequest::value(const std::string& name, const std::string& fallback) const {
  const auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

bool WebRequest::media_type_is(std::initializer_list<std::string_view> types) const {
  std::string type = content_type.substr(0, content_type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view t : types) {
    if (type == t) return true;
  }
  return false;
}

std::string WebRequest::header(const std::string& name) const {
  std::string lower;
  for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const auto it = headers.find(lower);
  return it == headers.end() ? std::string() : it->second;
}

std::map<std::string, std::string> parse_cookies(const std::string& header) {
  std::map<std::string, std::string> cookies;
  std::size_t at = 0;
  while (at < header.size()) {
    std::size_t end = header.find(';', at);
    if (end == std::string::npos) end = header.size();
    std::string pair = header.substr(at, end - at);
    at = end + 1;
    const std::size_t equals = pair.find('=');
    if (equals == std::string::npos) continue;
    const auto trim = [](std::string s) {
      const std::size_t b = s.find_first_not_of(" \t");
      const std::size_t e = s.find_last_not_of(" \t");
      return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    std::string name = trim(pair.substr(0, equals));
    std::string value = trim(pair.substr(equals + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (!name.empty()) cookies.emplace(std::move(name), std::move(value));
  }
  return cookies;
}

}  // namespace casekb
