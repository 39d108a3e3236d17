// The anonymity check: finds in a case file what could identify the supported firm
// (names, contact data, addresses, distinctive combinations of facts) before publication.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "case/problem.h"

namespace casekb {

class MorphologicalAnalyzer;

// What a check may take as public or generic, beyond the built-in rules.
// The allowed terms made ready for matching once (normalised, indexed): a
// corpus checks thousands of files against the same list.
struct PreparedAllowList;
std::shared_ptr<const PreparedAllowList> prepare_allow_list(const std::vector<std::string>& terms);

struct AnonymityContext {
  // Never flagged: the allow-list file, supporter_name and office, the vocabulary values
  // of taxonomy.yaml. (supporter_name and office of the file itself are allowed anyway.)
  std::vector<std::string> allowed_terms;
  // The same terms prepared by prepare_allow_list; when set, allowed_terms is not read.
  std::shared_ptr<const PreparedAllowList> prepared_allow_list;
  // Front-matter facts of this case for the quasi-identifier rule; empty when unknown
  // (then they are read from the file's own front matter).
  std::string industry, region, business;
};

struct AllowList {
  std::vector<std::string> terms;
  Problems problems;  // an unreadable file is an error; an odd line a warning (line skipped)
};

// Loads an allow-list file: one term per line; lines starting with '#' and blank lines
// are ignored; surrounding blanks are trimmed. Problems carry `path` and the line.
AllowList load_allow_list(const std::string& path);

// Checks a whole case file as text (front matter included). Each finding is a Problem
// with rule anon-*, 1-based line and column (column in code points of the text as
// given), the span exactly as written, a Japanese message and a suggestion; `path` is
// left empty for the caller. Errors must be fixed before publication; warnings ask for
// review. Never throws: any input (invalid UTF-8, huge lines, invisible characters)
// yields findings or nothing.
//
// Thread-safe: any number of threads may call it at once. The MeCab dictionary is loaded
// once per process on first use; if it cannot be loaded, the character rules still run
// and a warning (anon-morphology-unavailable, line 0) says the name check was reduced.
// Should the check itself fail (out of memory), it returns one error, anon-check-failed,
// so that the case is refused rather than passed unchecked.
Problems check_anonymity(std::string_view file_text, const AnonymityContext& context);

// The same check with a given analyzer; nullptr runs it as without a dictionary. For
// tests and the evaluation (the dictionary-less path must stay measurable).
Problems check_anonymity(std::string_view file_text, const AnonymityContext& context,
                         const MorphologicalAnalyzer* analyzer);

}  // namespace casekb
