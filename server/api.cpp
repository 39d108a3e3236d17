// JSON API handlers.
#include "api.h"

#include <nlohmann/json.hpp>

#include "case/fields.h"
#include "case/record.h"
#include "case_view.h"
#include "messages.h"
#include "case/case_file.h"
#include "search_params.h"
#include "url.h"
#include "text/utf8.h"
#include "static_assets.h"

namespace casekb {

namespace {

using json = nlohmann::json;

json hit_json(const SearchHit& hit) {
  const Case& c = hit.c;
  return {
      {"id", c.id},           {"url", case_url(c.id)},  {"title", c.title},
      {"company", c.company}, {"industry", c.industry}, {"business", c.business},
      {"region", c.region},   {"area", c.area},         {"walls", c.walls},
      {"outcomes", c.outcomes}, {"themes", c.themes},   {"published", c.published},
      {"kind", case_kind(c)}, {"snippet", hit.snippet}, {"score", hit.score},
  };
}

json similar_json(const SimilarResponse& response) {
  json results = json::array();
  for (const SimilarCase& s : response.results) {
    json item = hit_json(s.hit);
    item.erase("snippet");
    json reasons = json::array();
    for (const SimilarityReason& reason : s.reasons) reasons.push_back(similarity_reason_text(reason));
    item["reasons"] = std::move(reasons);
    results.push_back(std::move(item));
  }
  json out = {{"results", std::move(results)}};
  if (!response.walls.empty()) {
    json walls = json::array();
    for (const WallSuggestion& w : response.walls) {
      json reasons = json::array();
      for (const WallReason& reason : w.reasons) reasons.push_back(wall_reason_text(reason));
      walls.push_back({{"wall", w.wall}, {"score", w.score}, {"reasons", std::move(reasons)}});
    }
    out["walls"] = std::move(walls);
  }
  return out;
}

}  // namespace

WebResponse json_response(int status, const json& body, Caching caching) {
  WebResponse response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  if (caching == Caching::kNoStore) response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

WebResponse json_error(int status, const std::string& code, const std::string& message,
                       const std::vector<std::string>& details) {
  return json_response(status, {{"error", {{"code", code}, {"message", message}, {"details", details}}}});
}

std::optional<json> json_object_body(const WebRequest& request, WebResponse& refusal, EmptyBody empty) {
  if (request.body.empty() && empty == EmptyBody::kEmptyObject) return json::object();
  if (!request.media_type_is({"application/json"})) {
    refusal = json_error(415, "unsupported_media_type", "本文は application/json で送ってください。");
    return std::nullopt;
  }
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    refusal = json_error(400, "bad_request", "本文を JSON のオブジェクトとして読めません。");
    return std::nullopt;
  }
  return body;
}

WebResponse heavy_work_refused(const AppContext& app, WorkRefusal refusal) {
  WebResponse response = json_error(503, refusal == WorkRefusal::kBusy ? "busy" : "timed_out",
                                    heavy_work_refusal_message(refusal, app.heavy_work_budget));
  response.headers.emplace_back("Retry-After", "2");
  return response;
}

std::string heavy_work_refusal_message(WorkRefusal refusal, std::chrono::milliseconds budget) {
  if (refusal == WorkRefusal::kBusy) {
    return "ただいま確認の処理が混み合っています。数秒おいてから、もう一度お試しください。";
  }
  return "処理が時間内（" + std::to_string(budget.count() / 1000) +
         " 秒）に終わりませんでした。文章を短くするか、数秒おいてから、もう一度お試しください。";
}

WebResponse api_search(AppContext& app, const WebRequest& request) {
  const SearchParams params = parse_search_params(request);
  if (params.error) return json_error(400, params.error->code, params.error->message, params.error->details);
  const Outcome<SearchResponse> outcome = app.search.search(*params.request);
  if (outcome.error) return json_error(503, search_error_code(*outcome.error), search_error_message(*outcome.error));
  const SearchResponse& response = *outcome.value;
  json results = json::array();
  for (const SearchHit& hit : response.hits) results.push_back(hit_json(hit));
  json facets = json::object();
  for (const FacetInfo& info : kFacets) {
    json values = json::array();
    for (const FacetCount& count : response.facets[static_cast<std::size_t>(info.facet)]) {
      values.push_back({{"value", count.value}, {"count", count.count}});
    }
    facets[std::string(info.name)] = std::move(values);
  }
  json suggestions = json::array();
  for (const FacetMatch& match : response.suggested_filters) {
    suggestions.push_back({{"facet", match.facet}, {"value", match.value}});
  }
  json body = {{"total", response.total},
               {"page", response.page},
               {"size", response.size},
               {"results", std::move(results)},
               {"facets", std::move(facets)},
               {"suggested_filters", std::move(suggestions)}};
  // How the words were read, so a client can say so (「付いてこない」の壁として探しました).
  if (!response.walls.empty()) body["walls"] = response.walls;
  if (!response.concepts.empty()) body["concepts"] = response.concepts;
  if (!response.regions.empty()) {
    json regions = json::array();
    for (const RegionMatch& r : response.regions) regions.push_back({{"name", r.name}, {"prefectures", r.prefectures}});
    body["regions"] = std::move(regions);
  }
  if (!response.unquoted.empty()) {
    body["unquoted"] = response.unquoted;
    body["notice"] = unquoted_notice(response.unquoted);
  }
  if (!response.widened.empty()) {
    body["widened"] = response.widened;
    body["exact_total"] = response.exact_total;
    body["notice"] = widened_notice(response.widened, response.exact_total);
  }
  if (response.zero_results) {
    const ZeroResultsHelp& help = *response.zero_results;
    json without = json::array();
    for (const auto& w : help.without_filter) {
      without.push_back({{"facet", w.facet}, {"values", w.values}, {"total", w.total}});
    }
    json zero = {{"without_filter", std::move(without)}, {"sentence", help.sentence}};
    if (help.without_text > 0) zero["without_text"] = help.without_text;
    if (help.sentence) zero["similar_url"] = "/similar?text=" + encode_url_component(params.request->query);
    body["zero_results"] = std::move(zero);
  }
  return json_response(200, body);
}

WebResponse api_case(AppContext& app, const std::string& id) {
  const std::optional<Case> c = lookup_case(app, id);
  if (!c) return json_error(404, "not_found", "事例「" + id + "」は見つかりません。");
  const CaseView view = make_case_view(*c);
  json sections = json::array();
  for (const RenderedSection& s : view.sections) sections.push_back({{"title", s.title}, {"html", s.html}});
  json body = case_record(*c);
  body["url"] = case_url(c->id);
  body["kind"] = case_kind(*c);
  body["html"] = view.html;
  body["sections"] = std::move(sections);
  return json_response(200, body);
}

}  // namespace casekb

namespace casekb {

WebResponse api_openapi() {
  WebResponse response;
  const StaticAsset* asset = find_static_asset("/api/openapi.json");
  response.content_type = "application/json; charset=utf-8";
  response.body = asset ? std::string(asset->body) : "{}";
  return response;
}

}  // namespace casekb

namespace casekb {

WebResponse api_case_similar(AppContext& app, const std::string& id) {
  if (!is_valid_case_id(id)) return json_error(404, "not_found", "事例「" + id + "」は見つかりません。");
  const Outcome<SimilarResponse> outcome = app.search.similar_to_case(id);
  if (outcome.error) return json_error(503, search_error_code(*outcome.error), search_error_message(*outcome.error));
  if (!outcome.value) return json_error(404, "not_found", "事例「" + id + "」は見つかりません。");
  return json_response(200, similar_json(*outcome.value));
}

WebResponse api_similar_text(AppContext& app, const WebRequest& request) {
  std::string text = request.body;
  if (request.media_type_is({"application/json"})) {
    const json body = json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("text") || !body["text"].is_string()) {
      return json_error(400, "bad_request", "JSON の場合は {\"text\": \"企業の説明\"} の形で送ってください。");
    }
    text = body["text"].get<std::string>();
  }
  if (find_invalid_utf8(text) != std::string::npos) {
    return json_error(400, "bad_request", "本文を UTF-8 の文字として読めません。");
  }
  if (count_code_points(text) > kMaxDescriptionChars) {
    return json_error(413, "payload_too_large", "説明は " + std::to_string(kMaxDescriptionChars) + " 文字以内にしてください。");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return json_error(400, "bad_request", "企業の様子を数行の文章で送ってください。");
  }
  SearchService& search = app.search;
  const auto work = run_heavy_work(app, [&search, text = std::move(text)] { return search.similar_to_text(text); });
  if (work.refusal) return heavy_work_refused(app, *work.refusal);
  const Outcome<SimilarResponse>& outcome = *work.value;
  if (outcome.error) return json_error(503, search_error_code(*outcome.error), search_error_message(*outcome.error));
  return json_response(200, similar_json(*outcome.value));
}

}  // namespace casekb

namespace casekb {

WebResponse api_lint(AppContext& app, const WebRequest& request) {
  // Never stored or logged: a draft may still hold the very names it is checked for.
  if (request.body.size() > kMaxCaseFileBytes) {
    return json_error(413, "payload_too_large",
                      "事例ファイルが大きすぎます（" + std::to_string(request.body.size() / 1024) + " KiB）。1 件の事例は " +
                          std::to_string(kMaxCaseFileBytes / 1024) + " KiB 以内にしてください。");
  }
  const LintContext& lint = app.lint;
  const auto work = run_heavy_work(app, [&lint, text = request.body] { return lint_case("draft", text, lint, ""); });
  if (work.refusal) return heavy_work_refused(app, *work.refusal);
  const LintResult& result = *work.value;
  json problems = json::array();
  for (const Problem& p : result.problems) {
    problems.push_back({{"line", p.line},
                        {"column", p.column},
                        {"severity", severity_name(p.severity)},
                        {"rule", p.rule},
                        {"text", p.text},
                        {"message", p.message},
                        {"suggestion", p.suggestion}});
  }
  return json_response(200, {{"ok", !has_errors(result.problems)}, {"problems", std::move(problems)}});
}

}  // namespace casekb
