#include "text/markdown.h"

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

namespace casekb {

TEST(Markdown, CostlyShapes_AreFoundWithTheirLine) {
  std::string wide = "前文\n\n| a | b |\n|---|---|\n";
  for (int i = 0; i < 300; ++i) wide += "a|";
  const std::optional<CostlyMarkdown> table = find_costly_markdown(wide);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->line, 5);
  EXPECT_NE(table->message.find("|"), std::string::npos);

  std::string brackets = "一段落目\n\n二段落目の始まり\n";
  for (int i = 0; i < 600; ++i) brackets += "![[]()\n";  // still one paragraph: no blank line
  const std::optional<CostlyMarkdown> openers = find_costly_markdown(brackets);
  ASSERT_TRUE(openers);
  EXPECT_EQ(openers->line, 3);
}

TEST(Markdown, OrdinaryTablesAndLinks_AreNotCostly) {
  std::string text = "| 年度 | 売上 | 利益 |\n|---|---|---|\n";
  for (int i = 0; i < 500; ++i) text += "| 2024 | 1億円 | [詳細](https://example.go.jp/) |\n";
  EXPECT_FALSE(find_costly_markdown(text));
  std::string links;  // many links, but in paragraphs of their own
  for (int i = 0; i < 3000; ++i) links += "[参考](https://example.go.jp/)\n\n";
  EXPECT_FALSE(find_costly_markdown(links));
}

TEST(Markdown, CostlyText_IsRenderedEscapedAsPlainText) {
  std::string wide = "<script>x</script>\n";
  for (int i = 0; i < 300; ++i) wide += "a|";
  const std::string html = render_markdown_html(wide);
  EXPECT_EQ(html.rfind("<pre>", 0), 0u);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_TRUE(outline_markdown(wide).sections.empty());
  EXPECT_EQ(markdown_plain_text(wide), wide);
}

}  // namespace casekb

namespace casekb {

TEST(Markdown, TextOfSections_FromOneParse_IsWhatEachPartGivesAlone) {
  const std::string body =
      "前文の段落。\n\n## 設定された課題\n\n社員が**付いてこない**。\n\n- 項目一\n- 項目二\n\n"
      "## 支援アプローチ\n\n| 年 | 売上 |\n|---|---|\n| 2023 | 1億 |\n\n### 小見出し\n\n`code` と [リンク](https://example.go.jp/)。\n\n"
      "## 生まれた事業上の変化\n\n> 引用\n\n```\nコード\n```\n";
  const MarkdownText text = markdown_text(body);
  const MarkdownOutline outline = outline_markdown(body);
  EXPECT_EQ(text.all, markdown_plain_text(body));
  EXPECT_EQ(text.preamble, markdown_plain_text(outline.preamble));
  ASSERT_EQ(text.sections.size(), outline.sections.size());
  for (std::size_t i = 0; i < outline.sections.size(); ++i) {
    EXPECT_EQ(text.sections[i].title, outline.sections[i].title);
    EXPECT_EQ(text.sections[i].text, markdown_plain_text(outline.sections[i].markdown)) << outline.sections[i].title;
  }
}

}  // namespace casekb
