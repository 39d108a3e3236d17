// Measures the anonymity check on the test corpus of tests/anonymity/: recall and
// precision per kind of identifier over the dirty files, and how many clean files get an
// error. Shared by the evaluation tool (eval_main.cpp) and the floor test.
#pragma once

#include <string>
#include <vector>

#include "anonymity/check.h"

namespace casekb {

// One identifier planted in a dirty file (a row of manifest.tsv).
struct PlantedIdentifier {
  std::string file;  // relative to the corpus folder, e.g. "dirty/01-seimitsu-saitama.md"
  int line = 0;
  std::string kind;  // company, person, phone, email, url, postal, address, proper-noun, quasi-identifier
  std::string text;  // as written (manifest escapes \uXXXX decoded)
};

struct AnonymityKindScore {
  std::string kind;
  int planted = 0;        // identifiers of this kind in the manifest
  int found = 0;          // of those, found by any anon-* finding (error or warning)
  int findings = 0;       // findings whose rule belongs to this kind, in all files
  int true_findings = 0;  // of those, overlapping a planted identifier of any kind
  double recall() const { return planted == 0 ? 1.0 : static_cast<double>(found) / planted; }
  double precision() const { return findings == 0 ? 1.0 : static_cast<double>(true_findings) / findings; }
};

struct AnonymityEvaluation {
  std::vector<AnonymityKindScore> kinds;  // one per kind, then "all"
  int dirty_files = 0;
  int clean_files = 0;
  int clean_files_with_errors = 0;
  int clean_files_with_warnings = 0;
  int clean_warnings = 0;
  std::vector<std::string> misses;           // "file:line kind text" of planted identifiers not found
  std::vector<std::string> false_findings;   // "file:line:column severity rule text" not matching the manifest
  std::vector<std::string> corpus_problems;  // manifest rows that do not match their file
  const AnonymityKindScore& overall() const { return kinds.back(); }
  double clean_error_share() const {
    return clean_files == 0 ? 0.0 : static_cast<double>(clean_files_with_errors) / clean_files;
  }
};

// The context the evaluation checks with: the terms of `allow_list_path` (may be empty).
AnonymityContext anonymity_evaluation_context(const std::string& allow_list_path);

// Reads `corpus_dir`/manifest.tsv and checks every file under dirty/ and clean/ with
// `analyzer` (nullptr: as without a dictionary).
//
// A planted identifier counts as found when a finding of any anon-* rule, error or
// warning, lies on its line and overlaps its span (columns in code points). A finding is
// true when it overlaps a planted identifier of any kind on its line; precision per kind
// uses the finding's rule (anon-company → company, …).
AnonymityEvaluation evaluate_anonymity_corpus(const std::string& corpus_dir, const AnonymityContext& context,
                                              const MorphologicalAnalyzer* analyzer);

// The figures as a plain-text table.
std::string format_anonymity_evaluation(const AnonymityEvaluation& evaluation, bool list_details);

}  // namespace casekb
