#include "text/morphology.h"

#include <gtest/gtest.h>

#include <string>

namespace casekb {

TEST(Morphology, LongText_IsAnalysedInBoundedPiecesWithOffsetsIntoTheWholeText) {
  const MorphologicalAnalyzer* morphology = MorphologicalAnalyzer::for_search();
  ASSERT_NE(morphology, nullptr) << "MeCab IPAdic is installed by scripts/install-deps";
  std::string text;
  while (text.size() < 5 * kMaxAnalyzedBytes) text += "経営者と社員が対話を重ねて課題を整理した";  // no sentence end at all
  std::size_t words = 0, covered = 0, last_end = 0;
  morphology->analyze_words(text, [&](const Word& word) {
    ASSERT_LE(word.offset + word.surface.size(), text.size());
    EXPECT_EQ(text.substr(word.offset, word.surface.size()), word.surface);
    EXPECT_GE(word.offset, last_end);  // in order, never overlapping
    last_end = word.offset + word.surface.size();
    covered += word.surface.size();
    ++words;
  });
  EXPECT_GT(words, 1000u);
  EXPECT_EQ(covered, text.size());  // no character is lost at a cut
}

TEST(Morphology, Pieces_AreCutAfterSentences) {
  const MorphologicalAnalyzer* morphology = MorphologicalAnalyzer::for_search();
  ASSERT_NE(morphology, nullptr);
  const std::string sentence = "後継者が工場長と対話した。";
  std::string text;
  while (text.size() < 3 * kMaxAnalyzedBytes) text += sentence;
  // Cut after a sentence, every sentence is cut the same way: 後継者 always one word.
  std::size_t successors = 0;
  morphology->analyze_words(text, [&](const Word& word) { successors += word.surface == "後継者" || word.surface == "後継"; });
  EXPECT_EQ(successors, text.size() / sentence.size());
}

}  // namespace casekb
