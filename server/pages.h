// Server-rendered HTML pages: search (/ and /search), case, not found, errors.
// Usable without JavaScript; every dynamic string is escaped.
#pragma once

#include <string>

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse page_search(AppContext& app, const WebRequest& request);
// `request` may carry the parameters of the search the reader came from: the
// page's ← link returns to it.
WebResponse page_case(AppContext& app, const std::string& id, const WebRequest& request);
// GET: a form to paste a description of a firm; POST: the most similar cases
// and the walls they suggest. The description is neither stored nor logged.
WebResponse page_similar(AppContext& app, const WebRequest& request);
WebResponse page_not_found();
WebResponse page_error(int status, const std::string& message);

}  // namespace casekb
