// /walls: the five walls on the way to self-transformation (自己変革への「5つの壁」)
// explained in the seed report's terms, and two matrices of case counts (walls ×
// outcomes, walls × industries) as real tables whose cells link to that search.
// The same explanations open every printed handout.
#pragma once

#include <string>
#include <vector>

#include "app.h"
#include "web.h"

namespace casekb {

// One wall as the seed report (中小企業伴走支援モデルの再構築) describes it.
struct WallDescription {
  std::string name;     // 見えない …, as in taxonomy.yaml
  std::string anchor;   // "wall-1" …: /walls#wall-1
  std::string what;     // what the wall is
  std::string sign;     // a sign that a firm is in front of it
  std::string support;  // how supporters worked on it
  std::string summary;  // one paragraph for a handout's cover
};

// The five, in canonical order.
const std::vector<WallDescription>& wall_descriptions();
// The paragraph that introduces them, and where it is from.
const std::string& walls_introduction();
const std::string& walls_source();

// "/walls#wall-N" for a wall's name; "/walls" for an unknown one.
std::string wall_about_url(const std::string& wall);

WebResponse page_walls(AppContext& app);

}  // namespace casekb
