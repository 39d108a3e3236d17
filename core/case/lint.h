// The full check of one case file: the format contract (case_file) and the
// anonymity check together, as `casekb-index --check`, the indexer and
// POST /api/lint all run it. A case with an error of either kind is refused.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case/case.h"
#include "case/problem.h"
#include "case/taxonomy.h"

namespace casekb {

struct LintContext {
  const Taxonomy* taxonomy = nullptr;
  // Never flagged by the anonymity check: the allow-list file's terms and the
  // vocabulary values. (The file's own supporter_name and office are allowed too.)
  std::vector<std::string> allowed_terms;
  // allowed_terms made ready for matching once (make_lint_context does it).
  std::shared_ptr<const struct PreparedAllowList> prepared_allow_list;
};

// The context for a corpus: its taxonomy and, if the file exists, its
// anonymity-allow.txt (problems reading it are appended to `problems`).
LintContext make_lint_context(const Taxonomy& taxonomy, const std::string& allow_list_path, Problems& problems);

// At most this many problems are reported per file, then one line saying how
// many more there are: a pasted file full of tables must not answer with
// megabytes of JSON.
inline constexpr std::size_t kMaxProblemsPerFile = 200;

struct LintResult {
  std::optional<Case> value;  // set when neither check found an error
  Problems problems;          // by line, then column
};

LintResult lint_case(std::string_view id, std::string_view text, const LintContext& context, const std::string& path);

}  // namespace casekb
