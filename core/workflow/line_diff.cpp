// Longest common subsequence over lines.
#include "workflow/line_diff.h"

#include <cstdint>

namespace casekb {

namespace {

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    start = end + 1;
  }
  return lines;
}

constexpr std::size_t kMaxCells = 4'000'000;

}  // namespace

std::vector<DiffLine> diff_lines(std::string_view before, std::string_view after) {
  const std::vector<std::string> a = split(before), b = split(after);
  const std::size_t n = a.size(), m = b.size();
  std::vector<DiffLine> out;
  if (n * m > kMaxCells) {
    for (std::size_t i = 0; i < n; ++i) out.push_back({DiffLine::Kind::kRemoved, a[i], static_cast<int>(i + 1), 0});
    for (std::size_t j = 0; j < m; ++j) out.push_back({DiffLine::Kind::kAdded, b[j], 0, static_cast<int>(j + 1)});
    return out;
  }
  // lcs[i][j]: common lines of a[i..] and b[j..].
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out.push_back({DiffLine::Kind::kSame, a[i], static_cast<int>(i + 1), static_cast<int>(j + 1)});
      ++i, ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {  // removals before additions
      out.push_back({DiffLine::Kind::kRemoved, a[i], static_cast<int>(i + 1), 0});
      ++i;
    } else {
      out.push_back({DiffLine::Kind::kAdded, b[j], 0, static_cast<int>(j + 1)});
      ++j;
    }
  }
  return out;
}

}  // namespace casekb
