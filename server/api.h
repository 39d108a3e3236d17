// The JSON API (shared/spec/api.md): /api/search, /api/cases/{id}, errors.
#pragma once

#include <string>
#include <vector>

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse api_search(AppContext& app, const WebRequest& request);
WebResponse api_case(AppContext& app, const std::string& id);
WebResponse api_openapi();

// {"error": {"code", "message", "details"}} with the given status.
WebResponse json_error(int status, const std::string& code, const std::string& message,
                       const std::vector<std::string>& details = {});

}  // namespace casekb
