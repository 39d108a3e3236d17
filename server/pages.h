// Server-rendered HTML pages: search (/ and /search), case, not found, errors.
// Usable without JavaScript; every dynamic string is escaped.
#pragma once

#include <string>

#include "app.h"
#include "web.h"

namespace casekb {

WebResponse page_search(AppContext& app, const WebRequest& request);
// `request` may carry the parameters of the search the reader came from: the
// page's ← link returns to it; signed-in users see their controls (app.case_controls).
WebResponse page_case(AppContext& app, const std::string& id, const WebRequest& request);
// GET: a form to paste a description of a firm; POST: the most similar cases
// and the walls they suggest. The description is neither stored nor logged.
WebResponse page_similar(AppContext& app, const WebRequest& request);
WebResponse page_not_found();
// The public pages' layout (header with the search box, footer) around `main`,
// which must be markup already escaped; `head` goes into <head>.
std::string public_page(const std::string& title, const std::string& main, const std::string& head = "");
WebResponse page_error(int status, const std::string& message);

}  // namespace casekb
