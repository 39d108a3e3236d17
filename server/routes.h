// Request dispatch: path and method → API handler, page or static asset, with
// the security headers every response carries. Socket-free, so tests call it directly.
#pragma once

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse route(AppContext& app, const WebRequest& request);

// Headers added to every response (CSP, nosniff, referrer policy).
void add_security_headers(WebResponse& response);

}  // namespace casekb
