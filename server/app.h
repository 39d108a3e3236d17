// What a request handler needs: the search service and the vocabularies.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "case/lint.h"
#include "search/search_service.h"
#include "case/taxonomy.h"
#include "work_pool.h"

namespace casekb {

class Workflow;
class Collections;
struct WebRequest;

// For one request: the controls to show beside a case (by id) in search
// results and on its page, such as a trainer's one-click "add to a collection".
// `page_end` is markup to put after the page's own forms (controls refer to it
// with form="…", since results sit inside the search form).
struct CaseControls {
  std::function<std::string(const std::string& case_id)> beside;
  std::string page_start;  // above the results or the case
  std::string page_end;
};

struct AppContext {
  SearchService& search;
  const Taxonomy& taxonomy;
  const LintContext& lint;  // format and anonymity checks of drafts
  // Where requests whose cost grows with what the client sends (checking a
  // draft, "cases like my client") run; null: on the calling thread (tests).
  WorkPool* heavy_work = nullptr;
  std::chrono::milliseconds heavy_work_budget{3000};  // beyond it: 503
  // The publishing workflow (casekb-server --state FILE); null: read-only, and
  // the publishing endpoints answer 503.
  Workflow* workflow = nullptr;
  bool secure_cookies = false;  // session cookies carry Secure (served behind TLS)
  // The public address of the site without a trailing slash (casekb-server
  // --public-url), printed with a case's path on paper; empty: the path alone.
  // Never taken from a request's Host: pages are cached for every client.
  std::string public_url{};
  // Trainers' collections (needs the state database); null: 503.
  Collections* collections = nullptr;
  // The case controls of a request (null, or an empty result: none). Called
  // only for requests with cookies, which the page cache never keeps.
  std::function<CaseControls(AppContext&, const WebRequest&)> case_controls = nullptr;
};

// Runs job() where heavy work runs (see AppContext::heavy_work). The job must
// own its inputs: after a time-out the request is gone while the job may run on.
template <typename Job>
WorkResult<std::invoke_result_t<Job>> run_heavy_work(AppContext& app, Job job) {
  if (!app.heavy_work) return {job(), std::nullopt};
  return app.heavy_work->run(std::move(job), app.heavy_work_budget);
}

// Japanese, for the 503 a refused heavy request gets.
std::string heavy_work_refusal_message(WorkRefusal refusal, std::chrono::milliseconds budget);

}  // namespace casekb
