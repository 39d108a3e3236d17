// Reading one case file: front matter (YAML) and body (Markdown), checked
// against the corpus format contract (shared/spec/case-format.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "case/case.h"
#include "case/problem.h"
#include "case/taxonomy.h"

namespace casekb {

// Largest case file accepted; anything bigger is refused with a message. Real
// cases are a few KiB (the corpus's largest is 3.5 KiB); the bound keeps
// the work one file can cause (Markdown, MeCab, the anonymity check) well
// under a second. POST /api/lint and drafts share it.
inline constexpr std::size_t kMaxCaseFileBytes = 64 * 1024;

// True if id is 3 to 64 characters of a-z 0-9 -, starting with a letter or digit.
bool is_valid_case_id(std::string_view id);

struct CaseFileResult {
  std::optional<Case> value;  // set when the file has no error (warnings may remain)
  Problems problems;          // every problem found, in line order
};

// Parses and validates `text`, the bytes of the file for case `id`. `path` is
// only used to label problems. Never throws; reports every problem it can find
// rather than stopping at the first.
CaseFileResult parse_case_file(std::string_view id, std::string_view text, const Taxonomy& taxonomy,
                               const std::string& path);

}  // namespace casekb
