// Fuzz target: Markdown through cmark-gfm (core/markdown): safe HTML, the
// outline of level-2 sections and the plain text, on arbitrary bytes.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "text/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using casekb::fuzz::require;
  const std::string_view markdown(reinterpret_cast<const char*>(data), size);

  std::string html = casekb::render_markdown_html(markdown);
  std::transform(html.begin(), html.end(), html.begin(), [](unsigned char c) { return std::tolower(c); });
  // Raw HTML is never passed through (CMARK_OPT_UNSAFE stays off), nor script links.
  require(html.find("<script") == std::string::npos, "raw <script> in the HTML");
  require(html.find("href=\"javascript:") == std::string::npos, "a javascript: link in the HTML");

  const casekb::MarkdownOutline outline = casekb::outline_markdown(markdown);
  int previous = 0;
  for (const casekb::MarkdownSection& section : outline.sections) {
    require(section.line > previous, "sections out of order");
    previous = section.line;
  }
  for (const casekb::MarkdownHeading& heading : outline.headings) {
    require(heading.level >= 1 && heading.level <= 6 && heading.line >= 1, "a heading out of range");
  }
  for (int line : outline.raw_html_lines) require(line >= 1, "raw HTML at line 0");

  (void)casekb::markdown_plain_text(markdown);
  return 0;
}
