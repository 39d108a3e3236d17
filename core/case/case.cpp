// Facet access over the case model.
#include "case/case.h"

#include "case/fields.h"

namespace casekb {

namespace {
std::vector<std::string> one(const std::string& value) {
  if (value.empty()) return {};
  return {value};
}
}  // namespace

std::vector<std::string> facet_values(const Case& c, Facet facet) {
  switch (facet) {
    case Facet::kIndustry: return one(c.industry);
    case Facet::kArea: return one(c.area);
    case Facet::kRegion: return one(c.region);
    case Facet::kWall: return c.walls;
    case Facet::kOutcome: return c.outcomes;
    case Facet::kApproach: return one(c.approach);
    case Facet::kSupporter: return one(c.supporter);
    case Facet::kTheme: return c.themes;
    case Facet::kStage: return one(c.stage);
    case Facet::kMeasure: return c.measures;
    case Facet::kKind: return {case_kind(c)};
  }
  return {};
}

}  // namespace casekb
