// HTML pages.
#include "pages.h"

#include <algorithm>

#include "case/fields.h"
#include "case_view.h"
#include "messages.h"
#include "text/html.h"
#include "search_params.h"
#include "url.h"
#include "text/utf8.h"
#include "api.h"
#include "walls_page.h"

namespace casekb {

namespace {

const char* kWallOrder[] = {"見えない", "向き合わない", "実行できない", "付いてこない", "足りない"};

// What a page adds to the common layout.
struct PageOptions {
  std::string query;          // shown in the header's search box
  bool header_search = true;  // false where the page's own form is the search (/ and /search)
  std::string canonical;      // path of the page's one address, when it has several (a case reached from a search)
  std::string head;           // markup the caller built for <head> (a feed link, a stylesheet)
};

std::string layout(const std::string& title, const std::string& main, const PageOptions& options = {}) {
  std::string html;
  html += "<!doctype html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  append_escaped_html(html, title);
  html += " | casekb 伴走支援事例</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n";
  if (!options.canonical.empty()) {
    html += "<link rel=\"canonical\" href=\"";
    append_escaped_html(html, options.canonical);
    html += "\">\n";
  }
  html += options.head;
  // The skip link comes first so that a keyboard user reaches the page's own
  // content with one Tab and Enter, past the header.
  html += "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">本文へ移動</a>\n"
          "<header class=\"site\"><a class=\"brand\" href=\"/\">casekb <span>伴走支援 事例ナレッジベース</span></a>\n";
  if (options.header_search) {
    html += "<form class=\"searchbox\" action=\"/search\" method=\"get\" role=\"search\">"
            "<input type=\"search\" name=\"q\" aria-label=\"キーワード\" placeholder=\"例: 後継者 工場長、ＤＸ 見える化\" value=\"";
    append_escaped_html(html, options.query);
    html += "\"><button type=\"submit\">検索</button></form>";
  }
  html += "<nav class=\"site-nav\"><a href=\"/similar\">企業の様子から探す</a> <a href=\"/walls\">5つの壁とは</a>"
          " <a href=\"/collections\">研修コレクション</a></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n";
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
    if (links) {
      html += " <a class=\"wall-about\" href=\"";
      append_escaped_html(html, wall_about_url(wall));
      html += "\" aria-label=\"「";
      append_escaped_html(html, wall);
      html += "」の壁とは\">?</a>";
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

// The facets in the order a reader needs them: whether a case is real comes
// first (a trainer or an advisor decides that before anything else), then the
// API's order.
std::vector<const FacetInfo*> facets_for_display() {
  std::vector<const FacetInfo*> order{&facet_info(Facet::kKind)};
  for (const FacetInfo& info : kFacets) {
    if (info.facet != Facet::kKind) order.push_back(&info);
  }
  return order;
}

std::size_t active_filter_count(const SearchRequest& request) {
  std::size_t n = 0;
  for (const auto& values : request.filters) n += values.size();
  return n;
}

void append_facet_fieldset(std::string& html, const FacetInfo& info, const std::vector<FacetCount>& counts) {
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

// The filters, inside the search form and before the results, as on the
// screen (so the tab order follows what is seen). On a wide screen they are a
// side column; on a phone they fold into one 「絞り込み (n)」 link above the
// results that shows them (the stylesheet's :target, no script needed).
void append_facets(std::string& html, const SearchRequest& request, const SearchResponse& response) {
  html += "<div class=\"filters\"><a class=\"filters-toggle\" href=\"#filters\">絞り込み (" +
          std::to_string(active_filter_count(request)) + ")</a>";
  html += "<div class=\"facets\" id=\"filters\" tabindex=\"-1\" role=\"group\" aria-label=\"絞り込み\">";
  for (const FacetInfo* info : facets_for_display()) {
    const auto& counts = response.facets[static_cast<std::size_t>(info->facet)];
    if (!counts.empty()) append_facet_fieldset(html, *info, counts);
  }
  html += "<button type=\"submit\">絞り込む</button><a class=\"filters-close\" href=\"#results\">閉じる</a>";
  html += "</div></div>";
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

// Marks a composite written for training wherever a case is listed, so that
// nobody shows a client an invented case as a real one.
void append_kind_badge(std::string& html, const Case& c) {
  if (!is_training_composite(c)) return;
  html += "<span class=\"badge training\">";
  append_escaped_html(html, std::string(kKindTraining));
  html += "</span>";
}

// `back` is the search the list belongs to: the case page's ← link returns to it.
void append_result(std::string& html, const SearchHit& hit, const std::vector<std::pair<std::string, std::string>>& back,
                   const CaseControls& controls) {
  const Case& c = hit.c;
  html += "<li class=\"result\"><h2>";
  append_link(html, build_url(case_url(c.id), back), c.title);
  html += "</h2><p class=\"meta\">";
  append_kind_badge(html, c);
  append_escaped_html(html, c.company);
  for (const std::string* part : {&c.business, &c.industry, &c.region, &c.published}) {
    if (part->empty()) continue;
    html += " · ";
    append_escaped_html(html, *part);
  }
  html += "</p>";
  append_walls(html, c.walls, false);
  if (!hit.snippet.empty()) html += "<p class=\"snippet\">" + hit.snippet + "</p>";  // already escaped
  if (controls.beside) html += controls.beside(c.id);
  html += "</li>";
}

void append_similar_list(std::string& html, const SimilarResponse& response) {
  html += "<ol class=\"result-list\">";
  for (const SimilarCase& s : response.results) {
    html += "<li class=\"result\"><h3>";
    append_link(html, case_url(s.hit.c.id), s.hit.c.title);
    html += "</h3><p class=\"meta\">";
    append_kind_badge(html, s.hit.c);
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

// "壁: 見えない、業種: 製造業": the active filters in words, for titles.
std::string filter_description(const SearchRequest& request) {
  std::string text;
  for (const FacetInfo* info : facets_for_display()) {
    const auto& values = request.filters[static_cast<std::size_t>(info->facet)];
    if (values.empty()) continue;
    if (!text.empty()) text += "、";
    text += std::string(info->label) + ": ";
    for (std::size_t i = 0; i < values.size(); ++i) text += (i ? "・" : "") + values[i];
  }
  return text;
}

// The page's title and heading: the words and the filters, so that a tab, a
// bookmark or a printout says which search it is.
std::string search_title(const SearchRequest& request) {
  const std::string filters = filter_description(request);
  std::string title = request.query.empty() ? "事例を探す" : "「" + request.query + "」の検索結果";
  if (!filters.empty()) title += "（" + filters + "）";
  return title;
}

void append_query_bar(std::string& html, const std::string& heading, const std::string& query) {
  html += "<div class=\"query\"><h1>";
  append_escaped_html(html, heading);
  html += "</h1><div class=\"searchbox\"><input type=\"search\" name=\"q\" aria-label=\"キーワード\" "
          "placeholder=\"例: 後継者 工場長、ＤＸ 見える化\" value=\"";
  append_escaped_html(html, query);
  html += "\"><button type=\"submit\">検索</button></div></div>";
}

// The active filters as chips beside the count; each chip is a link to the same
// search without that one value (no script needed), and prints as plain text.
void append_filter_chips(std::string& html, const SearchRequest& request) {
  if (active_filter_count(request) == 0) return;
  html += "<ul class=\"chips\" aria-label=\"絞り込みの条件\">";
  for (const FacetInfo* info : facets_for_display()) {
    const auto& values = request.filters[static_cast<std::size_t>(info->facet)];
    for (const std::string& value : values) {
      SearchRequest without = request;
      without.page = 1;
      auto& kept = without.filters[static_cast<std::size_t>(info->facet)];
      kept.erase(std::find(kept.begin(), kept.end(), value));
      const std::string label = std::string(info->label) + ": " + value;
      html += "<li><a class=\"chip\" href=\"";
      append_escaped_html(html, build_url("/search", search_request_params(without)));
      html += "\" aria-label=\"";
      append_escaped_html(html, label + " の絞り込みを外す");
      html += "\">";
      append_escaped_html(html, label);
      html += "<span class=\"chip-remove\" aria-hidden=\"true\">×</span></a></li>";
    }
  }
  SearchRequest cleared;
  cleared.query = request.query;
  cleared.sort = request.sort;
  html += "<li>";
  append_link(html, build_url("/search", search_request_params(cleared)), "絞り込みを解除", "clear");
  html += "</li></ul>";
}

void append_sort_control(std::string& html, const SearchRequest& request) {
  // 標準 (no sort parameter) stays chosen until the reader picks an order: the
  // select is part of the one form, and an explicit 新しい順 would otherwise
  // follow a newly typed word and override its relevance order.
  html += "<label class=\"sort\">並び順 <select name=\"sort\">";
  html += std::string("<option value=\"\"") + (request.sort ? "" : " selected") + ">標準</option>";
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
    html += std::string("<option value=\"") + sort_order_name(sort) + "\"" + (request.sort == sort ? " selected" : "") +
            ">" + sort_label(sort) + "</option>";
  }
  html += "</select></label><button type=\"submit\" class=\"secondary\">並べ替え</button>";
}

// The count, the active filters and the order, above the results.
void append_summary(std::string& html, const SearchRequest& request, const SearchResponse& response) {
  html += "<div class=\"summary\"><p class=\"count\"><strong>" + std::to_string(response.total) + "</strong> 件</p>";
  append_filter_chips(html, request);
  html += "<div class=\"sort-control\">";
  append_sort_control(html, request);
  html += "</div></div>";
}

void append_suggested_filters(std::string& html, const SearchRequest& request, const SearchResponse& response) {
  if (response.suggested_filters.empty() && response.regions.empty()) return;
  html += "<p class=\"suggestions\">";
  for (const FacetMatch& match : response.suggested_filters) {
    const FacetInfo* info = find_facet(match.facet);
    SearchRequest narrowed = request;
    narrowed.page = 1;
    narrowed.filters[static_cast<std::size_t>(info->facet)].push_back(match.value);
    append_link(html, build_url("/search", search_request_params(narrowed)),
                std::string(info->label) + ": " + match.value + " で絞り込む", "suggestion");
  }
  // A region named in the words (九州) was searched as its prefectures: say
  // which, and offer them as one filter (the prefectures ORed).
  const FacetInfo& region_facet = facet_info(Facet::kRegion);
  for (const RegionMatch& region : response.regions) {
    SearchRequest narrowed = request;
    narrowed.page = 1;
    auto& selected = narrowed.filters[static_cast<std::size_t>(Facet::kRegion)];
    std::string names;
    for (const std::string& prefecture : region.prefectures) {
      names += (names.empty() ? "" : "・") + prefecture;
      if (std::find(selected.begin(), selected.end(), prefecture) == selected.end()) selected.push_back(prefecture);
    }
    append_link(html, build_url("/search", search_request_params(narrowed)),
                std::string(region_facet.label) + ": " + region.name + "（" + names + "）で絞り込む", "suggestion");
  }
  html += "</p>";
}

// The case page's ← link: back to the search the reader came from, whose
// parameters the result's link carried (rebuilt, never echoed: only search
// parameters survive); plain /search otherwise.
// Zero results is not a dead end: which filter to remove and how many cases that
// gives, the filters without the words, and for a typed sentence the similar-case
// search with the sentence carried over (the API's zero_results, as links).
void append_zero_results_help(std::string& html, const SearchRequest& request, const SearchResponse& response) {
  html += "<div class=\"empty\"><p>条件に合う事例はありません。</p>";
  if (!response.zero_results) {
    html += "<p>言葉を減らすか、絞り込みを外してみてください。</p></div>";
    return;
  }
  const ZeroResultsHelp& help = *response.zero_results;
  html += "<ul class=\"zero-help\">";
  for (const ZeroResultsHelp::WithoutFilter& w : help.without_filter) {
    const FacetInfo* info = find_facet(w.facet);
    if (info == nullptr) continue;
    SearchRequest without = request;
    without.page = 1;
    without.filters[static_cast<std::size_t>(info->facet)].clear();
    std::string values;
    for (const std::string& v : w.values) values += (values.empty() ? "" : "・") + v;
    html += "<li>";
    append_link(html, build_url("/search", search_request_params(without)),
                "「" + std::string(info->label) + ": " + values + "」の絞り込みを外すと " + std::to_string(w.total) + " 件");
    html += "</li>";
  }
  if (help.without_text > 0) {
    SearchRequest filters_only = request;
    filters_only.page = 1;
    filters_only.query.clear();
    html += "<li>";
    append_link(html, build_url("/search", search_request_params(filters_only)),
                "言葉を外して絞り込みだけで探すと " + std::to_string(help.without_text) + " 件");
    html += "</li>";
  }
  if (help.sentence) {
    html += "<li>";
    append_link(html, build_url("/similar", {{"text", request.query}}), "この文で「企業の様子から探す」（似ている事例を探す）");
    html += "</li>";
  }
  html += "</ul></div>";
}

void append_back_link(std::string& html, const WebRequest& web) {
  html += "<p class=\"back\">";
  const SearchParams params = web.params.empty() ? SearchParams{} : parse_search_params(web);
  if (params.request) {
    append_link(html, build_url("/search", search_request_params(*params.request)), "← 検索結果に戻る");
  } else {
    append_link(html, "/search", "← 事例を探す");
  }
  html += "</p>";
}

// Near the title: whether the case is a training composite (not only in the
// facts further down), and, on paper only, the case's address.
void append_case_notices(std::string& html, const AppContext& app, const Case& c) {
  if (is_training_composite(c)) {
    html += "<p class=\"training-notice\">";
    append_kind_badge(html, c);
    html += "研修のために書かれた架空の事例です。実在の企業の事例として紹介しないでください。</p>";
  }
  html += "<p class=\"print-address\">この事例のアドレス: ";
  append_escaped_html(html, app.public_url + case_url(c.id));
  html += "</p>";
}

}  // namespace

WebResponse page_search(AppContext& app, const WebRequest& web) {
  const SearchParams params = parse_search_params(web);
  if (params.error) return page_error(400, params.error->message);
  const SearchRequest& request = *params.request;
  const Outcome<SearchResponse> outcome = app.search.search(request);
  if (outcome.error) return page_error(503, search_error_message(*outcome.error));
  const SearchResponse& response = *outcome.value;
  const bool home = request.query.empty() && active_filter_count(request) == 0;
  const std::string title = search_title(request);
  CaseControls controls;
  if (app.case_controls && !web.cookies.empty()) controls = app.case_controls(app, web);
  // The newest cases of this search as an Atom feed.
  SearchRequest followed = request;
  followed.page = 1;
  followed.size = kDefaultPageSize;
  followed.sort.reset();
  const std::string feed_url = build_url("/feed.xml", search_request_params(followed));

  // One form holds the words, the filters and the order, so that changing any
  // one of them keeps the others (the header's own search box is left out here).
  std::string main = "<form class=\"search\" id=\"search\" action=\"/search\" method=\"get\" role=\"search\">";
  append_query_bar(main, home ? "伴走支援の事例を探す" : title, request.query);
  append_facets(main, request, response);
  main += "<section class=\"results\" id=\"results\" aria-label=\"検索結果\">";
  if (home) {
    main += "<p class=\"intro\">全 <strong>" + std::to_string(app.search.document_count()) +
            "</strong> 件の伴走支援事例から、業種・地域・「5つの壁」・成果で探せます。</p>";
  }
  main += controls.page_start;
  append_summary(main, request, response);
  main += "<p class=\"feed-link\"><a class=\"feed\" href=\"";
  append_escaped_html(main, feed_url);
  main += "\">この条件の新着をフィード（Atom）で受け取る</a></p>";
  // How quoted words were searched, as the API's notice says it.
  if (!response.unquoted.empty() || !response.widened.empty()) {
    main += "<p class=\"search-notice\" role=\"status\">";
    append_escaped_html(main, response.widened.empty() ? unquoted_notice(response.unquoted)
                                                       : widened_notice(response.widened, response.exact_total));
    main += "</p>";
  }
  append_suggested_filters(main, request, response);
  if (response.hits.empty()) {
    append_zero_results_help(main, request, response);
  } else {
    const auto back = search_request_params(request);
    main += "<ol class=\"result-list\">";
    for (const SearchHit& hit : response.hits) append_result(main, hit, back, controls);
    main += "</ol>";
  }
  append_pagination(main, request, response);
  main += "</section></form>";
  main += controls.page_end;  // forms of the controls, outside the search form
  PageOptions options;
  options.header_search = false;
  options.head = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"この条件の新着事例\" href=\"";
  append_escaped_html(options.head, feed_url);
  options.head += "\">\n";
  return html_response(200, layout(home ? "事例を探す" : title, main, options));
}

WebResponse page_case(AppContext& app, const std::string& id, const WebRequest& web) {
  const std::optional<Case> found = lookup_case(app, id);
  if (!found) return page_not_found();
  const Case& c = *found;
  const CaseView view = make_case_view(c);
  CaseControls controls;
  if (app.case_controls && !web.cookies.empty()) controls = app.case_controls(app, web);
  std::string main = "<article class=\"case\">";
  append_back_link(main, web);
  main += controls.page_start;
  main += "<h1>";
  append_escaped_html(main, c.title);
  main += "</h1>";
  if (controls.beside) main += controls.beside(c.id);
  append_case_notices(main, app, c);
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
  main += controls.page_end;
  PageOptions options;
  options.canonical = case_url(c.id);
  return html_response(200, layout(c.title, main, options));
}

std::string public_page(const std::string& title, const std::string& main, const std::string& head) {
  PageOptions options;
  options.head = head;
  return layout(title, main, options);
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

namespace {

// The walls the similar cases suggest: what each wall means, why it is
// suggested, and a link to the cases filed under it.
void append_wall_hints(std::string& html, const std::vector<WallSuggestion>& walls) {
  html += "<section class=\"wall-hints\"><h2>当てはまるかもしれない壁</h2>"
          "<p>「5つの壁」は、経営者が自己変革に向かう途中でぶつかりやすい壁です。"
          "似ている事例と入力した文章から、当てはまりそうな壁を挙げています。</p><ul>";
  for (const WallSuggestion& w : walls) {
    html += "<li><strong>";
    append_escaped_html(html, "「" + w.wall + "」の壁");
    html += "</strong>";
    const std::string meaning = wall_explanation(w.wall);
    if (!meaning.empty()) {
      html += " — ";
      append_escaped_html(html, meaning);
    }
    html += "<br><span class=\"why\">";
    std::string reasons;
    for (const WallReason& r : w.reasons) reasons += (reasons.empty() ? "" : "。") + wall_reason_text(r);
    append_escaped_html(html, reasons + "。");
    html += "</span> ";
    append_link(html, facet_link(facet_info(Facet::kWall), w.wall), "この壁の事例を見る →", "wall-search");
    html += "</li>";
  }
  html += "</ul></section>";
}

}  // namespace

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
      append_wall_hints(main, response.walls);
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
