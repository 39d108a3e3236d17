// Files compiled into the server (generated from static/ and server/openapi.json
// at build time), so no request ever maps to a path on disk.
#pragma once

#include <string_view>

namespace casekb {

struct StaticAsset {
  std::string_view path;          // URL path, e.g. /static/style.css
  std::string_view content_type;
  std::string_view body;
};

// The asset served at url_path, or nullptr.
const StaticAsset* find_static_asset(std::string_view url_path);

}  // namespace casekb
