#include "workflow/line_diff.h"

#include <gtest/gtest.h>

namespace casekb {

namespace {
std::string render(const std::vector<DiffLine>& lines) {
  std::string out;
  for (const DiffLine& l : lines) {
    out += l.kind == DiffLine::Kind::kSame ? ' ' : l.kind == DiffLine::Kind::kAdded ? '+' : '-';
    out += l.text + "\n";
  }
  return out;
}
}  // namespace

TEST(LineDiff, MarksAddedAndRemovedLines_KeepingTheCommonOnes) {
  EXPECT_EQ(render(diff_lines("a\nb\nc\n", "a\nx\nc\nd\n")), " a\n-b\n+x\n c\n+d\n");
}

TEST(LineDiff, EmptyTexts_AndCrLfCountAsTheSameLines) {
  EXPECT_TRUE(diff_lines("", "").empty());
  EXPECT_EQ(render(diff_lines("", "新しい\n")), "+新しい\n");
  EXPECT_EQ(render(diff_lines("a\r\nb\r\n", "a\nb\n")), " a\n b\n");
}

TEST(LineDiff, NumbersLinesOnBothSides) {
  const auto lines = diff_lines("a\nb\n", "b\nc\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].old_line, 1);
  EXPECT_EQ(lines[1].old_line, 2);
  EXPECT_EQ(lines[1].new_line, 1);
  EXPECT_EQ(lines[2].new_line, 2);
}

}  // namespace casekb
