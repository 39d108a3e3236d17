// HTML pages.
#include "pages.h"

#include <algorithm>

#include "case_view.h"
#include "messages.h"
#include "text/html.h"
#include "search_params.h"
#include "url.h"
#include "text/utf8.h"
#include "api.h"

namespace casekb {

namespace {

const char* kWallOrder[] = {"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"};

std::string layout(const std::string& title, const std::string& main, const std::string& query = "") {
  std::string html;
  html += "<!doctype html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped_html(html, title);
  html += " | casekb 伴走支援事例</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n<body>\n"
          "<header class=\"site\"><a class=\"brand\" href=\"/\">casekb <span>伴走支援 事例ナレッジベース</span></a>\n"
          "<form class=\"searchbox\" action=\"/search\" method=\"get\" role=\"search\">"
          "<input type=\"search\" name=\"q\" aria-label=\"キーワード\" placeholder=\"例: 後継者 工場長、ＤＸ 見える化\" value=\"";
  append_escaped_html(html, query);
  html += "\"><button type=\"submit\">検索</button></form>"
          "<nav class=\"site-nav\"><a href=\"/similar\">企業の様子から探す</a></nav></header>\n<main>\n";
  html += main;
  html += "</main>\n<footer class=\"site\">事例は匿名化されています。出典は各事例に記載しています。"
          " · <a href=\"/check\">下書きを確かめる</a></footer>\n</body>\n</html>\n";
  return html;
}

WebResponse html_response(int status, std::string body) {
  WebResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

std::string facet_link(const FacetInfo& info, const std::string& value) {
  return build_url("/search", {{std::string(info.name), value}});
}

void append_link(std::string& html, const std::string& href, const std::string& text, const char* cls = nullptr) {
  html += "<a href=\"";
  append_escaped_html(html, href);
  html += "\"";
  if (cls) html += std::string(" class=\"") + cls + "\"";
  html += ">";
  append_escaped_html(html, text);
  html += "</a>";
}

// The five walls as a strip, the case's own walls marked.
void append_walls(std::string& html, const std::vector<std::string>& walls, bool links) {
  html += "<ol class=\"walls\" aria-label=\"5つの壁\">";
  int number = 1;
  for (const char* wall : kWallOrder) {
    const bool hit = std::find(walls.begin(), walls.end(), wall) != walls.end();
    html += hit ? "<li class=\"wall hit\">" : "<li class=\"wall\">";
    const std::string label = std::to_string(number++) + " " + wall;
    if (hit && links) {
      append_link(html, facet_link(facet_info(Facet::kWall), wall), label);
      html += "<span class=\"visually-hidden\">（該当）</span>";
    } else {
      append_escaped_html(html, label);
    }
    html += "</li>";
  }
  html += "</ol>";
}

std::string sort_label(SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance: return "関連度順";
    case SortOrder::kNewest: return "新しい順";
    case SortOrder::kOldest: return "古い順";
  }
  return "";
}

void append_facets(std::string& html, const SearchResponse& response) {
  html += "<aside class=\"facets\" aria-label=\"絞り込み\">";
  for (const FacetInfo& info : kFacets) {
    const auto& counts = response.facets[static_cast<std::size_t>(info.facet)];
    if (counts.empty()) continue;
    html += "<fieldset><legend>";
    append_escaped_html(html, std::string(info.label));
    html += "</legend><ul>";
    for (const FacetCount& count : counts) {
      html += "<li><label><input type=\"checkbox\" name=\"";
      html += info.name;
      html += "\" value=\"";
      append_escaped_html(html, count.value);
      html += "\"";
      if (count.selected) html += " checked";
      html += "> ";
      append_escaped_html(html, count.value);
      html += " <span class=\"count\">" + std::to_string(count.count) + "</span></label></li>";
    }
    html += "</ul></fieldset>";
  }
  html += "<button type=\"submit\">絞り込む</button>";
  html += "</aside>";
}

void append_pagination(std::string& html, const SearchRequest& request, const SearchResponse& response) {
  const std::size_t pages = (response.total + static_cast<std::size_t>(request.size) - 1) / static_cast<std::size_t>(request.size);
  if (pages <= 1) return;
  html += "<nav class=\"pagination\" aria-label=\"ページ\">";
  const auto page_link = [&](int page, const std::string& text, const char* rel = nullptr) {
    SearchRequest copy = request;
    copy.page = page;
    html += "<a href=\"";
    append_escaped_html(html, build_url("/search", search_request_params(copy)));
    html += "\"";
    if (rel) html += std::string(" rel=\"") + rel + "\"";
    if (page == request.page) html += " aria-current=\"page\"";
    html += ">";
    append_escaped_html(html, text);
    html += "</a>";
  };
  if (request.page > 1) page_link(request.page - 1, "← 前へ", "prev");
  const int last = static_cast<int>(std::min<std::size_t>(pages, kMaxPage));
  const int from = std::max(1, request.page - 3);
  const int to = std::min(last, request.page + 3);
  for (int p = from; p <= to; ++p) page_link(p, std::to_string(p));
  if (request.page < last) page_link(request.page + 1, "次へ →", "next");
  html += "</nav>";
}

void append_result(std::string& html, const SearchHit& hit) {
  const Case& c = hit.c;
  html += "<li class=\"result\"><h2>";
  append_link(html, case_url(c.id), c.title);
  html += "</h2><p class=\"meta\">";
  append_escaped_html(html, c.company);
  for (const std::string* part : {&c.business, &c.industry, &c.region, &c.published}) {
    if (part->empty()) continue;
    html += " · ";
    append_escaped_html(html, *part);
  }
  html += "</p>";
  append_walls(html, c.walls, false);
  if (!hit.snippet.empty()) html += "<p class=\"snippet\">" + hit.snippet + "</p>";  // already escaped
  html += "</li>";
}

void append_similar_list(std::string& html, const SimilarResponse& response) {
  html += "<ol class=\"result-list\">";
  for (const SimilarCase& s : response.results) {
    html += "<li class=\"result\"><h3>";
    append_link(html, case_url(s.hit.c.id), s.hit.c.title);
    html += "</h3><p class=\"meta\">";
    append_escaped_html(html, s.hit.c.company + " · " + s.hit.c.industry + " · " + s.hit.c.region);
    html += "</p>";
    append_walls(html, s.hit.c.walls, false);
    if (!s.reasons.empty()) {
      html += "<ul class=\"reasons\">";
      for (const SimilarityReason& similarity : s.reasons) {
        const std::string reason = similarity_reason_text(similarity);
        html += "<li>";
        append_escaped_html(html, reason);
        html += "</li>";
      }
      html += "</ul>";
    }
    html += "</li>";
  }
  html += "</ol>";
}

}  // namespace

WebResponse page_search(AppContext& app, const WebRequest& web) {
  const SearchParams params = parse_search_params(web);
  if (params.error) return page_error(400, params.error->message);
  const SearchRequest& request = *params.request;
  const Outcome<SearchResponse> outcome = app.search.search(request);
  if (outcome.error) return page_error(503, search_error_message(*outcome.error));
  const SearchResponse& response = *outcome.value;

  bool filtered = false;
  for (const auto& values : request.filters) filtered = filtered || !values.empty();
  const bool home = request.query.empty() && !filtered;

  std::string main;
  main += "<form class=\"search\" action=\"/search\" method=\"get\">";
  main += "<input type=\"hidden\" name=\"q\" value=\"";
  append_escaped_html(main, request.query);
  main += "\">";
  append_facets(main, response);
  main += "<section class=\"results\" aria-live=\"polite\">";
  if (home) {
    main += "<p class=\"intro\">全 <strong>" + std::to_string(app.search.document_count()) +
            "</strong> 件の伴走支援事例から、業種・地域・「5つの壁」・成果で探せます。</p>";
  }
  main += "<div class=\"summary\"><p>";
  if (!request.query.empty()) {
    main += "「";
    append_escaped_html(main, request.query);
    main += "」の検索結果: ";
  }
  main += "<strong>" + std::to_string(response.total) + "</strong> 件";
  if (filtered) {
    SearchRequest cleared;
    cleared.query = request.query;
    main += " ";
    append_link(main, build_url("/search", search_request_params(cleared)), "絞り込みを解除", "clear");
  }
  main += "</p><label class=\"sort\">並び順 <select name=\"sort\">";
  const SortOrder current = request.sort.value_or(request.query.empty() ? SortOrder::kNewest : SortOrder::kRelevance);
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
    main += std::string("<option value=\"") + sort_order_name(sort) + "\"" + (sort == current ? " selected" : "") + ">" +
            sort_label(sort) + "</option>";
  }
  main += "</select></label><button type=\"submit\" class=\"secondary\">並べ替え</button></div>";
  if (!response.suggested_filters.empty()) {
    main += "<p class=\"suggestions\">";
    for (const FacetMatch& match : response.suggested_filters) {
      const FacetInfo* info = find_facet(match.facet);
      SearchRequest narrowed = request;
      narrowed.page = 1;
      narrowed.filters[static_cast<std::size_t>(info->facet)].push_back(match.value);
      append_link(main, build_url("/search", search_request_params(narrowed)),
                  std::string(info->label) + ": " + match.value + " で絞り込む", "suggestion");
    }
    main += "</p>";
  }
  if (response.hits.empty()) {
    main += "<p class=\"empty\">条件に合う事例はありません。言葉を減らすか、絞り込みを解除してみてください。</p>";
  } else {
    main += "<ol class=\"result-list\">";
    for (const SearchHit& hit : response.hits) append_result(main, hit);
    main += "</ol>";
  }
  append_pagination(main, request, response);
  main += "</section></form>";
  const std::string title = request.query.empty() ? "事例を探す" : request.query + " の検索結果";
  return html_response(200, layout(title, main, request.query));
}

WebResponse page_case(AppContext& app, const std::string& id) {
  const std::optional<Case> found = lookup_case(app, id);
  if (!found) return page_not_found();
  const Case& c = *found;
  const CaseView view = make_case_view(c);
  std::string main = "<article class=\"case\"><p class=\"back\"><a href=\"/search\">← 事例を探す</a></p><h1>";
  append_escaped_html(main, c.title);
  main += "</h1>";
  append_walls(main, c.walls, true);
  main += "<dl class=\"facts\">";
  const auto fact = [&](const char* label, const std::string& value, const FacetInfo* facet = nullptr) {
    if (value.empty()) return;
    main += std::string("<dt>") + label + "</dt><dd>";
    if (facet) append_link(main, facet_link(*facet, value), value, "tag");
    else append_escaped_html(main, value);
    main += "</dd>";
  };
  const auto facts = [&](const char* label, const std::vector<std::string>& values, Facet facet) {
    if (values.empty()) return;
    main += std::string("<dt>") + label + "</dt><dd>";
    for (const std::string& v : values) append_link(main, facet_link(facet_info(facet), v), v, "tag");
    main += "</dd>";
  };
  fact("企業", c.company);
  fact("業種", c.industry, &facet_info(Facet::kIndustry));
  fact("事業内容", c.business);
  fact("地域", c.area, &facet_info(Facet::kArea));
  fact("都道府県", c.region, &facet_info(Facet::kRegion));
  facts("成果", c.outcomes, Facet::kOutcome);
  fact("アプローチ", c.approach, &facet_info(Facet::kApproach));
  fact("支援機関の種類", c.supporter, &facet_info(Facet::kSupporter));
  fact("支援機関", c.supporter_name);
  facts("テーマ", c.themes, Facet::kTheme);
  facts("活用した施策", c.measures, Facet::kMeasure);
  fact("局面", c.stage, &facet_info(Facet::kStage));
  fact("公開日", c.published);
  fact("公開元", c.office);
  fact("出典", c.source);
  main += "</dl><div class=\"body\">";
  main += view.html;  // cmark-gfm output with raw HTML suppressed
  main += "</div>";
  const Outcome<SimilarResponse> similar = app.search.similar_to_case(c.id);
  if (similar.value && !similar.value->results.empty()) {
    main += "<section class=\"similar\"><h2>似ている事例</h2>";
    append_similar_list(main, *similar.value);
    main += "</section>";
  }
  main += "</article>";
  return html_response(200, layout(c.title, main));
}

WebResponse page_not_found() {
  return html_response(404, layout("ページが見つかりません",
                                   "<section class=\"notice\"><h1>ページが見つかりません</h1>"
                                   "<p>お探しの事例やページはありません。URL を確かめるか、<a href=\"/\">トップページ</a>から探してください。</p></section>"));
}

WebResponse page_error(int status, const std::string& message) {
  std::string main = "<section class=\"notice\"><h1>";
  main += status >= 500 ? "ただいま表示できません" : "リクエストを処理できません";
  main += "</h1><p>";
  append_escaped_html(main, message);
  main += "</p><p><a href=\"/\">トップページへ</a></p></section>";
  return html_response(status, layout("エラー", main));
}

}  // namespace casekb

namespace casekb {

WebResponse page_similar(AppContext& app, const WebRequest& request) {
  std::string text = request.value("text");
  if (text.empty() && request.method == "POST") text = form_value(request.body, "text");
  std::string main = "<section class=\"similar-form\"><h1>企業の様子から似ている事例を探す</h1>"
                     "<p>目の前の企業について、業種・規模・いま起きていること・経営者の言葉などを数行で書いてください。"
                     "入力した文章は保存も記録もしません。</p>"
                     "<form action=\"/similar\" method=\"post\"><textarea name=\"text\" rows=\"8\" maxlength=\"20000\" "
                     "aria-label=\"企業の様子\" placeholder=\"例: 従業員30名の金属加工業。社長が交代したが、ベテラン社員が新しい方針に付いてこない。\">";
  append_escaped_html(main, text);
  main += "</textarea><button type=\"submit\">似ている事例を探す</button></form></section>";
  if (request.method == "POST") {
    if (find_invalid_utf8(text) != std::string::npos || count_code_points(text) > kMaxDescriptionChars) {
      return page_error(400, "文章を読めないか、長すぎます（20,000 文字まで）。");
    }
    SearchService& search = app.search;
    const auto work = run_heavy_work(app, [&search, text] { return search.similar_to_text(text); });
    if (work.refusal) {
      WebResponse refused = page_error(503, heavy_work_refusal_message(*work.refusal, app.heavy_work_budget));
      refused.headers.emplace_back("Retry-After", "2");
      return refused;
    }
    const Outcome<SimilarResponse>& outcome = *work.value;
    if (outcome.error) return page_error(503, search_error_message(*outcome.error));
    const SimilarResponse& response = *outcome.value;
    if (!response.walls.empty()) {
      main += "<section class=\"wall-hints\"><h2>当てはまるかもしれない壁</h2><ul>";
      for (const WallSuggestion& w : response.walls) {
        main += "<li><strong>";
        append_escaped_html(main, w.wall);
        main += "</strong>: ";
        std::string reasons;
        for (const WallReason& r : w.reasons) reasons += (reasons.empty() ? "" : "。") + wall_reason_text(r);
        append_escaped_html(main, reasons);
        main += "</li>";
      }
      main += "</ul></section>";
    }
    main += "<section class=\"similar\"><h2>似ている事例</h2>";
    if (response.results.empty()) {
      main += "<p class=\"empty\">似ている事例が見つかりませんでした。業種や課題の言葉を加えてみてください。</p>";
    } else {
      append_similar_list(main, response);
    }
    main += "</section>";
  }
  return html_response(200, layout("企業の様子から探す", main));
}

}  // namespace casekb
