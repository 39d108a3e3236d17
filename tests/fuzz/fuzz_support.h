// What the fuzz targets share: the data paths (compile definitions, so a target
// runs from any directory), loading them or stopping loudly, and the invariants
// every list of problems must keep.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "case/problem.h"
#include "case/taxonomy.h"
#include "text/utf8.h"

#ifndef CASEKB_FUZZ_CORPUS_DIR
#error "CASEKB_FUZZ_CORPUS_DIR must name the corpus directory (taxonomy.yaml, synonyms.yaml, anonymity-allow.txt)"
#endif

namespace casekb::fuzz {

inline constexpr const char* kCorpusDir = CASEKB_FUZZ_CORPUS_DIR;

// Stops the fuzzer with a message: libFuzzer saves the input that got here.
[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

inline void require(bool condition, const std::string& what) {
  if (!condition) fail(what);
}

// corpus/taxonomy.yaml, or the fuzzer stops before its first input.
inline Taxonomy load_taxonomy() {
  Problems problems;
  std::optional<Taxonomy> taxonomy = Taxonomy::load(std::string(kCorpusDir) + "/taxonomy.yaml", problems);
  if (!taxonomy) fail(std::string("cannot load ") + kCorpusDir + "/taxonomy.yaml");
  return std::move(*taxonomy);
}

// What every problem promises (core/problem.h): a rule and a message, a
// non-negative position, and a column only with a line. Text cut from valid
// UTF-8 input must stay valid UTF-8 (no cut inside a character).
inline void check_problem(const Problem& problem, bool input_is_utf8) {
  require(!problem.rule.empty(), "problem without a rule");
  require(!problem.message.empty(), "problem " + problem.rule + " without a message");
  require(problem.line >= 0 && problem.column >= 0, "problem " + problem.rule + " at a negative position");
  require(problem.line > 0 || problem.column == 0, "problem " + problem.rule + " with a column but no line");
  if (input_is_utf8) {
    for (const std::string* field : {&problem.text, &problem.message, &problem.suggestion}) {
      require(find_invalid_utf8(*field) == std::string_view::npos, "problem " + problem.rule + " is not UTF-8");
    }
  }
}

}  // namespace casekb::fuzz
