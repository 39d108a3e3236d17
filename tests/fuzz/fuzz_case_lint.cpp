// Fuzz target: the full check of one case file on arbitrary bytes — front
// matter (yaml-cpp), Markdown body (cmark-gfm), the format contract and the
// anonymity check — as `casekb-index --check`, the indexer and POST /api/lint run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "anonymity/check.h"
#include "case/lint.h"
#include "fuzz_support.h"

namespace {

const casekb::LintContext* g_context = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const casekb::Taxonomy taxonomy = casekb::fuzz::load_taxonomy();
  casekb::Problems problems;
  static const casekb::LintContext context =
      casekb::make_lint_context(taxonomy, std::string(casekb::fuzz::kCorpusDir) + "/anonymity-allow.txt", problems);
  casekb::fuzz::require(problems.empty(), "corpus/anonymity-allow.txt has problems");
  g_context = &context;
  // Loads the MeCab dictionary now, once, rather than inside the first input.
  casekb::check_anonymity("株式会社テスト", {});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool utf8 = casekb::find_invalid_utf8(text) == std::string_view::npos;
  const casekb::LintResult result = casekb::lint_case("fuzz-case", text, *g_context, "fuzz.md");
  for (const casekb::Problem& problem : result.problems) {
    casekb::fuzz::check_problem(problem, utf8);
    casekb::fuzz::require(problem.rule != "anon-check-failed", "the anonymity check failed: " + problem.message);
  }
  casekb::fuzz::require(!result.value || !casekb::has_errors(result.problems), "a case with errors was accepted");
  casekb::fuzz::require(result.value || casekb::has_errors(result.problems), "a case was refused without an error");
  return 0;
}
