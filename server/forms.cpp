// Form posts: content type, line ends, the redirect after.
#include "forms.h"

#include <cctype>

namespace casekb {

bool is_form(const WebRequest& request) {
  std::string type = request.content_type.substr(0, request.content_type.find(';'));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return type == "application/x-www-form-urlencoded";
}

std::string lf_only(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

WebResponse redirect(const std::string& location) {
  WebResponse response;
  response.status = 303;
  response.content_type.clear();
  response.headers.emplace_back("Location", location);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace casekb
