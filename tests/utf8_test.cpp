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

// The validator reads byte ranges; decoding and encoding again is the reference it must agree
// with: a string is valid exactly when every sequence decodes and re-encodes to its own bytes.
bool valid_by_decoding(const std::string& bytes) {
  std::string again;
  for (std::size_t offset = 0; offset < bytes.size();) append_utf8(again, decode_utf8(bytes, offset));
  return again == bytes;
}

TEST(Utf8, FindInvalid_AgreesWithDecodingOverEverySequenceOfUpToThreeBytes) {
  std::string bytes;
  int disagreements = 0;
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      bytes.assign({static_cast<char>(b0), static_cast<char>(b1)});
      disagreements += (find_invalid_utf8(bytes) == std::string_view::npos) != valid_by_decoding(bytes);
      if (b0 < 0xE0) continue;  // a two-byte lead or less decides within two bytes
      for (int b2 = 0; b2 < 256; ++b2) {
        bytes.assign({static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2)});
        disagreements += (find_invalid_utf8(bytes) == std::string_view::npos) != valid_by_decoding(bytes);
        if (b0 < 0xF0) continue;
        for (const int b3 : {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF}) {
          bytes.assign({static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2), static_cast<char>(b3)});
          disagreements += (find_invalid_utf8(bytes) == std::string_view::npos) != valid_by_decoding(bytes);
        }
      }
    }
  }
  EXPECT_EQ(disagreements, 0);
  // The offset is the first bad sequence's, after valid ones of every length.
  EXPECT_EQ(find_invalid_utf8(std::string("a\xc3\xa9\xe4\xba\x8b\xf0\x9f\x98\x80\xf4\x90\x80\x80")), 10u);
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
