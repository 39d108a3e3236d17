// Markdown (GitHub flavour) through cmark-gfm: safe HTML rendering, the outline
// of level-2 sections, and plain text for indexing and snippets.
#pragma once

#include <optional>
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

// cmark-gfm 0.29 takes time that grows with the square of some shapes: a table
// row with tens of thousands of cells (80 KB: 3.1 s), or thousands of link and
// image openers in one paragraph (`![[]()` × 10,000: 0.35 s at 64 KiB and
// quadratic beyond). Text with such a shape is never given to cmark-gfm: the
// case check reports it, and the functions below fall back to plain text.
inline constexpr std::size_t kMaxPipesPerLine = 256;
inline constexpr std::size_t kMaxBracketsPerParagraph = 1000;

struct CostlyMarkdown {
  int line = 0;          // 1-based line where the shape is (the paragraph's first line for brackets)
  std::string message;   // Japanese: what is wrong and how to write it instead
};

// The first costly shape in the text, if any. Linear in the text's length.
std::optional<CostlyMarkdown> find_costly_markdown(std::string_view markdown);

// Text with a costly shape has no outline (no sections, no headings).
MarkdownOutline outline_markdown(std::string_view markdown);

// HTML with raw HTML suppressed and unsafe links dropped (CMARK_OPT_UNSAFE stays
// off); tables, strikethrough and autolinks enabled. Text with a costly shape
// is shown escaped in a <pre> block instead.
std::string render_markdown_html(std::string_view markdown);

// The readable text: paragraphs, list items, table cells and headings separated by
// newlines, without Markdown syntax (text with a costly shape: as written).
std::string markdown_plain_text(std::string_view markdown);

// The readable text of the whole body and of each level-2 section, from one
// parse (indexing needs all of them; parsing each part again cost about 8% of
// a bulk build).
struct MarkdownText {
  struct Section {
    std::string title;  // the heading's text
    std::string text;   // the section's readable text, without its heading
  };
  std::string preamble;           // text before the first level-2 heading
  std::vector<Section> sections;  // in document order
  std::string all;                // markdown_plain_text of the whole body
};
MarkdownText markdown_text(std::string_view markdown);

}  // namespace casekb
