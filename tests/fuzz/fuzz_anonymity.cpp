// Fuzz target: the anonymity check alone on arbitrary text. Besides the
// sanitizers it checks what core/anonymity.h promises: the check never fails
// on its own, and each finding points at its span exactly as written.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "anonymity/check.h"
#include "fuzz_support.h"

namespace {

const casekb::AnonymityContext* g_context = nullptr;

// Byte offset of 1-based (line, column in code points) in valid UTF-8 text, or npos.
std::size_t byte_offset(std::string_view text, int line, int column) {
  std::size_t offset = 0;
  for (int l = 1; l < line; ++l) {
    offset = text.find('\n', offset);
    if (offset == std::string_view::npos) return offset;
    ++offset;
  }
  for (int c = 1; c < column; ++c) {
    if (offset >= text.size()) return std::string_view::npos;
    casekb::decode_utf8(text, offset);
  }
  return offset;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static casekb::AnonymityContext context;
  const casekb::AllowList allow = casekb::load_allow_list(std::string(casekb::fuzz::kCorpusDir) + "/anonymity-allow.txt");
  casekb::fuzz::require(allow.problems.empty(), "corpus/anonymity-allow.txt has problems");
  context.allowed_terms = allow.terms;
  g_context = &context;
  casekb::check_anonymity("株式会社テスト", context);  // loads the MeCab dictionary once
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool utf8 = casekb::find_invalid_utf8(text) == std::string_view::npos;
  for (const casekb::Problem& problem : casekb::check_anonymity(text, *g_context)) {
    casekb::fuzz::check_problem(problem, utf8);
    casekb::fuzz::require(problem.rule.rfind("anon-", 0) == 0, "rule without anon-: " + problem.rule);
    casekb::fuzz::require(problem.rule != "anon-check-failed", "the check failed: " + problem.message);
    casekb::fuzz::require(problem.rule != "anon-morphology-unavailable", "MeCab (IPAdic) did not load");
    if (!utf8 || problem.line == 0) continue;
    const std::size_t at = byte_offset(text, problem.line, problem.column);
    casekb::fuzz::require(at != std::string_view::npos && text.compare(at, problem.text.size(), problem.text) == 0,
                          problem.rule + " at " + std::to_string(problem.line) + ":" + std::to_string(problem.column) +
                              " is not where its text「" + problem.text + "」is");
  }
  return 0;
}
