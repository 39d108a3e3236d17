// Fuzz target: requests through route() (server/routes) over a real index of
// the fixture corpus — above all the bodies of POST /api/similar (JSON
// {"text": …} or plain text), POST /similar (form) and POST /api/lint, and
// any other path, method and query string.
//
// Input: "METHOD TARGET\nCONTENT-TYPE\nBODY…", TARGET a path with an optional
// ?query (decoded as cpp-httplib would). Every answer must be one of the
// contract's statuses with the security headers; JSON answers must parse.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "case/lint.h"
#include "case/corpus.h"
#include "fuzz_support.h"
#include "index/generations.h"
#include "routes.h"
#include "search/search_service.h"
#include "search/synonyms.h"
#include "url.h"

#ifndef CASEKB_FUZZ_FIXTURE_CORPUS_DIR
#error "CASEKB_FUZZ_FIXTURE_CORPUS_DIR must name the small corpus the index is built from"
#endif

namespace {

struct Fixture {
  std::string db_dir;
  casekb::Corpus corpus;
  casekb::Synonyms synonyms;
  casekb::LintContext lint;
  std::unique_ptr<casekb::SearchService> search;
  std::unique_ptr<casekb::AppContext> app;
};

Fixture* g_fixture = nullptr;

void remove_index() {
  if (g_fixture) {
    std::error_code ec;
    std::filesystem::remove_all(g_fixture->db_dir, ec);
  }
}

std::string_view next_line(std::string_view& input) {
  const std::size_t end = input.find('\n');
  const std::string_view line = input.substr(0, end);
  input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  return line;
}

bool has_header(const casekb::WebResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using casekb::fuzz::fail;
  static Fixture fixture;
  std::string pattern = (std::filesystem::temp_directory_path() / "casekb-fuzz-XXXXXX").string();
  if (!mkdtemp(pattern.data())) fail("mkdtemp failed");
  fixture.db_dir = pattern;
  g_fixture = &fixture;
  std::atexit(remove_index);

  casekb::Problems problems;
  std::optional<casekb::Corpus> corpus = casekb::load_corpus(CASEKB_FUZZ_FIXTURE_CORPUS_DIR, problems);
  if (!corpus || corpus->cases.empty()) fail("cannot load " CASEKB_FUZZ_FIXTURE_CORPUS_DIR);
  fixture.corpus = std::move(*corpus);
  const casekb::BuildOutcome built = casekb::build_index(fixture.db_dir, fixture.corpus.cases);
  if (!built.ok) fail("cannot build the index: " + built.message);
  std::optional<casekb::Synonyms> synonyms =
      casekb::Synonyms::load(std::string(casekb::fuzz::kCorpusDir) + "/synonyms.yaml", problems);
  if (!synonyms) fail("cannot load corpus/synonyms.yaml");
  fixture.synonyms = std::move(*synonyms);
  fixture.lint = casekb::make_lint_context(fixture.corpus.taxonomy, "", problems);
  fixture.search = std::make_unique<casekb::SearchService>(fixture.db_dir, fixture.corpus.taxonomy, &fixture.synonyms);
  fixture.search->set_response_cache(false);  // every input searches; same input, same work
  if (auto error = fixture.search->open()) fail("cannot open the index: " + error->detail);
  fixture.app.reset(new casekb::AppContext{*fixture.search, fixture.corpus.taxonomy, fixture.lint});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using casekb::fuzz::require;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string_view request_line = next_line(input);
  const std::string_view content_type = next_line(input);

  casekb::WebRequest request;
  const std::size_t space = request_line.find(' ');
  if (space == std::string_view::npos) return 0;
  request.method = std::string(request_line.substr(0, space));
  const std::string_view target = request_line.substr(space + 1);
  const std::size_t question = target.find('?');
  request.path = casekb::decode_url_component(target.substr(0, question));
  if (question != std::string_view::npos) {
    const std::string_view query = target.substr(question + 1);
    for (std::size_t start = 0; start <= query.size();) {
      std::size_t end = query.find('&', start);
      if (end == std::string_view::npos) end = query.size();
      const std::string_view pair = query.substr(start, end - start);
      const std::size_t equals = pair.find('=');
      request.params.emplace(casekb::decode_url_component(pair.substr(0, equals)),
                             equals == std::string_view::npos ? "" : casekb::decode_url_component(pair.substr(equals + 1)));
      start = end + 1;
    }
  }
  request.content_type = std::string(content_type);
  request.body = std::string(input);

  const casekb::WebResponse response = casekb::route(*g_fixture->app, request);
  const int status = response.status;
  // The fixture has no state database: publishing routes answer 503 "read-only"
  // (閲覧専用), and only they may (found by the long run of 2026-11-29).
  const bool read_only = status == 503 && g_fixture->app->workflow == nullptr &&
                         response.body.find("閲覧専用") != std::string::npos;
  require(status == 200 || status == 400 || status == 404 || status == 405 || status == 413 || read_only,
          "status " + std::to_string(status) + " for " + request.method + " " + request.path);
  require(has_header(response, "Content-Security-Policy") && has_header(response, "X-Content-Type-Options"),
          "a response without the security headers");
  if (response.content_type.rfind("application/json", 0) == 0) {
    require(!nlohmann::json::parse(response.body, nullptr, false).is_discarded(), "a JSON response that does not parse");
  }
  if (response.content_type.rfind("text/html", 0) == 0) {
    // The only scripts a page may load are our own files (the publishing pages'
    // /static/publishing.js); anything else is markup that escaped escaping.
    for (std::size_t at = response.body.find("<script"); at != std::string::npos;
         at = response.body.find("<script", at + 1)) {
      static constexpr std::string_view kOwnScript = "<script src=\"/static/";
      require(response.body.compare(at, kOwnScript.size(), kOwnScript) == 0,
              "a page with a <script> element that is not one of our static files");
    }
  }
  return 0;
}
