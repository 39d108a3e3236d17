// URL encoding.
#include "url.h"

namespace casekb {

std::string encode_url_component(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size() * 3);
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string build_url(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out(path);
  char separator = '?';
  for (const auto& [key, value] : params) {
    if (value.empty()) continue;
    out += separator;
    out += encode_url_component(key);
    out += '=';
    out += encode_url_component(value);
    separator = '&';
  }
  return out;
}

}  // namespace casekb

namespace casekb {

std::string decode_url_component(std::string_view text) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string form_value(std::string_view body, std::string_view name) {
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(start, end - start);
    const std::size_t equals = pair.find('=');
    if (decode_url_component(pair.substr(0, equals)) == name) {
      return equals == std::string_view::npos ? "" : decode_url_component(pair.substr(equals + 1));
    }
    start = end + 1;
  }
  return {};
}

}  // namespace casekb
