// A case's front matter as a JSON record: what the index stores per case and
// what the API's case JSON starts from, both driven by the field table.
#pragma once

#include <nlohmann/json.hpp>

#include "case/case.h"

namespace casekb {

// "id", "area" and every front-matter field (lists as arrays). Not the body.
nlohmann::json case_record(const Case& c);

// The fields of a record back into `c` (missing ones empty). Not the body.
void case_from_record(const nlohmann::json& record, Case& c);

}  // namespace casekb
