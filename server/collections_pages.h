// Pages of trainers' collections, on the publishing pages' sessions, CSRF
// tokens and layout (one account system):
//   /collections               the caller's and the public collections; trainers create one
//   /collections/add           the one-click add from search results and case pages (POST)
//   /collections/{id}          a collection; its owner orders, notes, questions and settings
//                              with plain forms (no JavaScript), each carrying the ETag
//   /collections/{id}/handout  the printable handout (+ .css, .md, .zip)
//   /static/collections.css
#pragma once

#include <optional>
#include <string>

#include "app.h"
#include "publishing_api.h"

namespace casekb {

// The handlers of a collections page path; nullopt: not one of ours.
std::optional<PublishingRoute> find_collections_page(const std::string& path);

// A signed-in trainer's (or admin's) "＋ コレクションに追加" beside each case;
// nothing for anyone else. For AppContext::case_controls.
CaseControls collection_case_controls(AppContext& app, const WebRequest& request);

}  // namespace casekb
