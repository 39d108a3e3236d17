// The publishing pages' templates, stylesheet and script, compiled in
// (publishing_assets.cmake).
#pragma once

#include <iterator>
#include <string_view>
#include <vector>

namespace casekb {

struct PublishingAsset {
  std::string_view name;          // template file name, or URL path of a static file
  std::string_view content_type;  // static files only
  std::string_view body;
};

std::vector<PublishingAsset> publishing_templates();
// /static/publishing.css and /static/publishing.js; null for other paths.
const PublishingAsset* find_publishing_asset(std::string_view path);

}  // namespace casekb
