// A problem found in a case file or a draft: the one shape shared by format
// validation, the anonymity check, `casekb-index --check` and `POST /api/lint`.
#pragma once

#include <string>
#include <vector>

namespace casekb {

enum class Severity { kError, kWarning };

// Returns "error" or "warning" (the wire form used by the API).
const char* severity_name(Severity severity);

struct Problem {
  std::string path;        // file as given on the command line; empty for drafts
  int line = 0;            // 1-based; 0 when the problem concerns the whole file
  int column = 0;          // 1-based, counted in characters (code points), not bytes
  Severity severity = Severity::kError;
  std::string rule;        // stable machine name, e.g. "unknown-key", "anon-phone"
  std::string text;        // the offending span exactly as written; may be empty
  std::string message;     // Japanese: what is wrong and where
  std::string suggestion;  // Japanese or a value: what would be right; may be empty
};

using Problems = std::vector<Problem>;

// True if any problem has error severity.
bool has_errors(const Problems& problems);

}  // namespace casekb
