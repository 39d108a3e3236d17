// cmark-gfm wrappers. Parsers are created per call: cmark-gfm keeps no shared
// mutable state once the core extensions are registered, so this is thread-safe.
#include "text/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "text/html.h"

namespace casekb {

namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT;  // never CMARK_OPT_UNSAFE

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

struct Parsed {
  ParserPtr parser;
  NodePtr root;
};

Parsed parse(std::string_view markdown) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  ParserPtr parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  NodePtr root(cmark_parser_finish(parser.get()));
  return {std::move(parser), std::move(root)};
}

// Concatenated literal text under node (text, code, line breaks as spaces).
std::string text_of(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* current = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(current)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* literal = cmark_node_get_literal(current)) out += literal;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return out;
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\n'; };
  std::size_t begin = 0, end = s.size();
  while (begin < end && !not_space(s[begin])) ++begin;
  while (end > begin && !not_space(s[end - 1])) --end;
  return s.substr(begin, end - begin);
}

// Byte offsets of line starts, so sections can be cut from the source.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

std::string_view lines_between(std::string_view text, const std::vector<std::size_t>& starts, int first,
                               int last) {
  // first and last are 1-based inclusive; an empty range gives "".
  if (first > last || first < 1 || static_cast<std::size_t>(first) > starts.size()) return {};
  const std::size_t begin = starts[first - 1];
  const std::size_t end = static_cast<std::size_t>(last) < starts.size() ? starts[last] : text.size();
  return text.substr(begin, end - begin);
}

}  // namespace

std::optional<CostlyMarkdown> find_costly_markdown(std::string_view markdown) {
  // Almost every text has fewer of both characters in all than one line or
  // paragraph may hold: two vectorised counts settle it.
  if (static_cast<std::size_t>(std::count(markdown.begin(), markdown.end(), '|')) <= kMaxPipesPerLine &&
      static_cast<std::size_t>(std::count(markdown.begin(), markdown.end(), '[')) <= kMaxBracketsPerParagraph) {
    return std::nullopt;
  }
  int line = 1, paragraph_line = 1;
  std::size_t pipes = 0, brackets = 0;
  bool blank_line = true;
  for (std::size_t i = 0; i <= markdown.size(); ++i) {
    const char c = i < markdown.size() ? markdown[i] : '\n';
    if (c == '\n') {
      if (blank_line) {  // a blank line ends the paragraph
        brackets = 0;
        paragraph_line = line + 1;
      }
      pipes = 0;
      blank_line = true;
      ++line;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\r') blank_line = false;
    if (c == '|' && ++pipes > kMaxPipesPerLine) {
      return CostlyMarkdown{line, "表の 1 行に区切り「|」が " + std::to_string(kMaxPipesPerLine) +
                                      " 個を超えています。列を減らすか、表を分けてください。"};
    }
    if (c == '[' && ++brackets > kMaxBracketsPerParagraph) {
      return CostlyMarkdown{paragraph_line, "1 つの段落に「[」が " + std::to_string(kMaxBracketsPerParagraph) +
                                                " 個を超えています。リンクや画像の記法を減らすか、空行で段落を分けてください。"};
    }
  }
  return std::nullopt;
}

MarkdownOutline outline_markdown(std::string_view markdown) {
  MarkdownOutline outline;
  if (find_costly_markdown(markdown)) {
    outline.preamble = std::string(markdown);
    return outline;
  }
  Parsed parsed = parse(markdown);
  const std::vector<std::size_t> starts = line_starts(markdown);
  const int last_line = static_cast<int>(starts.size());

  struct Boundary {
    int heading_line;
    int content_line;
    std::string title;
  };
  std::vector<Boundary> boundaries;
  for (cmark_node* node = cmark_node_first_child(parsed.root.get()); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      const int level = cmark_node_get_heading_level(node);
      std::string title = trim(text_of(node));
      outline.headings.push_back({level, cmark_node_get_start_line(node), title});
      if (level == 2) {
        boundaries.push_back({cmark_node_get_start_line(node), cmark_node_get_end_line(node) + 1, title});
      }
    }
  }
  // Raw HTML anywhere in the tree (blocks and inline).
  cmark_iter* iter = cmark_iter_new(parsed.root.get());
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      int line = cmark_node_get_start_line(node);
      for (cmark_node* up = node; line == 0 && up; up = cmark_node_parent(up)) line = cmark_node_get_start_line(up);
      outline.raw_html_lines.push_back(line);
    }
  }
  cmark_iter_free(iter);

  const int first_heading = boundaries.empty() ? last_line + 1 : boundaries.front().heading_line;
  outline.preamble = std::string(lines_between(markdown, starts, 1, first_heading - 1));
  for (std::size_t i = 0; i < boundaries.size(); ++i) {
    const int end = i + 1 < boundaries.size() ? boundaries[i + 1].heading_line - 1 : last_line;
    outline.sections.push_back({boundaries[i].title, boundaries[i].heading_line,
                                std::string(lines_between(markdown, starts, boundaries[i].content_line, end))});
  }
  return outline;
}

std::string render_markdown_html(std::string_view markdown) {
  if (find_costly_markdown(markdown)) return "<pre>" + escape_html(markdown) + "</pre>\n";
  Parsed parsed = parse(markdown);
  char* html = cmark_render_html(parsed.root.get(), kOptions, cmark_parser_get_syntax_extensions(parsed.parser.get()));
  std::string out = html ? html : "";
  free(html);
  return out;
}

namespace {

// Appends the readable text of `subtree` to out (see markdown_plain_text).
void append_plain_text(cmark_node* subtree, std::string& out) {
  cmark_iter* iter = cmark_iter_new(subtree);
  cmark_event_type event;
  const auto end_block = [&out] {
    if (!out.empty() && out.back() != '\n') out += '\n';
  };
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM) end_block();
      continue;
    }
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* literal = cmark_node_get_literal(node)) out += literal;
        break;
      case CMARK_NODE_CODE_BLOCK:
        if (const char* literal = cmark_node_get_literal(node)) out += literal;
        end_block();
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += '\n';
        break;
      default:
        // Table cells are extension nodes: separate them so words don't fuse.
        if (std::string_view(cmark_node_get_type_string(node)) == "table_cell") {
          if (!out.empty() && out.back() != '\n') out += ' ';
        } else if (std::string_view(cmark_node_get_type_string(node)) == "table_row") {
          end_block();
        }
        break;
    }
  }
  cmark_iter_free(iter);
}

}  // namespace

std::string markdown_plain_text(std::string_view markdown) {
  if (find_costly_markdown(markdown)) return std::string(markdown);
  Parsed parsed = parse(markdown);
  std::string out;
  append_plain_text(parsed.root.get(), out);
  return out;
}

MarkdownText markdown_text(std::string_view markdown) {
  MarkdownText text;
  if (find_costly_markdown(markdown)) {
    text.preamble = text.all = std::string(markdown);
    return text;
  }
  Parsed parsed = parse(markdown);
  std::string* current = &text.preamble;
  for (cmark_node* node = cmark_node_first_child(parsed.root.get()); node; node = cmark_node_next(node)) {
    append_plain_text(node, text.all);  // exactly markdown_plain_text of the whole body
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 2) {
      text.sections.push_back({trim(text_of(node)), ""});
      current = &text.sections.back().text;
    } else {
      append_plain_text(node, *current);  // as markdown_plain_text of the section's own source
    }
  }
  return text;
}

}  // namespace casekb
