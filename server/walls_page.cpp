// /walls: the explanations (from the seed report's cases A社, B社, C社) and the
// two matrices, counted with one search per wall (facet counts are disjunctive,
// so a wall's filter leaves the outcome and industry counts of its cases).
#include "walls_page.h"

#include <algorithm>
#include <map>

#include "page_templates.h"
#include "pages.h"
#include "search_params.h"
#include "url.h"

namespace casekb {

namespace {

using Dict = ctemplate::TemplateDictionary;

const std::vector<WallDescription> kWalls = {
    {"見えない", "wall-1",
     "経営課題が経営者に見えていない、あるいは整理されていない状態です。何を課題として認識し把握するか（課題設定）が"
     "できておらず、目の前の問題に追われています。",
     "人の管理、資金繰り、設備投資、新規顧客の開拓といった課題への対応が、その都度の場当たり的なものになっている"
     "（報告書の事例1・A社、精密部品加工業）。",
     "支援者は経営者の考えを傾聴し、否定せずに尊重したうえで、5年後の成長目標を言葉にしてもらい、社全体で共有して"
     "重点経営課題を特定しました（A社）。答えを先に示すのではなく、対話で経営者自身の「気付き」を促します。",
     "経営課題が経営者に見えていない・整理されていない。人の管理、資金繰り、設備投資、顧客開拓への対応が場当たり的に"
     "なっているのがサインで、支援者は傾聴から入り、5年後の目標を社全体で共有して重点課題を特定した。"},
    {"向き合わない", "wall-2",
     "課題の兆しはあっても、経営者が本質的な課題を直視せず、向き合おうとしない状態です。",
     "属人的な経営から組織的な経営へ移らなければならない現状への認識が薄い（事例2・B社、分析機器等製造業）。",
     "後継者の取締役や工場長など経営幹部候補による社内チームをつくって課題を共有し、そのチームが主導する中期事業計画の"
     "策定に伴走しました（B社）。経営者一人ではなく、社内の対話の場で課題に向き合います。",
     "本質的な課題を直視せず、向き合わない。属人的経営から組織的経営への移行が必要だという認識が薄いのがサインで、"
     "支援者は幹部候補の社内チームで課題を共有し、チーム主導の中期計画づくりに伴走した。"},
    {"実行できない", "wall-3",
     "なすべきことは分かっていても、決断し実行に踏み出せない状態です。",
     "「住民が戻らないと採算が取れない」「店が再開しないと住民が戻らない」という「鶏と卵」の状態で本格再開をためらう"
     "（事例3・C社、食品小売業）。創業経営者との間に壁を感じて変革に踏み切れない（A社）。",
     "官民合同チームが粘り強く対話を重ね、事業者が本格再開を決断しました（C社）。創業経営者と話す機会をつくり、"
     "現経営者との間の壁が何に起因するのかを突き止めました（A社）。",
     "なすべきことは分かっていても踏み出せない。「鶏と卵」の状態で決断をためらう、創業者との壁で変革に踏み切れないのが"
     "サインで、支援者は粘り強い対話で決断を支え、壁の原因を一緒に突き止めた。"},
    {"付いてこない", "wall-4",
     "経営者が改革を進めようとしても、社員や役員が付いてこない状態です。",
     "改革を進めようとすると、社員との間に軋轢が生じる（A社）。",
     "5年後の成長目標を経営者一人の胸の内にとどめず、社全体で共有しました（A社）。必要に応じて役員・従業員とも対話し、"
     "信頼関係を築きます。",
     "改革を進めても社員や役員が付いてこない。改革のたびに社内に軋轢が生じるのがサインで、支援者は目標を社全体で共有し、"
     "必要に応じて役員・従業員とも対話して信頼関係を築いた。"},
    {"足りない", "wall-5",
     "実行に必要な人材や資源（ノウハウ、資金、設備）が足りない状態です。",
     "円滑な世代交代を控えているのに、成長を担う幹部人材の育成が追いついていない（B社）。",
     "次世代の経営幹部候補によるチームで中期計画を策定し、そのチームの発意から事業再構築補助金を活用して新規プロジェクトに"
     "着手しました（B社）。足りないものを補う施策は、課題が設定されてから生きてきます。",
     "実行に必要な人材や資源が足りない。成長を担う幹部人材の育成が不十分なのがサインで、支援者は次世代チームの中期計画"
     "づくりに伴走し、その発意から補助金を活用した新規プロジェクトにつなげた。"},
};

const std::string kIntroduction =
    "課題設定を行い経営を変革させていく上で、経営者は多くの壁に直面します。第三者による伴走支援によってそれらの壁を乗り越える"
    "ことで自走化に導き、自己変革力の会得を促します。支援の基本は「対話と傾聴」で、経営者の「気付き」と「腹落ち」が内発的動機づけを"
    "引き出します。";

const std::string kSource =
    "中小企業伴走支援モデルの再構築（経済産業省）「自己変革への『５つの壁』（関東経済産業局官民合同チームの実践例からの示唆）」より。";

std::string search_url(const std::vector<std::pair<std::string, std::string>>& params) { return build_url("/search", params); }

// 0 for none, then 1–5 by the share of the largest count.
int shade(std::size_t count, std::size_t max) {
  if (count == 0 || max == 0) return 0;
  return static_cast<int>(std::max<std::size_t>(1, (count * 5 + max - 1) / max));
}

std::map<std::string, std::size_t> counts_of(const SearchResponse& response, Facet facet) {
  std::map<std::string, std::size_t> out;
  for (const FacetCount& c : response.facets[static_cast<std::size_t>(facet)]) out[c.value] = c.count;
  return out;
}

struct WallCounts {
  std::size_t total = 0;
  std::map<std::string, std::size_t> outcomes, industries;
};

// One matrix: rows (values of `facet` with any case), columns the walls.
void add_matrix(Dict* page, const char* title, const char* row_label, const char* caption, Facet facet,
                const std::vector<std::string>& row_order, const std::map<std::string, std::size_t>& row_totals,
                const std::vector<WallCounts>& walls, std::map<std::string, std::size_t> WallCounts::*member) {
  Dict* matrix = page->AddSectionDictionary("MATRIX");
  matrix->SetValue("TITLE", title);
  matrix->SetValue("ROW_LABEL", row_label);
  matrix->SetValue("CAPTION", caption);
  matrix->SetValue("FACET", std::string(facet_info(facet).name));
  std::size_t max = 0;
  for (const WallCounts& w : walls) {
    for (const auto& [value, count] : w.*member) max = std::max(max, count);
  }
  matrix->SetIntValue("MAX", static_cast<long>(max));
  for (std::size_t i = 0; i < kWalls.size(); ++i) {
    Dict* column = matrix->AddSectionDictionary("COLUMN");
    column->SetValue("NAME", kWalls[i].name);
    column->SetValue("ANCHOR", kWalls[i].anchor);
    Dict* total = matrix->AddSectionDictionary("WALL_TOTAL");
    total->SetIntValue("COUNT", static_cast<long>(walls[i].total));
    total->SetValue("URL", search_url({{"wall", kWalls[i].name}}));
  }
  int rows = 0;
  for (const std::string& value : row_order) {
    const auto total = row_totals.find(value);
    if (total == row_totals.end() || total->second == 0) continue;
    ++rows;
    Dict* row = matrix->AddSectionDictionary("ROW");
    row->SetValue("NAME", value);
    row->SetValue("URL", search_url({{std::string(facet_info(facet).name), value}}));
    row->SetIntValue("TOTAL", static_cast<long>(total->second));
    for (std::size_t i = 0; i < kWalls.size(); ++i) {
      const auto found = (walls[i].*member).find(value);
      const std::size_t count = found == (walls[i].*member).end() ? 0 : found->second;
      Dict* cell = row->AddSectionDictionary("CELL");
      cell->SetIntValue("SHADE", shade(count, max));
      if (count == 0) {
        cell->ShowSection("ZERO");
        continue;
      }
      Dict* link = cell->AddSectionDictionary("LINK");
      link->SetIntValue("COUNT", static_cast<long>(count));
      link->SetValue("URL", search_url({{"wall", kWalls[i].name}, {std::string(facet_info(facet).name), value}}));
      link->SetValue("LABEL", "「" + kWalls[i].name + "」× " + value + ": " + std::to_string(count) + " 件の事例を見る");
    }
  }
  if (rows == 0) matrix->ShowSection("NO_ROWS");
}

std::vector<std::string> vocabulary_order(const Taxonomy& taxonomy, const char* key) {
  std::vector<std::string> out;
  if (const Vocabulary* v = taxonomy.vocabulary(key)) {
    for (const VocabularyValue& value : v->values()) out.push_back(value.name);
  }
  return out;
}

}  // namespace

const std::vector<WallDescription>& wall_descriptions() { return kWalls; }
const std::string& walls_introduction() { return kIntroduction; }
const std::string& walls_source() { return kSource; }

std::string wall_about_url(const std::string& wall) {
  for (const WallDescription& w : kWalls) {
    if (w.name == wall) return "/walls#" + w.anchor;
  }
  return "/walls";
}

WebResponse page_walls(AppContext& app) {
  // All cases first (the row totals), then one search per wall.
  SearchRequest all;
  all.size = 1;
  all.sort = SortOrder::kNewest;
  const Outcome<SearchResponse> everything = app.search.search(all);
  if (everything.error) return page_error(503, "索引を読めないため、件数を数えられません。しばらくしてからお試しください。");
  std::vector<WallCounts> walls;
  for (const WallDescription& w : kWalls) {
    SearchRequest request = all;
    request.filters[static_cast<std::size_t>(Facet::kWall)] = {w.name};
    const Outcome<SearchResponse> outcome = app.search.search(request);
    if (outcome.error) return page_error(503, "索引を読めないため、件数を数えられません。しばらくしてからお試しください。");
    walls.push_back({outcome.value->total, counts_of(*outcome.value, Facet::kOutcome),
                     counts_of(*outcome.value, Facet::kIndustry)});
  }

  Dict page("walls");
  page.SetValue("INTRO", kIntroduction);
  page.SetValue("SOURCE", kSource);
  page.SetIntValue("CASES", static_cast<long>(everything.value->total));
  for (std::size_t i = 0; i < kWalls.size(); ++i) {
    const WallDescription& w = kWalls[i];
    Dict* index = page.AddSectionDictionary("INDEX");
    index->SetIntValue("NUMBER", static_cast<long>(i + 1));
    index->SetValue("NAME", w.name);
    index->SetValue("ANCHOR", w.anchor);
    Dict* wall = page.AddSectionDictionary("WALL");
    wall->SetIntValue("NUMBER", static_cast<long>(i + 1));
    wall->SetValue("NAME", w.name);
    wall->SetValue("ANCHOR", w.anchor);
    wall->SetValue("WHAT", w.what);
    wall->SetValue("SIGN", w.sign);
    wall->SetValue("SUPPORT", w.support);
    wall->SetIntValue("COUNT", static_cast<long>(walls[i].total));
    wall->SetValue("SEARCH_URL", search_url({{"wall", w.name}}));
  }
  add_matrix(&page, "壁 × 成果", "成果", "「5つの壁」と成果の組み合わせごとの事例数。数字を選ぶと、その組み合わせの事例を検索します。",
             Facet::kOutcome, vocabulary_order(app.taxonomy, "outcomes"), counts_of(*everything.value, Facet::kOutcome), walls,
             &WallCounts::outcomes);
  add_matrix(&page, "壁 × 業種", "業種",
             "「5つの壁」と業種の組み合わせごとの事例数（事例のある業種だけ）。数字を選ぶと、その組み合わせの事例を検索します。",
             Facet::kIndustry, vocabulary_order(app.taxonomy, "industry"), counts_of(*everything.value, Facet::kIndustry),
             walls, &WallCounts::industries);
  WebResponse response;
  response.body = public_page("5つの壁とは", expand_page_template("walls.tpl", page),
                              "<link rel=\"stylesheet\" href=\"/static/collections.css\">\n");
  return response;
}

}  // namespace casekb
