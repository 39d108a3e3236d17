// A case ready to show: its rendered body and sections, looked up safely by id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "case/case.h"

namespace casekb {

struct RenderedSection {
  std::string title;
  std::string html;
};

struct CaseView {
  std::string html;                       // the whole body
  std::vector<RenderedSection> sections;  // level-2 sections
};

CaseView make_case_view(const Case& c);

// The case for an id from a URL; nullopt for an id that is not a valid case id
// (checked before any lookup) or that the index does not have.
std::optional<Case> lookup_case(AppContext& app, const std::string& id);

std::string case_url(const std::string& id);

}  // namespace casekb
