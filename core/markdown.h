// Markdown (GitHub flavour) through cmark-gfm: safe HTML rendering, the outline
// of level-2 sections, and plain text for indexing and snippets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casekb {

struct MarkdownHeading {
  int level = 0;
  int line = 0;  // 1-based line of the heading within the Markdown text
  std::string title;
};

struct MarkdownSection {
  std::string title;     // text of the level-2 heading
  int line = 0;          // 1-based line of the heading
  std::string markdown;  // source of the section, without its heading
};

struct MarkdownOutline {
  std::string preamble;                   // source before the first level-2 heading
  std::vector<MarkdownSection> sections;  // level-2 sections in document order
  std::vector<MarkdownHeading> headings;  // every heading, for "did you mean" hints
  std::vector<int> raw_html_lines;        // lines holding raw HTML (shown as text, never as HTML)
};

MarkdownOutline outline_markdown(std::string_view markdown);

// HTML with raw HTML suppressed and unsafe links dropped (CMARK_OPT_UNSAFE stays
// off); tables, strikethrough and autolinks enabled.
std::string render_markdown_html(std::string_view markdown);

// The readable text: paragraphs, list items, table cells and headings separated by
// newlines, without Markdown syntax.
std::string markdown_plain_text(std::string_view markdown);

}  // namespace casekb
