// Publishing pages (/login, /drafts, /drafts/{id}, /review, /check) and the
// page a withdrawn case answers with.
#pragma once

#include <optional>
#include <string>

#include "publishing_api.h"

namespace casekb {

// The handlers of a publishing page path; nullopt: not one of ours.
std::optional<PublishingRoute> find_publishing_page(const std::string& path);

// 410: the case was withdrawn, and why.
WebResponse page_withdrawn(const std::string& id, const std::string& reason);

}  // namespace casekb
