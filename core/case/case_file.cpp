// Case file parsing and validation. Every check reports where (line, column in
// characters), what is wrong and what would be right, in Japanese.
#include "case/case_file.h"

#include <yaml-cpp/yaml.h>

#include <set>

#include "case/fields.h"
#include "text/markdown.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace casekb {

namespace {

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return std::string(trim_right(s));
}

// Collects problems for one file and turns positions into 1-based line/column.
class Reporter {
 public:
  Reporter(std::string path, std::vector<std::string_view> lines) : path_(std::move(path)), lines_(std::move(lines)) {}

  // Column (in characters) of the first occurrence of `needle` on `line`, or 1.
  int column_of(int line, std::string_view needle) const {
    if (line < 1 || static_cast<std::size_t>(line) > lines_.size() || needle.empty()) return 1;
    const std::string_view text = lines_[line - 1];
    const std::size_t at = text.find(needle);
    if (at == std::string_view::npos) return 1;
    return static_cast<int>(count_code_points(text.substr(0, at))) + 1;
  }

  void add(Severity severity, int line, std::string_view text, std::string rule, std::string message,
           std::string suggestion = "") {
    Problem p;
    p.path = path_;
    p.line = line;
    p.column = line > 0 ? column_of(line, text) : 0;
    p.severity = severity;
    p.rule = std::move(rule);
    p.text = std::string(text);
    p.message = std::move(message);
    p.suggestion = std::move(suggestion);
    problems_.push_back(std::move(p));
  }
  void error(int line, std::string_view text, std::string rule, std::string message, std::string suggestion = "") {
    add(Severity::kError, line, text, std::move(rule), std::move(message), std::move(suggestion));
  }
  void warning(int line, std::string_view text, std::string rule, std::string message, std::string suggestion = "") {
    add(Severity::kWarning, line, text, std::move(rule), std::move(message), std::move(suggestion));
  }

  Problems take() { return std::move(problems_); }
  bool has_errors() const { return casekb::has_errors(problems_); }

 private:
  std::string path_;
  std::vector<std::string_view> lines_;
  Problems problems_;
};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      lines.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// True if text has nothing but spaces, tabs, newlines and ideographic spaces.
bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n') continue;
    if (text.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const int days = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
  return day <= days;
}

bool is_company_label(std::string_view label) {
  // One or two Latin capitals followed by 社.
  constexpr std::string_view kSha = "社";
  if (label.size() < 1 + kSha.size() || label.size() > 2 + kSha.size()) return false;
  if (label.substr(label.size() - kSha.size()) != kSha) return false;
  for (char c : label.substr(0, label.size() - kSha.size())) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

class CaseFileParser {
 public:
  CaseFileParser(std::string_view id, const Taxonomy& taxonomy, const std::string& path)
      : id_(id), taxonomy_(taxonomy), path_(path) {}

  CaseFileResult parse(std::string_view raw) {
    CaseFileResult result;
    if (raw.size() > kMaxCaseFileBytes) {
      Reporter reporter(path_, {});
      reporter.error(0, "", "file-too-large",
                     "ファイルが大きすぎます（" + std::to_string(raw.size() / 1024) + " KiB）。1 件の事例は " +
                         std::to_string(kMaxCaseFileBytes / 1024) + " KiB 以内にしてください（普通の事例は数 KiB です）。");
      result.problems = reporter.take();
      return result;
    }
    if (raw.find('\0') != std::string_view::npos) {
      Reporter reporter(path_, {});
      reporter.error(0, "", "binary-file",
                     "テキストファイルではありません（NUL バイトを含んでいます）。UTF-8 の Markdown で保存してください。");
      result.problems = reporter.take();
      return result;
    }
    if (const std::size_t bad = find_invalid_utf8(raw); bad != std::string_view::npos) {
      const std::string_view before = raw.substr(0, bad);
      const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
      Problem p;
      p.path = path_;
      p.line = line;
      p.column = static_cast<int>(count_code_points(raw.substr(line_start, bad - line_start))) + 1;
      p.rule = "invalid-utf8";
      p.message = "UTF-8 として読めないバイトがあります。ファイルを UTF-8 で保存し直してください（Shift_JIS などは使えません）。";
      result.problems.push_back(p);
      return result;
    }
    bool had_bom = false;
    if (raw.substr(0, 3) == "\xEF\xBB\xBF") {
      raw.remove_prefix(3);
      had_bom = true;
    }
    // CRLF and lone CR become LF: files saved on Windows index unchanged.
    // (Copied a run at a time between CRs: a byte at a time cost 1% of a check of the corpus.)
    text_.reserve(raw.size());
    for (std::size_t start = 0; start < raw.size();) {
      const std::size_t cr = raw.find('\r', start);
      if (cr == std::string_view::npos) {
        text_.append(raw.substr(start));
        break;
      }
      text_.append(raw.substr(start, cr - start));
      text_ += '\n';
      start = cr + 1 + (cr + 1 < raw.size() && raw[cr + 1] == '\n' ? 1 : 0);
    }
    lines_ = split_lines(text_);
    Reporter reporter(path_, lines_);
    if (had_bom) {
      reporter.warning(1, "", "bom", "ファイルの先頭に BOM があります。読み込みはできますが、BOM なしの UTF-8 で保存することをおすすめします。");
    }
    Case c;
    c.id = std::string(id_);
    const int body_start = parse_front_matter(reporter, c);
    if (body_start > 0) parse_body(reporter, c, body_start);
    result.problems = reporter.take();
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    if (!has_errors(result.problems) && body_start > 0) result.value = std::move(c);
    return result;
  }

 private:
  // Returns the 1-based line where the body starts, or 0 if the front matter
  // could not be delimited at all.
  int parse_front_matter(Reporter& reporter, Case& c) {
    if (lines_.empty() || trim_right(lines_[0]) != "---") {
      reporter.error(1, "", "front-matter-missing",
                     "ファイルの先頭にフロントマターがありません。1 行目を「---」にして、title などの項目を書き、「---」で閉じてください。",
                     "---");
      return 0;
    }
    std::size_t close = 0;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
      const std::string_view line = trim_right(lines_[i]);
      if (line == "---" || line == "...") {
        close = i;
        break;
      }
    }
    if (close == 0) {
      reporter.error(1, "---", "front-matter-unclosed",
                     "フロントマターを閉じる「---」の行がありません。項目の後、本文の前に「---」だけの行を入れてください。",
                     "---");
      return 0;
    }
    std::string yaml;
    for (std::size_t i = 1; i < close; ++i) {
      yaml.append(lines_[i]);
      yaml += '\n';
    }
    YAML::Node root;
    try {
      root = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      const int line = e.mark.line >= 0 ? e.mark.line + 2 : 1;
      reporter.error(line, "", "front-matter-yaml",
                     "フロントマターを YAML として読めません（" + e.msg +
                         "）。値に「: 」や「#」を含むときは \"…\" で囲んでください。");
      return static_cast<int>(close) + 2;
    }
    if (!root.IsMap()) {
      reporter.error(2, "", "front-matter-yaml", "フロントマターは「キー: 値」の行で書いてください。");
      return static_cast<int>(close) + 2;
    }
    std::set<std::string> seen;
    for (const auto& item : root) {
      const int line = item.first.Mark().line + 2;
      const std::string key = item.first.IsScalar() ? item.first.as<std::string>() : "";
      const FrontMatterField* spec = find_front_matter_field(key);
      if (spec == nullptr) {
        std::vector<VocabularyValue> keys;
        for (const FrontMatterField& f : kFrontMatterFields) keys.push_back({std::string(f.key), "", "", {}});
        const std::vector<std::string> close_keys = Vocabulary("keys", keys).closest(key, 1);
        std::string message = "不明なキー「" + key + "」です。";
        if (!close_keys.empty()) message += "もしかして: " + close_keys.front();
        else message += "使えるキーは case-format.md の一覧だけです。";
        reporter.error(line, key, "unknown-key", message, close_keys.empty() ? "" : close_keys.front());
        continue;
      }
      if (!seen.insert(key).second) {
        reporter.error(line, key, "duplicate-key", "キー「" + key + "」が 2 回書かれています。1 つにまとめてください。");
        continue;
      }
      read_field(reporter, *spec, item.second, line, c);
    }
    for (const FrontMatterField& f : kFrontMatterFields) {
      const std::string name(f.key);
      if (f.required && seen.count(name) == 0) {
        reporter.error(static_cast<int>(close) + 1, "", "missing-key",
                       "必須のキー「" + name + "」がありません。フロントマターに「" + name + ": …」を加えてください。",
                       name + ": ");
      }
    }
    if (!c.region.empty()) c.area = taxonomy_.area_of(c.region);
    return static_cast<int>(close) + 2;
  }

  void read_field(Reporter& reporter, const FrontMatterField& spec, const YAML::Node& node, int key_line, Case& c) {
    const std::string key(spec.key);
    if (spec.kind == FieldKind::kVocabularyList) {
      std::vector<std::pair<std::string, int>> items;  // value, line
      if (node.IsSequence()) {
        for (const auto& element : node) {
          if (!element.IsScalar()) {
            reporter.error(element.Mark().line + 2, "", "bad-value", key + " の要素は文字列で書いてください。");
            continue;
          }
          items.emplace_back(element.as<std::string>(), element.Mark().line + 2);
        }
      } else if (node.IsScalar()) {
        items.emplace_back(node.as<std::string>(), node.Mark().line + 2);  // one value without brackets
      } else if (!node.IsNull()) {
        reporter.error(key_line, key, "bad-value", key + " は [値1, 値2] のようなリストで書いてください。");
        return;
      }
      std::vector<std::string> values;
      for (const auto& [raw, line] : items) {
        if (auto canonical = check_vocabulary(reporter, spec, raw, line)) {
          if (std::find(values.begin(), values.end(), *canonical) != values.end()) {
            reporter.error(line, raw, "duplicate-value", key + ": 「" + raw + "」が重複しています。");
          } else {
            values.push_back(*canonical);
          }
        }
      }
      check_list_size(reporter, key, items.size(), key_line);
      c.*spec.list = std::move(values);
      return;
    }
    if (!node.IsScalar() && !node.IsNull()) {
      reporter.error(key_line, key, "bad-value", key + " はリストではなく 1 つの値で書いてください。");
      return;
    }
    const std::string raw = node.IsNull() ? "" : trim(node.as<std::string>());
    const int line = node.IsNull() ? key_line : node.Mark().line + 2;
    if (raw.empty()) {
      if (spec.required) {
        reporter.error(key_line, key, "empty-value", "必須のキー「" + key + "」の値が空です。");
      }
      return;
    }
    if (spec.kind == FieldKind::kVocabulary) {
      if (auto canonical = check_vocabulary(reporter, spec, raw, line)) c.*spec.text = *canonical;
      return;
    }
    if (spec.anonymity == AnonymityUse::kCompanyLabel) {
      const std::string label = normalize_nfkc(raw);
      if (!is_company_label(label)) {
        reporter.error(line, raw, "company-label",
                       "company: 「" + raw + "」は匿名の表記ではありません。A社 や BC社 のように、ラテン大文字 1〜2 文字と「社」だけで書いてください。",
                       "A社");
        return;
      }
      c.company = label;
      return;
    }
    if (spec.kind == FieldKind::kDate) {
      if (!is_iso_date(raw)) {
        reporter.error(line, raw, "bad-date",
                       "published: 「" + raw + "」は日付として読めません。2022-03-31 のように YYYY-MM-DD で、実在する日付を書いてください。",
                       "2022-03-31");
        return;
      }
      c.*spec.text = raw;
      return;
    }
    c.*spec.text = raw;
  }

  std::optional<std::string> check_vocabulary(Reporter& reporter, const FrontMatterField& spec, const std::string& raw,
                                              int line) {
    const Vocabulary* vocabulary = taxonomy_.vocabulary(spec.key);
    if (vocabulary == nullptr) return raw;
    if (const VocabularyValue* value = vocabulary->find(raw)) return value->name;
    std::string message = std::string(spec.key) + ": " + raw + " は" + std::string(spec.what) + "ではありません。";
    std::string suggestion;
    if (const VocabularyValue* value = vocabulary->find_by_synonym(raw)) {
      suggestion = value->name;
      message += "（「" + value->name + "」の言い換えとして登録されている語です）もしかして: " + value->name;
    } else {
      const std::vector<std::string> closest = vocabulary->closest(raw);
      if (!closest.empty()) {
        suggestion = closest.front();
        message += "もしかして: " + join(closest, ", ");
      } else {
        std::vector<std::string> names;
        for (const VocabularyValue& v : vocabulary->values()) names.push_back(v.name);
        if (names.size() > 12) {
          names.resize(12);
          names.push_back("…（taxonomy.yaml を参照）");
        }
        message += "使える値: " + join(names, ", ");
      }
    }
    reporter.error(line, raw, "vocabulary", message, suggestion);
    return std::nullopt;
  }

  void check_list_size(Reporter& reporter, const std::string& key, std::size_t count, int line) {
    if (key == "walls" && (count < 1 || count > 5)) {
      reporter.error(line, key, "walls-count", "walls には 5つの壁 のうち 1〜5 個を書いてください。");
    } else if (key == "outcomes" && count < 1) {
      reporter.error(line, key, "outcomes-count", "outcomes には成果の分類を 1 つ以上書いてください。");
    }
  }

  void parse_body(Reporter& reporter, Case& c, int body_start) {
    std::string body;
    for (std::size_t i = static_cast<std::size_t>(body_start - 1); i < lines_.size(); ++i) {
      body.append(lines_[i]);
      body += '\n';
    }
    if (is_blank(body)) {
      reporter.error(body_start - 1, "", "empty-body",
                     "本文がありません。フロントマターの後に「## 設定された課題」「## 支援アプローチ」「## 生まれた事業上の変化」の各節を書いてください。");
      return;
    }
    const int offset = body_start - 1;  // body line n is file line n + offset
    if (const std::optional<CostlyMarkdown> costly = find_costly_markdown(body)) {
      reporter.error(costly->line + offset, "", "markdown-too-complex", costly->message);
      return;
    }
    const MarkdownOutline outline = outline_markdown(body);
    for (const char* required : kRequiredSections) {
      const MarkdownSection* found = nullptr;
      for (const MarkdownSection& s : outline.sections) {
        if (s.title == required) {
          if (found) {
            reporter.warning(s.line + offset, s.title, "duplicate-section",
                             std::string("見出し「## ") + required + "」が 2 回あります。1 つにまとめてください。");
          } else {
            found = &s;
          }
        }
      }
      if (found) {
        if (is_blank(found->markdown)) {
          reporter.warning(found->line + offset, found->title, "empty-section",
                           std::string("節「") + required + "」に本文がありません。");
        }
        continue;
      }
      // A near miss (wrong level or wording) is worth pointing at.
      std::vector<VocabularyValue> titles;
      for (const MarkdownHeading& h : outline.headings) titles.push_back({h.title, "", "", {}});
      const std::vector<std::string> near = Vocabulary("headings", titles).closest(required, 1);
      std::string message = std::string("必須の見出し「## ") + required + "」がありません。";
      int line = body_start;
      std::string text;
      if (!near.empty()) {
        for (const MarkdownHeading& h : outline.headings) {
          if (h.title == near.front()) {
            line = h.line + offset;
            text = h.title;
            message += std::string("この行の見出しを「## ") + required + "」に直してください（レベル 2、文言はそのまま）。";
            break;
          }
        }
      } else {
        message += "レベル 2 の見出しとして追加してください。";
      }
      reporter.error(line, text, "missing-section", message, std::string("## ") + required);
    }
    for (int line : outline.raw_html_lines) {
      reporter.warning(line + offset, "<", "raw-html",
                       "本文の HTML タグは表示されません（安全のため文字として扱います）。Markdown の書き方に置き換えてください。");
    }
    c.body = std::move(body);
  }

  std::string_view id_;
  const Taxonomy& taxonomy_;
  const std::string& path_;
  std::string text_;
  std::vector<std::string_view> lines_;
};

}  // namespace

const FrontMatterField* find_front_matter_field(std::string_view key) {
  for (const FrontMatterField& f : kFrontMatterFields) {
    if (key == f.key) return &f;
  }
  return nullptr;
}

bool is_valid_case_id(std::string_view id) {
  if (id.size() < 3 || id.size() > 64) return false;
  const auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  if (id.front() == '-') return false;
  return std::all_of(id.begin(), id.end(), ok);
}

CaseFileResult parse_case_file(std::string_view id, std::string_view text, const Taxonomy& taxonomy,
                               const std::string& path) {
  try {
    return CaseFileParser(id, taxonomy, path).parse(text);
  } catch (const std::exception& e) {
    // Defensive: a library surprise must become a problem, never a crash.
    CaseFileResult result;
    Problem p;
    p.path = path;
    p.rule = "internal";
    p.message = std::string("ファイルを読み込む途中で予期しないエラーが起きました: ") + e.what();
    result.problems.push_back(p);
    return result;
  }
}

}  // namespace casekb
