// Measures the anonymity check on the test corpus (see evaluation.h).
#include "anonymity/evaluation.h"

#include <dirent.h>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "text/utf8.h"

namespace casekb {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> list_markdown(const std::string& folder) {
  std::vector<std::string> names;
  if (DIR* dir = opendir(folder.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0) names.push_back(name);
    }
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Manifest text: "\uXXXX" stands for an invisible character.
std::string unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 5 < text.size() && text[i + 1] == 'u') {
      append_utf8(out, static_cast<char32_t>(std::stoul(text.substr(i + 2, 4), nullptr, 16)));
      i += 5;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string line_of(const std::string& text, int line) {
  size_t begin = 0;
  for (int n = 1; n < line; ++n) {
    begin = text.find('\n', begin);
    if (begin == std::string::npos) return {};
    ++begin;
  }
  const size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

struct Span {
  int begin;  // 1-based column
  int end;    // exclusive
};

int overlap(Span a, Span b) { return std::max(0, std::min(a.end, b.end) - std::max(a.begin, b.begin)); }

bool matches(Span planted, Span finding, SpanMatch rule) {
  const int shared = overlap(planted, finding);
  if (rule == SpanMatch::kAnyOverlap) return shared > 0;
  return shared > 0 && 2 * shared >= planted.end - planted.begin;
}

// A finding's span on its line: a finding that runs over a line end counts up to it.
Span span_of(const Problem& problem) {
  std::string text = problem.text;
  if (const size_t newline = text.find('\n'); newline != std::string::npos) text.erase(newline);
  return Span{problem.column, problem.column + std::max(1, static_cast<int>(count_code_points(text)))};
}

}  // namespace

const std::vector<std::string>& anonymity_evaluation_kinds() {
  static const std::vector<std::string> kinds = {
      "company", "person",  "shop",        "product",         "corporate-number", "phone",
      "email",   "url",     "postal",      "address",         "proper-noun",      "quasi-identifier"};
  return kinds;
}

const AnonymityKindScore* AnonymityEvaluation::kind(const std::string& name) const {
  for (const AnonymityKindScore& score : kinds) {
    if (score.kind == name) return &score;
  }
  return nullptr;
}

AnonymityContext anonymity_evaluation_context(const std::string& allow_list_path) {
  AnonymityContext context;
  if (!allow_list_path.empty()) context.allowed_terms = load_allow_list(allow_list_path).terms;
  return context;
}

AnonymityEvaluation evaluate_anonymity_corpus(const std::string& corpus_dir, const AnonymityContext& context,
                                              const MorphologicalAnalyzer* analyzer,
                                              const AnonymityEvaluationOptions& options) {
  AnonymityEvaluation result;
  result.match = options.match;
  const std::vector<std::string>& known_kinds = anonymity_evaluation_kinds();
  std::map<std::string, AnonymityKindScore> scores;
  for (const std::string& kind : known_kinds) scores[kind].kind = kind;
  std::map<std::string, AnonymityRuleScore> rules;

  // Planted identifiers by file, with their span on the line.
  std::map<std::string, std::vector<std::pair<PlantedIdentifier, Span>>> planted;
  std::map<std::string, std::string> texts;
  std::ifstream manifest(corpus_dir + "/manifest.tsv");
  if (!manifest) result.corpus_problems.push_back("manifest.tsv を読み込めません: " + corpus_dir);
  std::string row;
  bool header = true;
  while (std::getline(manifest, row)) {
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (row.empty() || row[0] == '#') continue;
    if (header) {  // "file line kind text"
      header = false;
      continue;
    }
    std::vector<std::string> fields;
    std::stringstream cells(row);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    if (fields.size() != 4) {
      result.corpus_problems.push_back("manifest の行の形が違います: " + row);
      continue;
    }
    PlantedIdentifier identifier{fields[0], std::atoi(fields[1].c_str()), fields[2], unescape(fields[3])};
    if (scores.count(identifier.kind) == 0) {
      result.corpus_problems.push_back("未知の種類: " + row);
      continue;
    }
    if (texts.count(identifier.file) == 0) texts[identifier.file] = read_file(corpus_dir + "/" + identifier.file);
    const std::string line = line_of(texts[identifier.file], identifier.line);
    const size_t at = line.find(identifier.text);
    if (identifier.text.empty() || at == std::string::npos) {
      result.corpus_problems.push_back("manifest の文字列が指定の行にありません: " + row);
      continue;
    }
    const int column = static_cast<int>(count_code_points(line.substr(0, at))) + 1;
    planted[identifier.file].push_back(
        {identifier, Span{column, column + static_cast<int>(count_code_points(identifier.text))}});
    ++scores[identifier.kind].planted;
  }

  for (const char* folder : {"dirty", "clean"}) {
    const bool clean = std::string(folder) == "clean";
    for (const std::string& name : list_markdown(corpus_dir + "/" + folder)) {
      const std::string file = std::string(folder) + "/" + name;
      if (texts.count(file) == 0) texts[file] = read_file(corpus_dir + "/" + file);
      const Problems problems = check_anonymity(texts[file], context, analyzer);
      auto& identifiers = planted[file];
      std::vector<bool> found(identifiers.size(), false);
      std::vector<bool> found_as_error(identifiers.size(), false);
      bool any_error = false;
      bool any_warning = false;
      for (const Problem& problem : problems) {
        if (problem.rule.rfind("anon-", 0) != 0 || problem.line <= 0) continue;  // not a finding in the text
        const Span span = span_of(problem);
        const bool error = problem.severity == Severity::kError;
        bool true_finding = false;
        for (size_t i = 0; i < identifiers.size(); ++i) {
          if (identifiers[i].first.line == problem.line && matches(identifiers[i].second, span, options.match)) {
            found[i] = true;
            if (error) found_as_error[i] = true;
            true_finding = true;
          }
        }
        AnonymityRuleScore& rule = rules[problem.rule];
        rule.rule = problem.rule;
        ++rule.findings;
        if (true_finding) ++rule.true_findings;
        if (error) any_error = true;
        if (!error) any_warning = true;
        if (clean) {
          ++(error ? result.clean_errors : result.clean_warnings);
          ++(error ? rule.clean_errors : rule.clean_warnings);
        }
        if (!true_finding) {
          result.false_findings.push_back(file + ":" + std::to_string(problem.line) + ":" +
                                          std::to_string(problem.column) + " " + severity_name(problem.severity) + " " +
                                          problem.rule + " " + problem.text);
        }
      }
      for (size_t i = 0; i < identifiers.size(); ++i) {
        AnonymityKindScore& score = scores[identifiers[i].first.kind];
        if (found[i]) ++score.found;
        if (found_as_error[i]) ++score.found_as_error;
        if (!found[i]) {
          const PlantedIdentifier& missed = identifiers[i].first;
          result.misses.push_back(file + ":" + std::to_string(missed.line) + " " + missed.kind + " " + missed.text);
        }
      }
      if (clean) {
        ++result.clean_files;
        if (any_error) ++result.clean_files_with_errors;
        if (any_warning) ++result.clean_files_with_warnings;
      } else {
        ++result.dirty_files;
      }
    }
  }
  AnonymityKindScore all;
  all.kind = "all";
  for (const std::string& kind : known_kinds) {
    const AnonymityKindScore& score = scores[kind];
    if (score.planted == 0) continue;
    result.kinds.push_back(score);
    all.planted += score.planted;
    all.found += score.found;
    all.found_as_error += score.found_as_error;
  }
  result.kinds.push_back(all);
  for (const auto& [name, score] : rules) result.rules.push_back(score);
  return result;
}

std::string format_anonymity_evaluation(const AnonymityEvaluation& evaluation, bool list_details) {
  std::string out;
  char line[256];
  out += evaluation.match == SpanMatch::kHalfOfSpan
             ? "found = one finding on the line covers at least half of the planted span\n\n"
             : "found = one finding on the line overlaps the planted span (--any-overlap)\n\n";
  std::snprintf(line, sizeof line, "%-18s %8s %6s %7s %9s %12s\n", "kind", "planted", "found", "recall", "as error",
                "error recall");
  out += line;
  for (const AnonymityKindScore& score : evaluation.kinds) {
    std::snprintf(line, sizeof line, "%-18s %8d %6d %7.3f %9d %12.3f\n", score.kind.c_str(), score.planted,
                  score.found, score.recall(), score.found_as_error, score.error_recall());
    out += line;
  }
  std::snprintf(line, sizeof line, "\n%-30s %9s %6s %9s %13s %15s\n", "rule", "findings", "true", "precision",
                "clean errors", "clean warnings");
  out += line;
  for (const AnonymityRuleScore& rule : evaluation.rules) {
    std::snprintf(line, sizeof line, "%-30s %9d %6d %9.3f %13d %15d\n", rule.rule.c_str(), rule.findings,
                  rule.true_findings, rule.precision(), rule.clean_errors, rule.clean_warnings);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "\ndirty files: %d, clean files: %d\nclean files with any error: %d (%.1f%%, %d errors)\n"
                "clean files with any warning: %d (%d warnings)\n",
                evaluation.dirty_files, evaluation.clean_files, evaluation.clean_files_with_errors,
                100.0 * evaluation.clean_error_share(), evaluation.clean_errors, evaluation.clean_files_with_warnings,
                evaluation.clean_warnings);
  out += line;
  for (const std::string& problem : evaluation.corpus_problems) out += "corpus problem: " + problem + "\n";
  if (list_details) {
    for (const std::string& miss : evaluation.misses) out += "missed: " + miss + "\n";
    for (const std::string& finding : evaluation.false_findings) out += "unplanted: " + finding + "\n";
  }
  return out;
}

}  // namespace casekb
