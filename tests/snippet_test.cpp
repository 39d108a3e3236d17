#include "search/snippet.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(Snippet, MarksQueryWordsAndEscapesTheRest) {
  const std::string s = make_snippet("<b>前置き</b>。事業承継の計画を立てた。", {"事業承継"});
  EXPECT_NE(s.find("<mark>事業承継</mark>"), std::string::npos);
  EXPECT_EQ(s.find("<b>"), std::string::npos);
}

TEST(Snippet, PicksTheSentenceWithMostQueryWords) {
  const std::string text = "工場長が育った。後継者と工場長が話し合った。別の話。";
  const std::string s = make_snippet(text, {"後継者", "工場長"}, 15);
  EXPECT_EQ(s.rfind("<mark>後継者</mark>と<mark>工場長</mark>が話し合った。", 0), 0u) << s;
}

TEST(Snippet, CutsLongSentencesOnCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "長い文章";
  text += "事業承継";
  for (int i = 0; i < 100; ++i) text += "続く文章";
  const std::string s = make_snippet(text, {"事業承継"}, 40);
  EXPECT_NE(s.find("<mark>事業承継</mark>"), std::string::npos);
  EXPECT_EQ(s.rfind("…", 0), 0u);
  // Valid UTF-8 throughout: no character was split.
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    for (std::size_t k = 1; k < len; ++k) ASSERT_EQ(static_cast<unsigned char>(s[i + k]) & 0xC0, 0x80);
    i += len;
  }
}

TEST(Snippet, MatchingIgnoresAsciiCase) {
  EXPECT_NE(make_snippet("DXを進めた。", {"dx"}).find("<mark>DX</mark>"), std::string::npos);
}

TEST(Snippet, AQueryInOneKanjiFormMarksTheOther) {
  // The index folds variant kanji alike (髙/高, 﨑/崎); the snippet shows the case's own form.
  EXPECT_NE(make_snippet("髙橋製作所の社長と話した。", {"高橋"}).find("<mark>髙橋</mark>"), std::string::npos);
  EXPECT_NE(make_snippet("長崎の港で働く。", {"長﨑"}).find("<mark>長崎</mark>"), std::string::npos);
}

TEST(Snippet, WithoutQuery_ShowsTheOpening) {
  EXPECT_EQ(make_snippet("最初の文。次の文。", {}), "最初の文。次の文。");
}

}  // namespace casekb
