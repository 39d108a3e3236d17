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

const char* const kKinds[] = {"company", "person",  "phone",       "email",           "url",
                              "postal",  "address", "proper-noun", "quasi-identifier"};

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

std::string kind_of_rule(const std::string& rule) {
  if (rule.rfind("anon-", 0) != 0) return {};
  const std::string kind = rule.substr(5);
  for (const char* known : kKinds) {
    if (kind == known) return kind;
  }
  return {};
}

struct Span {
  int begin;  // 1-based column
  int end;    // exclusive
};

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

AnonymityContext anonymity_evaluation_context(const std::string& allow_list_path) {
  AnonymityContext context;
  if (!allow_list_path.empty()) context.allowed_terms = load_allow_list(allow_list_path).terms;
  return context;
}

AnonymityEvaluation evaluate_anonymity_corpus(const std::string& corpus_dir, const AnonymityContext& context,
                                              const MorphologicalAnalyzer* analyzer) {
  AnonymityEvaluation result;
  std::map<std::string, AnonymityKindScore> scores;
  for (const char* kind : kKinds) scores[kind].kind = kind;

  // Planted identifiers by file, with their span on the line.
  std::map<std::string, std::vector<std::pair<PlantedIdentifier, Span>>> planted;
  std::map<std::string, std::string> texts;
  std::ifstream manifest(corpus_dir + "/manifest.tsv");
  if (!manifest) result.corpus_problems.push_back("manifest.tsv を読み込めません: " + corpus_dir);
  std::string row;
  bool header = true;
  while (std::getline(manifest, row)) {
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
    planted[identifier.file].push_back({identifier, Span{column, column + static_cast<int>(count_code_points(identifier.text))}});
    ++scores[identifier.kind].planted;
  }

  AnonymityKindScore all;
  all.kind = "all";
  for (const char* folder : {"dirty", "clean"}) {
    const bool clean = std::string(folder) == "clean";
    for (const std::string& name : list_markdown(corpus_dir + "/" + folder)) {
      const std::string file = std::string(folder) + "/" + name;
      if (texts.count(file) == 0) texts[file] = read_file(corpus_dir + "/" + file);
      const Problems problems = check_anonymity(texts[file], context, analyzer);
      auto& identifiers = planted[file];
      std::vector<bool> found(identifiers.size(), false);
      bool any_error = false;
      bool any_warning = false;
      for (const Problem& problem : problems) {
        const std::string kind = kind_of_rule(problem.rule);
        if (kind.empty()) continue;
        const Span span{problem.column, problem.column + std::max(1, static_cast<int>(count_code_points(problem.text)))};
        bool matches = false;
        for (size_t i = 0; i < identifiers.size(); ++i) {
          if (identifiers[i].first.line == problem.line && overlaps(identifiers[i].second, span)) {
            found[i] = true;
            matches = true;
          }
        }
        ++scores[kind].findings;
        if (matches) ++scores[kind].true_findings;
        if (problem.severity == Severity::kError) any_error = true;
        if (problem.severity == Severity::kWarning) {
          any_warning = true;
          if (clean) ++result.clean_warnings;
        }
        if (!matches) {
          result.false_findings.push_back(file + ":" + std::to_string(problem.line) + ":" +
                                          std::to_string(problem.column) + " " + severity_name(problem.severity) + " " +
                                          problem.rule + " " + problem.text);
        }
      }
      for (size_t i = 0; i < identifiers.size(); ++i) {
        if (found[i]) {
          ++scores[identifiers[i].first.kind].found;
        } else {
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
  for (const char* kind : kKinds) {
    const AnonymityKindScore& score = scores[kind];
    result.kinds.push_back(score);
    all.planted += score.planted;
    all.found += score.found;
    all.findings += score.findings;
    all.true_findings += score.true_findings;
  }
  result.kinds.push_back(all);
  return result;
}

std::string format_anonymity_evaluation(const AnonymityEvaluation& evaluation, bool list_details) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%-18s %8s %6s %7s %9s %9s\n", "kind", "planted", "found", "recall", "findings",
                "precision");
  out += line;
  for (const AnonymityKindScore& score : evaluation.kinds) {
    std::snprintf(line, sizeof line, "%-18s %8d %6d %7.3f %9d %9.3f\n", score.kind.c_str(), score.planted, score.found,
                  score.recall(), score.findings, score.precision());
    out += line;
  }
  std::snprintf(line, sizeof line,
                "\ndirty files: %d, clean files: %d\nclean files with any error: %d (%.1f%%)\n"
                "clean files with any warning: %d (%d warnings)\n",
                evaluation.dirty_files, evaluation.clean_files, evaluation.clean_files_with_errors,
                100.0 * evaluation.clean_error_share(), evaluation.clean_files_with_warnings,
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
