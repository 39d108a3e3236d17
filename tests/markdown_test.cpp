#include "markdown.h"

#include <gtest/gtest.h>

namespace casekb {

TEST(Markdown, Render_SuppressesRawHtmlAndUnsafeLinks) {
  const std::string html = render_markdown_html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>b</b>\n");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
}

TEST(Markdown, Render_SupportsGfmTables) {
  const std::string html = render_markdown_html("| a | b |\n| --- | --- |\n| 1 | 2 |\n");
  EXPECT_NE(html.find("<table>"), std::string::npos);
}

TEST(Markdown, Outline_SplitsLevelTwoSections) {
  const MarkdownOutline o = outline_markdown("前文\n\n## 設定された課題\n\n課題。\n\n### 小見出し\n\n詳細。\n\n## 支援アプローチ\n\n対話。\n");
  ASSERT_EQ(o.sections.size(), 2u);
  EXPECT_EQ(o.sections[0].title, "設定された課題");
  EXPECT_EQ(o.sections[0].line, 3);
  EXPECT_NE(o.sections[0].markdown.find("詳細。"), std::string::npos);
  EXPECT_EQ(o.sections[1].title, "支援アプローチ");
  EXPECT_NE(o.preamble.find("前文"), std::string::npos);
}

TEST(Markdown, Outline_IgnoresHeadingsInsideCodeFences) {
  const MarkdownOutline o = outline_markdown("```\n## 設定された課題\n```\n");
  EXPECT_TRUE(o.sections.empty());
}

TEST(Markdown, PlainText_DropsSyntaxKeepsWords) {
  const std::string text = markdown_plain_text("## 見出し\n\n**強調**と[リンク](http://example.invalid)。\n\n- 項目\n");
  EXPECT_NE(text.find("強調とリンク。"), std::string::npos);
  EXPECT_EQ(text.find("**"), std::string::npos);
  EXPECT_NE(text.find("項目"), std::string::npos);
}

}  // namespace casekb
