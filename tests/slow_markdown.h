// Inputs that cmark-gfm 0.29 (or MeCab, or the anonymity check) handles slowly
// when nothing bounds them: wide tables, deep nesting, long runs of emphasis
// and bracket characters, many link reference definitions. Each is wrapped
// in an otherwise valid case file just under the 64 KiB case-file limit, so
// the tests of /api/lint, /api/similar and casekb-index --check all feed the
// worst the limits still let through.
#pragma once

#include <string>
#include <vector>

namespace casekb::testing {

struct SlowShape {
  std::string name;
  std::string body;  // Markdown for one section
};

inline std::string repeat_to(const std::string& unit, std::size_t bytes, const std::string& prefix = "") {
  std::string out = prefix;
  while (out.size() + unit.size() <= bytes) out += unit;
  return out;
}

// Bodies of about `bytes` bytes each.
inline std::vector<SlowShape> slow_markdown_shapes(std::size_t bytes = 60 * 1024) {
  std::string nested_list_lines;
  for (std::size_t depth = 0; nested_list_lines.size() < bytes - 300; ++depth) {
    nested_list_lines += std::string(2 * (depth % 100), ' ') + "- 項目\n";
  }
  return {
      {"wide table row", repeat_to("a|", bytes, "| 項目 | 値 |\n|---|---|\n")},
      {"wide table header", repeat_to("a|", bytes / 2) + "\n" + repeat_to("-|", bytes / 2)},
      {"nested lists", repeat_to("- ", bytes) + "x"},
      {"nested list lines", nested_list_lines},
      {"nested quotes", repeat_to(">", bytes) + " x"},
      {"nested emphasis", repeat_to("*a _b ", bytes)},
      {"run of *", repeat_to("*", bytes)},
      {"run of _", repeat_to("_", bytes)},
      {"run of [", repeat_to("[", bytes)},
      {"run of backticks", repeat_to("`", bytes)},
      {"link reference definitions", repeat_to("[a]: /u\n", bytes)},
      {"image openers", repeat_to("![[]()", bytes)},
      {"image openers on lines", repeat_to("![[]()\n", bytes)},
      {"e-mail autolinks", repeat_to("a@b.", bytes)},
      {"kanji without punctuation", repeat_to("経営改善計画策定支援事業", bytes)},
      {"company words", repeat_to("株式会社山田商店", bytes)},
  };
}

// A valid case file whose 設定された課題 section is `body`.
inline std::string case_file_with(const std::string& body) {
  return "---\ntitle: 試験用の事例\ncompany: A社\nindustry: 製造業\nregion: 埼玉県\nwalls: [見えない]\n"
         "outcomes: [自走化]\npublished: 2024-01-01\nsource: 研修用の架空事例\n---\n\n## 設定された課題\n\n" +
         body + "\n\n## 支援アプローチ\n\n対話した。\n\n## 生まれた事業上の変化\n\n変わった。\n";
}

}  // namespace casekb::testing
