// Measures the anonymity check on a test corpus (tests/anonymity/ and its frozen
// heldout/ set): recall per kind of planted identifier over the dirty files, precision
// per rule, and how many clean files get an error or a warning. Shared by the evaluation
// tool (eval_main.cpp) and the floor test.
#pragma once

#include <string>
#include <vector>

#include "anonymity/check.h"

namespace casekb {

// One identifier planted in a dirty file (a row of manifest.tsv).
struct PlantedIdentifier {
  std::string file;  // relative to the corpus folder, e.g. "dirty/01-seimitsu-saitama.md"
  int line = 0;      // 1-based; the opening "---" of the front matter is line 1
  std::string kind;  // one of anonymity_evaluation_kinds()
  std::string text;  // as written (manifest escapes \uXXXX decoded)
};

// The kinds a manifest may use: those of the development set (company, person, phone,
// email, url, postal, address, proper-noun, quasi-identifier) and those of the held-out
// set of issue 13 (shop, product, corporate-number, and the common ones).
const std::vector<std::string>& anonymity_evaluation_kinds();

// When a finding counts as finding a planted identifier. Both need the finding on the
// identifier's line; columns are in code points.
enum class SpanMatch {
  kHalfOfSpan,  // the finding covers at least half of the planted span (issue 13, point 3)
  kAnyOverlap,  // the finding overlaps the planted span at all (the rule before issue 13)
};

struct AnonymityEvaluationOptions {
  SpanMatch match = SpanMatch::kHalfOfSpan;
};

struct AnonymityKindScore {
  std::string kind;
  int planted = 0;         // identifiers of this kind in the manifest
  int found = 0;           // of those, found by an anon-* finding (error or warning)
  int found_as_error = 0;  // of those, found by an error (a warning only asks a reviewer)
  double recall() const { return planted == 0 ? 1.0 : static_cast<double>(found) / planted; }
  double error_recall() const { return planted == 0 ? 1.0 : static_cast<double>(found_as_error) / planted; }
};

struct AnonymityRuleScore {
  std::string rule;       // anon-company, anon-person, …
  int findings = 0;       // findings of this rule in dirty and clean files
  int true_findings = 0;  // of those, on a planted identifier (by the same span rule)
  int clean_errors = 0;   // errors of this rule in clean files
  int clean_warnings = 0;
  double precision() const { return findings == 0 ? 1.0 : static_cast<double>(true_findings) / findings; }
};

struct AnonymityEvaluation {
  SpanMatch match = SpanMatch::kHalfOfSpan;
  std::vector<AnonymityKindScore> kinds;  // kinds with planted identifiers, then "all"
  std::vector<AnonymityRuleScore> rules;  // every rule that fired, by name
  int dirty_files = 0;
  int clean_files = 0;
  int clean_files_with_errors = 0;
  int clean_files_with_warnings = 0;
  int clean_errors = 0;
  int clean_warnings = 0;
  std::vector<std::string> misses;           // "file:line kind text" of planted identifiers not found
  std::vector<std::string> false_findings;   // "file:line:column severity rule text" not matching the manifest
  std::vector<std::string> corpus_problems;  // manifest rows that do not match their file
  const AnonymityKindScore& overall() const { return kinds.back(); }
  // The score of `kind`, or nullptr when the manifest has none of it.
  const AnonymityKindScore* kind(const std::string& name) const;
  double clean_error_share() const {
    return clean_files == 0 ? 0.0 : static_cast<double>(clean_files_with_errors) / clean_files;
  }
};

// The context the evaluation checks with: the terms of `allow_list_path` (may be empty).
AnonymityContext anonymity_evaluation_context(const std::string& allow_list_path);

// Reads `corpus_dir`/manifest.tsv and checks every file under dirty/ and clean/ with
// `analyzer` (nullptr: as without a dictionary).
//
// A planted identifier counts as found when one finding of any anon-* rule, error or
// warning, lies on its line and covers at least half of its span (options.match). A
// finding is true when it matches a planted identifier of any kind the same way;
// precision is per rule, since the kinds of the held-out set (shop, product) are not
// rule names.
AnonymityEvaluation evaluate_anonymity_corpus(const std::string& corpus_dir, const AnonymityContext& context,
                                              const MorphologicalAnalyzer* analyzer,
                                              const AnonymityEvaluationOptions& options = {});

// The figures as a plain-text table; `list_details` adds every miss and unplanted finding.
std::string format_anonymity_evaluation(const AnonymityEvaluation& evaluation, bool list_details);

}  // namespace casekb
