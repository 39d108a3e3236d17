// The collections API (shared/spec/api.md, "Collections"): list, create, read,
// replace (If-Match), delete over the core Collections. Reading needs no
// token for public and unlisted collections; writing needs a bearer token.
// Without the state database every endpoint answers 503.
#pragma once

#include <optional>
#include <string>

#include "publishing_api.h"

namespace casekb {

// The handlers of a collections API path; nullopt: not one of ours.
std::optional<PublishingRoute> find_collections_api_route(const std::string& path);

}  // namespace casekb
