// HTML escaping: the one place dynamic text becomes markup-safe.
#pragma once

#include <string>
#include <string_view>

namespace casekb {

// Escapes & < > " ' so text is safe in element content and quoted attributes.
std::string escape_html(std::string_view text);
void append_escaped_html(std::string& out, std::string_view text);

}  // namespace casekb
