// A line diff of two texts (longest common subsequence), for the review page:
// what a draft changes against the published version.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casekb {

struct DiffLine {
  enum class Kind { kSame, kAdded, kRemoved } kind = Kind::kSame;
  std::string text;
  int old_line = 0;  // 1-based in the old text; 0 for added lines
  int new_line = 0;  // 1-based in the new text; 0 for removed lines
};

// Lines of `before` and `after` (LF or CRLF) in order. Beyond 4 million line
// pairs the texts count as wholly replaced (the diff's cost is their product).
std::vector<DiffLine> diff_lines(std::string_view before, std::string_view after);

}  // namespace casekb
