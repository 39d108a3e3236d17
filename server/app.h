// What a request handler needs: the search service and the vocabularies.
#pragma once

#include <chrono>

#include "case/lint.h"
#include "search/search_service.h"
#include "case/taxonomy.h"
#include "work_pool.h"

namespace casekb {

class Workflow;

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
