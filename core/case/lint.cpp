// Format and anonymity checks of one case file.
#include "case/lint.h"

#include <algorithm>
#include <filesystem>

#include "anonymity/check.h"
#include "case/case_file.h"
#include "text/utf8.h"

namespace casekb {

LintContext make_lint_context(const Taxonomy& taxonomy, const std::string& allow_list_path, Problems& problems) {
  LintContext context;
  context.taxonomy = &taxonomy;
  std::error_code ec;
  if (!allow_list_path.empty() && std::filesystem::exists(allow_list_path, ec)) {
    AllowList allow = load_allow_list(allow_list_path);
    context.allowed_terms = std::move(allow.terms);
    problems.insert(problems.end(), allow.problems.begin(), allow.problems.end());
  }
  for (const char* key : {"walls", "industry", "region", "outcomes", "approach", "supporter", "themes", "stage", "measures"}) {
    if (const Vocabulary* vocabulary = taxonomy.vocabulary(key)) {
      for (const VocabularyValue& value : vocabulary->values()) context.allowed_terms.push_back(value.name);
    }
  }
  for (const std::string& area : taxonomy.areas()) context.allowed_terms.push_back(area);
  context.prepared_allow_list = prepare_allow_list(context.allowed_terms);
  return context;
}

LintResult lint_case(std::string_view id, std::string_view text, const LintContext& context, const std::string& path) {
  CaseFileResult parsed = parse_case_file(id, text, *context.taxonomy, path);
  LintResult result{std::move(parsed.value), std::move(parsed.problems)};
  // Text the format check could not read (too large, binary, invalid UTF-8) has
  // nothing more to say; everything else is checked for identifying details too.
  // (The format check has already read every byte for these: its problems say so,
  // and the file is not scanned again.)
  const bool readable = std::none_of(result.problems.begin(), result.problems.end(), [](const Problem& p) {
    return p.rule == "file-too-large" || p.rule == "binary-file" || p.rule == "invalid-utf8";
  });
  if (readable) {
    AnonymityContext anonymity;
    if (context.prepared_allow_list) {
      anonymity.prepared_allow_list = context.prepared_allow_list;  // no copy of the list per file
    } else {
      anonymity.allowed_terms = context.allowed_terms;
    }
    if (result.value) {
      anonymity.industry = result.value->industry;
      anonymity.region = result.value->region;
      anonymity.business = result.value->business;
    }
    for (Problem& finding : check_anonymity(text, anonymity)) {
      finding.path = path;
      result.problems.push_back(std::move(finding));
    }
  }
  std::stable_sort(result.problems.begin(), result.problems.end(), [](const Problem& a, const Problem& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  if (has_errors(result.problems)) result.value.reset();
  if (result.problems.size() > kMaxProblemsPerFile) {
    const auto kept_end = result.problems.begin() + static_cast<std::ptrdiff_t>(kMaxProblemsPerFile);
    const bool errors_left_out = std::any_of(kept_end, result.problems.end(),
                                             [](const Problem& p) { return p.severity == Severity::kError; });
    const std::size_t left_out = result.problems.size() - kMaxProblemsPerFile;
    result.problems.erase(kept_end, result.problems.end());
    Problem summary;
    summary.path = path;
    summary.line = result.problems.back().line;
    summary.severity = errors_left_out ? Severity::kError : Severity::kWarning;
    summary.rule = "too-many-problems";
    summary.message = "問題が多すぎるため、ここまでの " + std::to_string(kMaxProblemsPerFile) + " 件だけを示しました（ほかに " +
                      std::to_string(left_out) + " 件）。上から直して、もう一度確かめてください。";
    result.problems.push_back(std::move(summary));
  }
  return result;
}

}  // namespace casekb
