#include "text/utf8.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(Utf8, CountCodePoints_CountsJapaneseCharactersNotBytes) {
  EXPECT_EQ(count_code_points("事業承継"), 4u);
  EXPECT_EQ(count_code_points("A社"), 2u);
}

TEST(Utf8, FindInvalid_ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("正しい"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8(std::string("ab\xff" "c")), 2u);
  EXPECT_EQ(find_invalid_utf8(std::string("\xe4\xba")), 0u);           // truncated sequence
  EXPECT_EQ(find_invalid_utf8(std::string("\xc0\xaf")), 0u);           // overlong
  EXPECT_EQ(find_invalid_utf8(std::string("\xed\xa0\x80")), 0u);       // surrogate
}

TEST(Utf8, Truncate_NeverSplitsACharacter) {
  const std::string text = "事業承継";  // 12 bytes
  EXPECT_EQ(truncate_utf8(text, 4), "事");
  EXPECT_EQ(truncate_utf8(text, 6), "事業");
  EXPECT_EQ(truncate_utf8(text, 100), text);
}

TEST(Utf8, Sanitize_ReplacesInvalidBytes) {
  EXPECT_EQ(sanitize_utf8(std::string("a\xff" "b")), "a\xEF\xBF\xBD" "b");
}

}  // namespace casekb
