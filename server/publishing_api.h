// The publishing API (shared/spec/api.md, "Publishing"): drafts, submit,
// return, publish, withdraw, history and audit over the core Workflow, with
// bearer-token authentication. Without a workflow (no --state) every endpoint
// answers 503.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app.h"
#include "web.h"
#include "workflow/workflow.h"

namespace casekb {

using PublishingHandler = std::function<WebResponse(AppContext&, const WebRequest&)>;

// The handlers of a publishing path (API and pages), by method; nullopt: not one of ours.
struct PublishingRoute {
  PublishingHandler get, post, put, del;
};
std::optional<PublishingRoute> find_publishing_route(const std::string& path);

// DELETE /api/cases/{id}: withdraws a case (reviewers of its office, admins).
WebResponse api_withdraw_case(AppContext& app, const WebRequest& request, const std::string& id);

// 410 with the reason when case id is withdrawn (JSON for the API, else HTML); nullopt otherwise.
std::optional<WebResponse> withdrawn_response(AppContext& app, const std::string& id, bool api);

// Runs the draft check (format + anonymity, as /api/lint) on the heavy-work pool.
DraftChecker make_draft_checker(AppContext& app);

// JSON helpers shared with the publishing pages.
int workflow_error_status(const WorkflowError& error);

}  // namespace casekb
