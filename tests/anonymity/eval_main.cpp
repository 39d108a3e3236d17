// Prints recall per kind of identifier and precision per rule of the anonymity check on a
// test corpus, and how many clean files get an error or a warning.
//
//   casekb-anonymity-eval [--no-dictionary] [--details] [--any-overlap] [--corpus DIR] [--allow-list FILE]
//   casekb-anonymity-eval --check FILE...      findings of single files, one per line
//
// Defaults: the corpus of tests/anonymity and corpus/anonymity-allow.txt of this checkout.
// The held-out set of issue 13: --corpus tests/anonymity/heldout (measure only; never
// tune on it). A planted identifier is found when one finding covers at least half of
// its span; --any-overlap counts any overlap (the rule before issue 13).
// Exit status: 0 ok, 1 usage, 2 the corpus or manifest is broken.
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "anonymity/evaluation.h"
#include "text/morphology.h"

#ifndef CASEKB_TEST_DATA_DIR
#error "CASEKB_TEST_DATA_DIR must name the tests folder"
#endif

int main(int argc, char** argv) {
  std::string corpus = std::string(CASEKB_TEST_DATA_DIR) + "/anonymity";
  std::string allow_list = std::string(CASEKB_TEST_DATA_DIR) + "/../corpus/anonymity-allow.txt";
  bool use_dictionary = true;
  bool details = false;
  bool check_files = false;
  casekb::AnonymityEvaluationOptions options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-dictionary") {
      use_dictionary = false;
    } else if (arg == "--details") {
      details = true;
    } else if (arg == "--any-overlap") {
      options.match = casekb::SpanMatch::kAnyOverlap;
    } else if (arg == "--check") {
      check_files = true;
    } else if ((arg == "--corpus" || arg == "--allow-list") && i + 1 < argc) {
      (arg == "--corpus" ? corpus : allow_list) = argv[++i];
    } else if (check_files && arg.rfind("--", 0) != 0) {
      files.push_back(arg);
    } else {
      std::cerr << "usage: " << argv[0]
                << " [--no-dictionary] [--details] [--any-overlap] [--corpus DIR] [--allow-list FILE] [--check FILE...]\n";
      return 1;
    }
  }
  std::string reason;
  const auto analyzer = use_dictionary ? casekb::MorphologicalAnalyzer::shared(&reason) : nullptr;
  if (use_dictionary && analyzer == nullptr) std::cerr << "dictionary unavailable: " << reason << "\n";
  const casekb::AnonymityContext context = casekb::anonymity_evaluation_context(allow_list);

  if (check_files) {
    for (const std::string& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      for (const casekb::Problem& p : casekb::check_anonymity(text.str(), context, analyzer.get())) {
        std::cout << file << ":" << p.line << ":" << p.column << ": " << casekb::severity_name(p.severity) << " "
                  << p.rule << " [" << p.text << "] " << p.message << " / " << p.suggestion << "\n";
      }
    }
    return 0;
  }
  const casekb::AnonymityEvaluation evaluation = casekb::evaluate_anonymity_corpus(corpus, context, analyzer.get(), options);
  std::cout << "anonymity check on " << corpus << (analyzer ? "" : " (without dictionary)") << "\n\n"
            << casekb::format_anonymity_evaluation(evaluation, details);
  return evaluation.corpus_problems.empty() && evaluation.dirty_files > 0 ? 0 : 2;
}
